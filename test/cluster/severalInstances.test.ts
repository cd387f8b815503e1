import { expect } from 'chai';
import WebSocket from 'ws';
import { PostgresStore } from '../../bot/adapters/storage/postgresStore';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import type { ConversationRecord } from '../../bot/domain/conversation/conversationRecord';
import { recordKey } from '../../bot/domain/conversation/conversationRepository';
import { startInstance, type BotInstance } from '../helpers/botInstances';
import { ConsoleClient } from '../helpers/consoleClient';
import { RoundRobinProxy } from '../helpers/roundRobinProxy';
import { SseReader } from '../helpers/sseReader';
import { answerEachQuestionOnce, CLUSTER_ANSWERS, untilAnswered } from '../helpers/clusterTurns';
import { Conversation, type TurnResult } from '../helpers/testApp';
import { createTestSchema, dropTestSchema, requirePostgres } from '../contract/postgresTestDb';
import { call } from '../webchat/helpers/webChatHarness';

const ANSWERS = CLUSTER_ANSWERS;
const HOUSEKEEPING_SECONDS = 2;

/**
 * Issue 10: three real server processes on one PostgreSQL database (a schema of their own), behind a round-robin
 * proxy with no stickiness. Each scenario checks that nothing is lost or doubled between instances.
 */
