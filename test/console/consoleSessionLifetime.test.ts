import { expect } from 'chai';
import { ConsoleClient } from '../helpers/consoleClient';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';

describe('console API: session lifetimes, revocation and presence', () => {
  let s: ConsoleServer;
  let alice: { name: string; password: string };
  beforeEach(async () => {
    s = await startConsoleServer();
    alice = await s.addAdvisor('alice');
  });
  afterEach(() => s.stop());

  it('when the advisor stays inactive past the idle limit, then the session ends (injected clock)', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', alice.password);
    s.clock.advance(14);
    expect((await c.get('/console/api/conversations')).status).to.equal(200); // activity: the idle timer restarts
    s.clock.advance(14);
    expect((await c.get('/console/api/conversations')).status).to.equal(200);
    s.clock.advance(16);
    const res = await c.get('/console/api/conversations');
    expect(res.status).to.equal(401);
    expect(res.body.error).to.equal('session_expired');
    expect(c.lastSetCookie).to.match(/Max-Age=0/);
  });

  it('when the advisor stays active past the absolute lifetime, then the session still ends', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', alice.password);
    for (let minutes = 0; minutes < 8 * 60 - 10; minutes += 10) {
      s.clock.advance(10);
      expect((await c.get('/console/api/session')).status, `after ${minutes + 10} min`).to.equal(200);
    }
    s.clock.advance(10);
    expect((await c.get('/console/api/session')).status).to.equal(401);
  });

  it('when the account is removed or gets a new password, then its open sessions end', async () => {
    const a = new ConsoleClient(s.url);
    const b = new ConsoleClient(s.url);
    await a.signIn('alice', alice.password);
    await s.addAdvisor('bob');
    await b.signIn('bob', 'bob-password-1');
    await s.accounts.setPassword('alice', 'a-brand-new-password');
    await s.accounts.remove('bob');
    expect((await a.get('/console/api/session')).status).to.equal(401);
    expect((await b.get('/console/api/session')).status).to.equal(401);
    expect((await a.signIn('alice', 'a-brand-new-password')).status).to.equal(200);
  });

  it('when the server restarts on the same store, then the session still works', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', alice.password);
    const restarted = await startConsoleServer({ dataDir: s.dataDir, clock: s.clock });
    try {
      const again = new ConsoleClient(restarted.url);
      again.cookie = c.cookie;
      expect((await again.get('/console/api/session')).body.advisor).to.equal('alice');
    } finally {
      await restarted.stop();
    }
  });

  it('when advisors sign in and out, then the backend hears it once per advisor, also on expiry', async () => {
    const a1 = new ConsoleClient(s.url);
    const a2 = new ConsoleClient(s.url);
    await a1.signIn('alice', alice.password);
    await a2.signIn('alice', alice.password); // a second browser
    expect([...s.backend.online]).to.deep.equal(['alice']);
    await a1.del('/console/api/session');
    expect([...s.backend.online]).to.deep.equal(['alice']);
    s.clock.advance(20);
    expect((await a2.get('/console/api/session')).status).to.equal(401);
    expect([...s.backend.online]).to.deep.equal([]);
  });
});
