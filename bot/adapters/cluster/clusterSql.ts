import { createHash } from 'node:crypto';

/**
 * The SQL of the PostgreSQL cluster ports, in one place. Tables live in the connection's current schema (set
 * `search_path` in DATABASE_URL's `options` to give a deployment, or a test, a schema of its own); advisory-lock
 * keys and the NOTIFY channel are derived from database + schema, so two deployments on one server never meet.
 */
export const CLUSTER_SQL = {
  createTables: `
    CREATE TABLE IF NOT EXISTS bot_presence (instance TEXT NOT NULL, advisor TEXT NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (instance, advisor));
    CREATE TABLE IF NOT EXISTS bot_lease (name TEXT PRIMARY KEY, last_run TIMESTAMPTZ NOT NULL);
    CREATE TABLE IF NOT EXISTS bot_live_event (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now());`,
  namespace: 'SELECT current_database() AS db, current_schema() AS schema',
  lock: 'SELECT pg_advisory_lock($1::bigint)',
  unlock: 'SELECT pg_advisory_unlock($1::bigint)',
  notify: 'SELECT pg_notify($1, $2)',
  storeEvent: 'INSERT INTO bot_live_event (payload) VALUES ($1) RETURNING id',
  readEvent: 'SELECT payload FROM bot_live_event WHERE id = $1',
  purgeEvents: "DELETE FROM bot_live_event WHERE created_at < now() - interval '10 minutes'",
  /** $1 instance, $2 advisors (text[]), $3 lifetime in seconds */
  presenceKeep: `DELETE FROM bot_presence WHERE instance = $1 AND NOT (advisor = ANY($2::text[]))`,
  presenceRenew: `INSERT INTO bot_presence (instance, advisor, expires_at)
      SELECT $1, a, clock_timestamp() + make_interval(secs => $3) FROM unnest($2::text[]) AS a
    ON CONFLICT (instance, advisor) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
  presenceCount: 'SELECT count(DISTINCT advisor)::int AS n FROM bot_presence WHERE expires_at > clock_timestamp()',
  presencePurge: 'DELETE FROM bot_presence WHERE expires_at < clock_timestamp() - interval \'1 hour\'',
  presenceLeave: 'DELETE FROM bot_presence WHERE instance = $1',
  /** $1 task, $2 seconds: a row back means "run it now"; the run is recorded in the same statement. */
  claim: `INSERT INTO bot_lease AS l (name, last_run) VALUES ($1, clock_timestamp())
    ON CONFLICT (name) DO UPDATE SET last_run = EXCLUDED.last_run
    WHERE l.last_run <= clock_timestamp() - make_interval(secs => $2)
    RETURNING 1`,
};

/** A signed 64-bit advisory-lock key for `key` in this deployment's namespace (collisions: about 2^-64). */
export function lockKey(namespace: string, key: string): string {
  return createHash('sha256').update(namespace).update('\u0000').update(key).digest().readBigInt64BE(0).toString();
}

/** The NOTIFY channel of this deployment: a plain identifier. */
export function channelName(namespace: string): string {
  return `bot_events_${createHash('sha256').update(namespace).digest('hex').slice(0, 16)}`;
}
