import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';
import { domCspViolations, launchChromium, requireChromium, screenshot, signInThroughPage, watchedPage } from '../helpers/consoleBrowser';
import { XSS_PAYLOADS } from './xssPayloads';

/**
 * R17: user text is shown as text, never as HTML. Every payload goes wherever a user's words (or other
 * untrusted strings) reach the page: transcript, callback time, profile fields, recommendation titles and
 * reasons, notes, the live stream and the queue. The page is then checked in real Chromium.
 */
describe('console in a browser: script injection in user text', function () {
  this.timeout(90_000); // child processes, a real browser or the whole app: slower than unit tests
  let browser: Browser;
  let s: ConsoleServer;

  before(async function () {
    requireChromium(this);
    browser = await launchChromium();
    s = await startConsoleServer({ timings: { heartbeatMs: 1000 } });
    await s.addAdvisor('camille');
  });
  after(async () => {
    await browser?.close();
    await s?.stop();
  });

  it('when every payload is stored as user messages and shown, then nothing runs, loads or links elsewhere, and the text reads as typed', async () => {
    const evil = XSS_PAYLOADS[0];
    const ticket = s.backend.request({
      language: evil,
      profile: { goal: evil, interest: XSS_PAYLOADS[1], region: XSS_PAYLOADS[4], hoursPerWeek: XSS_PAYLOADS[5] } as never,
      recommendations: [{ id: 'r1', kind: XSS_PAYLOADS[3], title: XSS_PAYLOADS[7], reasons: [XSS_PAYLOADS[12], '__proto__'] }],
      callback: { phone: XSS_PAYLOADS[2], preferredTime: XSS_PAYLOADS[8] },
    });
    s.backend.tickets.get(ticket.id)!.state = 'queued'; // show it as a live conversation with a callback box too
    for (const payload of XSS_PAYLOADS) s.backend.userSays(ticket.id, payload);
    for (const payload of XSS_PAYLOADS.slice(0, 6)) await s.backend.addNote(ticket.id, 'camille', payload);

    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    const { page, watch } = await watchedPage(context, s.url);
    try {
      await signInThroughPage(page, s.url, 'camille', 'camille-password-1');
      await page.locator('[data-list="queued"] button.open').first().click();
      await page.locator('#transcript li').nth(XSS_PAYLOADS.length - 1).waitFor({ timeout: 10_000 });
      for (const payload of XSS_PAYLOADS.slice(-6)) s.backend.userSays(ticket.id, payload); // and live, through SSE
      await page.locator('#transcript li').nth(XSS_PAYLOADS.length + 5).waitFor({ timeout: 10_000 });
      await page.locator('#transcript li').last().hover();
      await page.waitForTimeout(300);
      await screenshot(page, 'xss');

      expect(watch.dialogs, 'dialogs').to.deep.equal([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'window.__pwned').to.equal(undefined);
      expect(watch.cspViolations.concat(await domCspViolations(page)), 'CSP violations').to.deep.equal([]);
      expect(watch.foreignRequests, 'requests to other origins').to.deep.equal([]);
      expect(watch.pageErrors, 'page errors').to.deep.equal([]);

      const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs.filter((h) => h !== '#queue')) expect(href, 'link scheme').to.match(/^https?:\/\//);
      expect(hrefs).to.include('https://www.example.org/path');
      const injected = await page.$$eval('#main img, #main svg, #main iframe, #main object, #main embed, #main script, #main style, #main base, '
        + '#main meta, #main link, #main form:not(#signin-form):not(#note-form):not(#reply-form), #main math, #main details, #main input:not(#username):not(#password)',
      (nodes) => nodes.map((n) => n.outerHTML.slice(0, 80)));
      expect(injected, 'elements created from user text').to.deep.equal([]);

      const shown = await page.$$eval('#transcript li .text', (nodes) => nodes.map((n) => n.textContent ?? ''));
      const expected = XSS_PAYLOADS.map((p) => p.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD'));
      expect(shown.slice(0, XSS_PAYLOADS.length)).to.deep.equal(expected);
      expect(shown.join('')).to.not.match(/[\u202A-\u202E\u2066-\u2069]/);
      expect(await page.locator('#callback').innerText()).to.contain(XSS_PAYLOADS[8]);
      expect(await page.locator('#recommendations').innerText()).to.contain(XSS_PAYLOADS[7]);
      expect(await page.locator('#notes').innerText()).to.contain(XSS_PAYLOADS[0]);
    } catch (err) {
      (err as Error).message += `\nwhat the page did: ${JSON.stringify(watch, null, 1)}`;
      throw err;
    } finally {
      await context.close();
    }
  });
});
