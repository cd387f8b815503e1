import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { startHarness, type Harness } from './helpers/webChatHarness';
import { escapeHtml, renderDemoPage } from '../../bot/webchat/demoPage';

const SECRET = 'page-test-secret-of-at-least-32-characters-x';

describe('Web chat pages (/, /<lang>/, /webchat/widget.js, Web Chat bundle)', () => {
  let h: Harness;
  before(async () => { h = await startHarness({ WEBCHAT_TOKEN_SECRET: SECRET }); });
  after(async () => { await h.stop(); });

  for (const [route, lang, title] of [['/', 'fr', 'Maison de l'], ['/?lang=es', 'es', 'Casa del Empleo'], ['/es/', 'es', 'Casa del Empleo'],
    ['/de', 'de', 'Haus der Arbeit'], ['/en/', 'en', 'Employment House'], ['/nl/', 'nl', 'Huis van het Werk'], ['/?lang=lb', 'lb', 'Haus vun der Aarbecht']] as const) {
    it(`when ${route} is opened, then the demo page is in ${lang}, with the widget script and a CSP without inline script`, async () => {
      const res = await fetch(`${h.url}${route}`, { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
      const html = await res.text();
      expect(res.status).to.equal(200);
      expect(html).to.contain(`<html lang="${lang}">`).and.contain(title);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).to.contain("script-src 'self';").and.contain("frame-ancestors 'none'").and.contain("object-src 'none'");
      expect(csp).to.not.contain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      expect(html).to.contain(`<script src="/webchat/widget.js" data-lang="${lang}" nonce="${nonce}" async></script>`);
      expect(html.match(/<script/g)).to.have.length(1); // the widget, nothing inline
      expect(html).to.not.match(/ style=|<style/);
    });
  }

  it('when the page is requested twice, then each response has its own nonce', async () => {
    const nonces = await Promise.all([1, 2].map(async () => /'nonce-([^']+)'/.exec((await fetch(`${h.url}/fr/`)).headers.get('content-security-policy')!)![1]));
    expect(nonces[0]).to.not.equal(nonces[1]);
  });

  it('when widget.js is served, then it carries the six languages, the bundle URL and its CSS, short-cached, and no secret', async () => {
    const res = await fetch(`${h.url}/webchat/widget.js`);
    const js = await res.text();
    expect(res.headers.get('content-type')).to.match(/javascript/);
    expect(res.headers.get('cache-control')).to.equal('public, max-age=300');
    expect(js).to.not.contain('/*SETTINGS*/null');
    const settings = JSON.parse(/var SETTINGS = (\{.*\});/.exec(js)![1]);
    expect(settings.languages).to.have.members(['fr', 'en', 'es', 'de', 'nl', 'lb']);
    expect([settings.texts.nl.widget.open, settings.texts.lb.widget.open]).to.deep.equal(['Chat met de assistent', 'Mam Assistent chatten']);
    expect(settings.vendorPath).to.equal('/webchat/vendor/webchat-4.18.1.js');
    expect(settings.texts.es.widget.open).to.equal('Hablar con el asistente');
    expect(settings.css).to.contain('.ocw-launcher');
    expect(js).to.not.contain(SECRET);
    expect(js).to.not.match(/document\.cookie|localStorage/);
  });

  it('when the Web Chat bundle is requested, then it is served from node_modules, compressed, cached for a year, and 304 on revalidation', async () => {
    const first = await fetch(`${h.url}/webchat/vendor/webchat-4.18.1.js`);
    const body = Buffer.from(await first.arrayBuffer());
    expect(first.status).to.equal(200);
    expect(first.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
    expect(body.toString('utf8', 0, 2000)).to.match(/webchat|WebChat|function/);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${h.url}/webchat/vendor/webchat-4.18.1.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).to.equal(304);
    for (let i = 0; i < 100 && !(await fetch(`${h.url}/webchat/vendor/webchat-4.18.1.js`, { method: 'HEAD', headers: { 'accept-encoding': 'br' } })).headers.get('content-encoding'); i++) {
      await new Promise((r) => setTimeout(r, 100)); // compression runs in the background after start-up
    }
    const br = await fetch(`${h.url}/webchat/vendor/webchat-4.18.1.js`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).to.equal('br');
    expect(Number(br.headers.get('content-length'))).to.be.below(body.length / 3);
  });

  it('when a text holds markup, then the page shows it as text', () => {
    const template = fs.readFileSync(path.resolve(__dirname, '../../bot/webchat/public/demo.html'), 'utf8');
    const texts = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../locales/fr/webchat.json'), 'utf8'));
    texts.page.heroTitle = '<img src=x onerror=alert(1)>';
    const html = renderDemoPage(template, { lang: 'fr', texts, nonce: 'n', widgetUrl: 'http://x/webchat/widget.js', languageNames: [['fr', '"><script>']] });
    expect(html).to.contain(escapeHtml('<img src=x onerror=alert(1)>')).and.not.contain('<img src=x').and.not.contain('"><script>');
    expect(html).to.not.match(/\{\{[\w.]+\}\}/);
  });
});
