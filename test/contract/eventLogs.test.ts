import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PostgresEventLog } from '../../bot/adapters/analytics/postgresEventLog';
import { SqliteEventLog } from '../../bot/adapters/analytics/sqliteEventLog';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import { describeEventLog } from './eventLog.contract';
import { dropTestTable, requirePostgres, TEST_DATABASE_URL, uniqueTableName } from './postgresTestDb';

describeEventLog('the in-memory event log (SQLite :memory:)', async () => new SqliteEventLog({ file: ':memory:' }));

describe('SQLite event log', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  describeEventLog('the SQLite event log, in the store\'s file beside the store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'events-'));
    dirs.push(dir);
    const store = new SqliteStore({ dataDir: dir });
    await store.write({ k: { v: 1 } });
    await store.close();
    return new SqliteEventLog({ file: path.join(dir, 'state.sqlite') });
  });
});

describe('PostgreSQL event log', () => {
  const tables: string[] = [];
  before(requirePostgres);
  after(async () => { for (const t of tables) await dropTestTable(t); });
  describeEventLog('the PostgreSQL event log', async () => {
    const table = uniqueTableName().replace('kv_test', 'ev_test');
    tables.push(table);
    return PostgresEventLog.open({ connectionString: TEST_DATABASE_URL, table });
  });
});
