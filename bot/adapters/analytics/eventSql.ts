import type { AnalyticsEvent, EventKind } from '../../domain/analytics/analyticsEvent';
import type { RawFigures, WaitFigures } from '../../domain/analytics/figures';

/** The events table's columns, in insert order. */
export const COLUMNS = ['at', 'day', 'kind', 'conv', 'channel', 'lang', 'region', 'slot', 'item', 'item_kind', 'fields', 'match', 'field', 'topic', 'reason', 'value'] as const;

export function rowOf(e: AnalyticsEvent): Array<string | number | null> {
  return [e.at, Math.floor(e.at / 86_400_000), e.kind, e.conversation ?? null, e.channel ?? null, e.language ?? null, e.region ?? null, e.slot ?? null, e.item ?? null,
    e.itemKind ?? null, e.fields && e.fields.length > 0 ? e.fields.join(',') : null, e.match ?? null, e.field ?? null, e.topic ?? null,
    e.reason ?? null, e.value ?? null];
}

/**
 * The SQL both engines share (SQLite and PostgreSQL read it alike), with `$from` and `$to` as the period's bounds
 * in milliseconds; the PostgreSQL adapter numbers them. Each query reads one kind (or a few) through the
 * `(kind, at)` index, or the covering `(kind, slot, lang, at)` one, so a period is summed without a table scan.
 */
export function eventQueries(table: string, idColumn = 'id INTEGER PRIMARY KEY') {
  const t = table;
  const range = 'at >= $from AND at < $to';
  // one kind at a time: the index is then read in the GROUP BY's order, so no sort is needed
  const perKind = (kinds: string[], columns: string): string => kinds
    .map((k) => `SELECT '${k}' AS kind, ${columns}, COUNT(*) AS n FROM ${t} WHERE kind = '${k}' AND ${range} GROUP BY ${columns}`).join(' UNION ALL ');
  const counted = ['profile.complete', 'conversation.recommended', 'link.opened',
    ...Object.keys(HANDOFF_KINDS)].map((k) => `'${k}'`).join(', ');
  return {
    create: [
      `CREATE TABLE IF NOT EXISTS ${t} (${idColumn}, at BIGINT NOT NULL, day INTEGER NOT NULL, kind TEXT NOT NULL, conv TEXT, channel TEXT, lang TEXT,
        region TEXT, slot TEXT, item TEXT, item_kind TEXT, fields TEXT, match TEXT, field TEXT, topic TEXT, reason TEXT, value DOUBLE PRECISION)`,
      `CREATE INDEX IF NOT EXISTS ${t}_at ON ${t} (at)`,
      `CREATE INDEX IF NOT EXISTS ${t}_conv ON ${t} (conv)`,
      // one covering index per figure: each query reads its kinds' index entries only, never the table
      `CREATE INDEX IF NOT EXISTS ${t}_kind_at ON ${t} (kind, at)`,
      `CREATE INDEX IF NOT EXISTS ${t}_questions ON ${t} (kind, slot, lang, at)`,
      `CREATE INDEX IF NOT EXISTS ${t}_days ON ${t} (kind, day, lang, channel, at)`,
      `CREATE INDEX IF NOT EXISTS ${t}_items ON ${t} (kind, item, region, at)`,
    ],
    eraseConversation: `DELETE FROM ${t} WHERE conv = $conv`,
    purgeBefore: `DELETE FROM ${t} WHERE at < $cutoff`,
    counts: `SELECT kind, COUNT(*) AS n FROM ${t} WHERE kind IN (${counted}) AND ${range} GROUP BY kind`,
    questions: perKind(['question.asked', 'question.answered', 'question.skipped', 'question.misunderstood'], 'slot, lang'),
    items: perKind(['item.shown', 'link.opened'], 'item, region'),
    unmet: `SELECT kind, field, topic, COUNT(*) AS n FROM ${t} WHERE kind IN ('field.unmet', 'topic.unmet') AND ${range} GROUP BY kind, field, topic`,
    waits: `SELECT kind, COUNT(value) AS n, AVG(value) AS average, MAX(value) AS max FROM ${t}
      WHERE kind IN ('handoff.claimed', 'handoff.expired', 'callback.done') AND ${range} GROUP BY kind`,
    days: `SELECT day, lang, channel, COUNT(*) AS n FROM ${t} WHERE kind = 'conversation.started' AND ${range} GROUP BY day, lang, channel`,
  };
}

/** The queries whose rows make the figures, by name. */
export const FIGURE_QUERIES = ['counts', 'questions', 'items', 'unmet', 'waits', 'days'] as const;
export type FigureRows = Record<(typeof FIGURE_QUERIES)[number], Row[]>;

export type EventQueries = ReturnType<typeof eventQueries>;
type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v ?? 0);
const str = (v: unknown): string => (v === null || v === undefined ? 'unknown' : String(v));

const HANDOFF_KINDS: Record<string, keyof RawFigures['handoffs']> = {
  'handoff.requested': 'requested', 'handoff.queued': 'queued', 'handoff.claimed': 'claimed', 'handoff.resolved': 'resolved',
  'handoff.expired': 'expired', 'handoff.cancelled': 'cancelled', 'callback.requested': 'callbacks', 'callback.done': 'callbacksDone',
};
const QUESTION_KINDS: Partial<Record<EventKind, 'asked' | 'answered' | 'skipped' | 'misunderstood'>> = {
  'question.asked': 'asked', 'question.answered': 'answered', 'question.skipped': 'skipped', 'question.misunderstood': 'misunderstood',
};
/** Items listed: the most shown (then opened) ones. */
const TOP_ITEMS = 30;

