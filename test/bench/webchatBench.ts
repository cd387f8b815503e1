import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

/**
 * `node -r ts-node/register/transpile-only test/bench/webchatBench.ts [open=500] [active=20]` (or the compiled
 * `dist/test/bench/webchatBench.js`): the web chat under many open chats. Starts the real bot (SQLite), measures
 * full French orientations of `active` conversations over Direct Line (POST + reply on the WebSocket) with no
 * other chat open, then opens `open` WebSocket conversations (token, start, welcome received) and measures the
 * same again with all of them open and idle, then has every open conversation send one message at once.
 * A script, not a test: read the figures of one run side by side. Loopback only; bounded in count and time.
 */
const ROOT = path.resolve(__dirname, __filename.endsWith('.js') ? '../../..' : '../..');
const OPEN = Number(process.argv[2] ?? 500);
const ACTIVE = Number(process.argv[3] ?? 20);
const PORT = 3992;
const BASE = `http://127.0.0.1:${PORT}`;
const SCRIPT = ['je voudrais changer de métier', 'apprendre à programmer en python', "j'ai le bac", 'je me débrouille',
  'un ordinateur avec internet', 'dix heures par semaine', 'Bruxelles', 'voir plus'];
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** `replied`: ids of the user's activities answered so far (a reply can come on the stream before the POST returns). */
interface Chat { id: string; token: string; ws: WebSocket; waiting: Map<string, () => void>; replied: Set<string>; seq: number }

/** JSON over HTTP; `from` picks the loopback source address (the token endpoint limits each client address). */
function request(method: string, url: string, body: unknown, token?: string, from?: string): Promise<{ status: number; json: any }> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method, agent: from ? undefined : agent, localAddress: from,
      headers: { ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => { try { resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString() || 'null') }); } catch (e) { reject(e); } });
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function openChat(n: number): Promise<Chat> {
  let issued = await request('POST', `${BASE}/api/directline/token`, {}, undefined, `127.0.0.${2 + (n % 100)}`);
  for (let tries = 0; issued.status === 429 && tries < 60; tries++) { // the process-wide limit: wait as told, like a browser would
    await new Promise((r) => setTimeout(r, 1000));
    issued = await request('POST', `${BASE}/api/directline/token`, {}, undefined, `127.0.0.${2 + (n % 100)}`);
  }
  if (issued.status !== 200) throw new Error(`token: HTTP ${issued.status}`);
  const started = await request('POST', `${BASE}/v3/directline/conversations`, { locale: 'fr-FR' }, issued.json.token);
  if (started.status !== 201) throw new Error(`start: HTTP ${started.status}`);
  const chat: Chat = { id: issued.json.conversationId, token: started.json.token, ws: new WebSocket(started.json.streamUrl), waiting: new Map(), replied: new Set(), seq: 0 };
  const welcomed = new Promise<void>((resolve) => chat.waiting.set('welcome', resolve));
  chat.ws.on('message', (data) => {
    for (const a of (JSON.parse(String(data)) as { activities: Array<{ replyToId?: string; from: { role: string } }> }).activities) {
      if (a.from.role !== 'bot') continue;
      const key = a.replyToId ?? 'welcome';
      chat.replied.add(key);
      chat.waiting.get(key)?.();
      chat.waiting.delete(key);
    }
  });
  await welcomed;
  return chat;
}

/** One turn: POST, then wait for the bot's reply to it on the stream. Returns [post ms, reply-on-stream ms]. */
async function turn(chat: Chat, text: string): Promise<[number, number]> {
  const t0 = process.hrtime.bigint();
  const ms = (): number => Number(process.hrtime.bigint() - t0) / 1e6;
  let replied: () => void = () => undefined;
  const reply = new Promise<void>((r) => { replied = r; });
  const res = await request('POST', `${BASE}/v3/directline/conversations/${chat.id}/activities`, { type: 'message', text, locale: 'fr-FR', channelData: { clientActivityID: `b-${++chat.seq}` } }, chat.token);
  const postMs = ms();
  if (res.status !== 200) throw new Error(`post: HTTP ${res.status}`);
  if (chat.replied.has(res.json.id)) replied(); else chat.waiting.set(res.json.id, replied);
  await Promise.race([reply, new Promise((_, reject) => setTimeout(() => reject(new Error('no reply on the stream within 10 s')), 10000))]);
  return [postMs, ms()];
}

async function orientations(chats: Chat[]): Promise<{ post: number[]; stream: number[]; seconds: number }> {
  const post: number[] = [];
  const stream: number[] = [];
  const t0 = Date.now();
  await Promise.all(chats.map(async (chat) => { for (const text of SCRIPT) { const [p, s] = await turn(chat, text); post.push(p); stream.push(s); } }));
  return { post, stream, seconds: (Date.now() - t0) / 1000 };
}

