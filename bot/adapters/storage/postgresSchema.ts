import type { Pool } from 'pg';

/**
 * Creates tables (`CREATE … IF NOT EXISTS`) in one transaction under a transaction-level advisory lock named
 * `lockName`: instances starting together on one database do not race on the catalog. Rolled back on failure.
 */
export async function createSchema(pool: Pool, lockName: string, statements: readonly string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
    for (const sql of statements) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
