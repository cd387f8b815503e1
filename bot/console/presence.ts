import type { ConsoleBackend } from '../handoff/consolePort';

interface SessionPresence { advisor: string; streams: number; grace?: NodeJS.Timeout }

/**
 * Who is at the console, as the handoff side needs it (the queue is offered to users only while an advisor is
 * there). A session counts while it has an open event stream (the console page keeps one open), and for
 * `graceMs` after its last stream closed or after a request made without one (sign-in, an API call): a page
 * reloading or reconnecting stays present, a closed tab stops counting once the grace has passed, even if the
 * session itself is still valid. An advisor may have several sessions (two browsers): the backend hears
 * `advisorSignedIn` when the first one counts and `advisorSignedOut` when the last one stops counting (sign-out,
 * expiry, or no stream any more).
 *
 * @remarks Sessions are durable but presence is per process: after a restart an advisor counts as present
 * again from their session's next request (the console page reconnects its event stream within seconds).
 */
export class Presence {
  private readonly bySession = new Map<string, SessionPresence>();
  private readonly sessionsOf = new Map<string, number>();

  constructor(private readonly backend: Pick<ConsoleBackend, 'advisorSignedIn' | 'advisorSignedOut'>, private readonly graceMs = 60_000) {}

  /** A request of this session: it counts, for the grace period at least when it has no stream open. */
  seen(advisor: string, sessionHash: string): void {
    const entry = this.enter(advisor, sessionHash);
    if (entry.streams === 0) this.startGrace(sessionHash, entry);
  }

  /** The session opened an event stream: it counts until its last stream closes (and the grace passes). */
  streamOpened(advisor: string, sessionHash: string): void {
    const entry = this.enter(advisor, sessionHash);
    entry.streams++;
    if (entry.grace) clearTimeout(entry.grace);
    entry.grace = undefined;
  }

  streamClosed(sessionHash: string): void {
    const entry = this.bySession.get(sessionHash);
    if (!entry || entry.streams === 0) return;
    entry.streams--;
    if (entry.streams === 0) this.startGrace(sessionHash, entry);
  }

  /** The session ended (signed out, expired): it stops counting at once. */
  gone(advisor: string, sessionHash: string): void {
    const entry = this.bySession.get(sessionHash);
    if (!entry || entry.advisor !== advisor) return;
    if (entry.grace) clearTimeout(entry.grace);
    this.bySession.delete(sessionHash);
    const left = (this.sessionsOf.get(advisor) ?? 1) - 1;
    if (left > 0) {
      this.sessionsOf.set(advisor, left);
    } else {
      this.sessionsOf.delete(advisor);
      this.backend.advisorSignedOut(advisor);
    }
  }

  /** Every live session this process knows of, to be re-checked for expiry. */
  sessions(): Array<{ advisor: string; hash: string }> {
    return [...this.bySession].map(([hash, { advisor }]) => ({ advisor, hash }));
  }

  /** Stops the grace timers (the console is closing). */
  close(): void {
    for (const entry of this.bySession.values()) if (entry.grace) clearTimeout(entry.grace);
  }

  private enter(advisor: string, sessionHash: string): SessionPresence {
    const known = this.bySession.get(sessionHash);
    if (known) return known;
    const entry: SessionPresence = { advisor, streams: 0 };
    this.bySession.set(sessionHash, entry);
    const count = (this.sessionsOf.get(advisor) ?? 0) + 1;
    this.sessionsOf.set(advisor, count);
    if (count === 1) this.backend.advisorSignedIn(advisor);
    return entry;
  }

  private startGrace(sessionHash: string, entry: SessionPresence): void {
    if (entry.grace) clearTimeout(entry.grace);
    entry.grace = setTimeout(() => this.gone(entry.advisor, sessionHash), this.graceMs);
    entry.grace.unref();
  }
}
