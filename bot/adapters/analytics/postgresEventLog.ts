import { Pool } from 'pg';
import { createSchema } from '../storage/postgresSchema';
import type { AnalyticsEvent } from '../../domain/analytics/analyticsEvent';
import type { EventLog, Period } from '../../domain/analytics/eventLog';
import type { RawFigures } from '../../domain/analytics/figures';
import { COLUMNS, eventQueries, FIGURE_QUERIES, figuresOf, rowOf, type EventQueries, type FigureRows } from './eventSql';

export interface PostgresEventLogOptions {
  connectionString: string;
  /** Default `analytics_events`; tests use a unique one. */
  table?: string;
  onPoolError?: (error: Error) => void;
}

const TABLE = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;
/** Rows per INSERT statement (15 parameters each, under PostgreSQL's 65,535). */
const ROWS_PER_STATEMENT = 1000;

/** `$from`, `$to`, `$conv`, `$cutoff` → `$1`, `$2`… in order of first use. */
function numbered(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/\$([a-z]+)/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, names };
}

/**
 * {@link EventLog} on PostgreSQL: its own table in the bot's database, on a small pool of its own (the key-value
 * store's pool and semantics are untouched). Several instances write to it alike; aggregation is SQL.
 */
export class PostgresEventLog implements EventLog {
  private readonly pool: Pool;
  private readonly q: EventQueries;
  private closed = false;

  private constructor(options: PostgresEventLogOptions, private readonly table: string) {
    this.pool = new Pool({ connectionString: options.connectionString, max: 3 });
    this.pool.on('error', (error) => options.onPoolError?.(error));
    this.q = eventQueries(table, 'id BIGSERIAL PRIMARY KEY');
  }

  static async open(options: PostgresEventLogOptions): Promise<PostgresEventLog> {
    const table = options.table ?? 'analytics_events';
    if (!TABLE.test(table)) throw new RangeError(`Analytics: invalid table name "${table}".`);
    const log = new PostgresEventLog(options, table);
    try {
      await createSchema(log.pool, table, log.q.create);
    } catch (error) {
      await log.close();
      throw error;
    }
    return log;
  }

  async insert(events: readonly AnalyticsEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (let start = 0; start < events.length; start += ROWS_PER_STATEMENT) {
      const chunk = events.slice(start, start + ROWS_PER_STATEMENT);
      const values: unknown[] = [];
      const tuples = chunk.map((e) => {
        const row = rowOf(e);
        const first = values.length;
        values.push(...row);
        return `(${row.map((_, i) => `$${first + i + 1}`).join(', ')})`;
      });
      await this.pool.query(`INSERT INTO ${this.table} (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
    }
  }

  async eraseConversation(conversation: string): Promise<number> {
    return (await this.run(this.q.eraseConversation, { conv: conversation })).rowCount ?? 0;
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return (await this.run(this.q.purgeBefore, { cutoff: cutoff.getTime() })).rowCount ?? 0;
  }

  async figures(period: Period): Promise<RawFigures> {
    const p = { from: period.from.getTime(), to: period.to.getTime() };
    const all = async (sql: string): Promise<Record<string, unknown>[]> => (await this.run(sql, p)).rows;
    const rows = await Promise.all(FIGURE_QUERIES.map((name) => all(this.q[name])));
    return figuresOf(Object.fromEntries(FIGURE_QUERIES.map((name, i) => [name, rows[i]])) as FigureRows);
  }

  async optimise(): Promise<void> {
    if (this.closed) return;
    await this.pool.query(`VACUUM ANALYZE ${this.table}`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private run(sql: string, params: Record<string, unknown>) {
    if (this.closed) throw new Error('Analytics: the event log is closed.');
    const { text, names } = numbered(sql);
    return this.pool.query<Record<string, unknown>>(text, names.map((n) => params[n]));
  }
}
