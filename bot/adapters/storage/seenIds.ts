import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BUSY_SLICE_MS, whileBusy } from './sqliteBusy';
import { createSchema } from './postgresSchema';
import { Pool } from 'pg';
import type { SeenIds } from '../../domain/storage/seenIds';

/** In process memory: for tests and tools that pass their own in-memory store. */
export class MemorySeenIds implements SeenIds {
  private readonly ids = new Map<string, number>();
  constructor(private readonly now: () => number = Date.now) {}
  async claim(id: string): Promise<boolean> {
    if (this.ids.has(id)) return false;
    this.ids.set(id, this.now());
    return true;
  }
  async purgeOlderThan(cutoff: Date): Promise<number> {
    let n = 0;
    for (const [id, at] of this.ids) if (at < cutoff.getTime()) { this.ids.delete(id); n++; }
    return n;
  }
  async close(): Promise<void> { this.ids.clear(); }
}

const SQLITE_SCHEMA = 'CREATE TABLE IF NOT EXISTS seen_ids (id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL)';

/** In the SQLite file of the key/value store (its own connection and table); WAL lets both share the file. */
export class SqliteSeenIds implements SeenIds {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, number]>;
  private readonly purge: Database.Statement<[number]>;

  constructor(dataDir: string, private readonly now: () => number = Date.now, fileName = 'state.sqlite') {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, fileName), { timeout: BUSY_SLICE_MS });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SQLITE_SCHEMA);
    this.insert = this.db.prepare('INSERT INTO seen_ids (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
    this.purge = this.db.prepare('DELETE FROM seen_ids WHERE seen_at < ?');
  }

  async claim(id: string): Promise<boolean> { return (await whileBusy(() => this.insert.run(id, this.now()).changes)) === 1; }
  async purgeOlderThan(cutoff: Date): Promise<number> { return whileBusy(() => this.purge.run(cutoff.getTime()).changes); }
  async close(): Promise<void> { if (this.db.open) this.db.close(); }

}

/** In the PostgreSQL database of the key/value store (its own small pool and table). */
export class PostgresSeenIds implements SeenIds {
  private constructor(private readonly pool: Pool, private readonly table: string, private readonly now: () => number) {}

  /** `table` is for tests (a name of their own); deployments use `seen_ids`. */
  static async open(connectionString: string, now: () => number = Date.now, table = 'seen_ids'): Promise<PostgresSeenIds> {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(table)) throw new RangeError(`Storage: invalid table name "${table}".`);
    const pool = new Pool({ connectionString, max: 4 });
    pool.on('error', () => undefined); // an idle connection dropped: the pool replaces it
    try {
      // under an advisory lock: two instances starting together do not race inside CREATE TABLE IF NOT EXISTS
      await createSchema(pool, table, [`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, seen_at BIGINT NOT NULL)`]);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresSeenIds(pool, table, now);
  }

  async claim(id: string): Promise<boolean> {
    const result = await this.pool.query(`INSERT INTO ${this.table} (id, seen_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [id, this.now()]);
    return result.rowCount === 1;
  }
  async purgeOlderThan(cutoff: Date): Promise<number> {
    return (await this.pool.query(`DELETE FROM ${this.table} WHERE seen_at < $1`, [cutoff.getTime()])).rowCount ?? 0;
  }
  async close(): Promise<void> { await this.pool.end(); }
}

/** The seen-ids table beside the configured store: PostgreSQL when a URL is given, else the SQLite file. */
export async function createSeenIds(options: { dataDir: string; databaseUrl?: string }): Promise<SeenIds> {
  return options.databaseUrl ? PostgresSeenIds.open(options.databaseUrl) : new SqliteSeenIds(options.dataDir);
}
