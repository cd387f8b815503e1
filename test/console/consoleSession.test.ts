import { expect } from 'chai';
import { ConsoleClient } from '../helpers/consoleClient';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';

describe('console API: sign-in and sessions', () => {
  let s: ConsoleServer;
  let alice: { name: string; password: string };
  beforeEach(async () => {
    s = await startConsoleServer();
    alice = await s.addAdvisor('alice');
  });
  afterEach(() => s.stop());

  it('when the password is right, then it answers a CSRF token and sets a strict HttpOnly cookie on /console', async () => {
    const c = new ConsoleClient(s.url);
    const res = await c.signIn('alice', alice.password);
    expect(res.status).to.equal(200);
    expect(res.body.csrfToken).to.match(/^[A-Za-z0-9_-]{43}$/);
    const attributes = c.lastSetCookie!.split(';').map((p) => p.trim());
    expect(attributes[0]).to.match(/^console_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes).to.include.members(['HttpOnly', 'SameSite=Strict', 'Path=/console']);
    expect(attributes).to.not.include('Secure'); // plain HTTP, not configured
    expect(res.headers.get('cache-control')).to.equal('no-store');
  });

  it('when the name is typed in capitals, then it is the same advisor', async () => {
    expect((await new ConsoleClient(s.url).signIn('  ALICE ', alice.password)).status).to.equal(200);
  });

  it('when the password or the name is wrong, then 401 with the same generic answer', async () => {
    const wrongPassword = await new ConsoleClient(s.url).signIn('alice', 'not-her-password');
    const wrongName = await new ConsoleClient(s.url).signIn('mallory', alice.password);
    expect(wrongPassword.status).to.equal(401);
    expect(wrongName.status).to.equal(401);
    expect(wrongPassword.body).to.deep.equal({ error: 'invalid_credentials', message: 'Wrong user name or password.' });
    expect(wrongName.body).to.deep.equal(wrongPassword.body);
    expect(wrongPassword.headers.get('set-cookie')).to.equal(null);
  });

  it('when fields are missing or not text, then 400', async () => {
    const c = new ConsoleClient(s.url);
    expect((await c.post('/console/api/session', { username: 'alice' })).status).to.equal(400);
    expect((await c.post('/console/api/session', { username: 'alice', password: 12 })).status).to.equal(400);
  });

  it('when configured so, or when a trusted proxy says TLS, then the cookie is Secure', async () => {
    const secure = await startConsoleServer({ env: { CONSOLE_SECURE_COOKIE: 'true' } });
    const proxied = await startConsoleServer({ env: { CONSOLE_TRUST_PROXY: 'true' } });
    try {
      await secure.addAdvisor('alice');
      await proxied.addAdvisor('alice');
      const a = new ConsoleClient(secure.url);
      await a.signIn('alice', 'alice-password-1');
      expect(a.lastSetCookie).to.match(/; Secure$/);
      const b = new ConsoleClient(proxied.url);
      await b.signIn('alice', 'alice-password-1', { 'x-forwarded-proto': 'https', origin: `https://${proxied.url.slice(7)}` });
      expect(b.lastSetCookie).to.match(/; Secure$/);
    } finally {
      await secure.stop();
      await proxied.stop();
    }
  });

  it('when an untrusted client claims TLS with X-Forwarded-Proto, then the cookie is not marked Secure for it', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', alice.password, { 'x-forwarded-proto': 'https' });
    expect(c.lastSetCookie).to.not.match(/Secure/);
  });

  it('when an advisor signs in again, then the session id is new and the previous one is dead', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', alice.password);
    const first = c.cookie!;
    await c.signIn('alice', alice.password);
    expect(c.cookie).to.not.equal(first);
    const replay = new ConsoleClient(s.url);
    replay.cookie = first;
    expect((await replay.get('/console/api/conversations')).status).to.equal(401);
    expect((await c.get('/console/api/conversations')).status).to.equal(200);
  });

  it('when the cookie is missing, forged or malformed, then every call answers 401', async () => {
    const c = new ConsoleClient(s.url);
    for (const cookie of ['', 'console_session=', `console_session=${'A'.repeat(43)}`, 'console_session=../../etc', 'other=1']) {
      const res = await c.get('/console/api/conversations', { cookie });
      expect(res.status, cookie).to.equal(401);
      expect(res.body.error).to.equal('unauthenticated');
    }
    expect((await c.get('/console/api/session')).status).to.equal(401);
    expect((await c.get('/console/api/conversations/x')).status).to.equal(401);
    expect((await c.get('/console/api/events')).status).to.equal(401);
  });

  it('when the advisor signs out, then the session is invalid server-side and replaying the cookie gives 401', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', alice.password);
    const stolen = c.cookie!;
    const token = c.csrfToken!;
    const out = await c.del('/console/api/session');
    expect(out.status).to.equal(200);
    expect(c.lastSetCookie).to.match(/^console_session=;.*Max-Age=0/);
    const replay = new ConsoleClient(s.url);
    replay.cookie = stolen;
    replay.csrfToken = token;
    expect((await replay.get('/console/api/conversations')).status).to.equal(401);
    expect((await replay.del('/console/api/session')).status).to.equal(401);
  });
});
