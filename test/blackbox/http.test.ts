import { expect } from 'chai';
import zlib from 'node:zlib';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

async function post(url: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers, body: body as BodyInit });
  const text = await res.text();
  let json: any;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, json, text };
}

const INTERNALS = /Error|ECONN|stack|validateAndFixActivity|at \w+ \(/;

describe('HTTP surface: bad input gets a short JSON 4xx (black box)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  it('when /healthz and /readyz are asked, then both answer 200 once warm', async () => {
    expect((await fetch(`${running.url}/healthz`)).status).to.equal(200);
    expect((await fetch(`${running.url}/readyz`)).status).to.equal(200);
  });

  const cases: Array<[string, string | Buffer, Record<string, string> | undefined, number, string]> = [
    ['an empty object', '{}', undefined, 400, 'invalid_activity'],
    ['an array', '[]', undefined, 400, 'invalid_activity'],
    ['broken JSON', '{"type": "message",', undefined, 400, 'invalid_json'],
    ['a number', '42', undefined, 400, 'invalid_activity'],
    ['plain text', 'hello', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type'],
    ['a gzip body', zlib.gzipSync(JSON.stringify({ type: 'message', text: 'x'.repeat(200000) })), { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 415, 'unsupported_media_type'],
    ['a 1 MB body', JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }), undefined, 413, 'payload_too_large'],
  ];
  for (const [name, body, headers, status, code] of cases) {
    it(`when the body is ${name}, then the answer is ${status} ${code} without internals`, async () => {
      const r = await post(running.url, body, headers);
      expect(r.status).to.equal(status);
      expect(r.json).to.include({ error: code });
      expect(r.json.message).to.be.a('string');
      expect(r.text).to.not.match(INTERNALS);
    });
  }

  it('when the activity lacks a conversation or has a wrong type of field, then 400 names the field', async () => {
    const r = await post(running.url, JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: running.url, text: 5 }));
    expect(r.status).to.equal(400);
    expect(r.json.message).to.match(/conversation\.id/);
    expect(r.json.message).to.match(/text/);
  });

  it('when the serviceUrl is not an allowed channel host, then the activity is refused and nothing is sent there', async () => {
    const r = await post(running.url, JSON.stringify({ type: 'message', id: 'x', channelId: 'emulator', serviceUrl: 'https://evil.trafficmanager.net/', conversation: { id: 'c-evil' }, from: { id: 'u' }, text: 'my phone is +32 470 00 00 00' }));
    expect(r.status).to.equal(400);
    expect(r.json.message).to.match(/serviceUrl/);
  });

  it('when a route does not exist, then 404 is JSON', async () => {
    const res = await fetch(`${running.url}/nope`);
    expect(res.status).to.equal(404);
    expect(await res.json()).to.include({ error: 'not_found' });
  });

  it('when a message is very long, then the bot asks for a shorter one and does not process it', async () => {
    const c = new Conversation(running.url, 'en-US');
    await c.join();
    const r = await c.say('I want a job '.repeat(300));
    expect(r.status).to.equal(200);
    expect(r.texts.join(' ')).to.match(/shorter/);
    expect(r.asks).to.be.empty;
  });

  it('when the same activity id arrives twice, then it is processed once and the retry gets the same replies', async () => {
    const c = new Conversation(running.url, 'en-US');
    await c.join();
    const first = await c.post({ type: 'message', text: 'find a job' }, `${c.id}-dup`);
    const second = await c.post({ type: 'message', text: 'find a job' }, `${c.id}-dup`);
    expect(second.asks).to.deep.equal(first.asks);
    const third = await c.say('programming');
    expect(third.asks).to.deep.equal(['qualification']);
  });

  it('when two messages of one conversation arrive at once, then both answers are kept (turns are serialised)', async () => {
    const c = new Conversation(running.url, 'en-US');
    await c.join();
    await Promise.all([c.say('find a job'), c.say('I have a master')]);
    await c.say('programming');
    expect(c.lastProfile).to.include({ goal: 'find-job', interest: 'programming', eqfLevel: 7 });
  });
});

describe('Authentication fails closed (black box)', function () {
  this.timeout(60000);
  it('when NODE_ENV=production and no Bot Framework identity, then /api/messages refuses anonymous activities', async () => {
    const running = await startTestApp({ NODE_ENV: 'production', HOST: '0.0.0.0', WEBCHAT_TOKEN_SECRET: 'x'.repeat(40) });
    try {
      const c = new Conversation(running.url, 'en-US');
      const r = await c.say('hello');
      expect(r.status).to.equal(401);
    } finally {
      await running.stop();
    }
  });
});
