import { expect } from 'chai';
import { createCluster, type OpenedCluster } from '../../bot/adapters/cluster/createCluster';
import { PostgresStore } from '../../bot/adapters/storage/postgresStore';
import { TurnLockBusyError } from '../../bot/domain/storage/keyedSerialQueue';
import { createTestSchema, dropTestSchema, requirePostgres } from './postgresTestDb';
import { sleep } from './storeTestKit';

/**
 * The PostgreSQL cluster ports between "instances" (each cluster has its own pool and listening connection, as
 * separate processes would), on a schema of their own. The in-process ones are the defaults of the other tests.
 */
describe('PostgreSQL cluster ports (several instances on one database)', function () {
  let schema = '';
  let url = '';
  const opened: OpenedCluster[] = [];
  const errors: string[] = [];
  const open = async (extra: Partial<Parameters<typeof createCluster>[0]> = {}): Promise<OpenedCluster> => {
    const cluster = await createCluster({ databaseUrl: url, onError: (e, what) => errors.push(`${what}: ${e.message}`), ...extra });
    opened.push(cluster);
    return cluster;
  };
  const until = async (check: () => boolean, ms = 5000): Promise<void> => {
    for (const end = Date.now() + ms; !check(); await sleep(20)) if (Date.now() > end) throw new Error('condition not met in time');
  };

  before(async function () {
    await requirePostgres.call(this);
    ({ schema, url } = await createTestSchema());
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
    expect(errors.splice(0)).to.deep.equal([]);
  });
  after(() => dropTestSchema(schema));

  it('turn lock: read-modify-writes of one key from two instances never overlap (no update lost, even with "*" writes)', async () => {
    const [a, b] = [await open(), await open()];
    const store = await PostgresStore.open({ connectionString: url });
    try {
      await store.write({ counter: { n: 0 } });
      const increment = (cluster: OpenedCluster) => cluster.turnLock.run('webchat|c1', async () => {
        const { n } = (await store.read(['counter'])).counter as unknown as { n: number };
        await sleep(1);
        await store.write({ counter: { n: n + 1 } });
      });
      await Promise.all(Array.from({ length: 20 }, (_, i) => increment(i % 2 ? a : b)));
      expect((await store.read(['counter'])).counter).to.include({ n: 20 });
    } finally {
      await store.close();
    }
  });

  it('turn lock: a lock taken inside another runs on the same connection (a one-connection pool does not deadlock)', async () => {
    const a = await open({ maxConnections: 1 });
    const order: string[] = [];
    await a.turnLock.run('outer', async () => {
      order.push('outer');
      await a.turnLock.run('inner', async () => { order.push('inner'); });
    });
    expect(order).to.deep.equal(['outer', 'inner']);
  });

  it('turn lock: a turn waits at most the lock timeout for another instance\'s turn of the same conversation, then fails as "busy"', async () => {
    const [a, b] = [await open(), await open({ lockTimeoutMs: 300 })];
    let release!: () => void;
    const busy = a.turnLock.run('same', () => new Promise<void>((resolve) => { release = resolve; }));
    await sleep(100);
    const started = Date.now();
    const error = await b.turnLock.run('same', async () => 'ran').catch((e: Error) => e);
    expect(error).to.be.instanceOf(TurnLockBusyError);
    expect(Date.now() - started).to.be.within(250, 2000);
    release();
    await busy;
    expect(await b.turnLock.run('same', async () => 'ran')).to.equal('ran');
  });

  it('turn lock: other conversations are not held up by a busy one', async () => {
    const [a, b] = [await open(), await open()];
    let release!: () => void;
    const busy = a.turnLock.run('slow', () => new Promise<void>((resolve) => { release = resolve; }));
    await sleep(50);
    const started = Date.now();
    await b.turnLock.run('other', async () => undefined);
    expect(Date.now() - started).to.be.below(1000);
    release();
    await busy;
  });

  it('live events: what one instance publishes reaches the others once, in order, also when bigger than a NOTIFY', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    const heard: Record<string, unknown[]> = { a: [], b: [], c: [] };
    a.events.subscribe('t', (p) => heard.a.push(p));
    b.events.subscribe('t', (p) => heard.b.push(p));
    c.events.subscribe('t', (p) => heard.c.push(p));
    const big = 'é'.repeat(6000);
    a.events.publish('t', { n: 1 });
    a.events.publish('t', { n: 2, big });
    a.events.publish('t', { n: 3 });
    await until(() => heard.b.length === 3 && heard.c.length === 3);
    await sleep(100);
    for (const list of Object.values(heard)) {
      expect(list.map((p) => (p as { n: number }).n)).to.deep.equal([1, 2, 3]);
      expect((list[1] as { big: string }).big === big).to.equal(true);
    }
  });

  it('presence: an advisor signed in on one instance counts on the others, and no longer once that instance is gone', async () => {
    const timings = { heartbeatMs: 200, lifetimeMs: 600 };
    const [a, b] = [await open({ presence: timings }), await open({ presence: timings })];
    const changes: number[] = [];
    b.presence.onChange((n) => changes.push(n));
    a.presence.update(new Set(['ana']));
    await until(() => b.presence.count() === 1);
    a.presence.update(new Set(['ana', 'bob']));
    await until(() => b.presence.count() === 2);
    await a.close();
    opened.splice(opened.indexOf(a), 1);
    await until(() => b.presence.count() === 0, 3000);
    expect(changes).to.deep.equal([1, 2, 0]);
  });

  it('leader: of instances asking at once, exactly one runs the task per period', async () => {
    const clusters = await Promise.all([open(), open(), open()]);
    const first = await Promise.all(clusters.map((c) => c.leader.claim('job', 500)));
    expect(first.filter(Boolean)).to.have.length(1);
    expect((await Promise.all(clusters.map((c) => c.leader.claim('job', 500)))).filter(Boolean)).to.have.length(0);
    await sleep(500);
    expect((await Promise.all(clusters.map((c) => c.leader.claim('job', 500)))).filter(Boolean)).to.have.length(1);
  });
});
