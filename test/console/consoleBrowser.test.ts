import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';
import { domCspViolations, launchChromium, requireChromium, screenshot, signInThroughPage, watchedPage, type PageWatch } from '../helpers/consoleBrowser';

/** The console in real headless Chromium over the fake backend: the whole advisor's job, live. */
describe('console in a browser (fake backend)', function () {
  this.timeout(90_000); // child processes, a real browser or the whole app: slower than unit tests
  let browser: Browser;
  let s: ConsoleServer;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  before(async function () {
    requireChromium(this);
    browser = await launchChromium();
  });
  after(async () => { await browser?.close(); });
  beforeEach(async () => {
    s = await startConsoleServer({ timings: { heartbeatMs: 1000, sweepMs: 200 } });
    await s.addAdvisor('camille');
    context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1366, height: 900 } });
    ({ page, watch } = await watchedPage(context, s.url));
  });
  afterEach(async () => {
    expect(watch.pageErrors, 'uncaught errors in the page').to.deep.equal([]);
    expect(watch.cspViolations.concat(await domCspViolations(page).catch(() => [])), 'CSP violations').to.deep.equal([]);
    expect(watch.foreignRequests, 'requests to other origins').to.deep.equal([]);
    await context.close();
    await s.stop();
  });

  const conversationItem = (list: string) => page.locator(`[data-list="${list}"] button.open`);

  it('when an advisor signs in, then sees a request arrive live, claims it, chats both ways, notes and resolves it', async () => {
    await page.goto(`${s.url}/console`);
    await page.locator('#signin-view').waitFor({ state: 'visible' });
    expect(await page.locator('h1').textContent()).to.equal('Console des conseillers'); // language from the browser
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('username');
    await screenshot(page, 'signin');

    await page.locator('#username').fill('camille');
    await page.locator('#password').fill('wrong password!');
    await page.locator('#password').press('Enter');
    await expect_text(page, '#signin-error', 'Nom d\'utilisateur ou mot de passe incorrect.');
    await page.locator('#password').fill('camille-password-1');
    await page.locator('#password').press('Enter');
    await page.locator('#desk-view').waitFor({ state: 'visible' });
    await expect_text(page, '#online', 'Conseillers connectés : 1');

    const ticket = s.backend.request({
      language: 'fr', profile: { language: 'fr', goal: 'find-job', interest: 'office', eqfLevel: 3, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 10, region: 'BE-BRU' },
      recommendations: [{ id: 'bf-excel', kind: 'course', title: 'Excel pour débutants', reasons: ['interest', 'free'] }],
    });
    s.backend.userSays(ticket.id, 'je veux parler à un conseiller');
    await conversationItem('queued').first().waitFor(); // live: no reload
    expect(await page.locator('[data-list="queued"] .count').textContent()).to.equal('1');
    await screenshot(page, 'queue-live');

    await conversationItem('queued').first().click();
    await page.locator('#conv-body').waitFor({ state: 'visible' });
    const summary = await page.locator('#summary').innerText();
    for (const shown of ['Trouver un emploi', 'Bureautique', 'niveau 3', 'Avec de l\'aide', 'Smartphone seulement', '10 h par semaine', 'Bruxelles']) {
      expect(summary).to.contain(shown);
    }
    expect(await page.locator('#recommendations').innerText()).to.contain('Excel pour débutants').and.contain('correspond à son intérêt');
    expect(await page.locator('#transcript').innerText()).to.contain('je veux parler à un conseiller');
    expect(await page.locator('#reply').isDisabled()).to.equal(true);

    await page.locator('#claim').click();
    await expect_text(page, '#conv-state', 'Avec un conseiller · Prise par camille');
    await conversationItem('mine').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('reply');

    await page.locator('#reply').fill('Bonjour, je suis Camille. Comment puis-je vous aider ?');
    await page.locator('#reply').press('Control+Enter');
    await waitFor(() => s.backend.delivered.some((d) => d.text.startsWith('Bonjour, je suis Camille')));
    await page.locator('#transcript li.from-advisor').waitFor();

    s.backend.userSays(ticket.id, 'Je cherche une formation Excel, voir https://www.example.org/excel');
    await page.locator('#transcript li.from-user', { hasText: 'formation Excel' }).waitFor();
    expect(await page.locator('#transcript a').getAttribute('href')).to.equal('https://www.example.org/excel');

    await page.locator('#note').fill('Rappeler pour inscription en juin.');
    await page.locator('#note-form button').click();
    await page.locator('#notes li', { hasText: 'Rappeler pour inscription' }).waitFor();
    await screenshot(page, 'conversation');

    await page.locator('#resolve').click();
    await expect_text(page, '#conv-state', 'Terminée · Prise par camille');
    await conversationItem('resolved').first().waitFor();
    expect(s.backend.tickets.get(ticket.id)!.state).to.equal('resolved');
    expect(s.backend.delivered.at(-1)!.from).to.equal('bot');
    await page.locator('#transcript li.from-bot').waitFor();
    await screenshot(page, 'resolved');

    await page.locator('#language').selectOption('en');
    await expect_text(page, 'h1', 'Advisors\' console');
    // the open conversation is fetched again in the new language: it may come just after the title
    await expect_text(page, '#conv-state', 'Resolved · Taken by camille');
    await page.locator('#signout').click();
    await page.locator('#signin-view').waitFor({ state: 'visible' });
    expect(s.backend.online.size).to.equal(0);
  });

  it('when a callback is requested, then it shows phone and preferred time, and "done" marks it done', async () => {
    await signInThroughPage(page, s.url, 'camille', 'camille-password-1');
    const t = s.backend.request({ language: 'es', callback: { phone: '+32 470 12 34 56', preferredTime: 'mañana por la tarde' } });
    const item = page.locator('[data-list="callbacks"] li').first();
    await item.locator('button.open', { hasText: '+32 470 12 34 56' }).waitFor();
    expect(await item.innerText()).to.contain('mañana por la tarde');
    await screenshot(page, 'callback');
    await item.locator('button.secondary').click();
    await conversationItem('resolved').first().waitFor();
    expect(s.backend.tickets.get(t.id)!.callback!.doneBy).to.equal('camille');
  });

  it('when another advisor claimed first, then the page says so and the conversation shows as theirs', async () => {
    await s.addAdvisor('dominique');
    await signInThroughPage(page, s.url, 'camille', 'camille-password-1');
    const t = s.backend.request();
    await conversationItem('queued').first().click();
    await page.locator('#claim').waitFor({ state: 'visible' });
    await s.backend.claim(t.id, 'dominique');
    await page.locator('#claim').click({ timeout: 2000 }).catch(() => { /* the live update may already have hidden it */ });
    await conversationItem('others').first().waitFor();
    expect(await page.locator('#conv-state').textContent()).to.contain('dominique');
    expect(await page.locator('#reply').isDisabled()).to.equal(true);
  });

  it('when a request arrives live while the page is still loading its lists, then the late list does not hide it', async () => {
    // the lists the page asks for on (re)connection are answered as they were before the request, but late
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let asked!: () => void;
    const loading = new Promise<void>((resolve) => { asked = resolve; });
    let first = true;
    await page.route('**/console/api/conversations', async (route) => {
      if (!first) return route.continue();
      first = false;
      const response = await route.fetch();
      asked();
      await held;
      await route.fulfill({ response });
    });
    await signInThroughPage(page, s.url, 'camille', 'camille-password-1');
    await loading;
    s.backend.request();
    await conversationItem('queued').first().waitFor(); // the live event
    release();
    await page.waitForTimeout(500);
    expect(await conversationItem('queued').count(), 'still in the queue after the late list').to.equal(1);
  });

  it('when the session idles out, then the page returns to the sign-in form by itself and says why', async () => {
    await signInThroughPage(page, s.url, 'camille', 'camille-password-1');
    s.clock.advance(16);
    await page.locator('#signin-view').waitFor({ state: 'visible', timeout: 10_000 });
    await expect_text(page, '#signin-error', 'Votre session est terminée. Reconnectez-vous.');
  });

  it('when used with the keyboard only, then sign-in, the queue and the actions are reachable', async () => {
    await page.goto(`${s.url}/console`);
    await page.locator('#signin-view').waitFor({ state: 'visible' });
    await page.keyboard.type('camille');
    await page.keyboard.press('Tab');
    await page.keyboard.type('camille-password-1');
    await page.keyboard.press('Enter');
    await page.locator('#desk-view').waitFor({ state: 'visible' });
    s.backend.request();
    await conversationItem('queued').first().waitFor();
    await conversationItem('queued').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#conv-body').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('conv-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('claim');
    await page.keyboard.press('Enter');
    await conversationItem('mine').first().waitFor();
    for (const id of ['username', 'password', 'language', 'reply', 'note']) {
      expect(await page.locator(`label[for="${id}"]`).count(), `label for #${id}`).to.equal(1);
    }
  });
});

async function expect_text(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector, { hasText: text }).waitFor({ timeout: 5000 });
  expect((await page.locator(selector).textContent())?.trim()).to.equal(text);
}

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
