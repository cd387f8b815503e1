/**
 * A Map that forgets its oldest entries beyond `limit`. Understanding memoizes pure functions of text (a
 * message's reading, a word's look-alikes, a recognizer parse) so that the several calls of one turn, and
 * the common words of every turn, are computed once; the limit keeps a long-running bot's memory flat
 * whatever people type.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Stores `value` (evicting the oldest entry when full) and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
