/**
 * A Map that forgets its oldest entries beyond `limit`. Understanding memoizes pure functions of text (a
 * message's reading, a word's look-alikes, a recognizer parse) so that the several calls of one turn, and
 * the common words of every turn, are computed once; the limit keeps a long-running bot's memory flat
 * whatever people type.
 *
 * @remarks Two generations of plain Maps, and never a deletion: entries go into `current`; when it holds half
 * the limit it becomes `previous` (the previous one is dropped whole) and a new `current` starts. So between
 * half the limit and the limit are kept, the oldest forgotten first. Deleting the oldest entry of one Map at
 * each insertion, as this did before, kept the deleted values alive for V8's young-generation collector until
 * the next full collection (a 64-entry cache of that kind had every value it ever held copied to the old
 * generation; two plain Maps, almost none): with a reading cached per message, each young-generation pause
 * copied megabytes and took milliseconds.
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  /** How many entries `current` takes before it becomes `previous`. */
  private readonly generation: number;

  constructor(limit: number) {
    this.generation = Math.max(1, Math.ceil(limit / 2));
  }

  get(key: K): V | undefined {
    const value = this.current.get(key);
    return value !== undefined ? value : this.previous.get(key);
  }

  /** Stores `value` (forgetting the older generation when the newer is full) and returns it. */
  set(key: K, value: V): V {
    if (this.current.size >= this.generation && !this.current.has(key)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }

  clear(): void {
    // new Maps rather than Map.clear(), which keeps the cleared values alive the same way (start-up clears often)
    if (this.current.size > 0) this.current = new Map();
    if (this.previous.size > 0) this.previous = new Map();
  }

  /** Entries kept (a key set again after its generation was retired counts twice until that one is forgotten). */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
