import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';
import { PostgresStore } from '../../bot/adapters/storage/postgresStore';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import { ConversationRepository, type ConversationAddress } from '../../bot/domain/conversation/conversationRepository';
import { markSeen } from '../../bot/domain/conversation/conversationRecord';
import type { KeyValueStore } from '../../bot/domain/storage/keyValueStore';
import { retryOnConflict } from '../../bot/domain/storage/retryOnConflict';
import { dropTestTable, requirePostgres, TEST_DATABASE_URL, uniqueTableName } from './postgresTestDb';

/**
 * Two instances (two repositories, each on its own connection to one store) handle the first turns of the same
 * new conversations at the same moment. Issue 10: the first save was an unconditional upsert, so the second
 * instance's record silently replaced the first one's and an answered turn was lost.
 */
function describeFirstTurnRace(name: string, openTwo: () => Promise<[KeyValueStore, KeyValueStore]>): void {
  describe(`ConversationRepository on ${name}: two instances racing the first turn`, () => {
    let stores: KeyValueStore[] = [];
    afterEach(async () => {
      await Promise.all(stores.map((s) => s.close()));
      stores = [];
    });

    it('when both save a new record at once, then exactly one wins and the other gets a conflict (not an overwrite)', async () => {
      stores = await openTwo();
      const [a, b] = stores.map((s) => new ConversationRepository(s));
      const address: ConversationAddress = { channelId: 'test', conversationId: `c-${Date.now()}` };
      const [first, second] = await Promise.all([a.load(address), b.load(address)]);
      markSeen(first.record, 'turn-a');
      markSeen(second.record, 'turn-b');
      const outcomes = await Promise.allSettled([a.save(address, first.record, first.eTag), b.save(address, second.record, second.eTag)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).to.have.length(1);
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.name)).to.deep.equal(['EtagConflictError']);
    });

    it('when 60 new conversations get their first two turns on both instances at once, then no turn is lost', async () => {
      stores = await openTwo();
      const repositories = stores.map((s) => new ConversationRepository(s));
      const addresses = Array.from({ length: 60 }, (_, i) => ({ channelId: 'test', conversationId: `race-${i}-${Date.now()}` }));
      const turn = (repository: ConversationRepository, address: ConversationAddress, id: string): Promise<void> =>
        retryOnConflict(async () => {
          const { record, eTag } = await repository.load(address);
          markSeen(record, id);
          await repository.save(address, record, eTag);
        }, 20, () => Math.random() * 10);
      await Promise.all(addresses.flatMap((address) => [turn(repositories[0], address, 'a'), turn(repositories[1], address, 'b')]));
      for (const address of addresses) {
        expect((await repositories[0].load(address)).record.seen).to.have.members(['a', 'b']);
      }
    });
  });
}

describeFirstTurnRace('MemoryStore (one store, two repositories)', async () => {
  const store = new MemoryStore();
  return [store, store];
});

describe('conversation race on SQLite', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'race-sqlite-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  describeFirstTurnRace('SQLite (two connections to one file)', async () => [new SqliteStore({ dataDir: dir }), new SqliteStore({ dataDir: dir })]);
});

describe('conversation race on PostgreSQL', () => {
  const table = uniqueTableName();
  before(requirePostgres);
  after(() => dropTestTable(table));
  const open = (): Promise<PostgresStore> => PostgresStore.open({ connectionString: TEST_DATABASE_URL, table });
  describeFirstTurnRace('PostgreSQL (two pools)', async () => [await open(), await open()]);
});
