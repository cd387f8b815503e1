import { EtagConflictError, type KeyValueStore, type StoreItems } from '../../domain/storage/keyValueStore';
import { isCreateOnlyEtag, isUnconditionalEtag, newEtag } from '../../domain/storage/etag';
import { assertChanges, assertErasurePrefix, assertKeys, decodeStoreItem, encodeStoreItem } from './storeItemJson';

interface Entry {
  json: string;
  eTag: string;
  updatedAt: number;
}

export interface MemoryStoreOptions {
  /** Clock for write times (milliseconds since the epoch), so retention can be tested with a fake clock. */
  now?: () => number;
}

/**
 * In-process {@link KeyValueStore} for tests and local experiments.
 *
 * @remarks
 * Items are kept as JSON strings and parsed again on every read, so callers can neither mutate stored state nor
 * observe values that would not survive a real database (Dates, `undefined`). Not for production: state is lost
 * on restart and not shared between instances.
 */
export class MemoryStore implements KeyValueStore {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private closed = false;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.assertOpen();
    assertKeys(keys, 'read');
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) items[key] = decodeStoreItem(entry.json, entry.eTag);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.assertOpen();
    assertChanges(changes);
    const pending: Array<[string, string]> = [];
    for (const [key, item] of Object.entries(changes)) {
      const json = encodeStoreItem(key, item);
      const stored = this.entries.get(key);
      if (stored && (isCreateOnlyEtag(item.eTag) || (!isUnconditionalEtag(item.eTag) && item.eTag !== stored.eTag))) {
        throw new EtagConflictError(key);
      }
      pending.push([key, json]);
    }
    const updatedAt = this.now();
    for (const [key, json] of pending) {
      this.entries.set(key, { json, eTag: newEtag(), updatedAt });
    }
  }

  async delete(keys: string[]): Promise<void> {
    this.assertOpen();
    assertKeys(keys, 'delete');
    for (const key of keys) this.entries.delete(key);
  }

  async deletePrefix(prefix: string): Promise<number> {
    this.assertOpen();
    assertErasurePrefix(prefix);
    return this.deleteWhere((key) => key.startsWith(prefix));
  }

  async purgeOlderThan(prefix: string, cutoff: Date): Promise<number> {
    this.assertOpen();
    const limit = cutoff.getTime();
    return this.deleteWhere((key, entry) => key.startsWith(prefix) && entry.updatedAt < limit);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.entries.clear();
  }

  private deleteWhere(matches: (key: string, entry: Entry) => boolean): number {
    let count = 0;
    for (const [key, entry] of this.entries) {
      if (matches(key, entry)) {
        this.entries.delete(key);
        count += 1;
      }
    }
    return count;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('Storage: the store is closed.');
  }
}
