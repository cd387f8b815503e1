import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser); playwright-core drives it. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = path.resolve(__dirname, '../../test-artifacts/screenshots');

/**
 * Skips the calling suite when Chromium is not installed, except in CI (`CI` set), where a missing browser
 * is a failure: browser tests must not silently stop running there.
 */
export function requireChromium(ctx: Mocha.Context): void {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  ctx.skip();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** What a page did that a safe console never does. */
export interface PageWatch { dialogs: string[]; foreignRequests: string[]; cspViolations: string[]; pageErrors: string[] }

/**
 * A page on `origin` that records dialogs (and dismisses them), requests to any other origin (and blocks them),
 * Content-Security-Policy violations (from the DOM event and from the console) and uncaught errors.
 */
export async function watchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; watch: PageWatch }> {
  const watch: PageWatch = { dialogs: [], foreignRequests: [], cspViolations: [], pageErrors: [] };
  await context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    watch.foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => { watch.dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on('console', (msg) => { if (/Content Security Policy|Trusted Type/i.test(msg.text())) watch.cspViolations.push(msg.text()); });
  page.on('pageerror', (err) => watch.pageErrors.push(err.message));
  return { page, watch };
}

/** CSP violations the page itself saw (securitypolicyviolation events). */
export async function domCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `console-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the form, as an advisor would (keyboard: Enter submits). */
export async function signInThroughPage(page: Page, url: string, name: string, password: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.locator('#username').fill(name);
  await page.locator('#password').fill(password);
  await page.locator('#password').press('Enter');
  await page.locator('#desk-view').waitFor({ state: 'visible' });
}
