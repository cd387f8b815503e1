/** Table names accepted by PostgresStore: a plain identifier, short enough for the `_updated_at` index name. */
export const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;

/** A LIKE pattern matching `prefix` literally: `\`, `%` and `_` are escaped (used with `ESCAPE '\'`). */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The SQL of PostgresStore for one table, in one place so the adapter reads as logic.
 *
 * @remarks
 * The key column uses the "C" collation: keys compare byte by byte, and `LIKE 'prefix%'` can use the primary-key
 * index, which makes erasure by prefix cheap. `updated_at` is BIGINT because it holds milliseconds since the epoch.
 * Parameters: `$1` key, `$2` new eTag, `$3` JSON value, `$4` write time, `$5` expected eTag.
 */
export function postgresSql(table: string) {
  const t = `"${table}"`;
  const insert = `INSERT INTO ${t} (key, etag, value, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key)`;
  return {
    createTable: `CREATE TABLE IF NOT EXISTS ${t} (key TEXT COLLATE "C" PRIMARY KEY, etag TEXT NOT NULL,
      value TEXT NOT NULL, updated_at BIGINT NOT NULL)`,
    createIndex: `CREATE INDEX IF NOT EXISTS "${table}_updated_at" ON ${t} (updated_at)`,
    select: `SELECT key, etag, value FROM ${t} WHERE key = ANY($1::text[])`,
    upsert: `${insert} DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
    updateIfMatch: `UPDATE ${t} SET etag = $2, value = $3, updated_at = $4 WHERE key = $1 AND etag = $5`,
    insertIfAbsent: `${insert} DO NOTHING`,
    delete: `DELETE FROM ${t} WHERE key = ANY($1::text[])`,
    vacuum: `VACUUM ${t}`,
    deleteUnder: `DELETE FROM ${t} WHERE key LIKE $1 ESCAPE '\\'`,
    deleteUnderBefore: `DELETE FROM ${t} WHERE key LIKE $1 ESCAPE '\\' AND updated_at < $2`,
  };
}

export type PostgresSql = ReturnType<typeof postgresSql>;
