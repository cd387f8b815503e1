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
export function assertErasurePrefix(prefix: string): void {
  if (typeof prefix !== 'string' || prefix.length === 0) {
    throw new RangeError('Storage: deletePrefix needs a non-empty prefix.');
  }
}
