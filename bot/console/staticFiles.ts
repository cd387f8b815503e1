import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler, Server } from 'restify';
import { errorBody } from '../http/errors';
import { sendJson, setSecurityHeaders } from './responses';

interface Asset { type: string; body: Buffer; etag: string }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml', '.json': 'application/json; charset=utf-8',
};
const ASSET_NAME = /^[a-z0-9-]+\.(css|js|svg)$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

function asset(name: string, body: Buffer): Asset {
  return { type: TYPES[path.extname(name)], body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** `bot/console/public`, found from the sources (ts-node) or from `dist/bot/console` (compiled, not copied). */
export function publicDir(): string {
  const candidates = [path.join(__dirname, 'public'), path.resolve(__dirname, '../../../bot/console/public')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new Error(`console: no public/index.html in ${candidates.join(' or ')}`);
  return found;
}

/**
 * The console's page, its assets and its texts, from an allow-list built once at start: the files of
 * `public/` whose names are plain (`app.js`, `console.css`), and one `<lng>.json` per language folder of
 * `locales/` that has a `console.json` (plus `languages.json`, their names from `common.json`). A request
 * names a key of that list or gets 404: no path is ever built from the URL, so no traversal is possible.
 */
export function staticFiles(server: Server, dirs: { publicDir: string; localesDir: string }): void {
  const assets = new Map<string, Asset>();
  for (const name of fs.readdirSync(dirs.publicDir).filter((n) => ASSET_NAME.test(n))) {
    assets.set(`/console/static/${name}`, asset(name, fs.readFileSync(path.join(dirs.publicDir, name))));
  }
  const page = asset('index.html', fs.readFileSync(path.join(dirs.publicDir, 'index.html')));
  const analyticsPage = asset('analytics.html', fs.readFileSync(path.join(dirs.publicDir, 'analytics.html')));
  // Chart.js, pinned in package.json, served from the bot like every other asset (no CDN, CSP 'self')
  assets.set('/console/static/chart.umd.min.js', asset('chart.js', fs.readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'))));
  const languages: Array<{ code: string; name: string }> = [];
  for (const lng of fs.readdirSync(dirs.localesDir).filter((l) => LANGUAGE.test(l)).sort()) {
    const file = path.join(dirs.localesDir, lng, 'console.json');
    if (!fs.existsSync(file)) continue;
    const texts = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    const common = readJson(path.join(dirs.localesDir, lng, 'common.json')) as { language?: { name?: string } } | undefined;
    languages.push({ code: lng, name: common?.language?.name ?? lng });
    assets.set(`/console/locales/${lng}.json`, asset('x.json', Buffer.from(JSON.stringify(texts))));
  }
  assets.set('/console/locales/languages.json', asset('x.json', Buffer.from(JSON.stringify(languages))));

  const serve = (pick: (url: string) => Asset | undefined): RequestHandler => function consoleStatic(req, res, next) {
    const found = pick(new URL(req.url ?? '', 'http://console.invalid').pathname);
    if (!found) {
      sendJson(res, 404, errorBody('not_found', 'There is nothing here.'));
      return next();
    }
    setSecurityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', found.etag);
    if (req.headers['if-none-match'] === found.etag) {
      res.writeHead(304);
      res.end();
      return next();
    }
    res.writeHead(200, { 'Content-Type': found.type, 'Content-Length': found.body.length });
    res.end(req.method === 'HEAD' ? undefined : found.body);
    return next();
  };
  const pageHandler = serve(() => page);
  const analyticsHandler = serve(() => analyticsPage);
  for (const p of ['/console/analytics', '/console/analytics/']) { server.get(p, analyticsHandler); server.head(p, analyticsHandler); }
  const assetHandler = serve((url) => assets.get(url));
  for (const p of ['/console', '/console/']) { server.get(p, pageHandler); server.head(p, pageHandler); }
  for (const p of ['/console/static/:file', '/console/locales/:file']) { server.get(p, assetHandler); server.head(p, assetHandler); }
}

function readJson(file: string): unknown {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return undefined; }
}
