import { expect } from 'chai';
import WebSocket from 'ws';
import { call, startConversation, startHarness, type Harness } from './helpers/webChatHarness';

interface Frame { activities: Array<{ id: string; text?: string }>; watermark: string }

/** Opens a stream and collects its frames. */
function open(url: string, headers: Record<string, string> = {}, autoPong = true): Promise<{ ws: WebSocket; frames: Frame[]; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, autoPong });
    const frames: Frame[] = [];
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    ws.on('message', (data) => frames.push(JSON.parse(String(data))));
    ws.on('open', () => resolve({ ws, frames, closed }));
    ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.on('error', reject);
  });
}
const texts = (frames: Frame[]): string[] => frames.flatMap((f) => f.activities.map((a) => a.text ?? ''));
const until = async (check: () => boolean, ms = 3000): Promise<void> => {
  for (const t0 = Date.now(); !check(); await new Promise((r) => setTimeout(r, 10))) if (Date.now() - t0 > ms) throw new Error('timed out');
};

describe('Direct Line stream (WebSocket)', () => {
  let h: Harness;
  afterEach(async () => { await h.stop(); });

  it('when a stream opens, then it first gets the backlog since its watermark, then live activities in order', async () => {
    h = await startHarness();
    const c = await startConversation(h);
    const s = await open(c.streamUrl);
    await until(() => s.frames.length >= 1);
    expect(texts(s.frames)).to.deep.equal(['welcome']);
    await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token, body: { type: 'message', text: 'hi', channelData: { clientActivityID: 'c-1' } } });
    await until(() => texts(s.frames).length >= 3);
    expect(texts(s.frames)).to.deep.equal(['welcome', 'hi', 'echo: hi']);
    expect(s.frames.map((f) => f.watermark)).to.deep.equal(['1', '2', '3']);
    s.ws.close();
  });

  it('when a dropped client reconnects with its watermark, then it gets exactly what it missed, delivered meanwhile', async () => {
    h = await startHarness();
    const c = await startConversation(h);
    const first = await open(c.streamUrl);
    await until(() => first.frames.length >= 1);
    first.ws.terminate();
    await h.webChat.deliver(c.conversationId, [{ text: 'advisor: are you there?' }]);
    const resumed = await call(`${h.url}/v3/directline/conversations/${c.conversationId}?watermark=1`, { token: c.token });
    const second = await open(resumed.body.streamUrl);
    await until(() => second.frames.length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(texts(second.frames)).to.deep.equal(['advisor: are you there?']);
    second.ws.close();
  });

  it('when the stream token is wrong, for another conversation, or the page is of another website, then the upgrade is refused', async () => {
    h = await startHarness({ WEBCHAT_ALLOWED_ORIGINS: 'https://www.agency.example' });
    const c = await startConversation(h);
    const other = await startConversation(h);
    const bad = async (url: string, headers: Record<string, string> = {}): Promise<string> => open(url, headers).then(() => 'opened', (e: Error) => e.message);
    expect(await bad(c.streamUrl.replace(/t=[^&]+/, 't=garbage'))).to.equal('HTTP 403');
    expect(await bad(c.streamUrl.replace(/t=[^&]+/, `t=${c.token}`))).to.equal('HTTP 403'); // a conversation token is not a stream token
    expect(await bad(c.streamUrl.replace(c.conversationId, other.conversationId))).to.equal('HTTP 403');
    expect(await bad(c.streamUrl, { origin: 'https://evil.example' })).to.equal('HTTP 403');
    const ok = await open(c.streamUrl, { origin: 'https://www.agency.example' });
    ok.ws.close();
  });

  it('when the process-wide cap is reached, then new streams are refused with 503, and one conversation keeps at most its own cap', async () => {
    h = await startHarness({}, { streamLimits: { maxSockets: 3, maxPerConversation: 2 } });
    const c = await startConversation(h);
    const a = await open(c.streamUrl);
    const b = await open(c.streamUrl);
    const third = await open(c.streamUrl);
    expect(await a.closed).to.equal(4000); // the oldest tab of this conversation made room
    const d = await startConversation(h);
    const e = await open(d.streamUrl);
    expect(await open(d.streamUrl).then(() => 'opened', (err: Error) => err.message)).to.equal('HTTP 503');
    for (const s of [b, third, e]) s.ws.close();
  });

  it('when a peer stops answering pings, then it is dropped; when a conversation is idle, then its streams are closed', async () => {
    h = await startHarness({}, { streamLimits: { heartbeatMs: 50, idleMs: 400, maxPerConversation: 2 } });
    const c = await startConversation(h);
    const dead = await open(c.streamUrl, {}, false); // a peer that never answers pings
    const alive = await open(c.streamUrl);
    expect(await dead.closed).to.equal(1006);
    expect(await alive.closed).to.equal(1000);
  });

  it('when the web chat closes (shutdown), then open streams are closed with 1001', async () => {
    h = await startHarness();
    const c = await startConversation(h);
    const s = await open(c.streamUrl);
    await h.webChat.close();
    expect(await s.closed).to.equal(1001);
  });
});
