import { expect } from 'chai';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { ConsoleClient } from '../helpers/consoleClient';
import { MockChannel } from '../helpers/mockChannel';
import { SseReader } from '../helpers/sseReader';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

/**
 * The console API on the real app: AdvisorDesk behind it, the user on POST /api/messages, proactive
 * messages to a mock channel on loopback (the user's `serviceUrl`). Nothing is faked on the bot's side.
 */
describe('console API on the real app (AdvisorDesk, a user on /api/messages)', function () {
  this.timeout(90_000); // child processes, a real browser or the whole app: slower than unit tests
  let running: RunningApp;
  let channel: MockChannel;
  let alice: ConsoleClient;
  let bob: ConsoleClient;

  before(async () => {
    running = await startTestApp({ OFFICE_HOURS: '24/7' });
    channel = await new MockChannel().start();
    const accounts = new AdvisorAccounts(running.app.store);
    await accounts.add('alice', 'alice-password-1');
    await accounts.add('bob', 'bob-password-1');
  });
  after(async () => {
    await running?.stop();
    await channel?.stop();
  });
  beforeEach(async () => {
    alice = new ConsoleClient(running.url);
    bob = new ConsoleClient(running.url);
    expect((await alice.signIn('alice', 'alice-password-1')).status).to.equal(200);
    expect((await bob.signIn('bob', 'bob-password-1')).status).to.equal(200);
  });
  afterEach(async () => {
    await alice.del('/console/api/session');
    await bob.del('/console/api/session');
  });

  /** A user on the emulator channel whose proactive messages go to the mock channel. */
  async function userAsksForAPerson(text = 'je veux parler à un conseiller'): Promise<{ user: Conversation; ticketId: string }> {
    const user = new Conversation(running.url, 'fr-FR');
    await user.post({ type: 'conversationUpdate', membersAdded: [{ id: user.userId }, { id: 'bot' }], serviceUrl: channel.url });
    const turn = await user.post({ type: 'message', text, serviceUrl: channel.url });
    expect(turn.handoff).to.equal('queued');
    const queued = (await alice.get('/console/api/conversations?state=queued')).body.conversations as Array<{ id: string; since: string }>;
    const ticketId = queued.sort((a, b) => (a.since < b.since ? 1 : -1))[0].id;
    return { user, ticketId };
  }
  const say = (user: Conversation, text: string) => user.post({ type: 'message', text, serviceUrl: channel.url });

  it('when a user asks for a person, then the conversation is listed with its summary and the transcript', async () => {
    const { ticketId } = await userAsksForAPerson();
    const detail = await alice.get(`/console/api/conversations/${ticketId}`);
    expect(detail.status).to.equal(200);
    expect(detail.body.conversation).to.include({ state: 'queued', language: 'fr', reason: 'user' });
    expect(detail.body.conversation).to.not.have.property('address');
    expect(detail.body.transcript.map((e: { text: string }) => e.text)).to.include('je veux parler à un conseiller');
  });

  it('when two advisors claim at once, then exactly one wins (200) and the other gets 409', async () => {
    const { ticketId } = await userAsksForAPerson();
    const results = await Promise.all([alice.post(`/console/api/conversations/${ticketId}/claim`), bob.post(`/console/api/conversations/${ticketId}/claim`)]);
    expect(results.map((r) => r.status).sort()).to.deep.equal([200, 409]);
  });

  it('when the assigned advisor writes, then the user receives it on their channel; the other advisor gets 403', async () => {
    const { user, ticketId } = await userAsksForAPerson();
    expect((await alice.post(`/console/api/conversations/${ticketId}/claim`)).status).to.equal(200);
    expect((await alice.post(`/console/api/conversations/${ticketId}/messages`, { text: 'Bonjour, ici Alice.' })).status).to.equal(200);
    expect((await bob.post(`/console/api/conversations/${ticketId}/messages`, { text: 'Bonjour, ici Bob.' })).status).to.equal(403);
    expect(channel.textsFor(user.id)).to.include('Bonjour, ici Alice.').and.not.include('Bonjour, ici Bob.');
  });

  it('when the user answers, then the advisor sees it live and in the transcript; resolving hands back to the bot', async () => {
    const { user, ticketId } = await userAsksForAPerson();
    await alice.post(`/console/api/conversations/${ticketId}/claim`);
    const stream = await SseReader.open(`${running.url}/console/api/events`, { cookie: alice.cookie! });
    try {
      await stream.next((e) => e.event === 'ready');
      await say(user, 'Je cherche une formation en bureautique.');
      const live = await stream.next((e) => e.data.includes('"message"') && e.data.includes(ticketId));
      expect(JSON.parse(live.data).entry).to.include({ from: 'user', text: 'Je cherche une formation en bureautique.' });
    } finally {
      stream.close();
    }
    await alice.post(`/console/api/conversations/${ticketId}/notes`, { text: 'bureautique, niveau débutant' });
    const resolved = await alice.post(`/console/api/conversations/${ticketId}/resolve`);
    expect(resolved.status).to.equal(200);
    expect(resolved.body.conversation.state).to.equal('resolved');
    expect(channel.textsFor(user.id).at(-1)).to.match(/Je suis de retour/);
    const after = await say(user, 'bonjour');
    expect(after.handoff ?? 'bot').to.not.equal('queued');
    expect(after.texts.join(' ')).to.not.match(/conseiller va vous répondre/);
  });

  it('when an advisor claims and then resolves, then handoff.state (assigned, resolved) reaches the user with the proactive message (emulator, CONTRACT §2)', async () => {
    const { user, ticketId } = await userAsksForAPerson();
    const states = () => channel.received.filter((r) => r.conversationId === user.id && r.activity.type === 'trace' && r.activity.name === 'handoff.state')
      .map((r) => (r.activity.value as { state: string }).state);
    await alice.post(`/console/api/conversations/${ticketId}/claim`);
    expect(states()).to.deep.equal(['assigned']);
    await alice.post(`/console/api/conversations/${ticketId}/resolve`);
    expect(states()).to.deep.equal(['assigned', 'resolved']);
  });

  it('when the process stopped between a claim and its notice, then claiming again re-sends it, and start-up sends the ones still missing', async () => {
    const joined = (user: Conversation) => channel.textsFor(user.id).filter((t) => /conseiller, est maintenant avec vous/.test(t));
    // the claim is saved, the notice is not (what a kill -9 between the two leaves)
    const first = await userAsksForAPerson();
    await running.app.handoff.claim(first.ticketId, 'alice');
    expect(joined(first.user)).to.deep.equal([]);
    expect((await alice.post(`/console/api/conversations/${first.ticketId}/claim`)).status).to.equal(200);
    expect(joined(first.user)).to.have.length(1);
    expect((await alice.post(`/console/api/conversations/${first.ticketId}/claim`)).status).to.equal(200);
    expect(joined(first.user), 'said once, not at every claim').to.have.length(1);

    const second = await userAsksForAPerson();
    await running.app.handoff.claim(second.ticketId, 'bob');
    expect(await running.app.desk.resumeAnnouncements()).to.be.at.least(1);
    expect(joined(second.user)).to.have.length(1);
    expect(await running.app.desk.resumeAnnouncements()).to.equal(0);
  });

  it('when the user\'s channel cannot take a message now, then it reaches them with their next turn', async () => {
    const user = new Conversation(running.url, 'fr-FR'); // serviceUrl = the bot itself: no connector there
    await user.join();
    expect((await user.say('je veux parler à un conseiller')).handoff).to.equal('queued');
    const queued = (await alice.get('/console/api/conversations?state=queued')).body.conversations as Array<{ id: string; since: string }>;
    const ticketId = queued.sort((a, b) => (a.since < b.since ? 1 : -1))[0].id;
    await alice.post(`/console/api/conversations/${ticketId}/claim`);
    expect((await alice.post(`/console/api/conversations/${ticketId}/messages`, { text: 'Êtes-vous toujours là ?' })).status).to.equal(200);
    const next = await user.say('oui');
    expect(next.texts).to.include('Êtes-vous toujours là ?');
    await alice.post(`/console/api/conversations/${ticketId}/resolve`);
  });

  it('when the protections are probed on the real server, then 401, 403 and 405 as on the console alone', async () => {
    const { ticketId } = await userAsksForAPerson();
    const anonymous = new ConsoleClient(running.url);
    expect((await anonymous.get('/console/api/conversations')).status).to.equal(401);
    expect((await anonymous.post(`/console/api/conversations/${ticketId}/claim`)).status).to.equal(401);
    expect((await alice.post(`/console/api/conversations/${ticketId}/claim`, {}, { 'x-csrf-token': 'forged' })).status).to.equal(403);
    expect((await alice.post(`/console/api/conversations/${ticketId}/claim`, {}, { origin: 'https://evil.example' })).status).to.equal(403);
    expect((await alice.get(`/console/api/conversations/${ticketId}/claim`)).status).to.equal(405);
    expect((await alice.get('/console/api/conversations/not-a-ticket')).status).to.equal(404);
  });

  it('when no advisor is signed in any more, then a new request gets the callback offer instead of the queue', async () => {
    await alice.del('/console/api/session');
    await bob.del('/console/api/session');
    const user = new Conversation(running.url, 'fr-FR');
    await user.post({ type: 'conversationUpdate', membersAdded: [{ id: user.userId }, { id: 'bot' }], serviceUrl: channel.url });
    const turn = await user.post({ type: 'message', text: 'je veux parler à un conseiller', serviceUrl: channel.url });
    expect(turn.handoff).to.not.equal('queued');
    expect(turn.texts.join(' ')).to.match(/Aucun conseiller n'est disponible/);
  });
});