/** The rows of {@link eventQueries}, whichever engine answered them, as {@link RawFigures}. */
export function figuresOf(rows: FigureRows): RawFigures {
  const f: RawFigures = {
    conversations: 0, profileComplete: 0, recommended: 0, linksOpened: 0,
    handoffs: { requested: 0, queued: 0, claimed: 0, resolved: 0, expired: 0, cancelled: 0, callbacks: 0, callbacksDone: 0 },
    waits: { claimed: noWait(), expired: noWait(), callbacks: noWait() },
    questions: [], questionsByLanguage: [], items: [], itemsByRegion: [], unmetFields: [], unmetTopics: [], languages: {}, channels: {}, days: [],
  };
  const questions = new Map<string, RawFigures['questions'][number]>();
  const byLanguage = new Map<string, RawFigures['questionsByLanguage'][number]>();
  for (const r of rows.counts) {
    const kind = String(r.kind) as EventKind;
    const n = num(r.n);
    if (kind === 'profile.complete') f.profileComplete = n;
    if (kind === 'conversation.recommended') f.recommended = n;
    if (kind === 'link.opened') f.linksOpened = n;
    if (HANDOFF_KINDS[kind]) f.handoffs[HANDOFF_KINDS[kind]] = n;
  }
  // languages and channels of the period: the sums of its days
  for (const r of rows.days) {
    f.conversations += num(r.n);
    f.languages[str(r.lang)] = (f.languages[str(r.lang)] ?? 0) + num(r.n);
    f.channels[str(r.channel)] = (f.channels[str(r.channel)] ?? 0) + num(r.n);
  }
  for (const r of rows.questions) {
    const metric = QUESTION_KINDS[String(r.kind) as EventKind];
    if (!metric || !r.slot) continue;
    const n = num(r.n);
    const slot = String(r.slot);
    const q = questions.get(slot) ?? { slot, asked: 0, answered: 0, skipped: 0, misunderstood: 0 };
    q[metric] += n;
    questions.set(slot, q);
    const key = `${slot}|${str(r.lang)}`;
    const ql = byLanguage.get(key) ?? { slot, language: str(r.lang), asked: 0, answered: 0, skipped: 0, misunderstood: 0 };
    ql[metric] += n;
    byLanguage.set(key, ql);
  }
  f.questions = [...questions.values()].sort((a, b) => b.asked - a.asked || a.slot.localeCompare(b.slot));
  f.questionsByLanguage = [...byLanguage.values()].sort((a, b) => a.slot.localeCompare(b.slot) || a.language.localeCompare(b.language));
  const items = new Map<string, { id: string; shown: number; opened: number }>();
  const regions = new Map<string, { region: string; id: string; shown: number; opened: number }>();
  for (const r of rows.items) {
    const id = String(r.item);
    const item = items.get(id) ?? { id, shown: 0, opened: 0 };
    const metric = r.kind === 'item.shown' ? 'shown' : 'opened';
    item[metric] += num(r.n);
    items.set(id, item);
    // an opening counts in a region when its link carried one (links shown before regions were added did not)
    if (metric === 'opened' && (r.region === null || r.region === undefined)) continue;
    const key = `${str(r.region)}|${id}`;
    const byRegion = regions.get(key) ?? { region: str(r.region), id, shown: 0, opened: 0 };
    byRegion[metric] += num(r.n);
    regions.set(key, byRegion);
  }
  f.items = [...items.values()].sort((a, b) => b.shown - a.shown || b.opened - a.opened || a.id.localeCompare(b.id)).slice(0, TOP_ITEMS);
  const perRegion = new Map<string, Array<{ region: string; id: string; shown: number; opened: number }>>();
  for (const r of regions.values()) perRegion.set(r.region, [...(perRegion.get(r.region) ?? []), r]);
  f.itemsByRegion = [...perRegion.keys()].sort().flatMap((region) => perRegion.get(region)!
    .sort((a, b) => b.shown - a.shown || b.opened - a.opened || a.id.localeCompare(b.id)).slice(0, 10));
  for (const r of rows.unmet) {
    if (r.kind === 'field.unmet') f.unmetFields.push({ field: str(r.field), count: num(r.n) });
    else f.unmetTopics.push({ topic: str(r.topic), count: num(r.n) });
  }
  f.unmetFields.sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
  f.unmetTopics.sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
  const waitOf: Record<string, keyof RawFigures['waits']> = { 'handoff.claimed': 'claimed', 'handoff.expired': 'expired', 'callback.done': 'callbacks' };
  for (const r of rows.waits) {
    const key = waitOf[String(r.kind)];
    if (key) f.waits[key] = { count: num(r.n), averageSeconds: num(r.average), maxSeconds: num(r.max) };
  }
  const days = new Map<number, RawFigures['days'][number]>();
  for (const r of rows.days) {
    const day = num(r.day);
    const d = days.get(day) ?? { day: new Date(day * 86_400_000).toISOString().slice(0, 10), languages: {}, channels: {} };
    d.languages[str(r.lang)] = (d.languages[str(r.lang)] ?? 0) + num(r.n);
    d.channels[str(r.channel)] = (d.channels[str(r.channel)] ?? 0) + num(r.n);
    days.set(day, d);
  }
  f.days = [...days.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d);
  return f;
}

function noWait(): WaitFigures {
  return { count: 0, averageSeconds: 0, maxSeconds: 0 };
}
