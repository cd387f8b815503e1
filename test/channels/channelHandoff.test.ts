import { expect } from 'chai';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { ConsoleClient } from '../helpers/consoleClient';
import { FakePlatform, shownText } from '../helpers/fakePlatform';
import { TelegramUser, WhatsAppUser, telegramEnv, whatsappEnv } from '../helpers/messagingUsers';
import { startTestApp, type RunningApp } from '../helpers/testApp';

const HOUR = 3_600_000;

/**
 * Handoff on the messaging apps, on the real app and the console API: the advisor sees the channel, messages go
 * both ways, WhatsApp's 24-hour window (an injected clock) leads to the agency's template or a callback offer,
 * and a send that keeps failing is reported to the advisor and kept, never dropped.
 */
describe('Handoff on WhatsApp and Telegram (console API, fake platforms)', function () {
  this.timeout(120_000);
  let wa: FakePlatform;
  let tg: FakePlatform;
  let running: RunningApp;
  let alice: ConsoleClient;
  let offset = 0;
  let phones = 32480000000;

  async function signedIn(app: RunningApp): Promise<ConsoleClient> {
    const client = new ConsoleClient(app.url);
    expect((await client.signIn('alice', 'alice-password-1')).status).to.equal(200);
    return client;
  }
  async function newestQueued(client: ConsoleClient): Promise<{ id: string; channel: string }> {
    const queued = (await client.get('/console/api/conversations?state=queued')).body.conversations as Array<{ id: string; since: string; channel: string }>;
    return queued.sort((a, b) => (a.since < b.since ? 1 : -1))[0];
  }

  before(async () => {
    wa = await new FakePlatform().start();
    tg = await new FakePlatform().start();
    running = await startTestApp(
      { ...whatsappEnv(wa, { WHATSAPP_TEMPLATE_NAME: 'advisor_reply', WHATSAPP_TEMPLATE_LANGUAGE: 'fr' }), ...telegramEnv(tg), OFFICE_HOURS: '24/7' },
      { channelRetry: { attempts: 4, baseMs: 5, maxMs: 20 }, now: () => new Date(Date.now() + offset) },
    );
    await new AdvisorAccounts(running.app.store).add('alice', 'alice-password-1');
    alice = await signedIn(running);
  });
  after(async () => { await running?.stop(); await wa?.stop(); await tg?.stop(); });
  beforeEach(() => { offset = 0; });

  it('when a WhatsApp user asks for a person, then the advisor sees the channel, and messages go both ways', async () => {
    const user = new WhatsAppUser(running, wa, String(++phones));
    await user.say('Bonjour');
    const queuedTurn = await user.say('je veux parler à un conseiller');
    expect(queuedTurn.map(shownText).join('\n')).to.match(/conseill|personne/i);
    const ticket = await newestQueued(alice);
    expect(ticket.channel).to.equal('whatsapp');
    const detail = await alice.get(`/console/api/conversations/${ticket.id}`);
    expect(detail.body.conversation.channel).to.equal('whatsapp');
    expect(JSON.stringify(detail.body)).to.not.include(user.phone); // the console never shows the number by itself
    expect((await alice.post(`/console/api/conversations/${ticket.id}/claim`)).status).to.equal(200);
    await running.app.messagingIdle();
    const sent = await alice.post(`/console/api/conversations/${ticket.id}/messages`, { text: 'Bonjour, ici Alice du service emploi.' });
    expect(sent.body).to.deep.include({ sent: true, delivery: { status: 'delivered' } });
    expect(wa.to(user.phone).map(shownText)).to.include('Bonjour, ici Alice du service emploi.');
    await user.say("Merci Alice, j'ai une question sur ma formation");
    const transcript = (await alice.get(`/console/api/conversations/${ticket.id}`)).body.transcript.map((e: { text: string }) => e.text);
    expect(transcript).to.include("Merci Alice, j'ai une question sur ma formation");
  });

  it('when the advisor writes more than 24 hours after the person, then the template invites them back once, the advisor is told, and the message waits for their reply', async () => {
    const user = new WhatsAppUser(running, wa, String(++phones));
    await user.say('Bonjour');
    await user.say('je veux parler à un conseiller');
    const ticket = await newestQueued(alice);
    await alice.post(`/console/api/conversations/${ticket.id}/claim`);
    offset = 25 * HOUR;
    const before = wa.to(user.phone).length;
    const late = await alice.post(`/console/api/conversations/${ticket.id}/messages`, { text: 'Pouvez-vous me rappeler ?' });
    expect(late.status).to.equal(200);
    expect(late.body.delivery).to.deep.equal({ status: 'outside-window', templateSent: true });
    const again = await alice.post(`/console/api/conversations/${ticket.id}/messages`, { text: 'Je reste disponible.' });
    expect(again.body.delivery).to.deep.equal({ status: 'outside-window', templateSent: true });
    const sent = wa.to(user.phone).slice(before);
    expect(sent.map((c) => c.body.type)).to.deep.equal(['template']); // one template, billed once; no free text outside the window
    expect(sent[0].body.template).to.deep.equal({ name: 'advisor_reply', language: { code: 'fr' } });
    // the person answers the template: the window opens, the advisor's messages come with the bot's reply
    const reply = await user.say('oui je suis là', { timestamp: String(Math.floor((Date.now() + offset) / 1000)) });
    expect(reply.map(shownText)).to.include.members(['Pouvez-vous me rappeler ?', 'Je reste disponible.']);
  });

  it('when sending keeps failing, then the advisor is told it is kept, and it reaches the person with their next message', async () => {
    const user = new WhatsAppUser(running, wa, String(++phones));
    await user.say('Bonjour');
    await user.say('je veux parler à un conseiller');
    const ticket = await newestQueued(alice);
    await alice.post(`/console/api/conversations/${ticket.id}/claim`);
    const down = { status: 500, body: { error: { message: 'An unknown error occurred', code: 1 } } };
    wa.failNext.push(down, down, down, down);
    const result = await alice.post(`/console/api/conversations/${ticket.id}/messages`, { text: 'Message important.' });
    expect(result.body.delivery).to.deep.equal({ status: 'kept', reason: 'failed' });
    const next = await user.say('allô ?');
    expect(next.map(shownText)).to.include('Message important.');
  });

  it('when a Telegram user asks for a person, then the advisor sees the channel and messages go both ways', async () => {
    const user = new TelegramUser(running, tg, 99001, 'en');
    await user.say('/start');
    await user.say('I want to talk to a person');
    const ticket = await newestQueued(alice);
    expect(ticket.channel).to.equal('telegram');
    await alice.post(`/console/api/conversations/${ticket.id}/claim`);
    const sent = await alice.post(`/console/api/conversations/${ticket.id}/messages`, { text: 'Hello, this is Alice.' });
    expect(sent.body.delivery).to.deep.equal({ status: 'delivered' });
    expect(tg.to('99001').map(shownText)).to.include('Hello, this is Alice.');
    await user.say('Thanks Alice');
    const transcript = (await alice.get(`/console/api/conversations/${ticket.id}`)).body.transcript.map((e: { text: string }) => e.text);
    expect(transcript).to.include('Thanks Alice');
    expect((await alice.post(`/console/api/conversations/${ticket.id}/resolve`)).status).to.equal(200);
    expect(tg.to('99001').map(shownText).join('\n')).to.match(/back|again|assistant/i);
  });

  it('when no template is configured and the window is closed, then the console offers a callback on the WhatsApp number', async () => {
    const api = await new FakePlatform().start();
    let skew = 0;
    const other = await startTestApp({ ...whatsappEnv(api), OFFICE_HOURS: '24/7' }, { channelRetry: { attempts: 2, baseMs: 5, maxMs: 10 }, now: () => new Date(Date.now() + skew) });
    try {
      await new AdvisorAccounts(other.app.store).add('alice', 'alice-password-1');
      const advisor = await signedIn(other);
      const user = new WhatsAppUser(other, api, '32490112233');
      await user.say('Bonjour');
      await user.say('je veux parler à un conseiller');
      const ticket = await newestQueued(advisor);
      await advisor.post(`/console/api/conversations/${ticket.id}/claim`);
      skew = 30 * HOUR;
      const late = await advisor.post(`/console/api/conversations/${ticket.id}/messages`, { text: 'Bonjour ?' });
      expect(late.body.delivery).to.deep.equal({ status: 'outside-window', templateSent: false, callbackPhone: '+32490112233' });
      expect(api.to(user.phone).map((c) => c.body.type)).to.not.include('template');
    } finally {
      await other.stop();
      await api.stop();
    }
  });
});
