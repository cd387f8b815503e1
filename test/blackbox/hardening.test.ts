import { expect } from 'chai';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';
import { call, startConversation, type Harness } from '../webchat/helpers/webChatHarness';

describe('Hardening (issue 13), black box through /api/messages', function () {
  this.timeout(60000);

  describe('a full reply cache', () => {
    let running: RunningApp;
    before(async () => { running = await startTestApp({ REPLY_CACHE_SIZE: '3' }); });
    after(async () => { await running.stop(); });

    it('when more turns are answered than the cache holds, then every turn still gets its answer and a re-delivery of a recent one the same replies', async () => {
      const conversations = Array.from({ length: 8 }, () => new Conversation(running.url, 'fr-FR'));
      for (const conversation of conversations) {
        await conversation.join();
        const turn = await conversation.say('je cherche un emploi');
        expect(turn.status, 'a turn after the cache is full').to.equal(200);
        expect(turn.texts.length).to.be.greaterThan(0);
      }
      const last = conversations[conversations.length - 1];
      const first = await last.post({ type: 'message', text: 'vente' }, `${last.id}-again`);
      const again = await last.post({ type: 'message', text: 'vente' }, `${last.id}-again`);
      expect(again.status).to.equal(200);
      expect(again.texts).to.deep.equal(first.texts);
    });
  });
});

describe('Hardening (issue 13): WebSocket upgrades on other paths', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  const openFiles = (): number => fs.readdirSync('/proc/self/fd').length;

  /** A raw upgrade request, as a scanner sends it; resolves with what the server answered (or '' if it never did). */
  const upgrade = (port: number, requestPath: string): Promise<string> => new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => { socket.destroy(); resolve(answer); }, 5000);
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('close', () => { clearTimeout(timer); resolve(answer); });
    socket.on('error', () => undefined);
    socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`);
  });

  it('when 300 upgrades ask for paths that are not the Direct Line stream, then each gets 404 and no descriptor is left open', async () => {
    const port = Number(new URL(running.url).port);
    const before = openFiles();
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => upgrade(port, i % 2 ? `/ws/${i}` : '/')));
    expect(answers.every((a) => a.startsWith('HTTP/1.1 404')), answers.find((a) => !a.startsWith('HTTP/1.1 404'))).to.equal(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(openFiles()).to.be.at.most(before + 5);
    expect((await fetch(`${running.url}/healthz`)).status).to.equal(200);
  });
});

describe('Hardening (issue 13): malformed input is a 4xx with the contract JSON, never a 5xx that invites retries', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  const post = async (activity: Record<string, unknown>): Promise<{ status: number; json: any; retryAfter: string | null }> => {
    const body = JSON.stringify({
      type: 'message', id: 'm1', channelId: 'emulator', serviceUrl: running.url, conversation: { id: 'c-malformed' },
      from: { id: 'u1' }, recipient: { id: 'bot' }, text: 'bonjour', ...activity,
    });
    const res = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: res.status, json: await res.json().catch(() => undefined), retryAfter: res.headers.get('retry-after') };
  };

  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a lone surrogate in conversation.id', { conversation: { id: 'c-\ud800' } }, /conversation\.id/],
    ['a lone surrogate in channelId', { channelId: 'emu\udc00' }, /channelId/],
    ['a lone surrogate in from.id', { from: { id: 'u\ud800x' } }, /from\.id/],
    ['membersAdded: [null]', { type: 'conversationUpdate', membersAdded: [null] }, /membersAdded/],
    ['membersAdded that is not a list', { type: 'conversationUpdate', membersAdded: 'everyone' }, /membersAdded/],
  ];
  for (const [name, activity, field] of cases) {
    it(`when an activity has ${name}, then 400 names the field, with no Retry-After`, async () => {
      const r = await post(activity);
      expect(r.status).to.equal(400);
      expect(r.json.error).to.equal('invalid_activity');
      expect(r.json.message).to.match(field);
      expect(r.retryAfter).to.equal(null);
    });
  }

  it('when value is nested 20,000 deep, then 400 says so (no stack overflow, no 500)', async () => {
    const value = `${'['.repeat(20000)}"x"${']'.repeat(20000)}`;
    const body = `{"type":"message","id":"m1","channelId":"emulator","serviceUrl":"${running.url}","conversation":{"id":"c-deep"},"from":{"id":"u1"},"text":"x","value":${value}}`;
    const res = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const r = { status: res.status, json: await res.json() as any };
    expect(r.status).to.equal(400);
    expect(r.json.message).to.match(/value.*nested too deeply/);
  });

  it('when an invoke comes in normal delivery, then 501 says it is not handled, with no Retry-After', async () => {
    const r = await post({ type: 'invoke', name: 'adaptiveCard/action', value: {} });
    expect(r.status).to.equal(501);
    expect(r.json.error).to.equal('not_supported');
    expect(r.retryAfter).to.equal(null);
  });

  const raw = (request: string): Promise<string> => new Promise((resolve) => {
    const socket = net.connect(Number(new URL(running.url).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.write(request);
  });

  it('when the headers are too large, then 431 comes with a JSON body', async () => {
    const answer = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`);
    expect(answer).to.match(/^HTTP\/1\.1 431/);
    expect(JSON.parse(answer.split('\r\n\r\n')[1])).to.include({ error: 'headers_too_large' });
  });

  it('when the request line is garbage, then 400 comes with a JSON body', async () => {
    const answer = await raw('HELLO THERE\r\n\r\n');
    expect(answer).to.match(/^HTTP\/1\.1 400/);
    expect(JSON.parse(answer.split('\r\n\r\n')[1])).to.include({ error: 'bad_request' });
  });
});

