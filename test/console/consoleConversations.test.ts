import { expect } from 'chai';
import { ConsoleClient } from '../helpers/consoleClient';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';

describe('console API: conversations', () => {
  let s: ConsoleServer;
  let alice: ConsoleClient;
  let bob: ConsoleClient;
  beforeEach(async () => {
    s = await startConsoleServer();
    for (const name of ['alice', 'bob']) await s.addAdvisor(name);
    alice = new ConsoleClient(s.url);
    bob = new ConsoleClient(s.url);
    await alice.signIn('alice', 'alice-password-1');
    await bob.signIn('bob', 'bob-password-1');
  });
  afterEach(() => s.stop());

  const path = (id: string, action = ''): string => `/console/api/conversations/${id}${action ? `/${action}` : ''}`;

  it('when listing by state, then each escalated conversation comes with id, state, language, since and profile', async () => {
    const queued = s.backend.request({ language: 'es', profile: { goal: 'find-job', eqfLevel: 3 } });
    const callback = s.backend.request({ language: 'fr', callback: { phone: '+32470000000', preferredTime: 'demain matin' } });
    const all = await alice.get('/console/api/conversations');
    expect(all.body.conversations.map((t: { id: string }) => t.id)).to.have.members([queued.id, callback.id]);
    const onlyQueued = await alice.get('/console/api/conversations?state=queued');
    expect(onlyQueued.body.conversations).to.have.length(1);
    expect(onlyQueued.body.conversations[0]).to.include({ id: queued.id, state: 'queued', language: 'es', since: queued.since });
    expect(onlyQueued.body.conversations[0].profile).to.deep.equal({ goal: 'find-job', eqfLevel: 3 });
    const callbacks = await alice.get('/console/api/conversations?state=callback-requested');
    expect(callbacks.body.conversations[0].callback).to.include({ phone: '+32470000000', preferredTime: 'demain matin' });
    expect((await alice.get('/console/api/conversations?state=bot')).status).to.equal(400);
    expect((await alice.get('/console/api/conversations?state=<script>')).status).to.equal(400);
  });

  it('when one conversation is read, then it has the summary, recommendations, transcript and notes, but not the channel address', async () => {
    const t = s.backend.request({ language: 'fr', profile: { goal: 'retrain', interest: 'data' },
      recommendations: [{ id: 'c1', kind: 'course', title: 'Excel', reasons: ['interest', 'free'] }] });
    s.backend.userSays(t.id, 'je veux parler à un conseiller');
    await alice.post(path(t.id, 'notes'), { text: 'a rappeler' });
    const res = await bob.get(path(t.id));
    expect(res.status).to.equal(200);
    expect(res.body.conversation).to.include({ id: t.id, state: 'queued', language: 'fr' });
    expect(res.body.conversation).to.not.have.property('address');
    expect(res.body.conversation.recommendations[0]).to.deep.equal({ id: 'c1', kind: 'course', title: 'Excel', reasons: ['interest', 'free'] });
    expect(res.body.conversation.notes[0]).to.include({ advisor: 'alice', text: 'a rappeler' });
    expect(res.body.transcript.map((e: { text: string }) => e.text)).to.deep.equal(['je veux parler à un conseiller']);
  });

  it('when the id is unknown or not an id, then 404 on every route', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'a%20b', '..%2F..%2Fx', 'x'.repeat(101)]) {
      expect((await alice.get(path(id))).status, id).to.equal(404);
      for (const action of ['claim', 'resolve']) expect((await alice.post(path(id, action))).status, `${action} ${id}`).to.equal(404);
      expect((await alice.post(path(id, 'messages'), { text: 'x' })).status).to.equal(404);
      expect((await alice.post(path(id, 'notes'), { text: 'x' })).status).to.equal(404);
    }
  });

  it('when two advisors claim at once, then exactly one gets 200 and the other 409', async () => {
    for (let round = 0; round < 5; round++) {
      const t = s.backend.request();
      const results = await Promise.all([alice.post(path(t.id, 'claim')), bob.post(path(t.id, 'claim'))]);
      expect(results.map((r) => r.status).sort()).to.deep.equal([200, 409]);
      const winner = results.find((r) => r.status === 200)!.body.conversation.assignedTo;
      expect(results.find((r) => r.status === 409)!.body.error).to.equal('already_assigned');
      expect(s.backend.tickets.get(t.id)!.assignedTo).to.equal(winner);
    }
  });

  it('when the assigned advisor writes, then the user receives it; when another advisor writes, then 403', async () => {
    const t = s.backend.request();
    expect((await alice.post(path(t.id, 'messages'), { text: 'too early' })).status).to.equal(403); // nobody claimed yet
    await alice.post(path(t.id, 'claim'));
    const ok = await alice.post(path(t.id, 'messages'), { text: 'Bonjour, je suis Alice.' });
    expect(ok.status).to.equal(200);
    const refused = await bob.post(path(t.id, 'messages'), { text: 'Bonjour, je suis Bob.' });
    expect(refused.status).to.equal(403);
    expect(refused.body).to.deep.equal({ error: 'not_assigned', message: 'Only the advisor who took this conversation can do this.' });
    expect(s.backend.delivered.map((d) => d.text)).to.deep.equal(['Bonjour, je suis Alice.']);
  });

  it('when a message or note is empty, not text or too long, then 400 and nothing is sent', async () => {
    const t = s.backend.request();
    await alice.post(path(t.id, 'claim'));
    for (const body of [{}, { text: '' }, { text: '   ' }, { text: 42 }, { text: ['a'] }, { text: 'x'.repeat(2001) }]) {
      expect((await alice.post(path(t.id, 'messages'), body)).status, JSON.stringify(body).slice(0, 40)).to.equal(400);
      expect((await alice.post(path(t.id, 'notes'), body)).status).to.equal(400);
    }
    expect((await alice.post(path(t.id, 'messages'), { text: 'é'.repeat(2000) })).status).to.equal(200);
    expect(s.backend.delivered).to.have.length(1);
  });

  it('when another advisor tries to resolve a conversation that is not theirs, then 403; the owner resolves it', async () => {
    const t = s.backend.request();
    await alice.post(path(t.id, 'claim'));
    expect((await bob.post(path(t.id, 'resolve'))).status).to.equal(403);
    const done = await alice.post(path(t.id, 'resolve'));
    expect(done.status).to.equal(200);
    expect(done.body.conversation.state).to.equal('resolved');
    expect(s.backend.delivered.at(-1)!.from).to.equal('bot'); // the bot says it is back
  });

  it('when an action is illegal in the current state, then 409', async () => {
    const t = s.backend.request();
    await alice.post(path(t.id, 'claim'));
    await alice.post(path(t.id, 'resolve'));
    const again = await alice.post(path(t.id, 'claim'));
    expect(again.status).to.equal(409);
    expect(again.body.error).to.equal('invalid_state');
  });

  it('when a callback is marked done, then it is resolved with who and when', async () => {
    const t = s.backend.request({ callback: { phone: '+352621000000' } });
    const res = await bob.post(path(t.id, 'resolve'));
    expect(res.status).to.equal(200);
    expect(res.body.conversation.callback).to.include({ doneBy: 'bob' });
  });

  it('when notes are added, then any advisor of the desk can add and read them, and the user never receives them', async () => {
    const t = s.backend.request();
    await alice.post(path(t.id, 'claim'));
    expect((await bob.post(path(t.id, 'notes'), { text: 'déjà vu en 2024' })).status).to.equal(200);
    expect((await alice.get(path(t.id))).body.conversation.notes.map((n: { advisor: string }) => n.advisor)).to.deep.equal(['bob']);
    expect(s.backend.delivered).to.deep.equal([]);
  });
});
