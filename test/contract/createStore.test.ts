import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStore } from '../../bot/adapters/storage/createStore';
import { dropTestTable, requirePostgres, TEST_DATABASE_URL, uniqueTableName } from './postgresTestDb';
import { rejectionOf } from './storeTestKit';

describe('createStore', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kv-create-')), 'data');
  });
  afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it('when no database URL is given, then stores in a SQLite file in the data directory', async () => {
    const store = await createStore({ dataDir });
    await store.write({ k: { n: 1 } });
    await store.close();
    expect(fs.existsSync(path.join(dataDir, 'state.sqlite'))).to.equal(true);
    const reopened = await createStore({ dataDir, databaseUrl: '' });
    expect((await reopened.read(['k'])).k).to.include({ n: 1 });
    await reopened.close();
  });

  it('when the URL is not postgres:// or postgresql://, then rejects with RangeError', async () => {
    for (const databaseUrl of ['mysql://localhost/db', 'sqlite:///tmp/x', 'localhost:5432']) {
      expect(await rejectionOf(createStore({ dataDir, databaseUrl })), databaseUrl).to.be.instanceOf(RangeError);
    }
  });

  it('when there is neither a data directory nor a URL, then rejects with RangeError', async () => {
    expect(await rejectionOf(createStore({}))).to.be.instanceOf(RangeError);
  });

  describe('with PostgreSQL', () => {
    const table = uniqueTableName();
    before(requirePostgres);
    after(() => dropTestTable(table));

    it('when a postgres:// URL is given, then stores in PostgreSQL and not in the data directory', async () => {
      const store = await createStore({ dataDir, databaseUrl: TEST_DATABASE_URL, table });
      await store.write({ k: { n: 1 } });
      await store.close();
      expect(fs.existsSync(dataDir)).to.equal(false);
      const other = await createStore({ databaseUrl: TEST_DATABASE_URL.replace(/^postgres:/, 'postgresql:'), table });
      expect((await other.read(['k'])).k).to.include({ n: 1 });
      await other.close();
    });
  });
});
