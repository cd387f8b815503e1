import { expect } from 'chai';
import { PostgresStore } from '../../bot/adapters/storage/postgresStore';
import { dropTestTable, requirePostgres, TEST_DATABASE_URL, uniqueTableName } from './postgresTestDb';
import { incrementWithRetry, rejectionOf } from './storeTestKit';

describe('PostgresStore (adapter specifics)', () => {
  it('rejects a table name that is not a plain identifier, before connecting', async () => {
    for (const table of ['kv; DROP TABLE x', 'kv"', '1kv', '', 'k'.repeat(49)]) {
      const error = await rejectionOf(PostgresStore.open({ connectionString: TEST_DATABASE_URL, table }));
      expect(error, table).to.be.instanceOf(RangeError);
    }
  });

  it('when the database is unreachable, then open rejects', async () => {
    const connectionString = 'postgres://postgres@127.0.0.1:1/test';
    const error = await rejectionOf(PostgresStore.open({ connectionString, pool: { connectionTimeoutMillis: 2000 } }));
    expect(error).to.be.instanceOf(Error);
  });

  describe('with a database', () => {
    const table = uniqueTableName();
    const open = (): Promise<PostgresStore> => PostgresStore.open({ connectionString: TEST_DATABASE_URL, table });
    before(requirePostgres);
    after(() => dropTestTable(table));

    it('when 4 instances start at once, then each opens the same table', async () => {
      const stores = await Promise.all([open(), open(), open(), open()]);
      await stores[0].write({ k: { n: 1 } });
      const seen = await Promise.all(stores.map((s) => s.read(['k'])));
      await Promise.all(stores.map((s) => s.close()));
      seen.forEach((items) => expect(items.k).to.include({ n: 1 }));
    });

    it('when 4 instances increment one counter at once, then no update is lost', async () => {
      const stores = await Promise.all([open(), open(), open(), open()]);
      try {
        await stores[0].write({ counter: { n: 0 } });
        await Promise.all(
          stores.map(async (store) => {
            for (let i = 0; i < 25; i += 1) await incrementWithRetry(store, 'counter');
          }),
        );
        expect((await stores[0].read(['counter'])).counter).to.include({ n: 100 });
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });
});
