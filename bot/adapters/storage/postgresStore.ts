import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { EtagConflictError, type KeyValueStore, type StoreItems } from '../../domain/storage/keyValueStore';
import { isCreateOnlyEtag, isUnconditionalEtag, newEtag } from '../../domain/storage/etag';
import { likePrefix, postgresSql, TABLE_NAME, type PostgresSql } from './postgresSql';
import { createSchema } from './postgresSchema';
import { assertChanges, assertErasurePrefix, assertKeys, decodeStoreItem, encodeStoreItem } from './storeItemJson';

export interface PostgresStoreOptions {
  /** `postgres://user@host:port/database` */
  connectionString: string;
  /** Table name (letters, digits, underscores; at most 48 characters). Default `kv_store`. Tests use a unique one. */
  table?: string;
  /** Extra pool settings, e.g. `max` or `connectionTimeoutMillis`. */
  pool?: Omit<PoolConfig, 'connectionString'>;
  /** Clock for write times (milliseconds since the epoch), so retention can be tested with a fake clock. */
  now?: () => number;
  /** Called when an idle pooled connection fails (e.g. the server restarted); the pool then discards it. */
  onPoolError?: (error: Error) => void;
}

/**
 * {@link KeyValueStore} on PostgreSQL, for several bot instances sharing state.
 *
 * @remarks
 * Every write is one transaction, so a multi-key write is all-or-nothing. A conditional write is
 * `UPDATE … WHERE key = $1 AND etag = $2`: under READ COMMITTED a concurrent writer's committed change makes the
 * row no longer match, so of two writers holding the same eTag exactly one wins. When no row changed,
 * `INSERT … ON CONFLICT DO NOTHING` tells "absent" (upsert, as the contract says) from "changed since read"
 * (conflict). Keys are written in sorted order so that two multi-key writes cannot deadlock.
 * PostgreSQL text cannot hold U+0000, so the server rejects keys containing it.
 */
export class PostgresStore implements KeyValueStore {
  private readonly pool: Pool;
  private readonly sql: PostgresSql;
  private readonly now: () => number;
  private closed = false;

  private constructor(options: PostgresStoreOptions, table: string) {
    this.pool = new Pool({ ...options.pool, connectionString: options.connectionString });
    this.pool.on('error', (error) => options.onPoolError?.(error));
    this.sql = postgresSql(table);
    this.now = options.now ?? Date.now;
  }

  /** Connects and creates the table if missing. Rejects (and releases the pool) if the database is unreachable. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const table = options.table ?? 'kv_store';
    if (!TABLE_NAME.test(table)) throw new RangeError(`Storage: invalid table name "${table}".`);
    const store = new PostgresStore(options, table);
    try {
      // under an advisory lock: instances starting together would otherwise race inside CREATE TABLE IF NOT EXISTS
      await createSchema(store.pool, table, [store.sql.createTable, store.sql.createIndex]);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.assertOpen();
    assertKeys(keys, 'read');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const { rows } = await this.pool.query<{ key: string; etag: string; value: string }>(this.sql.select, [keys]);
    for (const row of rows) items[row.key] = decodeStoreItem(row.value, row.etag);
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.assertOpen();
    assertChanges(changes);
    const rows = Object.entries(changes)
      .map(([key, item]) => ({ key, json: encodeStoreItem(key, item), expected: item.eTag }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (rows.length === 0) return;
    const updatedAt = this.now();
    await this.inTransaction(async (client) => {
      for (const { key, json, expected } of rows) {
        const values = [key, newEtag(), json, updatedAt];
        if (isUnconditionalEtag(expected)) {
          await client.query(this.sql.upsert, values);
        } else if (isCreateOnlyEtag(expected)) {
          if ((await client.query(this.sql.insertIfAbsent, values)).rowCount === 0) throw new EtagConflictError(key);
        } else if (
          (await client.query(this.sql.updateIfMatch, [...values, String(expected)])).rowCount === 0 &&
          (await client.query(this.sql.insertIfAbsent, values)).rowCount === 0
        ) {
          throw new EtagConflictError(key);
        }
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    this.assertOpen();
    assertKeys(keys, 'delete');
    if (keys.length > 0) await this.pool.query(this.sql.delete, [keys]);
  }

  /**
   * Deleted rows stay in the table's files until VACUUM marks their space free for reuse (autovacuum does it
   * too, when it decides to); only reuse overwrites them. Run on a schedule by the housekeeping, so erased data
   * does not linger. It neither locks out reads and writes nor shrinks the files (VACUUM FULL would).
   */
  async scrub(): Promise<void> {
    this.assertOpen();
    await this.pool.query(this.sql.vacuum);
  }

  async deletePrefix(prefix: string): Promise<number> {
    this.assertOpen();
    assertErasurePrefix(prefix);
    return (await this.pool.query(this.sql.deleteUnder, [likePrefix(prefix)])).rowCount ?? 0;
  }

  async purgeOlderThan(prefix: string, cutoff: Date): Promise<number> {
    this.assertOpen();
    const result = await this.pool.query(this.sql.deleteUnderBefore, [likePrefix(prefix), cutoff.getTime()]);
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async inTransaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      // A client whose ROLLBACK fails is in an unknown state: destroy it instead of returning it to the pool.
      await client.query('ROLLBACK').then(
        () => client.release(),
        (rollbackError: Error) => client.release(rollbackError),
      );
      throw error;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('Storage: the store is closed.');
  }
}
