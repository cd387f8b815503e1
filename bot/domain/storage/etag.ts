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
