import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BUSY_SLICE_MS, whileBusy } from './sqliteBusy';
import { EtagConflictError, type KeyValueStore, type StoreItems } from '../../domain/storage/keyValueStore';
import { isCreateOnlyEtag, isUnconditionalEtag, newEtag } from '../../domain/storage/etag';
import { assertChanges, assertErasurePrefix, assertKeys, decodeStoreItem, encodeStoreItem } from './storeItemJson';

export interface SqliteStoreOptions {
  /** Directory of the database file; created if missing. */
  dataDir: string;
  /** File name inside `dataDir`. Default `state.sqlite`. */
  fileName?: string;
  /** Clock for write times (milliseconds since the epoch), so retention can be tested with a fake clock. */
  now?: () => number;
}

interface Row {
  etag: string;
  value: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS kv_store (
    key TEXT PRIMARY KEY, etag TEXT NOT NULL, value TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS kv_store_updated_at ON kv_store (updated_at);`;
/** Prefix match without LIKE: SQLite's LIKE ignores ASCII case and treats `%` and `_` as wildcards. */
const UNDER_PREFIX = 'substr(key, 1, length(@prefix)) = @prefix';

/**
 * {@link KeyValueStore} in one SQLite file: the embedded default, durable across restarts.
 *
 * @remarks
 * WAL mode lets readers run while a write commits, and several processes may share the file. Writes use
 * `BEGIN IMMEDIATE` so a transaction takes the write lock before it reads any eTag; that makes the eTag check and
 * the write one atomic step across processes, and a multi-key write all-or-nothing. A conditional write is
 * `UPDATE … WHERE key = ? AND etag = ?`; when it changes no row, an `INSERT … DO NOTHING` tells "absent" (upsert,
 * as the contract says) from "changed since read" (conflict). better-sqlite3 12 is the last major supporting Node 20.
 */

export class SqliteStore implements KeyValueStore {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly selectOne: Database.Statement<[string], Row>;
  private readonly updateIfMatch: Database.Statement<[string, string, number, string, string]>;
  private readonly insertIfAbsent: Database.Statement<[string, string, string, number]>;
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly deleteOne: Database.Statement<[string]>;
  private readonly deleteUnder: Database.Statement<[{ prefix: string }]>;
  private readonly deleteUnderBefore: Database.Statement<[{ prefix: string; cutoff: number }]>;
  /** The transactions, wrapped once (better-sqlite3's `transaction()` builds four wrapper functions per call). */
  private readonly readMany: (keys: string[]) => StoreItems;
  private readonly writeRows: (rows: Array<{ key: string; json: string; expected: unknown }>, updatedAt: number) => void;
  private readonly deleteKeys: (keys: string[]) => void;

  /** Opens (and if needed creates) the database file. Throws if the directory cannot be created or opened. */
  constructor(options: SqliteStoreOptions) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    // A short busy timeout: better-sqlite3 waits synchronously, so another process holding the lock froze the
    // whole server for the 5 s default; busy calls are retried below without blocking the event loop.
    this.db = new Database(path.join(options.dataDir, options.fileName ?? 'state.sqlite'), { timeout: BUSY_SLICE_MS });
    try {
      this.db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL keeps every commit across a crash or restart of the process (what "lose nothing"
      // asks); only a power cut of the host may lose the last commits. FULL would fsync on every turn.
      this.db.pragma('synchronous = NORMAL');
      // Erased data must not stay readable on disk: deleted content is overwritten with zeros (and the WAL is
      // truncated after an erasure, see `scrub`).
      this.db.pragma('secure_delete = ON');
      this.db.exec(SCHEMA);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.now = options.now ?? Date.now;
    this.selectOne = this.db.prepare('SELECT etag, value FROM kv_store WHERE key = ?');
    this.updateIfMatch = this.db.prepare(
      'UPDATE kv_store SET etag = ?, value = ?, updated_at = ? WHERE key = ? AND etag = ?',
    );
    this.insertIfAbsent = this.db.prepare(
      'INSERT INTO kv_store (key, etag, value, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
    );
    this.upsert = this.db.prepare(
      `INSERT INTO kv_store (key, etag, value, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key)
       DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at`,
    );
    this.deleteOne = this.db.prepare('DELETE FROM kv_store WHERE key = ?');
    this.deleteUnder = this.db.prepare(`DELETE FROM kv_store WHERE ${UNDER_PREFIX}`);
    this.deleteUnderBefore = this.db.prepare(
      `DELETE FROM kv_store WHERE ${UNDER_PREFIX} AND updated_at < @cutoff`,
    );
    this.readMany = this.db.transaction((keys: string[]) => {
      const items: StoreItems = {};
      for (const key of keys) {
        const row = this.selectOne.get(key);
        if (row) items[key] = decodeStoreItem(row.value, row.etag);
      }
      return items;
    });
    this.writeRows = this.db.transaction((rows: Array<{ key: string; json: string; expected: unknown }>, updatedAt: number) => {
      for (const { key, json, expected } of rows) {
        const eTag = newEtag();
        if (isUnconditionalEtag(expected)) {
          this.upsert.run(key, eTag, json, updatedAt);
        } else if (isCreateOnlyEtag(expected)) {
          if (this.insertIfAbsent.run(key, eTag, json, updatedAt).changes === 0) throw new EtagConflictError(key);
        } else if (
          this.updateIfMatch.run(eTag, json, updatedAt, key, String(expected)).changes === 0 &&
          this.insertIfAbsent.run(key, eTag, json, updatedAt).changes === 0
        ) {
          throw new EtagConflictError(key);
        }
      }
    }).immediate;
    this.deleteKeys = this.db.transaction((keys: string[]) => {
      for (const key of keys) this.deleteOne.run(key);
    });
  }

  private readOne(key: string): StoreItems {
    const items: StoreItems = {};
    const row = this.selectOne.get(key);
    if (row) items[key] = decodeStoreItem(row.value, row.etag);
    return items;
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'read');
    // one key (every turn's load): a single SELECT is consistent on its own, no BEGIN/COMMIT around it
    if (keys.length === 1) return whileBusy(() => this.readOne(keys[0]));
    return whileBusy(() => this.readMany(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    assertChanges(changes);
    const rows = Object.entries(changes).map(([key, item]) => ({
      key,
      json: encodeStoreItem(key, item),
      expected: item.eTag,
    }));
    const updatedAt = this.now();
    await whileBusy(() => this.writeRows(rows, updatedAt));
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'delete');
    await whileBusy(() => this.deleteKeys(keys));
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertErasurePrefix(prefix);
    const deleted = await whileBusy(() => this.deleteUnder.run({ prefix }).changes);
    await this.scrub();
    return deleted;
  }

  async purgeOlderThan(prefix: string, cutoff: Date): Promise<number> {
    const deleted = await whileBusy(() => this.deleteUnderBefore.run({ prefix, cutoff: cutoff.getTime() }).changes);
    if (deleted > 0) await this.scrub();
    return deleted;
  }

  /**
   * After an erasure or a purge: copies the WAL into the database (where `secure_delete` zeroes freed content)
   * and truncates it, so the erased text and phone numbers are no longer in any file. If another connection
   * keeps the WAL busy, the next erasure or purge finishes the job.
   */
  async scrub(): Promise<void> {
    await whileBusy(() => this.db.pragma('wal_checkpoint(TRUNCATE)'));
  }


  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
