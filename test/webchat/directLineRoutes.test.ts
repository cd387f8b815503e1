import { expect } from 'chai';
import { DirectLineTokens } from '../../bot/webchat/tokens';
import { call, startConversation, startHarness, type Harness } from './helpers/webChatHarness';

const SECRET = 'route-test-secret-of-at-least-32-characters';

describe('Direct Line routes (/v3/directline, /api/directline/token)', () => {
  let h: Harness;
  beforeEach(async () => { h = await startHarness({ WEBCHAT_TOKEN_SECRET: SECRET, WEBCHAT_ALLOWED_ORIGINS: 'https://www.agency.example' }); });
  afterEach(async () => { await h.stop(); });

  const activities = async (c: { token: string; conversationId: string }, watermark = '') =>
    (await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities?watermark=${watermark}`, { token: c.token })).body;
  const post = (c: { token: string; conversationId: string }, body: unknown) =>
    call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token, body });

  it('when a page asks for a token, then it gets one for a new conversation, with no secret and no store write', async () => {
    const r = await call(`${h.url}/api/directline/token`, { method: 'POST', origin: 'https://www.agency.example' });
    expect(r.status).to.equal(200);
    expect(r.body).to.have.keys(['token', 'conversationId', 'expires_in', 'resume']);
    expect(r.body.expires_in).to.equal(30 * 60);
    expect(r.headers.get('access-control-allow-origin')).to.equal('https://www.agency.example');
    expect(JSON.stringify(r.body)).to.not.contain(SECRET);
    expect(await h.store.read([`conversations/webchat/${r.body.conversationId}/directline/meta`])).to.deep.equal({});
  });

  it('when the conversation starts, then the bot gets a conversationUpdate with both members and its welcome is in the history', async () => {
    const c = await startConversation(h, 'es-ES');
    expect(c.streamUrl).to.match(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${c.conversationId}/stream\\?watermark=0&t=`));
    expect(h.turns).to.have.length(1);
    expect(h.turns[0]).to.include({ type: 'conversationUpdate', channelId: 'webchat', locale: 'es-ES' });
    const page = await activities(c);
    expect(page.activities.map((a: any) => a.text)).to.deep.equal(['welcome']);
    expect(page.activities[0].from.role).to.equal('bot');
    expect(page.watermark).to.equal('1');
  });

  it('when the start is repeated (a page reload), then the welcome is not sent twice', async () => {
    const issued = await call(`${h.url}/api/directline/token`, { method: 'POST' });
    for (let i = 0; i < 2; i++) expect((await call(`${h.url}/v3/directline/conversations`, { token: issued.body.token, body: {} })).status).to.equal(201);
    expect(h.turns.filter((t) => t.type === 'conversationUpdate')).to.have.length(1);
  });

  it('when the user posts, then their activity comes back with its clientActivityID and an id, from the token user, then the reply', async () => {
    const c = await startConversation(h);
    const r = await post(c, { type: 'message', text: 'hello', locale: 'fr-FR', from: { id: 'someone-else' }, channelData: { clientActivityID: 'c-1' } });
    expect(r.status).to.equal(200);
    expect(r.body.id).to.equal(`${c.conversationId}|0000002`);
    const userId = JSON.parse(Buffer.from(c.token.split('.')[1], 'base64url').toString()).user;
    expect(h.turns.at(-1)).to.include({ type: 'message', text: 'hello', from: userId, channelId: 'webchat' });
    const page = await activities(c, '1');
    expect(page.activities.map((a: any) => [a.id, a.from.role, a.text])).to.deep.equal([
      [`${c.conversationId}|0000002`, 'user', 'hello'], [`${c.conversationId}|0000003`, 'bot', 'echo: hello']]);
    expect(page.activities[0].channelData.clientActivityID).to.equal('c-1');
    expect(page.activities[0].from.id).to.equal(userId);
    expect(page.activities[1].replyToId).to.equal(r.body.id);
    expect(page.activities[1].suggestedActions.actions.map((a: any) => a.title)).to.deep.equal(['yes', 'no']);
  });

  it('when the client re-sends the same clientActivityID, then it gets the same id and the bot sees it once', async () => {
    const c = await startConversation(h);
    const body = { type: 'message', text: 'once', channelData: { clientActivityID: 'c-7' } };
    const [a, b] = [await post(c, body), await post(c, body)];
    expect(b.body.id).to.equal(a.body.id);
    expect(h.turns.filter((t) => t.text === 'once')).to.have.length(1);
    expect((await activities(c)).activities.filter((x: any) => x.text === 'once')).to.have.length(1);
  });

  it('when polling with a watermark, then exactly what came after it is returned, and nothing when up to date', async () => {
    const c = await startConversation(h);
    await post(c, { type: 'message', text: 'one' });
    await post(c, { type: 'message', text: 'two' });
    expect((await activities(c, '3')).activities.map((a: any) => a.text)).to.deep.equal(['two', 'echo: two']);
    expect(await activities(c, '5')).to.deep.equal({ activities: [], watermark: '5' });
  });

  it('when the bot fails, then the client gets 503 without internals, and a re-send runs the turn again without a second echo', async () => {
    const c = await startConversation(h);
    const r = await post(c, { type: 'message', text: 'boom', channelData: { clientActivityID: 'c-9' } });
    expect(r.status).to.equal(503);
    expect(r.body).to.deep.equal({ error: { code: 'turn_failed', message: 'The message could not be processed. Please retry.' } });
    expect((await post(c, { type: 'message', text: 'boom', channelData: { clientActivityID: 'c-9' } })).status).to.equal(503);
    expect(h.turns.filter((t) => t.text === 'boom')).to.have.length(2);
    expect((await activities(c)).activities.filter((x: any) => x.text === 'boom')).to.have.length(1);
  });

  it('when the bot erases the conversation, then its history is gone and the watermarks keep growing', async () => {
    const c = await startConversation(h);
    await post(c, { type: 'message', text: 'my secret' });
    await post(c, { type: 'message', text: 'erase' });
    const page = await activities(c, '0');
    expect(page.activities.map((a: any) => `${a.id.split('|')[1]} ${a.text}`)).to.deep.equal(['0000005 erased']);
    await post(c, { type: 'message', text: 'again' });
    expect((await activities(c, '5')).activities.map((a: any) => a.id.split('|')[1])).to.deep.equal(['0000006', '0000007']);
  });

  it('when the token is missing, forged, expired or for another conversation, then 401 or 403 with the contract error body', async () => {
    const c = await startConversation(h);
    const other = await startConversation(h);
    const past = new DirectLineTokens(SECRET, 60, () => Date.now() - 3600_000).issue(c.conversationId, 'dl_x');
    const forged = new DirectLineTokens('not-the-server-secret-but-32-characters-long', 1800).issue(c.conversationId, 'dl_x');
    const url = `${h.url}/v3/directline/conversations/${c.conversationId}/activities`;
    expect((await call(url)).status).to.equal(401);
    for (const token of [past, forged, other.token, 'garbage']) {
      const r = await call(url, { token, body: { type: 'message', text: 'x' } });
      expect(r.status, token.slice(0, 20)).to.equal(403);
      expect(r.body.error.code).to.equal(token === past ? 'token_expired' : 'forbidden');
    }
    expect((await call(`${h.url}/v3/directline/tokens/refresh`, { token: past, body: {} })).status).to.equal(403);
  });

  it('when a token is refreshed, then a new token for the same conversation comes back', async () => {
    const c = await startConversation(h);
    const r = await call(`${h.url}/v3/directline/tokens/refresh`, { token: c.token, body: {} });
    expect(r.status).to.equal(200);
    expect(r.body.conversationId).to.equal(c.conversationId);
    expect((await activities({ ...c, token: r.body.token })).activities).to.have.length(1);
  });

  it('when a conversation was never started, then posting to it is 404 (Direct Line "ended")', async () => {
    const issued = await call(`${h.url}/api/directline/token`, { method: 'POST' });
    const r = await post({ token: issued.body.token, conversationId: issued.body.conversationId }, { type: 'message', text: 'x' });
    expect(r.status).to.equal(404);
    expect(r.body.error.code).to.equal('not_found');
  });

  it('when a page of another website asks, then the token endpoint and the API refuse it (403), and answer CORS only to allowed origins', async () => {
    expect((await call(`${h.url}/api/directline/token`, { method: 'POST', origin: 'https://evil.example' })).status).to.equal(403);
    const c = await startConversation(h);
    expect((await call(`${h.url}/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token, origin: 'https://evil.example' })).status).to.equal(403);
    const pre = await fetch(`${h.url}/v3/directline/conversations`, { method: 'OPTIONS', headers: { origin: 'https://www.agency.example', 'access-control-request-method': 'POST' } });
    expect(pre.status).to.equal(204);
    expect(pre.headers.get('access-control-allow-headers')).to.contain('Authorization').and.contain('x-ms-bot-agent');
    const own = await call(`${h.url}/api/directline/token`, { method: 'POST', origin: h.url });
    expect(own.status).to.equal(200);
  });

  it('when one client asks for tokens too fast, then it gets 429 with Retry-After', async () => {
    let last = { status: 0, headers: new Headers() };
    for (let i = 0; i < 70 && last.status !== 429; i++) last = await call(`${h.url}/api/directline/token`, { method: 'POST' });
    expect(last.status).to.equal(429);
    expect(Number(last.headers.get('retry-after'))).to.be.at.least(1);
  });

  it('when one conversation posts too fast, then it is slowed down (429) and another is not', async () => {
    const c = await startConversation(h);
    const statuses = await Promise.all(Array.from({ length: 15 }, (_, i) => post(c, { type: 'message', text: `m${i}` }).then((r) => r.status)));
    expect(statuses).to.include(429);
    const other = await startConversation(h);
    expect((await post(other, { type: 'message', text: 'calm' })).status).to.equal(200);
  });

  it('when the body is not an accepted activity or too large, then a short 4xx JSON error and no turn', async () => {
    const c = await startConversation(h);
    const turns = h.turns.length;
    expect((await post(c, { type: 'message', text: 'x', attachments: [{ contentType: 'image/png', contentUrl: 'https://x' }] })).body.error.code).to.equal('invalid_activity');
    const big = await post(c, { type: 'message', text: 'x'.repeat(200 * 1024) });
    expect(big.status).to.equal(413);
    expect(big.body.error.code).to.equal('payload_too_large');
    expect(h.turns.length).to.equal(turns);
  });

  it('when the bot is not ready yet, then start and post answer 503 with Retry-After', async () => {
    const c = await startConversation(h);
    h.ready.value = false;
    const r = await post(c, { type: 'message', text: 'x' });
    expect(r.status).to.equal(503);
    expect(r.headers.get('retry-after')).to.equal('2');
  });

  it('when deliver() is called, even by code holding the turn lock, then the activities are stored after the others', async () => {
    const c = await startConversation(h);
    await h.queue.run(`webchat|${c.conversationId}`, () => h.webChat.deliver(c.conversationId, [{ text: 'Marie (advisor): hello' }]));
    const page = await activities(c, '1');
    expect(page.activities.map((a: any) => [a.from.role, a.text])).to.deep.equal([['bot', 'Marie (advisor): hello']]);
    let error: Error | undefined;
    try { await h.webChat.deliver('unknown', [{ text: 'x' }]); } catch (err) { error = err as Error; }
    expect(error?.name).to.equal('ConversationNotFoundError');
  });
});
