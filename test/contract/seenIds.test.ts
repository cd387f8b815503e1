import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemorySeenIds, PostgresSeenIds, SqliteSeenIds } from '../../bot/adapters/storage/seenIds';
import type { SeenIds } from '../../bot/domain/storage/seenIds';
import { TEST_DATABASE_URL, dropTestTable, requirePostgres, uniqueTableName } from './postgresTestDb';

/** The same behaviour from every backend of the platform-id claims (exactly-once delivery of messaging apps). */
function describeSeenIds(name: string, open: (clock: () => number) => Promise<SeenIds>, setup?: (this: Mocha.Context) => Promise<void>, teardown?: () => Promise<void>): void {
  describe(`${name} satisfies SeenIds`, () => {
    let now = 1_000_000;
    let ids: SeenIds;
    before(async function () { if (setup) await setup.call(this); });
    beforeEach(async () => { ids = await open(() => now); });
    afterEach(async () => { await ids?.close(); });
    after(async () => { await teardown?.(); });

    it('when an id is claimed twice, then only the first claim wins', async () => {
      expect(await ids.claim('whatsapp:wamid.A')).to.equal(true);
      expect(await ids.claim('whatsapp:wamid.A')).to.equal(false);
      expect(await ids.claim('telegram:1')).to.equal(true);
    });

    it('when 20 claims of one id race, then exactly one wins', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => ids.claim('race')));
      expect(results.filter(Boolean)).to.have.length(1);
    });

    it('when old ids are purged, then they can be claimed again; recent ones cannot', async () => {
      now = 1_000_000;
      await ids.claim('old');
      now = 2_000_000;
      await ids.claim('new');
      expect(await ids.purgeOlderThan(new Date(1_500_000))).to.be.at.least(1); // (a shared PostgreSQL table holds the other tests' ids too)
      expect(await ids.claim('old')).to.equal(true);
      expect(await ids.claim('new')).to.equal(false);
    });
  });
}

describeSeenIds('MemorySeenIds', async (clock) => new MemorySeenIds(clock));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seen-ids-'));
let file = 0;
describeSeenIds('SqliteSeenIds', async (clock) => new SqliteSeenIds(dir, clock, `seen-${++file}.sqlite`), undefined, async () => fs.rmSync(dir, { recursive: true, force: true }));

describe('SqliteSeenIds shared by two processes\' connections', () => {
  it('when two connections to one file claim the same id, then one wins', async () => {
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'seen-ids-shared-'));
    const a = new SqliteSeenIds(shared);
    const b = new SqliteSeenIds(shared);
    try {
      const results = await Promise.all([a.claim('x'), b.claim('x'), a.claim('x'), b.claim('x')]);
      expect(results.filter(Boolean)).to.have.length(1);
    } finally {
      await a.close(); await b.close();
      fs.rmSync(shared, { recursive: true, force: true });
    }
  });
});

const table = uniqueTableName().replace('kv_test', 'seen_test');
describeSeenIds('PostgresSeenIds', (clock) => PostgresSeenIds.open(TEST_DATABASE_URL, clock, table), requirePostgres, () => dropTestTable(table));
