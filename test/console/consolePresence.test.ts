import { expect } from 'chai';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { ConsoleClient } from '../helpers/consoleClient';
import { MockChannel } from '../helpers/mockChannel';
import { SseReader } from '../helpers/sseReader';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

const GRACE_SECONDS = 1;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Presence follows the console page: an advisor whose page closed without signing out stops counting once the
 * grace period has passed (found by QA: people were told "a person will answer here" for ever after).
 */
describe('advisor presence on the real app (event streams, grace period)', function () {
  this.timeout(90_000);
  let running: RunningApp;
  let channel: MockChannel;
  let alice: ConsoleClient;

  before(async () => {
    running = await startTestApp({ OFFICE_HOURS: '24/7', CONSOLE_PRESENCE_GRACE_SECONDS: String(GRACE_SECONDS) });
    channel = await new MockChannel().start();
    await new AdvisorAccounts(running.app.store).add('alice', 'alice-password-1');
  });
  after(async () => {
    await running?.stop();
    await channel?.stop();
  });
  beforeEach(async () => {
    alice = new ConsoleClient(running.url);
    expect((await alice.signIn('alice', 'alice-password-1')).status).to.equal(200);
  });
  afterEach(async () => {
    await alice.del('/console/api/session');
  });

  async function askForAPerson(): Promise<{ user: Conversation; handoff?: string; text: string }> {
    const user = new Conversation(running.url, 'fr-FR');
    await user.post({ type: 'conversationUpdate', membersAdded: [{ id: user.userId }, { id: 'bot' }], serviceUrl: channel.url });
    const turn = await user.post({ type: 'message', text: 'je veux parler à un conseiller', serviceUrl: channel.url });
    return { user, handoff: turn.handoff, text: turn.texts.join(' ') };
  }

  async function openPage(): Promise<SseReader> {
    const stream = await SseReader.open(`${running.url}/console/api/events`, { cookie: alice.cookie! });
    await stream.next((e) => e.event === 'ready');
    return stream;
  }

  it('when the console page stays open past the grace period, then people are still queued', async () => {
    const page = await openPage();
    try {
      await pause(GRACE_SECONDS * 1000 + 700);
      expect(running.app.desk.onlineCount()).to.equal(1);
      expect((await askForAPerson()).handoff).to.equal('queued');
    } finally {
      page.close();
    }
  });

  it('when the page closes without signing out, then after the grace period a request gets the no-advisor path', async () => {
    const page = await openPage();
    page.close();
    await pause(200);
    expect(running.app.desk.onlineCount(), 'within the grace (a reload)').to.equal(1);
    await pause(GRACE_SECONDS * 1000 + 500);
    expect(running.app.desk.onlineCount()).to.equal(0);
    const asked = await askForAPerson();
    expect(asked.handoff ?? 'bot').to.not.equal('queued');
    expect(asked.text).to.match(/Aucun conseiller n'est disponible/).and.not.match(/va vous répondre/);
    // the session itself is still valid: the page coming back makes alice present again
    expect((await alice.get('/console/api/session')).status).to.equal(200);
    const back = await openPage();
    try {
      expect(running.app.desk.onlineCount()).to.equal(1);
    } finally {
      back.close();
    }
  });

  it('when a person is queued and the last page closes, then their request goes back to the bot with a callback offer', async () => {
    const page = await openPage();
    const { user, handoff } = await askForAPerson();
    expect(handoff).to.equal('queued');
    page.close();
    await pause(GRACE_SECONDS * 1000 + 500);
    await running.app.housekeeping();
    const queued = (await alice.get('/console/api/conversations?state=queued')).body.conversations as unknown[];
    expect(queued).to.have.length(0);
    expect(channel.textsFor(user.id).join(' ')).to.match(/aucun conseiller/i);
  });
});
