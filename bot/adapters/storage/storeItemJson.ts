import type { StoreItem } from '../../domain/storage/keyValueStore';

/**
 * Serialises a store item without its eTag, which every adapter keeps in its own column.
 *
 * @remarks
 * Going through JSON is the contract (values round-trip like in botbuilder's MemoryStorage), and it also means the
 * caller's object is never kept or mutated. Throws `TypeError` for anything that is not a plain object, before any
 * adapter touches its storage, so a bad item in a multi-key write cannot leave half the keys written.
 */
export function encodeStoreItem(key: string, item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError(`Storage: item for "${key}" must be an object.`);
  }
  const { eTag: _eTag, ...value } = item as StoreItem;
  return JSON.stringify(value);
}

/** Rebuilds a fresh item from its stored JSON and current eTag. */
export function decodeStoreItem(json: string, eTag: string): StoreItem {
  return { ...(JSON.parse(json) as Record<string, unknown>), eTag };
}

/** Validates a key prefix for erasure: see `KeyValueStore.deletePrefix`. */
/**
 * Keys for read and delete: a list of strings. `null` or a missing list is refused with botbuilder's own wording
 * (its storage suite expects a rejection, not a TypeError from deep inside a store); an empty list is fine.
 */
export function assertKeys(keys: unknown, operation: 'read' | 'delete'): asserts keys is string[] {
  if (!Array.isArray(keys)) {
    throw new Error(operation === 'read' ? 'Please provide at least one key to read from storage.' : 'Please provide at least one key to delete from storage.');
  }
  if (!keys.every((key) => typeof key === 'string')) throw new TypeError(`Storage: every key to ${operation} must be a string.`);
}

/** Changes for write: an object of items. `null` or a missing object is refused with botbuilder's own wording. */
export function assertChanges(changes: unknown): asserts changes is Record<string, unknown> {
  if (typeof changes !== 'object' || changes === null) throw new Error('Please provide a StoreItems with changes to persist.');
}

export function assertErasurePrefix(prefix: string): void {
  if (typeof prefix !== 'string' || prefix.length === 0) {
    throw new RangeError('Storage: deletePrefix needs a non-empty prefix.');
  }
}
