import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { MemoryTicketStore } from '../../bot/adapters/handoff/memoryTicketStore';
import { PostgresTicketStore } from '../../bot/adapters/handoff/postgresTicketStore';
import { SqliteTicketStore } from '../../bot/adapters/handoff/sqliteTicketStore';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';
import { importKeyValueTickets, KeyValueTicketStore } from '../../bot/domain/handoff/keyValueTicketStore';
import { aTicket, describeTicketStore } from './ticketStore.contract';
import { createTestSchema, dropTestSchema, requirePostgres, runSql } from './postgresTestDb';

describeTicketStore('MemoryTicketStore', async (now) => new MemoryTicketStore(now));
describeTicketStore('KeyValueTicketStore (on the memory store)', async (now) => new KeyValueTicketStore(new MemoryStore({ now })));

describe('SqliteTicketStore', () => {
  let root: string;
  before(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'tickets-sqlite-')); });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  describeTicketStore('SqliteTicketStore', async (now) => new SqliteTicketStore({ dataDir: fs.mkdtempSync(path.join(root, 't-')), now }));
});

describe('PostgresTicketStore', () => {
  let schema = '';
  let url = '';
  before(async function () {
    await requirePostgres.call(this);
    ({ schema, url } = await createTestSchema());
  });
  after(() => dropTestSchema(schema));
  describeTicketStore('PostgresTicketStore', async (now) => {
    const store = await PostgresTicketStore.open({ connectionString: url, now });
    await runSql(`TRUNCATE "${schema}".handoff_ticket`);
    return store;
  });

  it('lists only the tickets of its own agency (agencies may share a database)', async () => {
    const [a, b] = await Promise.all([PostgresTicketStore.open({ connectionString: url, agency: 'a' }), PostgresTicketStore.open({ connectionString: url, agency: 'b' })]);
    try {
      await a.create(aTicket());
      expect(await a.list('queued')).to.have.length(1);
      expect(await b.list('queued')).to.have.length(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('importKeyValueTickets (tickets of the key/value layout move into the table at start-up)', () => {
  it('moves every ticket and removes the old items and index; a second run moves nothing', async () => {
    const kv = new MemoryStore();
    const old = new KeyValueTicketStore(kv);
    const [t1, t2] = [aTicket(), aTicket({ state: 'assigned', assignedTo: 'ana' })];
    await old.create(t1);
    await old.create(t2);
    const table = new MemoryTicketStore();
    expect(await importKeyValueTickets(kv, table)).to.equal(2);
    expect((await table.list()).map((t) => t.id).sort()).to.deep.equal([t1.id, t2.id].sort());
    expect(await kv.read(['handoff/index', `handoff/tickets/${t1.id}`])).to.deep.equal({});
    expect(await importKeyValueTickets(kv, table)).to.equal(0);
  });
});
