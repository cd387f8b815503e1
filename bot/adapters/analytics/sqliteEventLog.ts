import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BUSY_SLICE_MS, whileBusy } from '../storage/sqliteBusy';
import type { AnalyticsEvent } from '../../domain/analytics/analyticsEvent';
import type { EventLog, Period } from '../../domain/analytics/eventLog';
import type { RawFigures } from '../../domain/analytics/figures';
import { COLUMNS, eventQueries, FIGURE_QUERIES, figuresOf, rowOf, type EventQueries, type FigureRows } from './eventSql';

export interface SqliteEventLogOptions {
  /** The bot's SQLite file (its own connection, its own table), or `:memory:` beside the in-memory store. */
  file: string;
  /** Default `analytics_events`. */
  table?: string;
}

const TABLE = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;

/**
 * {@link EventLog} in SQLite: a table of its own in the bot's database file, on a connection of its own (WAL lets
 * it write beside the key-value store's), so the store's semantics are untouched. Aggregation is SQL.
 */
export class SqliteEventLog implements EventLog {
  private readonly db: Database.Database;
  private readonly q: EventQueries;
  private readonly insertOne: Database.Statement;
  /** The batch insert's transaction, wrapped once (better-sqlite3 builds four wrapper functions per `transaction()`). */
  private readonly insertRows: (rows: unknown[][]) => void;
  private readonly table: string;

  constructor(options: SqliteEventLogOptions) {
    const table = options.table ?? 'analytics_events';
    this.table = table;
    if (!TABLE.test(table)) throw new RangeError(`Analytics: invalid table name "${table}".`);
    if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
    this.db = new Database(options.file, { timeout: BUSY_SLICE_MS });
    this.q = eventQueries(table);
    try {
      if (options.file !== ':memory:') this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('secure_delete = ON');
      for (const sql of this.q.create) this.db.exec(sql);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.insertOne = this.db.prepare(`INSERT INTO ${table} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
    this.insertRows = this.db.transaction((rows: unknown[][]) => { for (const row of rows) this.insertOne.run(row); }).immediate;
  }

  async insert(events: readonly AnalyticsEvent[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map(rowOf);
    await whileBusy(() => this.insertRows(rows));
  }

  async eraseConversation(conversation: string): Promise<number> {
    return whileBusy(() => this.db.prepare(this.q.eraseConversation).run({ conv: conversation }).changes);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return whileBusy(() => this.db.prepare(this.q.purgeBefore).run({ cutoff: cutoff.getTime() }).changes);
  }

  async figures(period: Period): Promise<RawFigures> {
    const p = { from: period.from.getTime(), to: period.to.getTime() };
    const all = (sql: string): Record<string, unknown>[] => this.db.prepare(sql).all(p) as Record<string, unknown>[];
    // one read transaction: every figure sees the same events
    return whileBusy(() => this.db.transaction(() => figuresOf(Object.fromEntries(FIGURE_QUERIES.map((name) => [name, all(this.q[name])])) as FigureRows))());
  }

  async optimise(): Promise<void> {
    await whileBusy(() => this.db.exec(`ANALYZE ${this.table}`));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

}
