import type { TicketStore } from '../../domain/handoff/ticketStore';
import { PostgresTicketStore } from './postgresTicketStore';
import { SqliteTicketStore } from './sqliteTicketStore';

/** The ticket table beside the key/value store: PostgreSQL with a database URL, else in the SQLite file. */
export function createTicketStore(options: { dataDir: string; databaseUrl?: string; agency?: string; onPoolError?: (e: Error) => void }): Promise<TicketStore> {
  if (options.databaseUrl) return PostgresTicketStore.open({ connectionString: options.databaseUrl, agency: options.agency, onPoolError: options.onPoolError });
  return Promise.resolve(new SqliteTicketStore({ dataDir: options.dataDir, agency: options.agency }));
}
