import { expect } from 'chai';
import { CONTENT_SECURITY_POLICY } from '../../bot/console/responses';
import { ConsoleClient } from '../helpers/consoleClient';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';

describe('console API: CSRF, origin, methods, limits, headers', () => {
  let s: ConsoleServer;
  let c: ConsoleClient;
  let ticketId: string;
  beforeEach(async () => {
    s = await startConsoleServer();
    const alice = await s.addAdvisor('alice');
    c = new ConsoleClient(s.url);
    await c.signIn(alice.name, alice.password);
    ticketId = s.backend.request({ language: 'fr' }).id;
  });
  afterEach(() => s.stop());

  const changes = (): Array<[string, string, unknown]> => [
    ['POST', `/console/api/conversations/${ticketId}/claim`, {}],
    ['POST', `/console/api/conversations/${ticketId}/messages`, { text: 'hello' }],
    ['POST', `/console/api/conversations/${ticketId}/notes`, { text: 'note' }],
    ['POST', `/console/api/conversations/${ticketId}/resolve`, {}],
    ['DELETE', '/console/api/session', undefined],
  ];

  it('when the x-csrf-token header is missing or forged, then every state-changing call is refused with 403', async () => {
    for (const [method, path, body] of changes()) {
      for (const token of ['', 'forged', `${c.csrfToken!.slice(0, -1)}x`]) {
        const res = await c.call(method, path, body, { 'x-csrf-token': token });
        expect(res.status, `${method} ${path} token "${token}"`).to.equal(403);
        expect(res.body.error).to.equal('csrf');
      }
    }
    expect(s.backend.tickets.get(ticketId)!.state).to.equal('queued');
    expect((await c.get('/console/api/session')).status).to.equal(200); // still signed in
  });

  it('when another advisor\'s CSRF token is used, then 403 (tokens are bound to their session)', async () => {
    await s.addAdvisor('bob');
    const bob = new ConsoleClient(s.url);
    await bob.signIn('bob', 'bob-password-1');
    const res = await c.post(`/console/api/conversations/${ticketId}/claim`, {}, { 'x-csrf-token': bob.csrfToken! });
    expect(res.status).to.equal(403);
  });

  it('when a request comes from another site (Origin or Sec-Fetch-Site), then 403 even with cookie and token', async () => {
    const attacks: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: s.url.replace('127.0.0.1', 'localhost') },
      { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
    for (const headers of attacks) {
      for (const [method, path, body] of changes()) {
        const res = await c.call(method, path, body, headers);
        expect(res.status, `${method} ${path} ${JSON.stringify(headers)}`).to.equal(403);
        expect(res.body.error).to.equal('cross_origin');
      }
    }
    const signIn = await new ConsoleClient(s.url).signIn('alice', 'alice-password-1', { origin: 'https://evil.example' });
    expect(signIn.status).to.equal(403); // no login CSRF either
    expect(s.backend.tickets.get(ticketId)!.state).to.equal('queued');
  });

  it('when the request is same-origin by Sec-Fetch-Site, or carries no browser origin headers (a script), then the token decides', async () => {
    const res = await c.post(`/console/api/conversations/${ticketId}/claim`, {}, { origin: '', 'sec-fetch-site': 'same-origin' });
    expect(res.status).to.equal(200);
  });

  it('when GET is used on a state-changing route, then 405 with Allow: POST and nothing changes', async () => {
    for (const name of ['claim', 'messages', 'notes', 'resolve']) {
      const res = await c.get(`/console/api/conversations/${ticketId}/${name}`);
      expect(res.status, name).to.equal(405);
      expect(res.headers.get('allow')).to.equal('POST');
      expect(res.body.error).to.equal('method_not_allowed');
    }
    expect(s.backend.tickets.get(ticketId)!.state).to.equal('queued');
  });

  it('when sign-in is tried too often for one name, then 429 with Retry-After, even with the right password', async () => {
    const other = new ConsoleClient(s.url);
    for (let i = 0; i < 5; i++) expect((await other.signIn('alice', `wrong-${i}`)).status).to.equal(401);
    const res = await other.signIn('alice', 'alice-password-1');
    expect(res.status).to.equal(429);
    expect(Number(res.headers.get('retry-after'))).to.be.within(1, 15 * 60);
    expect(res.body.error).to.equal('too_many_attempts');
    s.clock.advance(16);
    expect((await other.signIn('alice', 'alice-password-1')).status).to.equal(200);
  });

  it('when one address tries many names, then it is limited per IP too', async () => {
    const attacker = new ConsoleClient(s.url);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await attacker.signIn(`user${i}`, 'guess-guess-guess')).status);
    expect(statuses.slice(0, 20).every((x) => x === 401)).to.equal(true);
    expect(statuses[20]).to.equal(429);
  });

  it('when the body is not JSON, too large or compressed, then 4xx and nothing is stored', async () => {
    const post = (body: string, headers: Record<string, string>) => fetch(`${s.url}/console/api/conversations/${ticketId}/notes`, {
      method: 'POST', body, headers: { cookie: c.cookie!, 'x-csrf-token': c.csrfToken!, origin: s.url, ...headers },
    });
    expect((await post('{nope', { 'content-type': 'application/json' })).status).to.equal(400);
    expect((await post('[1]', { 'content-type': 'application/json' })).status).to.equal(400);
    expect((await post('text=hi', { 'content-type': 'text/plain' })).status).to.equal(415);
    expect((await post(JSON.stringify({ text: 'x'.repeat(200_000) }), { 'content-type': 'application/json' })).status).to.equal(413);
    expect(s.backend.tickets.get(ticketId)!.notes).to.deep.equal([]);
  });

  it('when the body parser is the console\'s own (no server-wide one, as in the bot), then limits and types hold too', async () => {
    const bare = await startConsoleServer({ bodyParser: false });
    try {
      const a = await bare.addAdvisor('alice');
      const client = new ConsoleClient(bare.url);
      expect((await client.signIn(a.name, a.password)).status).to.equal(200);
      const id = bare.backend.request().id;
      const headers = { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, origin: bare.url };
      const url = `${bare.url}/console/api/conversations/${id}/notes`;
      expect((await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: '{}' })).status).to.equal(415);
      expect((await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: 'x'.repeat(20_000) })).status).to.equal(413);
      expect((await client.post(`/console/api/conversations/${id}/notes`, { text: 'ok' })).status).to.equal(200);
    } finally {
      await bare.stop();
    }
  });

  it('when the page, an asset or an API answer is served, then the strict security headers are on it', async () => {
    expect(CONTENT_SECURITY_POLICY).to.include("default-src 'self'").and.include("object-src 'none'").and.include("base-uri 'none'")
      .and.include("frame-ancestors 'none'").and.not.include('unsafe-inline').and.not.include('unsafe-eval');
    for (const path of ['/console', '/console/', '/console/static/app.js', '/console/static/console.css', '/console/locales/fr.json', '/console/api/conversations']) {
      const res = await fetch(`${s.url}${path}`, { headers: { cookie: c.cookie! } });
      expect(res.status, path).to.equal(200);
      expect(res.headers.get('content-security-policy'), path).to.equal(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options'), path).to.equal('nosniff');
      expect(res.headers.get('referrer-policy'), path).to.equal('no-referrer');
      expect(res.headers.get('x-frame-options'), path).to.equal('DENY');
    }
  });

  it('when a file outside the allow-list is asked for, then 404 (no path traversal)', async () => {
    for (const path of ['/console/static/..%2Fsessions.ts', '/console/static/%2e%2e%2fsessions.ts', '/console/static/index.html',
      '/console/static/sessions.ts', '/console/locales/..%2Fen%2Fcommon.json', '/console/locales/xx.json', '/console/static/app.js.map']) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.status, path).to.equal(404);
    }
  });

  it('when the page is loaded, then it has no inline script or style and loads only its own files', async () => {
    const html = await (await fetch(`${s.url}/console`)).text();
    expect(html).to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).to.not.match(/\sstyle=|<style|\son[a-z]+=/i);
    for (const m of html.matchAll(/(?:src|href)="([^"#]+)"/g)) expect(m[1], m[1]).to.match(/^\/console\//);
  });
});
