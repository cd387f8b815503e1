import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { startTestApp, type RunningApp } from '../helpers/testApp';
import { ChatPanel, cspViolations, launchChromium, requireChromium, shot, visit, type Visit } from './helpers/widgetPage';

/** Texts the bot and the widget show, read from the locale files, so the test follows wording changes. */
const L = (lng: string, ns: string): any => require(`../../locales/${lng}/${ns}.json`);
const upTo = (text: string): string => text.split('{{')[0].trim();

/**
 * Issue 12: the web chat in Dutch and Luxembourgish, in Debian's headless Chromium: the demo page in the language
 * (`/nl/`, `/lb/`), the widget's own texts, the whole orientation to the cards, and a request for a person
 * (screenshots in test-artifacts/screenshots/).
 */
const VISITS = [
  { lng: 'nl', page: '/nl/', interest: 'ik wil in een winkel werken', digitalSkills: 'met wat hulp', region: 'ik woon in Gent', person: 'ik wil met een medewerker spreken' },
  { lng: 'lb', page: '/lb/', interest: 'ech wëll am Verkaf schaffen', digitalSkills: 'mat e bësse Hëllef', region: 'ech wunnen zu Lëtzebuerg', person: 'ech wëll mat engem Beroder schwätzen' },
];

describe('Web chat widget in Dutch and Luxembourgish (Debian Chromium, demo page, real bot)', function () {
  this.timeout(180000);
  let running: RunningApp;
  let browser: Browser;
  const visits: Visit[] = [];

  before(async function () {
    requireChromium(this);
    running = await startTestApp({ OFFICE_HOURS: '24/7' });
    running.app.desk.advisorSignedIn('Marie');
    browser = await launchChromium();
  });
  afterEach(async () => { for (const v of visits.splice(0)) await v.context.close(); });
  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  for (const visitor of VISITS) {
    it(`when a ${visitor.lng} visitor opens ${visitor.page}, then the page, the widget and the whole orientation are in ${visitor.lng}, up to the cards and an advisor`, async () => {
      const v = await visit(browser, running.url);
      visits.push(v);
      await v.page.goto(`${running.url}${visitor.page}`);
      const chat = new ChatPanel(v.page);
      const p = L(visitor.lng, 'profile');
      const w = L(visitor.lng, 'webchat');
      expect(await v.page.locator('html').getAttribute('lang')).to.equal(visitor.lng);
      expect(await v.page.locator('h1').first().innerText()).to.contain(w.page.heroTitle);
      expect(await v.page.locator('.ocw-launcher').innerText()).to.equal(w.widget.open);
      await chat.open();
      expect(await v.page.locator('.ocw-title').innerText()).to.equal(w.widget.title);
      // Web Chat's own strings come from webchat.json (it has no Luxembourgish; its Dutch says "u")
      expect(await v.page.locator('.webchat__send-box-text-box__input').getAttribute('placeholder')).to.equal(w.widget.webChat.TEXT_INPUT_PLACEHOLDER);
      await chat.waitForBot(p.ask.goal);
      await chat.click(p.options.goal['find-job']);
      await chat.waitForBot(p.ask.interest);
      await chat.say(visitor.interest);
      await chat.waitForBot(p.ask.qualification);
      await chat.click(p.options.qualification['4']);
      await chat.waitForBot(p.ask.digitalSkills);
      await chat.say(visitor.digitalSkills);
      await chat.waitForBot(p.ask.equipment);
      await chat.click(p.options.equipment['computer-and-internet']);
      await chat.waitForBot(p.ask.availability);
      await chat.click(p.options.availability['5']);
      await chat.waitForBot(p.ask.region);
      await chat.say(visitor.region);
      // a list that matches ("here is what I suggest"), the honest "no online course for that field" (or "for your trade,
      // only for other jobs of the field": a shop worker in Ghent) before help for any job, or "none that really matches"
      // before what comes near
      const r = L(visitor.lng, 'recommend');
      await Promise.any([chat.waitForBot(r.intro), chat.waitForBot(r.noneForField.split('$t(')[0].trim()), chat.waitForBot(r.noneForTrade),
        chat.waitForBot(r.noneInTheirLanguage.split('$t(')[0].trim()),
        chat.waitForBot(r.partialForField.split('$t(')[0].trim())]);
      const cards = v.page.locator('.ocw-chat .ac-adaptiveCard');
      // (two for the Flemish shop worker with a phone: the Digibanken and VDAB's sales search, fewer rather than fill)
      await cards.nth(1).waitFor({ timeout: 20000 });
      expect(await cards.count()).to.be.within(2, 5);
      await shot(v.page, `${visitor.lng}-cards`);
      await chat.say(visitor.person);
      await chat.waitForBot(upTo(L(visitor.lng, 'handoff').queued_other));
      await shot(v.page, `${visitor.lng}-advisor`);
      expect(await cspViolations(v), 'CSP violations').to.deep.equal([]);
      expect(v.pageErrors, 'page errors').to.deep.equal([]);
    });
  }
});
