import { expect } from 'chai';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import { PostgresStore } from '../../bot/adapters/storage/postgresStore';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { MAX_UPLOAD_BYTES } from '../../bot/webchat/uploadedActivity';
import { freePort, startInstance, type BotInstance } from '../helpers/botInstances';
import { ConsoleClient } from '../helpers/consoleClient';
import { NGINX_PATH, startNginx, type NginxProcess, type Routed } from '../helpers/nginx';
import { answerEachQuestionOnce, CLUSTER_ANSWERS } from '../helpers/clusterTurns';
import { Conversation } from '../helpers/testApp';
import { createTestSchema, dropTestSchema, IN_CI, requirePostgres } from '../contract/postgresTestDb';
import { call } from '../webchat/helpers/webChatHarness';

const SITE = path.resolve(__dirname, '../../deploy/nginx/orientation-bot.conf');
const ANSWERS = CLUSTER_ANSWERS;

/** A POST that declares `length` bytes and sends none: what nginx answers from the headers alone. */
function declared(url: string, length: number, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-length': String(length), ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
      res.on('end', () => { req.destroy(); resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }); });
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

/**
 * Issue 10, item 7: the example configuration for Debian's nginx (deploy/nginx/orientation-bot.conf), run as it is
 * (only its listen port and the instances' ports changed) by the real nginx as a non-root process, in front of two
 * real instances on PostgreSQL. Everything goes through nginx; its access log says which instance served what.
 */
