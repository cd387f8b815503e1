import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL used by tests: local, trust authentication, also started in CI.
 * `TEST_DATABASE_URL` overrides it.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True in CI, where a missing PostgreSQL must fail the run rather than skip it. */
export const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false';

/** A table name no other run (or parallel CI job) uses. */
export function uniqueTableName(): string {
  return `kv_test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Runs one SQL statement on a short-lived connection. */
export async function runSql(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let unreachable: string | undefined;
let warned = false;

/**
 * Mocha `before` hook body: checks that PostgreSQL answers. If not, throws in CI and skips the suite locally.
 */
export async function requirePostgres(this: Mocha.Context): Promise<void> {
  try {
    await runSql('SELECT 1');
    unreachable = undefined;
  } catch (error) {
    unreachable = `PostgreSQL is not reachable at ${TEST_DATABASE_URL}: ${(error as Error).message}`;
    if (IN_CI) throw new Error(`${unreachable} (CI is set, so this fails instead of skipping)`);
    if (!warned) {
      warned = true;
      // eslint-disable-next-line no-console
      console.warn(`      SKIPPING the PostgreSQL suites. ${unreachable}. Start it or set TEST_DATABASE_URL.`);
    }
    this.skip();
  }
}

/** Mocha `after` hook body: drops a test table, unless PostgreSQL was found unreachable. */
export async function dropTestTable(table: string): Promise<void> {
  if (unreachable === undefined) await runSql(`DROP TABLE IF EXISTS "${table}"`);
}

/** A schema of its own for a test that runs whole instances (their tables, locks and channels are per schema). */
export async function createTestSchema(): Promise<{ schema: string; url: string }> {
  const schema = `it_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runSql(`CREATE SCHEMA "${schema}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, url: url.toString() };
}

/** Drops a schema made by {@link createTestSchema}, with everything in it. */
export async function dropTestSchema(schema: string): Promise<void> {
  if (unreachable === undefined) await runSql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
