import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';
import { PostgresStore } from '../../bot/adapters/storage/postgresStore';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import { describeDurableKeyValueStore } from './durability.contract';
import { describeKeyValueStore } from './keyValueStore.contract';
import { dropTestTable, requirePostgres, runSql, TEST_DATABASE_URL, uniqueTableName } from './postgresTestDb';

describeKeyValueStore('MemoryStore', async () => new MemoryStore());

describe('SQLite', () => {
  let root: string;
  let dataDir: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-sqlite-'));
  });
  beforeEach(() => {
    // A fresh directory per test, so every store starts empty; its missing `state/` subdirectory gets created.
    dataDir = path.join(fs.mkdtempSync(path.join(root, 'test-')), 'state');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const open = async (): Promise<SqliteStore> => new SqliteStore({ dataDir });
  describeKeyValueStore('SqliteStore', open);
  describeDurableKeyValueStore('SqliteStore', open, async () => undefined);
});

describe('PostgreSQL', function () {
  const table = uniqueTableName();
  before(requirePostgres);
  after(() => dropTestTable(table));

  const open = (): Promise<PostgresStore> => PostgresStore.open({ connectionString: TEST_DATABASE_URL, table });
  const reset = async (): Promise<void> => {
    await (await open()).close(); // creates the table on first use
    await runSql(`TRUNCATE "${table}"`);
  };
  describeKeyValueStore('PostgresStore', async () => {
    await reset();
    return open();
  });
  describeDurableKeyValueStore('PostgresStore', open, reset);
});
