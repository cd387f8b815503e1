import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { demoPageCsp, renderDemoPage } from './demoPage';
import { StaticAsset } from './staticAsset';
import { pickLanguage, type WebChatTexts } from './webChatTexts';

export interface PageRouteDeps {
  texts: Map<string, WebChatTexts>;
  /** Supported languages, the default first. */
  languages: string[];
  /** `http(s)://…` of this server as visitors reach it (the embed snippet), and its `ws(s)://…` origins (the CSP). */
  publicBase: () => string;
  streamOrigins: () => string[];
}

/** `bot/webchat/public`, also when running the compiled `dist/bot/webchat/` (tsc copies no assets). */
const PUBLIC = [path.join(__dirname, 'public'), path.resolve(__dirname, '../../../bot/webchat/public')].find((d) => fs.existsSync(d))
  ?? path.join(__dirname, 'public');
let vendor: { path: string; asset: StaticAsset } | undefined;

/**
 * Web Chat's own full bundle (`dist/webchat.js`: it renders hero cards through Adaptive Cards, which the
 * minimal bundle lacks), served from node_modules under a URL carrying its version, cached for a year.
 * Built once per process and shared, since it is the same file for every app instance (tests build many).
 */
export function webChatBundle(): { path: string; asset: StaticAsset } {
  if (!vendor) {
    const root = path.resolve(path.dirname(require.resolve('botframework-webchat')), '..');
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const asset = new StaticAsset(fs.readFileSync(path.join(root, 'dist', 'webchat.js')), 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable');
    vendor = { path: `/webchat/vendor/webchat-${version}.js`, asset };
    void asset.compress();
  }
  return vendor;
}

/**
 * The demo agency page (`/`, `/?lang=es`, `/es/`), the widget script an agency embeds (`/webchat/widget.js`),
 * and the files they need. The widget script carries its texts, its CSS and the bundle's URL, so showing the
 * launcher costs no request beyond the script itself.
 */
export function mountPageRoutes(server: Server, deps: PageRouteDeps): void {
  const bundle = webChatBundle();
  const template = fs.readFileSync(path.join(PUBLIC, 'demo.html'), 'utf8');
  const settings = {
    languages: deps.languages, vendorPath: bundle.path, css: fs.readFileSync(path.join(PUBLIC, 'widget.css'), 'utf8'),
    texts: Object.fromEntries(deps.languages.map((l) => [l, { languageName: deps.texts.get(l)!.languageName, widget: deps.texts.get(l)!.widget }])),
  };
  const widgetSource = fs.readFileSync(path.join(PUBLIC, 'widget.js'), 'utf8').replace('/*SETTINGS*/null', () => JSON.stringify(settings).replace(/</g, '\\u003c'));
  // Short cache: agencies' pages pick up a new version of the widget within minutes.
  const widget = new StaticAsset(Buffer.from(widgetSource), 'text/javascript; charset=utf-8', 'public, max-age=300');
  const css = new StaticAsset(fs.readFileSync(path.join(PUBLIC, 'demo.css')), 'text/css; charset=utf-8', 'public, max-age=300');
  void widget.compress();

  const serve = (asset: StaticAsset) => (req: Request, res: Response, next: (err?: false) => void) => { asset.serve(req, res); next(false); };
  for (const method of ['get', 'head'] as const) {
    server[method]('/webchat/widget.js', serve(widget));
    server[method]('/webchat/demo.css', serve(css));
    server[method](bundle.path, serve(bundle.asset));
  }

  const page = (fixedLang?: string) => (req: Request, res: Response, next: (err?: false) => void) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') ?? undefined;
    const lang = fixedLang ?? pickLanguage([query, req.headers['accept-language'] as string | undefined], deps.languages, deps.languages[0]);
    const nonce = randomBytes(16).toString('base64');
    const html = renderDemoPage(template, {
      lang, texts: deps.texts.get(lang)!, nonce, widgetUrl: `${deps.publicBase()}/webchat/widget.js`,
      languageNames: deps.languages.map((l) => [l, deps.texts.get(l)!.languageName]),
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': demoPageCsp(nonce, deps.streamOrigins()),
      'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()', Vary: 'Accept-Language',
    });
    res.end(html);
    next(false);
  };
  server.get('/', page());
  for (const lng of deps.languages) {
    server.get(`/${lng}`, page(lng));
    server.get(`/${lng}/`, page(lng));
  }
}
