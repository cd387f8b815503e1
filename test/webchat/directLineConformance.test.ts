import net from 'node:net';
import { expect } from 'chai';
import WebSocket from 'ws';
import { DirectLineTokens } from '../../bot/webchat/tokens';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';
import { recordKey } from '../../bot/domain/conversation/conversationRepository';
import type { StoreItems } from '../../bot/domain/storage/keyValueStore';
import { call, startConversation, startHarness, type Harness } from './helpers/webChatHarness';

const SECRET = 'conformance-secret-of-at-least-32-characters';

/** A request written by hand, as curl or the reference's examples send it: a POST with no body and no Content-Length. */
function rawRequest(url: string, lines: string[]): Promise<{ status: number; body: any }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`${lines.join('\r\n')}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      let body: any = rest.join('\r\n\r\n');
      // The server may answer chunked: keep the JSON between the first { and the last }.
      const json = body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1);
      try { body = JSON.parse(json); } catch { /* not JSON */ }
      resolve({ status: Number(head.split(' ')[1]), body });
    });
  });
}

/** The HTTP status a WebSocket handshake gets (101 when it opens). */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => { ws.close(); resolve(101); });
    ws.on('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); ws.terminate(); });
    ws.on('error', (err) => reject(err));
  });
}

describe('Direct Line as the reference and the official client use it (issue 13, item 9)', () => {
  let h: Harness;
  beforeEach(async () => { h = await startHarness({ WEBCHAT_TOKEN_SECRET: SECRET }); });
  afterEach(async () => { await h.stop(); });

  it('when a conversation is started and a token refreshed with a POST that has no body and no Content-Length, then both are accepted', async () => {
    const issued = await call(`${h.url}/api/directline/token`, { method: 'POST' });
    const started = await rawRequest(h.url, ['POST /v3/directline/conversations HTTP/1.1', `Authorization: Bearer ${issued.body.token}`]);
    expect(started.status).to.equal(201);
    expect(started.body.conversationId).to.equal(issued.body.conversationId);
    const refreshed = await rawRequest(h.url, ['POST /v3/directline/tokens/refresh HTTP/1.1', `Authorization: Bearer ${started.body.token}`]);
    expect(refreshed.status).to.equal(200);
    expect(refreshed.body.conversationId).to.equal(issued.body.conversationId);
  });

  it('when something goes wrong under /v3/directline/, then the answer is { error: { code, message } }, whoever refuses', async () => {
    const c = await startConversation(h);
    const past = new DirectLineTokens(SECRET, 60, () => Date.now() - 3600_000).issue(c.conversationId, 'dl_x');
    const activities = `${h.url}/v3/directline/conversations/${c.conversationId}/activities`;
    const answers = [
      await call(activities), // no token
      await call(activities, { token: past }), // expired
      await call(activities, { token: c.token, body: { type: 'message' } }), // no text
      await fetch(activities, { method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' }, body: '{not json' }),
      await fetch(activities, { method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'text/plain' }, body: 'hello' }),
      await fetch(activities, { method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'x' }),
      await call(activities, { token: c.token, body: { type: 'message', text: 'x'.repeat(200 * 1024) } }),
    ];
    const bodies = await Promise.all(answers.map(async (r) => ('json' in r && typeof r.json === 'function' ? { status: r.status, body: await r.json() } : r)));
    expect(bodies.map((r) => r.status)).to.deep.equal([401, 403, 400, 400, 415, 415, 413]);
    for (const r of bodies) {
      expect(r.body, JSON.stringify(r.body)).to.have.keys(['error']);
      expect(r.body.error).to.have.keys(['code', 'message']);
      expect(r.body.error.code).to.be.a('string');
      expect(r.body.error.message).to.be.a('string');
    }
    expect(bodies[1].body.error.code).to.equal('token_expired');
    // The token endpoint and the rest of the server keep the contract's flat shape.
    const elsewhere = await call(`${h.url}/api/messages`, { method: 'POST', body: [] });
    expect(typeof elsewhere.body.error).to.equal('string');
  });

  it('when a path under /v3/directline/ does not exist, then 404 (not 405) in the Direct Line shape', async () => {
    const c = await startConversation(h);
    for (const [method, path] of [['GET', '/v3/directline/nothing'], ['POST', '/v3/directline/nothing/at/all'], ['GET', '/v3/directline/session/getsessionid'],
      ['DELETE', `/v3/directline/conversations/${c.conversationId}`], ['PUT', '/v3/directline/conversations']]) {
      const r = await fetch(`${h.url}${path}`, { method, headers: { authorization: `Bearer ${c.token}` } });
      expect(r.status, `${method} ${path}`).to.equal(404);
      expect((await r.json() as any).error.code).to.equal('not_found');
    }
  });

  it('when the watermark is not a number, then 400 and no history; a watermark past the end gives nothing older', async () => {
    const c = await startConversation(h);
    await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token, body: { type: 'message', text: 'private' } });
    for (const bad of ['abc', '-1', '1.5', '1e3', '0x2', '%20']) {
      const r = await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities?watermark=${bad}`, { token: c.token });
      expect(r.status, bad).to.equal(400);
      expect(JSON.stringify(r.body)).to.not.contain('private');
      expect((await call(`${h.url}/v3/directline/conversations/${c.conversationId}?watermark=${bad}`, { token: c.token })).status, bad).to.equal(400);
    }
    expect(await upgradeStatus(c.streamUrl.replace('watermark=0', 'watermark=abc'))).to.equal(400);
    const ahead = await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities?watermark=999`, { token: c.token });
    expect(ahead.body).to.deep.equal({ activities: [], watermark: '3' });
    expect((await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities?watermark=`, { token: c.token })).body.activities).to.have.length(3);
  });

  it('when one client opens several streams for its conversation, then only the newest stays open and each activity arrives once', async () => {
    const c = await startConversation(h);
    const sockets: Array<{ ws: WebSocket; texts: string[]; closed: Promise<number> }> = [];
    for (let i = 0; i < 4; i++) {
      const ws = new WebSocket(c.streamUrl);
      const texts: string[] = [];
      const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
      ws.on('message', (data) => texts.push(...(JSON.parse(String(data)) as { activities: Array<{ text?: string }> }).activities.map((a) => a.text ?? '')));
      await new Promise((r) => ws.on('open', r));
      sockets.push({ ws, texts, closed });
    }
    expect(await Promise.all(sockets.slice(0, 3).map((s) => s.closed))).to.deep.equal([4000, 4000, 4000]);
    await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token, body: { type: 'message', text: 'once' } });
    const newest = sockets[3];
    for (let i = 0; i < 100 && !newest.texts.includes('echo: once'); i++) await new Promise((r) => setTimeout(r, 10));
    const all = sockets.flatMap((s) => s.texts);
    expect(all.filter((t) => t === 'once')).to.have.length(1);
    expect(all.filter((t) => t === 'echo: once')).to.have.length(1);
    expect(newest.ws.readyState).to.equal(WebSocket.OPEN);
    newest.ws.close();
  });

  describe('uploads (Web Chat with its upload button)', () => {
    const CANARY = 'CANARY-file-content-4f1d';
    const texts = (lng: string): { textOnly: string } => require(`../../locales/${lng}/webchat.json`);
    const upload = (c: { token: string; conversationId: string }, activity: unknown, files = 1, repeat = 2000): Promise<Response> => {
      const form = new FormData();
      form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
      for (let i = 0; i < files; i++) form.append('file', new Blob([`%PDF ${CANARY} `.repeat(repeat)], { type: 'application/pdf' }), `cv-${i}.pdf`);
      return fetch(`${h.url}/v3/directline/conversations/${c.conversationId}/upload?userId=whoever`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` }, body: form });
    };
    const history = async (c: { token: string; conversationId: string }): Promise<any[]> =>
      (await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token })).body.activities;
    /** Files under the temp folder changed since `since` that hold the canary (restify's parser would write there). */
    const filesWithCanary = (since: number): string[] => {
      const dir = require('node:os').tmpdir() as string;
      const fs = require('node:fs') as typeof import('node:fs');
      return fs.readdirSync(dir).map((f) => `${dir}/${f}`).filter((f) => {
        try { const st = fs.statSync(f); return st.isFile() && st.mtimeMs >= since && st.size < 50e6 && fs.readFileSync(f).includes(CANARY); } catch { return false; }
      });
    };

    it('when a message comes with a file, then its text is an ordinary turn, the bot says in the person\'s language that it reads text only, and the file is kept nowhere', async () => {
      const since = Date.now() - 1000;
      const written: string[] = [];
      class RecordingStore extends MemoryStore {
        override async write(changes: StoreItems): Promise<void> { written.push(JSON.stringify(changes)); return super.write(changes); }
      }
      await h.stop();
      h = await startHarness({ WEBCHAT_TOKEN_SECRET: SECRET }, { store: new RecordingStore() });
      const c = await startConversation(h, 'es-ES');
      const r = await upload(c, { type: 'message', text: 'aquí está mi CV', locale: 'es-ES', from: { id: 'spoofed' }, channelData: { clientActivityID: 'up-1' },
        attachments: [{ contentType: 'application/pdf', name: 'cv-0.pdf' }] });
      expect(r.status).to.equal(200);
      const { id } = await r.json() as { id: string };
      const shown = await history(c);
      const echo = shown.find((a) => a.id === id);
      expect(echo).to.include({ text: 'aquí está mi CV', type: 'message' });
      expect(echo.channelData.clientActivityID).to.equal('up-1');
      expect(echo.from.id).to.match(/^dl_/);
      expect(echo.attachments).to.equal(undefined);
      expect(shown.slice(1).map((a) => [a.from.role, a.text])).to.deep.equal([
        ['user', 'aquí está mi CV'], ['bot', texts('es').textOnly], ['bot', 'echo: aquí está mi CV']]);
      expect(h.turns.filter((t) => t.type === 'message').map((t) => t.text)).to.deep.equal(['aquí está mi CV']);
      expect(written.join('\n')).to.contain('aquí está mi CV').and.not.contain(CANARY);
      expect(JSON.stringify(shown)).to.not.contain(CANARY);
      expect(filesWithCanary(since)).to.deep.equal([]);
    });

    it('when only files are sent, then the message is acknowledged without a turn and the notice follows; a re-send changes nothing', async () => {
      const c = await startConversation(h, 'en-US');
      const activity = { type: 'message', locale: 'en-US', channelData: { clientActivityID: 'up-2' }, attachments: [{ contentType: 'application/pdf', name: 'a.pdf' }] };
      const first = await upload(c, activity, 2, 100);
      expect(first.status).to.equal(200);
      const again = await upload(c, activity, 2, 100);
      expect((await again.json() as { id: string }).id).to.equal((await first.json() as { id: string }).id);
      expect(h.turns.filter((t) => t.type === 'message')).to.have.length(0);
      expect((await history(c)).slice(1).map((a) => [a.from.role, a.text ?? ''])).to.deep.equal([['user', ''], ['bot', texts('en').textOnly]]);
    });

    it('when the bot already speaks another language with the person, then the notice is in that language, not the browser\'s', async () => {
      const c = await startConversation(h, 'fr-FR');
      await h.store.write({ [recordKey({ channelId: 'webchat', conversationId: c.conversationId })]: { session: { language: 'de' }, eTag: '*' } as never });
      expect((await upload(c, { type: 'message', text: 'hier', locale: 'fr-FR' })).status).to.equal(200);
      expect((await history(c)).map((a) => a.text)).to.include(texts('de').textOnly);
    });

    it('when the upload is not multipart, has no activity, or is for another conversation, then a 4xx in the Direct Line shape', async () => {
      const c = await startConversation(h);
      const other = await startConversation(h);
      const url = `${h.url}/v3/directline/conversations/${c.conversationId}/upload`;
      const notMultipart = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' }, body: '{"type":"message","text":"x"}' });
      expect(notMultipart.status).to.equal(415);
      const form = new FormData();
      form.append('file', new Blob(['x']), 'x.txt');
      const noActivity = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${c.token}` }, body: form });
      expect(noActivity.status).to.equal(400);
      expect((await noActivity.json() as any).error.code).to.equal('missing_activity');
      expect((await upload({ token: other.token, conversationId: c.conversationId }, { type: 'message', text: 'x' })).status).to.equal(403);
    });
  });

  describe('resuming a conversation whose token expired', () => {
    const claims = (token: string): { conv: string; user: string; scope: string } => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const resume = (proof?: string, body?: unknown) => call(`${h.url}/api/directline/token`, { method: 'POST', token: proof, body });

    it('when the page trades its resume token, then it gets a new token for the same conversation and user, and the thread goes on', async () => {
      const issued = await resume();
      expect(claims(issued.body.resume)).to.include({ conv: issued.body.conversationId, scope: 'resume' });
      await call(`${h.url}/v3/directline/conversations`, { token: issued.body.token, body: { locale: 'fr-FR' } });
      await call(`${h.url}/v3/directline/conversations/${issued.body.conversationId}/activities`, { token: issued.body.token, body: { type: 'message', text: 'before' } });
      const resumed = await resume(issued.body.resume);
      expect(resumed.status).to.equal(200);
      expect(resumed.body.conversationId).to.equal(issued.body.conversationId);
      expect(claims(resumed.body.token)).to.include({ conv: issued.body.conversationId, user: claims(issued.body.token).user, scope: 'conversation' });
      expect(claims(resumed.body.resume).scope).to.equal('resume');
      const page = await call(`${h.url}/v3/directline/conversations/${issued.body.conversationId}/activities`, { token: resumed.body.token });
      expect(page.body.activities.map((a: any) => a.text)).to.deep.equal(['welcome', 'before', 'echo: before']);
      expect(h.turns.filter((t) => t.type === 'conversationUpdate')).to.have.length(1);
    });

    it('when someone knows only the conversation id, or holds a token that is not a resume token, an altered or an expired one, then no token for that conversation', async () => {
      const c = await startConversation(h);
      const issued = await resume();
      const byId = await resume(undefined, { conversationId: c.conversationId });
      expect(byId.body.conversationId).to.not.equal(c.conversationId);
      const [head, , sig] = issued.body.resume.split('.');
      const altered = `${head}.${Buffer.from(JSON.stringify({ ...claims(issued.body.resume), conv: c.conversationId })).toString('base64url')}.${sig}`;
      const stale = new DirectLineTokens(SECRET, 1800, () => Date.now() - 2 * 24 * 3600_000).issue(c.conversationId, claims(c.token).user, 'resume');
      const answers = await Promise.all([c.token, c.streamUrl.split('t=')[1], altered, stale, 'garbage'].map((proof) => resume(proof)));
      expect(answers.map((r) => r.status)).to.deep.equal([403, 403, 403, 403, 403]);
      expect(answers.map((r) => r.body.error)).to.deep.equal(['forbidden', 'forbidden', 'forbidden', 'token_expired', 'forbidden']);
      expect(answers.some((r) => r.body.token)).to.equal(false);
    });

    it('when the conversation was never started or no longer exists, then 404 and the page starts a new one', async () => {
      const issued = await resume();
      expect((await resume(issued.body.resume)).status).to.equal(404);
    });
  });
});
