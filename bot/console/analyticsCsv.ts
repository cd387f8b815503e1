import type { PublicFigures } from '../domain/analytics/figures';

type Cell = string | number | null | undefined;

/** A CSV cell: quoted when needed, and a leading `=`, `+`, `-`, `@` neutralised so no spreadsheet reads a formula. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The analytics figures as CSV (CONTRACT.md §4 `analytics.csv`): one figure per line, `section,key,group,metric,value`,
 * in the order of the JSON answer; a hidden count (under 5) is an empty value, as `null` is in the JSON.
 */
export function analyticsCsv(f: PublicFigures): string {
  const rows: Cell[][] = [['section', 'key', 'group', 'metric', 'value'], ['period', 'from', '', 'date', f.period.from], ['period', 'to', '', 'date', f.period.to]];
  for (const key of ['conversations', 'profileComplete', 'recommended', 'linksOpened'] as const) rows.push(['total', key, '', 'count', f[key]]);
  for (const [key, value] of Object.entries(f.handoffs)) rows.push(['handoffs', key, '', 'count', value]);
  for (const [key, wait] of Object.entries(f.waits)) {
    rows.push(['waits', key, '', 'count', wait.count], ['waits', key, '', 'averageSeconds', wait.averageSeconds], ['waits', key, '', 'maxSeconds', wait.maxSeconds]);
  }
  const metrics = ['asked', 'answered', 'skipped', 'misunderstood'] as const;
  for (const q of f.questions) for (const m of metrics) rows.push(['question', q.slot, '', m, q[m]]);
  for (const q of f.questionsByLanguage) for (const m of metrics) rows.push(['question', q.slot, q.language, m, q[m]]);
  for (const i of f.items) rows.push(['item', i.id, '', 'shown', i.shown], ['item', i.id, '', 'opened', i.opened]);
  for (const i of f.itemsByRegion) rows.push(['item', i.id, i.region, 'shown', i.shown], ['item', i.id, i.region, 'opened', i.opened]);
  for (const u of f.unmetFields) rows.push(['unmetField', u.field, '', 'count', u.count]);
  for (const u of f.unmetTopics) rows.push(['unmetTopic', u.topic, '', 'count', u.count]);
  for (const [lang, n] of Object.entries(f.languages)) rows.push(['language', lang, '', 'conversations', n]);
  for (const [channel, n] of Object.entries(f.channels)) rows.push(['channel', channel, '', 'conversations', n]);
  for (const d of f.days) {
    for (const [lang, n] of Object.entries(d.languages)) rows.push(['dayLanguage', d.day, lang, 'conversations', n]);
    for (const [channel, n] of Object.entries(d.channels)) rows.push(['dayChannel', d.day, channel, 'conversations', n]);
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
