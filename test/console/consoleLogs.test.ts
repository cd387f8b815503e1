import { Writable } from 'node:stream';
import { expect } from 'chai';
import pino from 'pino';
import { ConsoleClient } from '../helpers/consoleClient';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';

/** R21: the console's logs tell what happened (events, ids, advisor names), never passwords, texts or phones. */
describe('console logs', () => {
  let s: ConsoleServer;
  let lines: string[];
  beforeEach(async () => {
    lines = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    s = await startConsoleServer({ logger: pino({ level: 'debug' }, sink) }); // no redaction: the console itself must not log them
    await s.addAdvisor('alice');
  });
  afterEach(() => s.stop());

  it('when advisors sign in, fail, chat, note and resolve, then no password, message, note or phone number is logged', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', 'typo-in-the-password-42');
    await c.signIn('alice', 'alice-password-1');
    const t = s.backend.request({ callback: { phone: '+32 470 99 88 77', preferredTime: 'lundi 10h' } });
    const q = s.backend.request();
    s.backend.userSays(q.id, 'mon numéro est le 0470998877');
    await c.post(`/console/api/conversations/${q.id}/claim`);
    await c.post(`/console/api/conversations/${q.id}/messages`, { text: 'Pouvez-vous confirmer votre adresse rue des Canaris 12 ?' });
    await c.post(`/console/api/conversations/${q.id}/notes`, { text: 'dossier sensible: santé' });
    await c.post(`/console/api/conversations/${q.id}/resolve`);
    await c.post(`/console/api/conversations/${t.id}/resolve`);
    await c.del('/console/api/session');
    const log = lines.join('');
    expect(log).to.contain('console.signin').and.contain('console.claim').and.contain('console.messages').and.contain(q.id);
    for (const secret of ['typo-in-the-password-42', 'alice-password-1', '470 99 88 77', '0470998877', 'Canaris', 'santé', 'lundi 10h', c.csrfToken!]) {
      expect(log, secret).to.not.contain(secret);
    }
  });

  it('when the backend fails unexpectedly, then a generic 500 is answered and only the error name is logged', async () => {
    const c = new ConsoleClient(s.url);
    await c.signIn('alice', 'alice-password-1');
    s.backend.detail = async () => { throw new Error('connection to db failed for +32470998877'); };
    const res = await c.get('/console/api/conversations/some-id');
    expect(res.status).to.equal(500);
    expect(res.body).to.deep.equal({ error: 'internal', message: 'Something went wrong. Please retry.' });
    const log = lines.join('');
    expect(log).to.contain('console.error').and.not.contain('470998877').and.not.contain('connection to db');
  });
});
