import NodeCache from 'node-cache';

/**
 * The replies of recent turns, kept so that a channel re-delivering an activity gets the same answer again.
 *
 * @remarks A convenience, never a reason for a turn to fail: node-cache's own `maxKeys` throws `ECACHEFULL` on
 * `set()` once full (5.1.2), after the turn is saved, which made every turn fail under a campaign's load. Here the
 * bound is kept by evicting the oldest entries first (insertion order), node-cache only keeps the time to live, and
 * a failing `set()` is reported, not thrown.
 */
export class ReplyCache<T> {
  private readonly cache: NodeCache;
  /** Keys in insertion order; a Map iterates in that order, so its first key is the oldest. */
  private readonly order = new Map<string, true>();

  constructor(private readonly options: { maxKeys: number; ttlSeconds: number; onError?: (err: Error) => void }) {
    if (!(options.maxKeys >= 1)) throw new Error('[ReplyCache]: maxKeys must be at least 1');
    this.cache = new NodeCache({ stdTTL: options.ttlSeconds, checkperiod: Math.max(1, Math.ceil(options.ttlSeconds / 5)), useClones: false });
    this.cache.on('expired', (key: string) => this.order.delete(key));
  }

  get(key: string): T | undefined {
    return this.cache.get<T>(key);
  }

  set(key: string, value: T): void {
    try {
      this.order.delete(key);
      while (this.order.size >= this.options.maxKeys) {
        const oldest = this.order.keys().next().value as string;
        this.order.delete(oldest);
        this.cache.del(oldest);
      }
      this.cache.set(key, value);
      this.order.set(key, true);
    } catch (err) {
      this.options.onError?.(err as Error);
    }
  }

  get size(): number {
    return this.order.size;
  }

  close(): void {
    this.cache.close();
    this.order.clear();
  }
}
