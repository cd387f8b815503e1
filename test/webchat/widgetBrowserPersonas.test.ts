import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { startTestApp, type RunningApp } from '../helpers/testApp';
import { ChatPanel, launchChromium, normalise, requireChromium, shot, visit, type Visit } from './helpers/widgetPage';

/** Texts the bot shows, read from the locale files, so the test follows wording changes. */
const L = (lng: string, ns: string): any => require(`../../locales/${lng}/${ns}.json`);

/**
 * Issue 8 in the web chat: the person of the issue (Anderlecht, only a phone, a CAP, little ease with computers,
 * wants to work in sales) writes as they would, in Debian Chromium on the demo page; whatever the bot still asks
 * is answered in their words. The first card is a place with its address and a map to get there; a course for
 * sales is among the cards.
 */
describe('Web chat: recommendations for the person of issue 8, in a real browser', function () {
  this.timeout(180000);
  let running: RunningApp;
  let browser: Browser;
  const visits: Visit[] = [];

  before(async function () {
    requireChromium(this);
    running = await startTestApp();
    browser = await launchChromium();
  });
  after(async () => {
    for (const v of visits) await v.context.close();
    await browser?.close();
    await running?.stop();
  });

  it('when the Anderlecht person with only a phone asks for work in sales, then a place with its address and a map comes first, then a sales course', async () => {
    const v = await visit(browser, running.url);
    visits.push(v);
    await v.page.goto(`${running.url}/fr/`);
    const chat = new ChatPanel(v.page);
    const p = L('fr', 'profile');
    await chat.open();
    await chat.waitForBot(p.ask.goal);
    await chat.say("bonjour j'habite à Anderlecht, je voudrais travailler dans la vente, j'ai un CAP, j'ai juste mon téléphone et je suis pas très à l'aise avec l'ordi");
    const answers: Array<[string, string]> = [
      [p.ask.goal, 'trouver un emploi'], [p.ask.interest, 'la vente'], [p.ask.qualification, "j'ai un CAP"],
      [p.ask.digitalSkills, "j'ai besoin d'aide"], [p.ask.equipment, 'juste mon téléphone'],
      [p.ask.availability, '10 heures par semaine'], [p.ask.region, 'Bruxelles'],
    ];
    const cards = v.page.locator('.ocw-chat .ac-adaptiveCard');
    for (let turn = 0; turn < 8 && (await cards.count()) === 0; turn++) {
      await v.page.waitForFunction((n) => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > n,
        await chat.botTexts().then((t) => t.length - 1), { timeout: 20000 });
      await v.page.waitForTimeout(500);
      if ((await cards.count()) > 0) break;
      const last = normalise((await chat.botTexts()).at(-1) ?? '');
      const answer = answers.find(([question]) => last.includes(normalise(question).slice(0, 30)));
      if (!answer) continue;
      await chat.say(answer[1]);
    }
    await cards.nth(2).waitFor({ timeout: 20000 });
    await shot(v.page, 'fr-anderlecht-sales');
    const first = cards.first();
    expect(await first.innerText()).to.match(/Adresse/);
    expect(await first.getByRole('button', { name: L('fr', 'recommend').card.map }).count()).to.equal(1);
    const sales = running.app.knowledge.courses.filter((c) => (c.fields ?? []).includes('D')).map((c) => c.title.fr ?? '');
    const all = (await cards.allInnerTexts()).join('\n');
    expect(sales.some((title) => title && all.includes(title)), 'a course for sales among the cards').to.equal(true);
  });
});
