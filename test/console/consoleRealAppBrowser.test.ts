import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { domCspViolations, launchChromium, requireChromium, screenshot, signInThroughPage, watchedPage, type PageWatch } from '../helpers/consoleBrowser';
import { MockChannel } from '../helpers/mockChannel';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

/**
 * Issue 3, end to end in real headless Chromium: an advisor signs in to the real app's console, sees a user's
 * request (made through POST /api/messages) appear live, claims it, exchanges messages with the user (whose
 * side receives them on their channel, here a mock connector on loopback), and resolves it.
 */
describe('console in a browser on the real app: a user on /api/messages and an advisor', function () {
  this.timeout(90_000); // child processes, a real browser or the whole app: slower than unit tests
  let browser: Browser;
  let running: RunningApp;
  let channel: MockChannel;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  before(async function () {
    requireChromium(this);
    browser = await launchChromium();
    running = await startTestApp({ OFFICE_HOURS: '24/7' });
    channel = await new MockChannel().start();
    await new AdvisorAccounts(running.app.store).add('camille', 'camille-password-1');
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 900 } });
    ({ page, watch } = await watchedPage(context, running.url));
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await running?.stop();
    await channel?.stop();
  });

  it('when the user asks for an advisor, then the advisor sees it live, claims it, chats both ways and resolves it', async () => {
    await signInThroughPage(page, running.url, 'camille', 'camille-password-1');
    await page.locator('#online', { hasText: '1' }).waitFor();

    const user = new Conversation(running.url, 'fr-FR');
    await user.post({ type: 'conversationUpdate', membersAdded: [{ id: user.userId }, { id: 'bot' }], serviceUrl: channel.url });
    const asked = await user.post({ type: 'message', text: 'je veux parler à un conseiller', serviceUrl: channel.url });
    expect(asked.handoff).to.equal('queued');

    const item = page.locator('[data-list="queued"] button.open').first();
    await item.waitFor({ timeout: 10_000 }); // pushed live, no reload
    await screenshot(page, 'real-queue');
    await item.click();
    await page.locator('#transcript li.from-user', { hasText: 'je veux parler à un conseiller' }).waitFor();
    expect(await page.locator('#conv-title').textContent()).to.equal('Conversation en français');

    await page.locator('#claim').click();
    await page.locator('[data-list="mine"] button.open').first().waitFor();
    await waitFor(() => channel.textsFor(user.id).some((t) => t.includes('camille, conseiller, est maintenant avec vous')));

    await page.locator('#reply').fill('Bonjour, je suis Camille. Que cherchez-vous ?');
    await page.locator('#reply-form button').click();
    await waitFor(() => channel.textsFor(user.id).includes('Bonjour, je suis Camille. Que cherchez-vous ?'));
    await page.locator('#transcript li.from-advisor', { hasText: 'Que cherchez-vous' }).waitFor();

    const answer = await user.post({ type: 'message', text: 'Une formation Excel, si possible en ligne.', serviceUrl: channel.url });
    expect(answer.status).to.equal(200);
    await page.locator('#transcript li.from-user', { hasText: 'Une formation Excel' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'real-chat');

    await page.locator('#resolve').click();
    await page.locator('[data-list="resolved"] button.open').first().waitFor();
    await waitFor(() => channel.textsFor(user.id).some((t) => t.includes('Je suis de retour')));
    await page.locator('#transcript li.from-bot', { hasText: 'Je suis de retour' }).waitFor();
    await screenshot(page, 'real-resolved');

    expect(watch.dialogs).to.deep.equal([]);
    expect(watch.pageErrors).to.deep.equal([]);
    expect(watch.foreignRequests).to.deep.equal([]);
    expect(watch.cspViolations.concat(await domCspViolations(page))).to.deep.equal([]);
  });
});

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
