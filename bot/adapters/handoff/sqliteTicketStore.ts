import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { HandoffState } from '../../domain/handoff/handoffState';
import type { Ticket } from '../../domain/handoff/ticket';
import type { StoredTicket, TicketStore } from '../../domain/handoff/ticketStore';
import { newEtag } from '../../domain/storage/etag';
import { EtagConflictError } from '../../domain/storage/keyValueStore';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS handoff_ticket (
    id TEXT PRIMARY KEY, agency TEXT NOT NULL, state TEXT NOT NULL, since TEXT NOT NULL, version TEXT NOT NULL,
    doc TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS handoff_ticket_list ON handoff_ticket (agency, state, since);
  CREATE INDEX IF NOT EXISTS handoff_ticket_updated ON handoff_ticket (updated_at);`;

export interface SqliteTicketStoreOptions {
  dataDir: string;
  /** The database file of the key/value store (default `state.sqlite`): one file to back up. */
  fileName?: string;
  /** The deployment's agency: its tickets only are listed (several agencies may share a database). */
  agency?: string;
  now?: () => number;
}

/**
 * {@link TicketStore} in a table of the SQLite file: the queue, assigned and callback lists are indexed queries.
 * Its own connection (WAL lets it share the file); every statement is one synchronous step, so an update
 * conditional on the version cannot interleave with another writer of this process.
 */
export class SqliteTicketStore implements TicketStore {
  private readonly db: Database.Database;
  private readonly agency: string;
  private readonly now: () => number;

  constructor(options: SqliteTicketStoreOptions) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    this.db = new Database(path.join(options.dataDir, options.fileName ?? 'state.sqlite'), { timeout: 2000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('secure_delete = ON'); // an erased ticket (phone number, profile) is zeroed on disk
    this.db.exec(SCHEMA);
    this.agency = options.agency ?? '';
    this.now = options.now ?? Date.now;
  }

  async get(id: string): Promise<StoredTicket | undefined> {
    const row = this.db.prepare('SELECT doc, version FROM handoff_ticket WHERE id = ?').get(id) as { doc: string; version: string } | undefined;
    return row && { ticket: JSON.parse(row.doc) as Ticket, version: row.version };
  }

  async list(state?: HandoffState): Promise<Ticket[]> {
    const rows = (state
      ? this.db.prepare('SELECT doc FROM handoff_ticket WHERE agency = ? AND state = ? ORDER BY since, id').all(this.agency, state)
      : this.db.prepare('SELECT doc FROM handoff_ticket WHERE agency = ? ORDER BY since, id').all(this.agency)) as Array<{ doc: string }>;
    return rows.map((r) => JSON.parse(r.doc) as Ticket);
  }

  async create(ticket: Ticket): Promise<void> {
    const done = this.db.prepare(`INSERT INTO handoff_ticket (id, agency, state, since, version, doc, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
      .run(ticket.id, this.agency, ticket.state, ticket.since, newEtag(), JSON.stringify(ticket), this.now());
    if (done.changes === 0) throw new EtagConflictError(ticket.id);
  }

  async update(ticket: Ticket, version: string): Promise<void> {
    const done = this.db.prepare('UPDATE handoff_ticket SET state = ?, since = ?, version = ?, doc = ?, updated_at = ? WHERE id = ? AND version = ?')
      .run(ticket.state, ticket.since, newEtag(), JSON.stringify(ticket), this.now(), ticket.id, version);
    if (done.changes === 0) throw new EtagConflictError(ticket.id);
  }

  async delete(id: string): Promise<void> {
    this.db.prepare('DELETE FROM handoff_ticket WHERE id = ?').run(id);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM handoff_ticket WHERE updated_at < ?').run(cutoff.getTime()).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
