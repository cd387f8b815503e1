/**
 * Which advisors are signed in, across instances: each instance says who is online on it; everyone reads the
 * number of distinct advisors online anywhere (the handoff offers the queue only while it is above zero).
 *
 * @remarks An instance that dies stops renewing its entries, which then expire (heartbeats with a lifetime), so
 * its advisors do not count as present for ever. `count()` is the last known figure, kept fresh by heartbeats and
 * change notices, so that a turn reads it without a round trip.
 */
export interface PresenceBoard {
  /** The advisors signed in on this instance now (replaces what this instance said before). */
  update(advisors: ReadonlySet<string>): void;
  /** Distinct advisors online on any instance, as last known. */
  count(): number;
  /** Called when `count()` changes. Returns the function that unsubscribes. */
  onChange(listener: (count: number) => void): () => void;
}

/** {@link PresenceBoard} of one process: this instance's advisors are all there is. */
export class LocalPresence implements PresenceBoard {
  private online = 0;
  private readonly listeners = new Set<(count: number) => void>();

  update(advisors: ReadonlySet<string>): void {
    if (advisors.size === this.online) return;
    this.online = advisors.size;
    for (const listener of this.listeners) listener(this.online);
  }

  count(): number {
    return this.online;
  }

  onChange(listener: (count: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
