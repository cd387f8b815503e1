import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Period } from '../domain/analytics/eventLog';
import { publicFigures, type RawFigures } from '../domain/analytics/figures';
import type { AdvisorAccounts } from './advisorAccounts';
import { analyticsCsv } from './analyticsCsv';
import type { ConsoleAuth } from './consoleAuth';
import { HttpError } from './httpErrors';
import { sendJson, setSecurityHeaders } from './responses';
import { route } from './routeKit';

export interface AnalyticsRouteDeps {
  auth: ConsoleAuth;
  accounts: AdvisorAccounts;
  /** The event log's SQL aggregation of a period. */
  figures: (period: Period) => Promise<RawFigures>;
  logger: Logger;
  now: () => Date;
}

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest period asked at once: ten years (retention is at most 120 months). */
const MAX_DAYS = 3660;
const DEFAULT_DAYS = 30;

function parseDate(raw: string | null, name: string): number | undefined {
  if (raw === null || raw === '') return undefined;
  const ms = DATE.test(raw) ? Date.parse(`${raw}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== raw) throw new HttpError(400, 'bad_date', `"${name}" must be a date, YYYY-MM-DD.`);
  return ms;
}

/** `from` and `to` (both days included, UTC); by default the last 30 days up to today. */
export function periodOf(url: string, now: Date): { period: Period; from: string; to: string } {
  const params = new URL(url, 'http://console.invalid').searchParams;
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const to = parseDate(params.get('to'), 'to') ?? today;
  const from = parseDate(params.get('from'), 'from') ?? to - (DEFAULT_DAYS - 1) * DAY;
  if (from > to) throw new HttpError(400, 'bad_period', '"from" must not be after "to".');
  if ((to - from) / DAY + 1 > MAX_DAYS) throw new HttpError(400, 'bad_period', `A period is at most ${MAX_DAYS} days.`);
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  return { period: { from: new Date(from), to: new Date(to + DAY) }, from: day(from), to: day(to) };
}

/**
 * `GET /console/api/analytics` and `.csv` (CONTRACT.md §4): the agency's figures for a period, for manager accounts
 * only (403 for advisors). Counts under 5 are `null` (empty in the CSV). Nothing here is personal: the figures
 * are SQL counts over events that hold no text, phone or user id.
 */
export function analyticsRoutes(server: Server, d: AnalyticsRouteDeps): void {
  const figuresFor = async (req: Parameters<Parameters<typeof route>[1]>[0], res: Parameters<Parameters<typeof route>[1]>[1]) => {
    const me = await d.auth.require(req, res, { changes: false });
    if ((await d.accounts.roleOf(me.advisor)) !== 'manager') {
      throw new HttpError(403, 'forbidden', 'Only manager accounts see the analytics.');
    }
    const { period, from, to } = periodOf(req.url ?? '', d.now());
    const started = Date.now();
    const figures = publicFigures(await d.figures(period), { from, to });
    d.logger.info({ event: 'console.analytics', advisor: me.advisor, days: (period.to.getTime() - period.from.getTime()) / DAY, ms: Date.now() - started }, 'analytics read');
    return { figures, from, to };
  };

  server.get('/console/api/analytics', route(d.logger, async (req, res) => {
    sendJson(res, 200, (await figuresFor(req, res)).figures);
  }));

  server.get('/console/api/analytics.csv', route(d.logger, async (req, res) => {
    const { figures, from, to } = await figuresFor(req, res);
    const body = analyticsCsv(figures);
    setSecurityHeaders(res);
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="analytics-${from}-${to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  }));
}
