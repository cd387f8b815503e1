/**
 * Brute-force brake for sign-in (ASVS 6.1.1, 6.3.1): failed attempts are counted per user name and per client
 * IP address over a sliding window; past the limit, sign-in answers 429 with `Retry-After` until the oldest
 * failure leaves the window. A success clears the user name's count.
 *
 * @remarks Kept in process memory, bounded (the oldest keys are dropped beyond `maxKeys`), and checked before
 * the password is hashed, so a flood costs no scrypt work. With several instances each counts on its own,
 * which still bounds guessing to `instances × limit` per window.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: { perUser: number; perIp: number; windowMs: number; now: () => Date; maxKeys?: number }) {}

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  retryAfter(user: string, ip: string): number {
    const now = this.options.now().getTime();
    const wait = (k: string, limit: number): number => {
      const times = this.recent(k, now);
      return times.length >= limit ? Math.ceil((times[times.length - limit] + this.options.windowMs - now) / 1000) : 0;
    };
    return Math.max(wait(`u:${user}`, this.options.perUser), wait(`ip:${ip}`, this.options.perIp), 0);
  }

  failed(user: string, ip: string): void {
    const now = this.options.now().getTime();
    for (const k of [`u:${user}`, `ip:${ip}`]) {
      const times = this.recent(k, now);
      times.push(now);
      this.failures.delete(k); // re-insert: the Map's order is then least recently failed first
      this.failures.set(k, times.slice(-Math.max(this.options.perUser, this.options.perIp)));
    }
    const maxKeys = this.options.maxKeys ?? 10_000;
    for (const k of this.failures.keys()) {
      if (this.failures.size <= maxKeys) break;
      this.failures.delete(k);
    }
  }

  succeeded(user: string): void {
    this.failures.delete(`u:${user}`);
  }

  private recent(k: string, now: number): number[] {
    return (this.failures.get(k) ?? []).filter((t) => t > now - this.options.windowMs);
  }
}
