import { Pool } from 'pg';
import { createSchema } from '../storage/postgresSchema';
import type { HandoffState } from '../../domain/handoff/handoffState';
import type { Ticket } from '../../domain/handoff/ticket';
import type { StoredTicket, TicketStore } from '../../domain/handoff/ticketStore';
import { newEtag } from '../../domain/storage/etag';
import { EtagConflictError } from '../../domain/storage/keyValueStore';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS handoff_ticket (
    id TEXT PRIMARY KEY, agency TEXT NOT NULL, state TEXT NOT NULL, since TIMESTAMPTZ NOT NULL,
    version TEXT NOT NULL, doc TEXT NOT NULL, updated_at BIGINT NOT NULL);
  CREATE INDEX IF NOT EXISTS handoff_ticket_list ON handoff_ticket (agency, state, since);
  CREATE INDEX IF NOT EXISTS handoff_ticket_updated ON handoff_ticket (updated_at);`;

export interface PostgresTicketStoreOptions {
  connectionString: string;
  /** The deployment's agency: its tickets only are listed (several agencies may share a database). */
  agency?: string;
  now?: () => number;
  onPoolError?: (error: Error) => void;
}

/**
 * {@link TicketStore} in a PostgreSQL table indexed on (agency, state, since): the queue, assigned and callback
 * lists are queries. A change is `UPDATE … WHERE id = $1 AND version = $2`: under READ COMMITTED the second of
 * two concurrent claims waits for the first, re-checks the version on the updated row, changes nothing and is
 * told so (a conflict, then the service re-reads the ticket and finds it taken).
 */
export class PostgresTicketStore implements TicketStore {
  private readonly pool: Pool;
  private readonly agency: string;
  private readonly now: () => number;

  private constructor(options: PostgresTicketStoreOptions) {
    this.pool = new Pool({ connectionString: options.connectionString, max: 10, connectionTimeoutMillis: 10_000 });
    this.pool.on('error', (error) => options.onPoolError?.(error));
    this.agency = options.agency ?? '';
    this.now = options.now ?? Date.now;
  }

  static async open(options: PostgresTicketStoreOptions): Promise<PostgresTicketStore> {
    const store = new PostgresTicketStore(options);
    try {
      await createSchema(store.pool, 'orientation-bot handoff schema', [SCHEMA]);
    } catch (error) {
      await store.pool.end();
      throw error;
    }
    return store;
  }

  async get(id: string): Promise<StoredTicket | undefined> {
    const { rows } = await this.pool.query<{ doc: string; version: string }>('SELECT doc, version FROM handoff_ticket WHERE id = $1', [id]);
    return rows[0] && { ticket: JSON.parse(rows[0].doc) as Ticket, version: rows[0].version };
  }

  async list(state?: HandoffState): Promise<Ticket[]> {
    const { rows } = state
      ? await this.pool.query<{ doc: string }>('SELECT doc FROM handoff_ticket WHERE agency = $1 AND state = $2 ORDER BY since, id', [this.agency, state])
      : await this.pool.query<{ doc: string }>('SELECT doc FROM handoff_ticket WHERE agency = $1 ORDER BY since, id', [this.agency]);
    return rows.map((r) => JSON.parse(r.doc) as Ticket);
  }

  async create(ticket: Ticket): Promise<void> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO handoff_ticket (id, agency, state, since, version, doc, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO NOTHING`,
      [ticket.id, this.agency, ticket.state, ticket.since, newEtag(), JSON.stringify(ticket), this.now()]);
    if (rowCount === 0) throw new EtagConflictError(ticket.id);
  }

  async update(ticket: Ticket, version: string): Promise<void> {
    const { rowCount } = await this.pool.query(
      'UPDATE handoff_ticket SET state = $2, since = $3, version = $4, doc = $5, updated_at = $6 WHERE id = $1 AND version = $7',
      [ticket.id, ticket.state, ticket.since, newEtag(), JSON.stringify(ticket), this.now(), version]);
    if (rowCount === 0) throw new EtagConflictError(ticket.id);
  }

  async delete(id: string): Promise<void> {
    await this.pool.query('DELETE FROM handoff_ticket WHERE id = $1', [id]);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return (await this.pool.query('DELETE FROM handoff_ticket WHERE updated_at < $1', [cutoff.getTime()])).rowCount ?? 0;
  }

  /** Deleted tickets (phone numbers, profiles) leave the table's files once VACUUM lets their space be reused. */
  async scrub(): Promise<void> {
    await this.pool.query('VACUUM handoff_ticket');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
