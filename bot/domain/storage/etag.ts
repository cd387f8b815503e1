import { randomUUID } from 'node:crypto';

/**
 * True when a write with this eTag must not be checked against the stored one (absent, empty or `'*'`).
 *
 * @remarks
 * Same rule as botbuilder's MemoryStorage, CosmosDB and Blobs providers; kept in one place so every adapter agrees.
 */
export function isUnconditionalEtag(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}

/**
 * A fresh eTag.
 *
 * @remarks
 * Random rather than a counter: several processes write to the same SQLite file or Postgres table, and a counter
 * restarting at 1 after a restart could make a stale eTag look current again.
 */
export function newEtag(): string {
  return randomUUID();
}

/**
 * The eTag that asks for a create-only write: the item is written only if nothing is stored under its key, else
 * the write rejects with `EtagConflictError` (and, as any conflict, writes nothing of the whole call).
 *
 * @remarks
 * A first save has no eTag to send back, and `'*'` would overwrite whatever another instance created meanwhile
 * (last writer wins). Store-made eTags are UUIDs, so this value can never match a stored one.
 */
export const CREATE_ONLY_ETAG = '!absent';

/** True when a write with this eTag must only create the key ({@link CREATE_ONLY_ETAG}). */
export function isCreateOnlyEtag(eTag: unknown): boolean {
  return eTag === CREATE_ONLY_ETAG;
}
