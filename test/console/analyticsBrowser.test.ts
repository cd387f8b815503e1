import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { domCspViolations, launchChromium, requireChromium, screenshot, signInThroughPage, watchedPage, type PageWatch } from '../helpers/consoleBrowser';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

const EN = { goal: 'find a job', interest: 'programming', qualification: 'a bachelor degree', digitalSkills: "I'm ok with computers", equipment: 'a laptop and internet at home', availability: '10 hours', region: 'Brussels' };
const FR = { goal: 'trouver un emploi', interest: 'jardinier', qualification: "j'ai un CAP", digitalSkills: 'je me débrouille', equipment: 'un ordinateur et internet', availability: '10 heures', region: 'Bruxelles' };

/**
 * Issue 11's page in headless Chromium on the real app: a manager opens /console/analytics after conversations
 * driven through POST /api/messages and reads the funnel, the questions, the unmet fields and the items, as charts
 * (Chart.js served by the bot, under the console's strict CSP) and as tables; an advisor is told it is not for them.
 * The screenshot is kept in test-artifacts/screenshots/console-analytics.png.
 */
describe('analytics page in a browser on the real app (manager and advisor)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let running: RunningApp;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  before(async function () {
    requireChromium(this);
    browser = await launchChromium();
    running = await startTestApp();
    const accounts = new AdvisorAccounts(running.app.store);
    await accounts.add('mia', 'mia-password-12', 'manager');
    await accounts.add('alice', 'alice-password-1');
    let shown = '';
    for (let i = 0; i < 6; i++) {
      const c = new Conversation(running.url, 'en-GB');
      const last = await c.answerUntilRecommendations(await c.join(), EN, 12);
      shown = last.recommendations!.items[0].id;
    }
    for (let i = 0; i < 5; i++) {
      const c = new Conversation(running.url, 'fr-FR');
      await c.answerUntilRecommendations(await c.join(), FR, 12);
    }
    for (let i = 0; i < 5; i++) await fetch(`${running.url}/r/${shown}`, { redirect: 'manual' });
    await running.app.analytics.flush();
  });
  afterEach(async () => { await context?.close(); });
  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function open(locale: string): Promise<void> {
    context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    ({ page, watch } = await watchedPage(context, running.url));
  }

  it('when a manager opens it from the console, then the funnel, questions, unmet fields and items are charts and tables', async () => {
    await open('en-GB');
    await signInThroughPage(page, running.url, 'mia', 'mia-password-12');
    await page.locator('#analytics-link').click();
    await page.waitForURL(`${running.url}/console/analytics`);
    await page.locator('#report').waitFor({ state: 'visible' });
    await page.locator('#funnel-table table').waitFor({ state: 'attached' });
    expect(await page.locator('h1').textContent()).to.equal('Analytics');
    const funnel = await page.locator('#funnel-table tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));
    expect(funnel).to.deep.equal([['Conversations started', '11'], ['Profile complete', '11'], ['Recommendations shown', '11'], ['Links opened', '5']]);
    const unmet = await page.locator('#unmet-table tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));
    expect(unmet).to.deep.equal([['Farming, gardening or animal care', '5']]);
    const questions = await page.locator('#questions-table tbody th').allTextContents();
    expect(questions).to.include.members(['Goal', 'Interest or job', 'Qualification']);
    const drawn = await page.evaluate(() => Array.from(document.querySelectorAll("canvas")).map((c) => Boolean((window as unknown as { Chart: { getChart(c: HTMLCanvasElement): unknown } }).Chart.getChart(c))));
    expect(drawn).to.have.length(7);
    expect(drawn.every(Boolean), 'every chart drawn').to.equal(true);
    expect(await page.locator('#waits-table td.hidden').count(), 'no wait under 5: hidden').to.be.greaterThan(0);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    await screenshot(page, 'analytics');
    expect(await page.locator('#csv').getAttribute('href')).to.match(/^\/console\/api\/analytics\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);

    await page.locator('#language').selectOption('de');
    await page.locator('h1', { hasText: 'Statistik' }).waitFor();
    expect(await page.locator('#funnel-table tbody th').first().textContent()).to.equal('Begonnene Gespräche');
    expect(watch.pageErrors).to.deep.equal([]);
    expect(watch.foreignRequests).to.deep.equal([]);
    expect(watch.cspViolations).to.deep.equal([]);
    expect(await domCspViolations(page)).to.deep.equal([]);
  });

  it('when an advisor opens it, then no figure is shown and the page says it is for managers', async () => {
    await open('fr-FR');
    await signInThroughPage(page, running.url, 'alice', 'alice-password-1');
    expect(await page.locator('#analytics-link').isHidden()).to.equal(true);
    await page.goto(`${running.url}/console/analytics`);
    await page.locator('#denied').waitFor({ state: 'visible' });
    expect(await page.locator('#denied-text').textContent()).to.equal('Seuls les comptes de responsable voient les statistiques.');
    expect(await page.locator('#report').isHidden()).to.equal(true);
    expect(await page.locator('#funnel-table table').count()).to.equal(0);
  });
});