describe('Hardening (issue 13, item 10): advisors always on duty, nobody signed in', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp({ OFFICE_HOURS: '24/7' }); });
  after(async () => { await running.stop(); });

  it('when a person asks for an advisor and nobody is signed in, then the bot says nobody is available (no "back at" the current time) and offers the callback', async () => {
    const conversation = new Conversation(running.url, 'en-GB');
    await conversation.join();
    const turn = await conversation.say('I want to talk to a person');
    const text = turn.texts.join('\n');
    expect(text).to.include('No advisor is available right now.');
    expect(text).to.not.match(/They are back/);
    expect(turn.asks.at(-1)).to.equal('region');
    expect((await conversation.say('Brussels')).asks.at(-1)).to.equal('consent');
  });
});

describe('Hardening (issue 13, item 13): a message flood on one conversation', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp({ MESSAGES_BURST: '5', MESSAGES_PER_MINUTE: '6' }); });
  after(async () => { await running.stop(); });

  it('when one conversation sends more than its burst, then the extra messages get a polite 200 asking to slow down; other conversations are unaffected', async () => {
    const flood = new Conversation(running.url, 'fr-FR');
    await flood.join();
    const turns = [];
    for (let i = 0; i < 8; i++) turns.push(await flood.say(`message ${i}`));
    expect(turns.map((t) => t.status)).to.deep.equal(Array(8).fill(200));
    const slowed = turns.filter((t) => t.texts.join(' ').includes('Vous envoyez des messages très vite'));
    expect(slowed.length).to.be.within(2, 3);
    const other = new Conversation(running.url, 'fr-FR');
    await other.join();
    const calm = await other.say('je cherche un emploi');
    expect(calm.texts.join(' ')).to.not.include('très vite');
    expect(calm.understood?.slots).to.include({ goal: 'find-job' });
  });
});

describe('Hardening (issue 13, items 4 and 5): the SQLite file', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  const rawFiles = (): Buffer => Buffer.concat(fs.readdirSync(running.dataDir)
    .filter((name) => name.startsWith('state.sqlite'))
    .map((name) => fs.readFileSync(path.join(running.dataDir, name))));

  it('when a person deletes their data, then their words are in no file of the database (WAL included)', async () => {
    const canary = 'CANARY-7f3a9c-0470123456';
    const conversation = new Conversation(running.url, 'fr-FR');
    await conversation.join();
    await conversation.say(`je cherche un emploi, mon numero est ${canary}`);
    await conversation.say('je suis à Liège');
    expect(rawFiles().includes(canary), 'the canary is on disk before the erasure').to.equal(true);
    const erased = await conversation.say('supprimer mes données');
    expect(erased.status).to.equal(200);
    expect(rawFiles().includes(canary), 'the canary is still on disk after the erasure').to.equal(false);
  });

  it('when another process holds the database lock, then /healthz still answers at once and the turn completes after', async () => {
    const file = path.join(running.dataDir, 'state.sqlite');
    const holder = spawn(process.execPath, ['-e', `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(file)});
      db.exec('BEGIN EXCLUSIVE');
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0); }, 1500);
    `], { cwd: path.resolve(__dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const conversation = new Conversation(running.url, 'fr-FR');
    const turn = conversation.join();
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const health = await fetch(`${running.url}/healthz`);
    const healthMs = Date.now() - started;
    expect(health.status).to.equal(200);
    expect(healthMs, 'the event loop stays free while the turn waits for the lock').to.be.below(500);
    const answered = await turn;
    expect(answered.status).to.equal(200);
    expect(answered.texts.length).to.be.greaterThan(0);
    await exited;
  });
});

describe('Hardening (issue 13, item 9): a Web Chat upload larger than MAX_BODY_BYTES', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  it('when a person sends a 300 KB file with their message, then the text still arrives and the bot says it reads text only (no 413)', async () => {
    const c = await startConversation({ url: running.url } as Harness, 'fr-FR');
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message', text: 'voici mon CV', locale: 'fr-FR' })], { type: 'application/vnd.microsoft.activity' }));
    form.append('file', new Blob(['%PDF '.repeat(60_000)], { type: 'application/pdf' }), 'cv.pdf');
    const res = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/upload?userId=x`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` }, body: form });
    expect(res.status).to.equal(200);
    const shown = (await call(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token })).body.activities as Array<{ text?: string }>;
    const texts = shown.map((a) => a.text);
    expect(texts).to.include('voici mon CV');
    expect(texts).to.include(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../locales/fr/webchat.json'), 'utf8')).textOnly);
  });
});
