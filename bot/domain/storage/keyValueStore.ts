/**
 * The storage port: a key/value store with optimistic concurrency.
 *
 * @remarks
 * The shape is structurally compatible with botbuilder's `Storage` (read / write / delete over `StoreItems`), so
 * any adapter can back `ConversationState` and `UserState` without this folder importing the SDK. Two additions
 * serve data protection: {@link KeyValueStore.deletePrefix} for erasure by user or conversation, and
 * {@link KeyValueStore.purgeOlderThan} for retention. Every adapter must pass the shared contract suite in
 * `test/contract/keyValueStore.contract.ts`; that suite, not an adapter, is the definition of the behaviour.
 */
export interface StoreItem {
  /** Version of the stored item, set by the store on every write. Send back what you read to write conditionally. */
  eTag?: string;
  [k: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;

export interface KeyValueStore {
  /**
   * Reads the given keys. Keys that are not stored are absent from the result (not an error). Every returned
   * item is a fresh copy carrying its current `eTag`.
   */
  read(keys: string[]): Promise<StoreItems>;

  /**
   * Writes every change, or none of them.
   *
   * @remarks
   * Per key: if `eTag` is `CREATE_ONLY_ETAG` (from `./etag`), the key is written only if nothing is stored under it (a
   * create-only write; else a conflict). If `eTag` is absent, `''` or `'*'`, or if nothing is stored under the key,
   * the write is an unconditional upsert. Otherwise the supplied eTag must equal the stored one, else the whole call rejects with
   * {@link EtagConflictError} and nothing is written. Each successful write gives the item a new eTag. Values are
   * stored as JSON (Dates come back as strings, `undefined` properties vanish); caller objects are never mutated.
   * Note that botbuilder's `BotState.saveChanges()` always writes with `'*'`, so it is last-writer-wins: turns of
   * one conversation must be serialised (see `KeyedSerialQueue`) for that not to lose updates.
   */
  write(changes: StoreItems): Promise<void>;

  /** Deletes the given keys. Deleting a key that is not stored is not an error. */
  delete(keys: string[]): Promise<void>;

  /**
   * Deletes every key that starts with `prefix` (plain string comparison, case-sensitive, no wildcards) and returns
   * how many were deleted.
   *
   * @remarks
   * This is the erasure primitive (GDPR Art. 17): keys are built as `<channel>/users/<id>/…` and
   * `<channel>/conversations/<id>/…`, so one call removes everything about one user or conversation. An empty
   * prefix is rejected with a `RangeError`, because an empty id reaching this call would otherwise erase everyone.
   */
  deletePrefix(prefix: string): Promise<number>;

  /**
   * Deletes the keys starting with `prefix` whose last write happened strictly before `cutoff`, and returns how
   * many were deleted. An empty prefix means every key.
   *
   * @remarks
   * Retention (GDPR Art. 5(1)(e)): a scheduled job calls this with e.g. "30 days ago". Write times come from the
   * store's clock, which adapters let tests inject.
   */
  purgeOlderThan(prefix: string, cutoff: Date): Promise<number>;

  /**
   * Makes erased data unreadable on disk where the engine keeps it after a delete (SQLite: WAL checkpoint, with
   * `secure_delete`; PostgreSQL: VACUUM). Optional: a memory store has nothing to scrub.
   */
  scrub?(): Promise<void>;

  /** Releases files, connections and pools. Idempotent; any other call after `close()` rejects. */
  close(): Promise<void>;
}

/**
 * Thrown (as a rejection) by {@link KeyValueStore.write} when a supplied eTag no longer matches the stored one.
 *
 * @remarks
 * The message is botbuilder's own wording, so logs and existing handlers read the same whichever store is used.
 */
export class EtagConflictError extends Error {
  constructor(public readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}