describe('Several instances on PostgreSQL (3 processes behind a round-robin proxy)', function () {
  this.timeout(300_000);
  let schema = '';
  let url = '';
  let instances: BotInstance[] = [];
  let alive: BotInstance[] = [];
  let proxy: RoundRobinProxy;

  before(async function () {
    await requirePostgres.call(this);
    ({ schema, url } = await createTestSchema());
    proxy = await new RoundRobinProxy(() => alive.map((i) => i.port)).start();
    const env = {
      DATABASE_URL: url, WEBCHAT_TOKEN_SECRET: 'a-shared-secret-of-at-least-32-characters-for-tests',
      OFFICE_HOURS: '24/7', PUBLIC_URL: proxy.url, HOUSEKEEPING_INTERVAL_SECONDS: String(HOUSEKEEPING_SECONDS),
      // three instances on PostgreSQL's default 100 connections (README, "PostgreSQL settings")
      DATABASE_LOCK_CONNECTIONS: '8',
    };
    // the first one creates the tables; the other two start together
    instances = [await startInstance(env)];
    instances.push(...await Promise.all([startInstance(env), startInstance(env)]));
    alive = [...instances];
    const store = await PostgresStore.open({ connectionString: url });
    await new AdvisorAccounts(store).add('bea', 'bea-password-123');
    await store.close();
  });
  after(async () => {
    await Promise.all(instances.map((i) => i.stop('SIGKILL')));
    await proxy?.stop();
    if (schema) await dropTestSchema(schema);
  });

  it('a conversation whose turns alternate between the instances loses no answer (no question asked twice)', async () => {
    const user = new Conversation(proxy.url, 'en-GB');
    const before = proxy.routed.length;
    await answerEachQuestionOnce(user);
    expect(new Set(proxy.routed.slice(before)).size, 'the turns went to all three instances').to.equal(3);
  });

  it('the first two turns of 60 new conversations, raced on different instances, are both kept', async () => {
    const users = Array.from({ length: 60 }, () => new Conversation(proxy.url, 'en-GB'));
    const answers = await Promise.all(users.flatMap((user) => [
      untilAnswered(() => user.post({ type: 'message', text: 'I need to find a job' }, `${user.id}-first`), 20),
      untilAnswered(() => user.post({ type: 'message', text: 'Luxembourg' }, `${user.id}-second`), 20),
    ]));
    const errors = () => JSON.stringify(instances.flatMap((i) => i.logs.filter((l) => Number(l.level) >= 50)).slice(-5));
    answers.forEach((a) => expect(a.status, errors()).to.equal(200));
    // what is stored, read from the database: both turns of every conversation, each once
    const store = await PostgresStore.open({ connectionString: url });
    try {
      const keys = users.map((u) => recordKey({ channelId: 'emulator', conversationId: u.id }));
      const records = await store.read(keys);
      for (const [i, user] of users.entries()) {
        const record = records[keys[i]] as unknown as ConversationRecord | undefined;
        expect(record, user.id).to.not.equal(undefined);
        expect(record!.seen.filter((id) => id.startsWith(user.id)).sort(), user.id).to.deep.equal([`${user.id}-first`, `${user.id}-second`]);
        expect(record!.transcript.filter((e) => e.from === 'user').map((e) => e.text).sort(), user.id).to.deep.equal(['I need to find a job', 'Luxembourg']);
      }
    } finally {
      await store.close();
    }
  });

  it('an advisor on B sees and claims a web chat user on A, both chat live, and a stream on C gets everything once, in order', async () => {
    const [a, b, c] = instances;
    const bea = new ConsoleClient(b.url);
    expect((await bea.signIn('bea', 'bea-password-123')).status).to.equal(200);
    const events = await SseReader.open(`${b.url}/console/api/events`, { cookie: bea.cookie!, origin: b.url });
    try {
      // the user's page got its token and conversation from A; its stream is on C
      const issued = await call(`${a.url}/api/directline/token`, { method: 'POST' });
      const started = await call(`${a.url}/v3/directline/conversations`, { token: issued.body.token, body: { locale: 'en-GB' } });
      expect(started.status).to.equal(201);
      const { conversationId } = issued.body;
      const token = started.body.token as string;
      const streamUrl = (started.body.streamUrl as string).replace(/^ws:\/\/[^/]+/, `ws://127.0.0.1:${c.port}`);
      const frames: Array<{ activities: Array<{ id: string; text?: string; from?: { role?: string } }> }> = [];
      const ws = new WebSocket(streamUrl);
      ws.on('message', (data) => { const text = data.toString(); if (text) frames.push(JSON.parse(text)); });
      await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
      const streamed = () => frames.flatMap((f) => f.activities);
      const until = async (check: () => boolean, what: string): Promise<void> => {
        for (const end = Date.now() + 15_000; !check(); await new Promise((r) => setTimeout(r, 50))) if (Date.now() > end) throw new Error(`not in time: ${what}`);
      };
      const post = (text: string, id: string) => call(`${a.url}/v3/directline/conversations/${conversationId}/activities`,
        { token, body: { type: 'message', text, locale: 'en-GB', channelData: { clientActivityID: id } } });

      // A sees that an advisor is signed in on B: the person is queued, not offered a callback
      expect((await post('I want to talk to an advisor', 'u1')).status).to.equal(200);
      const queued = (await bea.get('/console/api/conversations?state=queued')).body.conversations as Array<{ id: string; language: string }>;
      expect(queued.map((t) => t.language)).to.include('en');
      const ticketId = queued[queued.length - 1].id;
      await events.next((e) => e.data.includes(ticketId) && e.data.includes('queued'));

      expect((await bea.post(`/console/api/conversations/${ticketId}/claim`)).status).to.equal(200);
      expect((await bea.post(`/console/api/conversations/${ticketId}/messages`, { text: 'Hello, I am Bea' })).status).to.be.oneOf([200, 204]);
      await until(() => streamed().some((x) => x.text === 'Hello, I am Bea'), 'the advisor message on the stream on C');

      expect((await post('Thank you Bea', 'u2')).status).to.equal(200);
      await events.next((e) => e.data.includes('Thank you Bea'));
      await until(() => streamed().some((x) => x.text === 'Thank you Bea'), 'the user message on the stream on C');

      // C's stream has exactly the stored history: nothing missing, nothing twice, in order
      const history = await call(`${b.url}/v3/directline/conversations/${conversationId}/activities`, { token });
      await until(() => streamed().length >= history.body.activities.length, 'the whole history on the stream');
      expect(streamed().map((x) => x.id)).to.deep.equal(history.body.activities.map((x: { id: string }) => x.id));
      ws.close();
    } finally {
      events.close();
      await bea.del('/console/api/session');
    }
  });

  it('kill -9 of an instance in the middle of a conversation: it goes on through the others, nothing lost or doubled', async () => {
    const victim = instances[0];
    const user = new Conversation(proxy.url, 'en-GB');
    let last = await untilAnswered(() => user.join());
    const asked: string[] = [];
    const answer = async (slot: string, id?: string, direct?: string): Promise<TurnResult> => {
      asked.push(slot);
      const target = direct ? new Conversation(direct, 'en-GB') : user;
      Object.assign(target, { id: user.id, userId: user.userId });
      return id ? target.post({ type: 'message', text: ANSWERS[slot] }, id) : target.say(ANSWERS[slot]);
    };
    last = await untilAnswered(() => answer(last.asks.at(-1)!));
    // the next answer goes straight to the victim, which is killed while (or right after) it handles it
    const slot = last.asks.at(-1)!;
    const id = `${user.id}-killed-turn`;
    const inFlight = answer(slot, id, victim.url).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 40));
    victim.child.kill('SIGKILL');
    alive = instances.filter((i) => i !== victim);
    await inFlight;
    // the person's app re-sends it (same id) through the balancer; the others take over
    last = await untilAnswered(() => user.post({ type: 'message', text: ANSWERS[slot] }, id));
    expect(last.status).to.equal(200);
    expect(last.asks, 'the re-sent answer gets the next question (saved by the dead one, or handled now)').to.have.length.above(0);
    for (let turn = 0; turn < 10 && !last.recommendations; turn++) {
      const next = last.asks.at(-1)!;
      expect(asked, `"${next}" asked again: an answer was lost`).to.not.include(next);
      last = await untilAnswered(() => answer(next));
      expect(last.status).to.equal(200);
    }
    expect(last.recommendations).to.not.equal(undefined);
    const store = await PostgresStore.open({ connectionString: url });
    try {
      const record = (await store.read([recordKey({ channelId: 'emulator', conversationId: user.id })]))[recordKey({ channelId: 'emulator', conversationId: user.id })] as unknown as ConversationRecord;
      expect(record.seen.filter((x) => x === id), 'the killed turn is saved once').to.have.length(1);
      const said = record.transcript.filter((e) => e.from === 'user').map((e) => e.text);
      expect(said.filter((t) => t === ANSWERS[slot]), 'its answer is in the transcript once').to.have.length(1);
    } finally {
      await store.close();
    }
  });

  it('housekeeping runs once per period for all instances together, not once per instance', async () => {
    const count = (): number => instances.reduce((n, i) => n + i.logs.filter((l) => l.event === 'housekeeping.run').length, 0);
    const start = count();
    const seconds = 5 * HOUSEKEEPING_SECONDS;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const runs = count() - start;
    // one instance alone would run it 5 times; three without a leader 15 times
    expect(runs).to.be.within(4, 7);
  });
});
