import path from 'node:path';
import type { EventLog } from '../../domain/analytics/eventLog';
import { PostgresEventLog } from './postgresEventLog';
import { SqliteEventLog } from './sqliteEventLog';

export interface CreateEventLogOptions {
  dataDir: string;
  databaseUrl?: string;
  /** The app was given a store of its own (tests, the in-memory store): keep the events in memory too. */
  inMemory?: boolean;
  onPoolError?: (error: Error) => void;
}

/**
 * The {@link EventLog} beside the configured store: the `analytics_events` table in the same PostgreSQL database,
 * or in the same SQLite file (`state.sqlite` in `DATA_DIR`), each on a connection of its own; in memory when the
 * store is.
 */
export async function createEventLog(options: CreateEventLogOptions): Promise<EventLog> {
  if (options.inMemory) return new SqliteEventLog({ file: ':memory:' });
  if (options.databaseUrl) return PostgresEventLog.open({ connectionString: options.databaseUrl, onPoolError: options.onPoolError });
  return new SqliteEventLog({ file: path.join(options.dataDir, 'state.sqlite') });
}