describe('The nginx example configuration (Debian\'s nginx in front of 2 instances on PostgreSQL)', function () {
  this.timeout(300_000);
  let schema = '';
  let instances: BotInstance[] = [];
  let nginx: NginxProcess | undefined;
  const routedSince = async (mark: number): Promise<Routed[]> => {
    await new Promise((resolve) => setTimeout(resolve, 150)); // nginx writes a line once the answer is sent
    return nginx!.routed().slice(mark);
  };
  /** The instance that finally answered each request. */
  const servedBy = (lines: Routed[]): string[] => lines.map((l) => l.upstreams.at(-1) ?? '-');
  const instanceAddresses = (): string[] => instances.map((i) => `127.0.0.1:${i.port}`);

  before(async function () {
    await requirePostgres.call(this);
    if (!fs.existsSync(NGINX_PATH)) {
      const missing = `nginx is not at ${NGINX_PATH} (bash scripts/ensure-nginx.sh installs Debian's)`;
      if (IN_CI) throw new Error(`${missing}; CI is set, so this fails instead of skipping`);
      console.warn(`      SKIPPING the nginx example test: ${missing}.`); // eslint-disable-line no-console
      this.skip();
    }
    let url = '';
    ({ schema, url } = await createTestSchema());
    const port = await freePort();
    const env = {
      DATABASE_URL: url, WEBCHAT_TOKEN_SECRET: 'a-shared-secret-of-at-least-32-characters-for-tests',
      OFFICE_HOURS: '24/7', PUBLIC_URL: `http://127.0.0.1:${port}`, HOUSEKEEPING_INTERVAL_SECONDS: '2',
      DATABASE_LOCK_CONNECTIONS: '8', CONSOLE_TRUST_PROXY: 'true',
    };
    // the first one creates the tables
    instances.push(await startInstance(env));
    instances.push(await startInstance(env));
    const store = await PostgresStore.open({ connectionString: url });
    await new AdvisorAccounts(store).add('bea', 'bea-password-123');
    await store.close();
    nginx = await startNginx(SITE, port, instances.map((i) => i.port));
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed' && nginx) console.log(`      nginx's error log:\n${nginx.errors()}`); // eslint-disable-line no-console
  });
  after(async () => {
    await Promise.allSettled([nginx?.stop(), ...instances.map((i) => i.stop('SIGKILL'))]);
    instances = [];
    if (schema) await dropTestSchema(schema);
  });

  it('a conversation on /api/messages whose turns go to both instances loses nothing (no question asked twice)', async () => {
    const mark = nginx!.routed().length;
    const user = new Conversation(nginx!.url, 'en-GB');
    const asked = await answerEachQuestionOnce(user);
    const turns = (await routedSince(mark)).filter((l) => l.uri === '/api/messages');
    expect(turns.length).to.be.at.least(asked.length + 1);
    expect([...new Set(servedBy(turns))], 'round-robin, no stickiness: the turns went to both instances').to.have.members(instanceAddresses());
  });

  it('a web chat gets its stream through nginx\'s WebSocket upgrade, with the replies of turns handled by either instance', async () => {
    const mark = nginx!.routed().length;
    const issued = await call(`${nginx!.url}/api/directline/token`, { method: 'POST' });
    expect(issued.status).to.equal(200);
    const started = await call(`${nginx!.url}/v3/directline/conversations`, { token: issued.body.token, body: { locale: 'en-GB' } });
    expect(started.status).to.equal(201);
    const { conversationId } = issued.body;
    const token = started.body.token as string;
    // PUBLIC_URL is nginx's address, so the stream URL already points at it
    const streamUrl = started.body.streamUrl as string;
    expect(streamUrl.startsWith(`${nginx!.url.replace(/^http/, 'ws')}/v3/directline/`), streamUrl).to.equal(true);
    const frames: Array<{ activities: Array<{ id: string; text?: string; from?: { role?: string }; replyToId?: string }> }> = [];
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => { const text = data.toString(); if (text) frames.push(JSON.parse(text)); });
    await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
    try {
      const streamed = () => frames.flatMap((f) => f.activities);
      const until = async (check: () => boolean, what: string): Promise<void> => {
        for (const end = Date.now() + 20_000; !check(); await new Promise((r) => setTimeout(r, 50))) if (Date.now() > end) throw new Error(`not in time: ${what}`);
      };
      const sent: string[] = [];
      for (const [i, text] of ['I need to find a job', 'websites', 'A levels', "I'm ok with computers"].entries()) {
        const posted = await call(`${nginx!.url}/v3/directline/conversations/${conversationId}/activities`,
          { token, body: { type: 'message', text, locale: 'en-GB', channelData: { clientActivityID: `nginx-${i}` } } });
        expect(posted.status).to.equal(200);
        sent.push(posted.body.id);
        // the bot's answer to it comes on the stream, whichever instance handled the turn
        await until(() => streamed().some((a) => a.from?.role === 'bot' && a.replyToId === posted.body.id), `the bot's reply to "${text}" on the stream`);
      }
      const history = await call(`${nginx!.url}/v3/directline/conversations/${conversationId}/activities`, { token });
      await until(() => streamed().length >= history.body.activities.length, 'the whole history on the stream');
      expect(streamed().map((a) => a.id), 'everything once, in order').to.deep.equal(history.body.activities.map((a: { id: string }) => a.id));
    } finally {
      ws.close();
    }
    const lines = await routedSince(mark);
    const upgrade = lines.filter((l) => l.uri.endsWith('/stream'));
    // a WebSocket's line is written when it closes: wait for it
    for (let i = 0; i < 40 && upgrade.length === 0; i++) upgrade.push(...(await routedSince(mark)).filter((l) => l.uri.endsWith('/stream')));
    expect(upgrade.map((l) => l.status), 'the stream went through nginx as a WebSocket').to.deep.equal([101]);
    const posts = lines.filter((l) => l.method === 'POST' && l.uri.endsWith('/activities'));
    expect([...new Set(servedBy(posts))], 'the posts went to both instances').to.have.members(instanceAddresses());
  });

  it('the console signs in through nginx (CONSOLE_TRUST_PROXY=true) and its session works on both instances', async () => {
    const mark = nginx!.routed().length;
    const bea = new ConsoleClient(nginx!.url);
    // nginx sets X-Forwarded-Proto itself: a client claiming https over plain http does not get a Secure cookie
    const signedIn = await bea.signIn('bea', 'bea-password-123', { 'x-forwarded-proto': 'https' });
    expect(signedIn.status).to.equal(200);
    expect(bea.lastSetCookie).to.not.match(/;\s*Secure/i);
    for (let i = 0; i < 4; i++) expect((await bea.get('/console/api/conversations?state=queued')).status).to.equal(200);
    // the origin check still holds behind the proxy
    expect((await new ConsoleClient(nginx!.url).signIn('bea', 'bea-password-123', { origin: 'http://elsewhere.example' })).status).to.equal(403);
    expect((await bea.del('/console/api/session')).status).to.equal(200);
    const lines = (await routedSince(mark)).filter((l) => l.uri.startsWith('/console/api/'));
    expect([...new Set(servedBy(lines))], 'the console\'s calls went to both instances').to.have.members(instanceAddresses());
    // ...whereas straight to an instance (no proxy to overwrite it) the trusted header is believed
    const direct = new ConsoleClient(instances[0].url);
    const tls = { 'x-forwarded-proto': 'https', origin: instances[0].url.replace(/^http:/, 'https:') };
    expect((await direct.signIn('bea', 'bea-password-123', tls)).status).to.equal(200);
    expect(direct.lastSetCookie).to.match(/;\s*Secure/i);
  });

  it('bodies over the limits get a 413 in JSON: from the bot above MAX_BODY_BYTES, from nginx above its own limits; uploads stream through', async () => {
    const mark = nginx!.routed().length;
    const activity = (text: string) => JSON.stringify({
      type: 'message', id: 'too-big', channelId: 'emulator', serviceUrl: nginx!.url, conversation: { id: 'nginx-too-big' },
      from: { id: 'u', role: 'user' }, recipient: { id: 'bot', role: 'bot' }, text,
    });
    const post = (body: string) => fetch(`${nginx!.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    // 100 KB: over the bot's 64 KB (MAX_BODY_BYTES), under nginx's 1 MB: the bot's own answer
    const byBot = await post(activity('x'.repeat(100 * 1024)));
    expect(byBot.status).to.equal(413);
    expect(await byBot.json()).to.deep.equal({ error: 'payload_too_large', message: 'The request body is too large.' });
    // 2 MB: over nginx's 1 MB: nginx's answer, in the same shape
    const byNginx = await post(activity('x'.repeat(2 * 1024 * 1024)));
    expect(byNginx.status).to.equal(413);
    expect(await byNginx.json()).to.deep.equal({ error: 'payload_too_large', message: 'The request body is too large.' });
    const [bot, own] = (await routedSince(mark)).filter((l) => l.uri === '/api/messages');
    expect(bot.upstreamStatuses, 'the 100 KB one reached an instance, which answered 413').to.deep.equal(['413']);
    expect(own.upstreams, 'the 2 MB one never left nginx').to.deep.equal([]);

    // web chat: an upload up to 25 MB (the bot's limit) streams through nginx; more is refused in Direct Line's shape
    const issued = await call(`${nginx!.url}/api/directline/token`, { method: 'POST' });
    const started = await call(`${nginx!.url}/v3/directline/conversations`, { token: issued.body.token, body: { locale: 'en-GB' } });
    const uploadUrl = `${nginx!.url}/v3/directline/conversations/${issued.body.conversationId}/upload`;
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message', text: 'here is my CV', locale: 'en-GB' })], { type: 'application/vnd.microsoft.activity' }));
    form.append('file', new Blob([Buffer.alloc(3 * 1024 * 1024, 'a')], { type: 'application/pdf' }), 'cv.pdf');
    const uploaded = await fetch(uploadUrl, { method: 'POST', headers: { authorization: `Bearer ${started.body.token}` }, body: form });
    expect(uploaded.status, 'a 3 MB upload passes nginx').to.equal(200);
    const tooMuch = await declared(uploadUrl, MAX_UPLOAD_BYTES + 1, { authorization: `Bearer ${started.body.token}`, 'content-type': 'multipart/form-data; boundary=x' });
    expect(tooMuch).to.deep.equal({ status: 413, body: { error: { code: 'payload_too_large', message: 'The request body is too large.' } } });
    const tooMuchActivity = await declared(`${nginx!.url}/v3/directline/conversations/${issued.body.conversationId}/activities`, 2 * 1024 * 1024,
      { authorization: `Bearer ${started.body.token}`, 'content-type': 'application/json' });
    expect(tooMuchActivity).to.deep.equal({ status: 413, body: { error: { code: 'payload_too_large', message: 'The request body is too large.' } } });
  });

  it('after kill -9 of one instance, the next requests all succeed through the other (connection refused: nginx tries the next)', async () => {
    const [victim, survivor] = instances;
    victim.child.kill('SIGKILL');
    await new Promise<void>((resolve) => (victim.child.exitCode !== null || victim.child.signalCode !== null ? resolve() : victim.child.once('exit', () => resolve())));
    const mark = nginx!.routed().length;
    // every request answered on the first try: no retry by the client
    const user = new Conversation(nginx!.url, 'en-GB');
    let last = await user.join();
    expect(last.status).to.equal(200);
    for (let turn = 0; turn < 10 && !last.recommendations; turn++) {
      last = await user.say(ANSWERS[last.asks.at(-1)!]);
      expect(last.status).to.equal(200);
    }
    expect(last.recommendations).to.not.equal(undefined);
    for (let i = 0; i < 4; i++) expect((await fetch(`${nginx!.url}/healthz`)).status).to.equal(200);
    const issued = await call(`${nginx!.url}/api/directline/token`, { method: 'POST' });
    expect((await call(`${nginx!.url}/v3/directline/conversations`, { token: issued.body.token, body: { locale: 'en-GB' } })).status).to.equal(201);

    const lines = await routedSince(mark);
    expect([...new Set(servedBy(lines))], 'all answered by the survivor').to.deep.equal([`127.0.0.1:${survivor.port}`]);
    const retried = lines.filter((l) => l.upstreams.length > 1);
    expect(retried.length, 'nginx tried the dead one, then the other (passive health)').to.be.at.least(1);
    for (const line of retried) expect(line.upstreams).to.deep.equal([`127.0.0.1:${victim.port}`, `127.0.0.1:${survivor.port}`]);
  });
});
