import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SCREENSHOTS } from '../../helpers/consoleBrowser';

export { requireChromium, launchChromium } from '../../helpers/consoleBrowser';

/** What a visitor's browser did: every request, CSP violations, uncaught errors, and the chat's token answer. */
export interface Visit {
  page: Page;
  context: BrowserContext;
  requests: string[];
  external: string[];
  cspViolations: string[];
  pageErrors: string[];
  /** Filled when the widget got its token: the conversation and its token, to compare with the server. */
  session: { conversationId?: string; token?: string };
}

/**
 * A fresh browser context (no cookie, no storage) on the bot's origin (and `otherOrigins`, such as an agency's
 * site on this machine). Requests to any other origin never reach the network: course pages opened from cards get a stub page (so "the link opens" can be checked), everything
 * else is aborted and recorded.
 */
export async function visit(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }, otherOrigins: string[] = []): Promise<Visit> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  const v: Visit = { page: undefined as unknown as Page, context, requests: [], external: [], cspViolations: [], pageErrors: [], session: {} };
  await context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = request.url();
    v.requests.push(`${request.method()} ${url.replace(origin, '')}`);
    if ([origin, ...otherOrigins].some((o) => url.startsWith(`${o}/`))) return route.continue();
    v.external.push(url);
    if (request.isNavigationRequest() && /^https?:/.test(url)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>course</title>course page' });
    return route.abort();
  });
  v.page = await context.newPage();
  v.page.on('pageerror', (err) => v.pageErrors.push(err.message));
  v.page.on('console', (msg) => { if (/Content Security Policy/i.test(msg.text())) v.cspViolations.push(msg.text()); });
  v.page.on('response', async (res) => {
    if (res.url().endsWith('/api/directline/token') && res.ok()) Object.assign(v.session, await res.json());
  });
  return v;
}

export async function cspViolations(v: Visit): Promise<string[]> {
  return [...v.cspViolations, ...await v.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)];
}

/**
 * A screenshot kept as evidence under test-artifacts. It is no assertion: on a loaded machine Chromium may take longer
 * than the timeout to paint one (a fresh-clone CI run failed so, the chat itself having passed every check), so a
 * screenshot that fails is tried once more, then reported on stderr and skipped ('' returned).
 */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `webchat-${name}.png`);
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await page.screenshot({ path: file });
      return file;
    } catch (error) {
      if (attempt === 2) process.stderr.write(`screenshot ${name} skipped: ${(error as Error).message.split('\n')[0]}\n`);
    }
  }
  return '';
}

/** The chat as a visitor sees it: bubbles, buttons, the send box. */
export class ChatPanel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('.ocw-launcher').click();
    await this.page.locator('.ocw-panel').waitFor({ state: 'visible' });
  }

  /** Texts of the bot's bubbles, in order. */
  botTexts(): Promise<string[]> {
    return this.page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').allInnerTexts();
  }

  userTexts(): Promise<string[]> {
    return this.page.locator('.webchat__bubble--from-user .webchat__bubble__content').allInnerTexts();
  }

  /** Waits until a bot bubble contains `text` (normalised: Web Chat turns ' into ’ and adds line breaks). */
  async waitForBot(text: string, timeout = 20000): Promise<void> {
    const wanted = normalise(text);
    await this.page.waitForFunction((w) => Array.from(document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content'))
      .some((b) => (b as HTMLElement).innerText.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').includes(w)), wanted, { timeout });
  }

  async say(text: string): Promise<void> {
    const input = this.page.locator('.webchat__send-box-text-box__input');
    await input.fill(text);
    await input.press('Enter');
    await this.page.locator('.webchat__bubble--from-user').filter({ hasText: text }).last().waitFor();
  }

  /** Clicks a suggested action (the toolbar under the last question). */
  async click(label: string): Promise<void> {
    await this.page.getByRole('toolbar').getByRole('button', { name: label, exact: true }).click();
    await this.page.locator('.webchat__bubble--from-user').filter({ hasText: label }).last().waitFor();
  }

  /** Number of activities shown in the transcript. */
  count(): Promise<number> {
    return this.page.locator('.webchat__basic-transcript__activity').count();
  }
}

export function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
