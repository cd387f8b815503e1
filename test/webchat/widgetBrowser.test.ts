import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { startTestApp, type RunningApp } from '../helpers/testApp';
import { recordKey } from '../../bot/domain/conversation/conversationRepository';
import { ChatPanel, cspViolations, launchChromium, normalise, requireChromium, shot, visit, type Visit } from './helpers/widgetPage';
import { DirectLineTokens } from '../../bot/webchat/tokens';
import { SECRET_FILE } from '../../bot/webchat/tokenSecret';

/** Texts the bot and the widget show, read from the locale files, so the test follows wording changes. */
const L = (lng: string, ns: string): any => require(`../../locales/${lng}/${ns}.json`);
const upTo = (text: string): string => text.split('{{')[0].trim();
const topic = (id: string, lng: string): string => (require('../../knowledge/topics.json') as { topics: Array<{ id: string; label: Record<string, string> }> }).topics.find((t) => t.id === id)!.label[lng];

describe('Web chat widget in Debian Chromium (demo page, real bot)', function () {
  this.timeout(180000);
  let running: RunningApp;
  let browser: Browser;
  let agency: http.Server;
  let agencyOrigin: string;
  const sockets: Duplex[] = [];
  const visits: Visit[] = [];

  before(async function () {
    requireChromium(this);
    // An agency's own website on another origin, embedding the widget with the one-line snippet and nothing else.
    agency = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Agencia</title></head><body><h1>Agencia de empleo</h1>`
        + `<script src="${running.url}/webchat/widget.js" async></script></body></html>`);
    });
    await new Promise<void>((resolve) => agency.listen(0, '127.0.0.1', resolve));
    agencyOrigin = `http://127.0.0.1:${(agency.address() as AddressInfo).port}`;
    // Advisors on duty around the clock, one signed in: asking for a person queues the conversation for them.
    running = await startTestApp({ OFFICE_HOURS: '24/7', WEBCHAT_ALLOWED_ORIGINS: agencyOrigin });
    running.app.desk.advisorSignedIn('Marie');
    running.app.server.server.on('upgrade', (_req, socket: Duplex) => sockets.push(socket));
    browser = await launchChromium();
  });
  afterEach(async () => { for (const v of visits.splice(0)) await v.context.close(); });
  after(async () => {
    await browser?.close();
    await running?.stop();
    agency?.close();
  });

  async function open(path: string, viewport?: { width: number; height: number }, site?: string): Promise<{ v: Visit; chat: ChatPanel }> {
    const v = await visit(browser, running.url, viewport, site ? [site] : []);
    visits.push(v);
    await v.page.goto(site ? `${site}${path}` : `${running.url}${path}`);
    return { v, chat: new ChatPanel(v.page) };
  }

  async function expectCleanPage(v: Visit): Promise<void> {
    expect(await cspViolations(v), 'CSP violations').to.deep.equal([]);
    expect(v.pageErrors, 'page errors').to.deep.equal([]);
  }

  /** The handoff ticket of a web chat conversation, from the bot's record of it. */
  async function ticketOf(conversationId: string): Promise<string> {
    const key = recordKey({ channelId: 'webchat', conversationId });
    const record = (await running.app.store.read([key]))[key] as { ticketId?: string } | undefined;
    if (!record?.ticketId) throw new Error('no handoff ticket for this conversation');
    return record.ticketId;
  }

  /** Cards shown, and where their first button leads (a new tab, http(s), no handle on the page). */
  async function checkCards(v: Visit, name: string): Promise<void> {
    const cards = v.page.locator('.ocw-chat .ac-adaptiveCard');
    await cards.nth(2).waitFor({ timeout: 20000 });
    expect(await cards.count()).to.be.within(3, 5);
    await shot(v.page, name);
    const button = cards.first().getByRole('button').first();
    // the link goes through GET /r/:itemId (counted), which redirects to the provider (not reachable here)
    const [popup, opened] = await Promise.all([
      v.context.waitForEvent('page'),
      v.context.waitForEvent('request', (request) => request.url().startsWith(`${running.url}/r/`)),
      button.click(),
    ]);
    expect(await popup.evaluate(() => window.opener)).to.equal(null);
    await popup.close();
    const redirect = await fetch(opened.url(), { redirect: 'manual' });
    expect(redirect.status).to.equal(302);
    expect(redirect.headers.get('location')).to.match(/^https:\/\//);
  }

  it('when a visitor only loads the page, then nothing is stored and nothing but the page, its CSS and widget.js is requested', async () => {
    const { v, chat } = await open('/fr/');
    await v.page.locator('.ocw-launcher').waitFor();
    await v.page.waitForTimeout(1500);
    expect(v.requests).to.deep.equal(['GET /fr/', 'GET /webchat/demo.css', 'GET /webchat/widget.js']);
    expect(await v.context.cookies()).to.deep.equal([]);
    expect(await v.page.evaluate(() => [localStorage.length, sessionStorage.length, typeof (window as any).WebChat])).to.deep.equal([0, 0, 'undefined']);
    expect(await v.page.locator('.ocw-launcher').innerText()).to.equal(L('fr', 'webchat').widget.open);
    await shot(v.page, 'closed-fr');
    await chat.open();
    await chat.waitForBot(L('fr', 'profile').ask.goal);
    expect(v.requests).to.include.members(['GET /webchat/vendor/webchat-4.18.1.js', 'POST /api/directline/token', 'POST /v3/directline/conversations']);
    expect(await v.context.cookies()).to.deep.equal([]);
    expect(await v.page.evaluate(() => localStorage.length)).to.equal(0);
    expect(v.external).to.deep.equal([]);
    await expectCleanPage(v);
  });

  it('when a French visitor goes through the whole orientation by typing and clicking, then cards with working links come, and an advisor answers live', async () => {
    const { v, chat } = await open('/fr/');
    const p = L('fr', 'profile');
    await chat.open();
    await chat.waitForBot(upTo(L('fr', 'common').welcome).slice(0, 40));
    await chat.waitForBot(p.ask.goal);
    await shot(v.page, 'fr-welcome');
    await chat.click(p.options.goal.retrain);
    await chat.waitForBot(p.ask.interest);
    await chat.say('apprendre à programmer en python');
    await chat.waitForBot(p.ask.qualification);
    await chat.click(p.options.qualification['4']);
    await chat.waitForBot(p.ask.digitalSkills);
    await chat.say('je me débrouille');
    await chat.waitForBot(p.ask.equipment);
    await chat.click(p.options.equipment['computer-and-internet']);
    await chat.waitForBot(p.ask.availability);
    await chat.say('dix heures par semaine');
    await chat.waitForBot(p.ask.region);
    await chat.click(p.options.region['BE-BRU']);
    await checkCards(v, 'fr-cards');

    await chat.say('je veux parler à un conseiller');
    await chat.waitForBot(upTo(L('fr', 'handoff').queued_other));
    const ticket = await ticketOf(v.session.conversationId!);
    await running.app.desk.claim(ticket, 'Marie');
    await chat.waitForBot(L('fr', 'handoff').advisorJoined.replace('{{name}}', 'Marie'));
    await running.app.desk.sendMessage(ticket, 'Marie', 'Bonjour, je regarde votre profil.');
    await chat.waitForBot('Bonjour, je regarde votre profil.');
    await chat.say('merci beaucoup');
    for (let i = 0; i < 50 && !(await running.app.desk.detail(ticket))!.transcript.some((e) => e.text === 'merci beaucoup'); i++) await v.page.waitForTimeout(100);
    expect((await running.app.desk.detail(ticket))!.transcript.map((e) => e.text)).to.include('merci beaucoup');
    await shot(v.page, 'fr-advisor');
    await expectCleanPage(v);
  });

  it('when a Spanish visitor answers mostly with the buttons, then the chat is in Spanish throughout and ends with cards and an advisor request', async () => {
    const { v, chat } = await open('/es/');
    const p = L('es', 'profile');
    expect(await v.page.locator('.ocw-launcher').innerText()).to.equal(L('es', 'webchat').widget.open);
    await chat.open();
    expect(await v.page.locator('.ocw-title').innerText()).to.equal(L('es', 'webchat').widget.title);
    await chat.waitForBot(p.ask.goal);
    await chat.click(p.options.goal['find-job']);
    await chat.waitForBot(p.ask.interest);
    await chat.click(topic('office', 'es'));
    await chat.waitForBot(p.ask.qualification);
    await chat.click(p.options.qualification['4']);
    await chat.waitForBot(p.ask.digitalSkills);
    await chat.say('a veces necesito ayuda');
    await chat.waitForBot(p.ask.equipment);
    await chat.click(p.options.equipment['smartphone-only']);
    await chat.waitForBot(p.ask.availability);
    await chat.click(p.options.availability['5']);
    await chat.waitForBot(p.ask.region);
    await chat.say('vivo en Paris');
    await checkCards(v, 'es-cards');
    await chat.say('quiero hablar con un asesor');
    await chat.waitForBot(upTo(L('es', 'handoff').queued_other));
    await shot(v.page, 'es-advisor');
    await expectCleanPage(v);
  });

  it('when the connection drops mid-conversation and a message arrives meanwhile, then the chat resumes with nothing lost or repeated', async () => {
    const { v, chat } = await open('/fr/');
    const p = L('fr', 'profile');
    await chat.open();
    await chat.waitForBot(p.ask.goal);
    await chat.click(p.options.goal['find-job']);
    await chat.waitForBot(p.ask.interest);
    await v.context.setOffline(true);
    for (const s of sockets.splice(0)) s.destroy();
    await running.app.webChat.deliver(v.session.conversationId!, [{ type: 'message', text: 'Message envoyé pendant la coupure.' }]);
    await v.page.waitForTimeout(1000);
    await shot(v.page, 'fr-offline');
    await v.context.setOffline(false);
    await chat.waitForBot('Message envoyé pendant la coupure.', 45000);
    await chat.say('la bureautique');
    await chat.waitForBot(p.ask.qualification);
    await v.page.waitForTimeout(500);
    const history = await (await fetch(`${running.url}/v3/directline/conversations/${v.session.conversationId}/activities`, { headers: { authorization: `Bearer ${v.session.token}` } })).json() as { activities: Array<{ text?: string }> };
    expect(await chat.count(), 'activities shown = activities stored').to.equal(history.activities.length);
    const shown = [...await chat.botTexts(), ...await chat.userTexts()].map((t) => t.replace(/\s+/g, ' ').trim());
    expect(shown.filter((t) => t === 'Message envoyé pendant la coupure.')).to.have.length(1);
    expect(shown.filter((t) => t === 'la bureautique')).to.have.length(1);
    await shot(v.page, 'fr-resumed');
    await expectCleanPage(v);
  });

  it('when the tab comes back after its token expired, then the widget resumes the same conversation with its history, instead of starting a new one', async () => {
    const { v, chat } = await open('/fr/');
    const p = L('fr', 'profile');
    await chat.open();
    await chat.waitForBot(p.ask.goal);
    await chat.click(p.options.goal['find-job']);
    await chat.waitForBot(p.ask.interest);
    const conversationId = v.session.conversationId!;
    // The tab was left for longer than the token lives: what it kept is an expired token (and its resume token).
    const secret = fs.readFileSync(path.join(running.dataDir, SECRET_FILE), 'utf8');
    const key = `orientation-chat:${running.url}`;
    const saved = JSON.parse((await v.page.evaluate((k) => sessionStorage.getItem(k), key))!) as { token: string; resume?: string };
    const user = JSON.parse(Buffer.from(saved.token.split('.')[1], 'base64url').toString()).user as string;
    const expired = new DirectLineTokens(secret, 60, () => Date.now() - 3600_000).issue(conversationId, user);
    await v.page.goto(`${running.url}/fr/`); // another page of the site; the chat opens only when asked
    await v.page.evaluate(([k, value]) => sessionStorage.setItem(k, value), [key, JSON.stringify({ ...saved, token: expired })]);
    await chat.open();
    await chat.waitForBot(p.ask.interest);
    expect(v.session.conversationId, 'the same conversation').to.equal(conversationId);
    expect((await chat.userTexts()).map((t) => t.trim())).to.include(p.options.goal['find-job']);
    await chat.say('la bureautique');
    await chat.waitForBot(p.ask.qualification);
    const welcomes = (await chat.botTexts()).filter((t) => normalise(t).includes(normalise(upTo(L('fr', 'common').welcome)).slice(0, 40)));
    expect(welcomes, 'one welcome, not a new conversation').to.have.length(1);
    await shot(v.page, 'fr-resumed-after-expiry');
    await expectCleanPage(v);
  });

  it('when a visitor uses only the keyboard, then they can open, answer by typing and by a button, close with Escape and come back', async () => {
    const { v, chat } = await open('/en/');
    const p = L('en', 'profile');
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await v.page.keyboard.press('Tab');
      reached = await v.page.evaluate(() => document.activeElement?.classList.contains('ocw-launcher') ?? false);
    }
    expect(reached, 'the launcher is reachable with Tab').to.equal(true);
    await v.page.keyboard.press('Enter');
    await chat.waitForBot(p.ask.goal);
    await v.page.waitForFunction(() => document.activeElement?.classList.contains('webchat__send-box-text-box__input'));
    await v.page.keyboard.type('I need to find a job');
    await v.page.keyboard.press('Enter');
    await chat.waitForBot(p.ask.interest);
    await v.page.keyboard.press('Shift+Tab');
    const label = (await v.page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
    // Web Chat's suggested actions keep a roving focus: Shift+Tab lands on one of the answer buttons (usually the
    // first, sometimes the last), and Enter sends that one.
    const interestLabels = ['digital-basics', 'office', 'web-development', 'programming', 'data', 'digital-marketing', 'design',
      'project-management', 'entrepreneurship', 'job-search', 'languages', 'basic-skills'].map((id) => topic(id, 'en'));
    expect(interestLabels).to.include(label);
    await shot(v.page, 'en-keyboard-focus');
    await v.page.keyboard.press('Enter');
    await chat.waitForBot(p.ask.qualification);
    await v.page.keyboard.press('Escape');
    expect(await v.page.locator('.ocw-panel').isHidden()).to.equal(true);
    expect(await v.page.evaluate(() => document.activeElement?.classList.contains('ocw-launcher'))).to.equal(true);
    expect(await v.page.locator('.ocw-launcher').getAttribute('aria-expanded')).to.equal('false');
    await v.page.keyboard.press('Enter');
    await v.page.waitForFunction(() => document.activeElement?.classList.contains('webchat__send-box-text-box__input'));
    expect((await chat.userTexts()).map((t) => t.trim())).to.deep.equal(['I need to find a job', label]);
    expect(await v.page.locator('.ocw-close').getAttribute('aria-label')).to.equal(L('en', 'webchat').widget.close);
    await expectCleanPage(v);
  });

  it('when an English visitor says everything at once and asks a question, then nothing said is asked again, the question is answered, and a summary comes before the cards', async () => {
    const { v, chat } = await open('/en/');
    await chat.open();
    await chat.waitForBot(L('en', 'profile').ask.goal);
    await chat.say("hi, I'd like to learn Excel to find an office job, I have A levels and a laptop with internet");
    await chat.waitForBot(L('en', 'profile').ask.digitalSkills);
    await chat.say('is it free?');
    await chat.waitForBot(L('en', 'common').answers.cost);
    for (const answer of ['I manage on my own', '5 hours a week', 'Brussels']) await chat.say(answer);
    await chat.waitForBot(upTo(L('en', 'recommend').summary));
    const texts = (await chat.botTexts()).map((t) => t.replace(/\s+/g, ' '));
    for (const asked of [L('en', 'profile').ask.interest, L('en', 'profile').ask.qualification, L('en', 'profile').ask.equipment]) {
      expect(texts.some((t) => t.includes(asked)), asked).to.equal(false);
    }
    await shot(v.page, 'widget-en-understanding');
    await expectCleanPage(v);
  });

  it('when the page is phone-sized (360×640), then the open chat fills the screen without sideways scrolling and works', async () => {
    const { v, chat } = await open('/de/', { width: 360, height: 640 });
    await shot(v.page, 'de-phone-closed');
    await chat.open();
    await chat.waitForBot(L('de', 'profile').ask.goal);
    const box = await v.page.locator('.ocw-panel').boundingBox();
    expect(box).to.deep.equal({ x: 0, y: 0, width: 360, height: 640 });
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(360);
    await chat.click(L('de', 'profile').options.goal['find-job']);
    await chat.waitForBot(L('de', 'profile').ask.interest);
    expect(await v.page.locator('.webchat__send-box-text-box__input').isVisible()).to.equal(true);
    await shot(v.page, 'de-phone-open');
    await expectCleanPage(v);
  });

  it('when an allowed agency site on another origin embeds the snippet, then the chat works there, in the page\'s language', async () => {
    const { v, chat } = await open('/', undefined, agencyOrigin);
    await chat.open();
    await chat.waitForBot(L('es', 'profile').ask.goal);
    await chat.click(L('es', 'profile').options.goal['find-job']);
    await chat.waitForBot(L('es', 'profile').ask.interest);
    expect(v.requests.filter((r) => r.includes('/v3/directline/'))).to.not.be.empty;
    expect(v.pageErrors).to.deep.equal([]);
    await shot(v.page, 'agency-site-es');
  });

  it('when a site that is not allowed embeds the snippet, then the chat says it is unavailable and no conversation starts', async () => {
    const other = agencyOrigin.replace('127.0.0.1', 'localhost');
    const { v, chat } = await open('/', undefined, other);
    await chat.open();
    await v.page.locator('.ocw-status').filter({ hasText: L('es', 'webchat').widget.unavailable }).waitFor();
    expect(v.requests).to.not.include('POST /v3/directline/conversations');
  });

  it('when the visitor picks another language in the widget, then its texts change and the bot goes on in that language', async () => {
    const { v, chat } = await open('/fr/');
    await chat.open();
    await chat.waitForBot(L('fr', 'profile').ask.goal);
    await v.page.locator('#ocw-lang').selectOption('es');
    expect(await v.page.locator('.ocw-title').innerText()).to.equal(L('es', 'webchat').widget.title);
    await chat.waitForBot(L('es', 'common').languageChanged);
    await chat.waitForBot(L('es', 'profile').ask.goal);
    await shot(v.page, 'fr-to-es');
    await expectCleanPage(v);
  });
});