/** The same orientations through POST /api/messages (expectReplies): the bot's own cost, without the web chat. */
async function viaMessages(count: number): Promise<{ post: number[]; seconds: number }> {
  const post: number[] = [];
  const t0 = Date.now();
  let seq = 0;
  await Promise.all(Array.from({ length: count }, async (_, i) => {
    const conversation = { id: `bench-${i}-${Date.now()}` };
    const base = { channelId: 'bench', serviceUrl: BASE, conversation, from: { id: `u-${i}` }, recipient: { id: 'bot' }, locale: 'fr-FR', deliveryMode: 'expectReplies' };
    await request('POST', `${BASE}/api/messages`, { ...base, id: `m${++seq}`, type: 'conversationUpdate', membersAdded: [{ id: `u-${i}` }, { id: 'bot' }] });
    for (const text of SCRIPT) {
      const t = process.hrtime.bigint();
      const res = await request('POST', `${BASE}/api/messages`, { ...base, id: `m${++seq}`, type: 'message', text });
      if (res.status !== 200) throw new Error(`/api/messages: HTTP ${res.status}`);
      post.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }));
  return { post, seconds: (Date.now() - t0) / 1000 };
}

const pct = (xs: number[], p: number): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0; };
const fmt = (xs: number[]): string => `p50 ${pct(xs, 0.5).toFixed(1).padStart(6)} ms  p99 ${pct(xs, 0.99).toFixed(1).padStart(6)} ms  max ${Math.max(...xs).toFixed(1).padStart(6)} ms  (${xs.length} turns)`;
const rssMb = (child: ChildProcess): number => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function startBot(dataDir: string): Promise<ChildProcess> {
  const compiled = __filename.endsWith('.js');
  const script = compiled ? path.join(ROOT, 'dist/bot/index.js') : path.join(ROOT, 'bot/index.ts');
  const child = fork(script, [], {
    cwd: ROOT, execArgv: compiled ? [] : ['-r', 'ts-node/register/transpile-only'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  });
  for (const t0 = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
    try { if ((await fetch(`${BASE}/readyz`)).ok) return child; } catch { /* not listening yet */ }
    if (Date.now() - t0 > 90000) throw new Error('bot not ready after 90 s');
  }
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-bench-'));
  const bot = await startBot(dataDir);
  const all: Chat[] = [];
  try {
    console.log(`Web chat benchmark on ${os.cpus().length} cores, Node ${process.version}: ${ACTIVE} active conversations × ${SCRIPT.length} turns, ${OPEN} open WebSocket chats.`);
    const close = (chats: Chat[]): void => chats.forEach((c) => c.ws.close());
    const warm = await Promise.all(Array.from({ length: ACTIVE }, (_, i) => openChat(1000 + i)));
    await orientations(warm);
    close(warm);
    await viaMessages(ACTIVE); // warm-up
    const messages = await viaMessages(ACTIVE);
    const alone = await orientations([await openChat(4000)]);
    const idleRss = rssMb(bot);
    const active = await Promise.all(Array.from({ length: ACTIVE }, (_, i) => openChat(2000 + i)));
    const baseline = await orientations(active);
    close(active);
    const t0 = Date.now();
    for (let i = 0; i < OPEN; i += 50) all.push(...await Promise.all(Array.from({ length: Math.min(50, OPEN - i) }, (_, j) => openChat(i + j))));
    const openSeconds = (Date.now() - t0) / 1000;
    const openRss = rssMb(bot);
    const loaded = await orientations(await Promise.all(Array.from({ length: ACTIVE }, (_, i) => openChat(3000 + i))));
    const b0 = Date.now();
    const burst = await Promise.all(all.map((chat) => turn(chat, 'je voudrais trouver un emploi')));
    const burstSeconds = (Date.now() - b0) / 1000;
    console.log(`\nOpening ${OPEN} WebSocket conversations (token, start, welcome on the stream): ${openSeconds.toFixed(1)} s; server RSS ${idleRss.toFixed(0)} MB → ${openRss.toFixed(0)} MB`);
    console.log(`\nTurn latency, ${ACTIVE} conversations doing whole orientations:`);
    console.log(`  one conversation alone, reply on stream ${fmt(alone.stream)}`);
    console.log(`  /api/messages (expectReplies, same bot, no web chat)  ${fmt(messages.post)}   ${(messages.post.length / messages.seconds).toFixed(0)} turns/s`);
    console.log(`  no other chat open     POST ${fmt(baseline.post)}\n                         reply on stream ${fmt(baseline.stream)}   ${(baseline.post.length / baseline.seconds).toFixed(0)} turns/s`);
    console.log(`  ${String(OPEN).padStart(4)} chats open idle  POST ${fmt(loaded.post)}\n                         reply on stream ${fmt(loaded.stream)}   ${(loaded.post.length / loaded.seconds).toFixed(0)} turns/s`);
    console.log(`\nAll ${OPEN} open chats send one message at once: reply on stream ${fmt(burst.map(([, s]) => s))}, ${burstSeconds.toFixed(2)} s in all`);
    console.log(`Server RSS at the end: ${rssMb(bot).toFixed(0)} MB`);
  } finally {
    for (const chat of all) chat.ws.terminate();
    bot.kill('SIGTERM');
    agent.destroy();
    setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 1000);
  }
}

void main().then(() => process.exit(0), (err: Error) => { console.error(`webchat bench failed: ${err.message}`); process.exit(1); });
