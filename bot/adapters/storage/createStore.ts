import type { KeyValueStore } from '../../domain/storage/keyValueStore';
import { PostgresStore } from './postgresStore';
import { SqliteStore } from './sqliteStore';

export interface CreateStoreOptions {
  /** Directory of the SQLite file, used when no database URL is given. */
  dataDir?: string;
  /** `postgres://…` or `postgresql://…`: use PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL table name; default `kv_store`. */
  table?: string;
  /** Clock for write times (milliseconds since the epoch), so retention can be tested with a fake clock. */
  now?: () => number;
  /** Receives errors of idle PostgreSQL connections (log them). */
  onPoolError?: (error: Error) => void;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Builds the durable {@link KeyValueStore} the configuration asks for: PostgreSQL when a `postgres://` URL is
 * given (several instances), otherwise SQLite in `dataDir` (one host, zero setup).
 *
 * @remarks
 * There is deliberately no memory option: state in process memory is lost on restart and not shared between
 * instances, so production must never fall back to it silently. Fails fast on a URL of another kind, on a missing
 * `dataDir`, and when PostgreSQL is unreachable, so a misconfigured bot does not start.
 */
export async function createStore(options: CreateStoreOptions): Promise<KeyValueStore> {
  const { dataDir, databaseUrl, now } = options;
  if (databaseUrl) {
    if (!POSTGRES_URL.test(databaseUrl)) {
      throw new RangeError('Storage: the database URL must start with postgres:// or postgresql://.');
    }
    return PostgresStore.open({
      connectionString: databaseUrl,
      table: options.table,
      now,
      onPoolError: options.onPoolError,
    });
  }
  if (!dataDir) throw new RangeError('Storage: give a data directory (SQLite) or a postgres:// database URL.');
  return new SqliteStore({ dataDir, now });
}
