import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PostgresEventLog } from '../../bot/adapters/analytics/postgresEventLog';
import { SqliteEventLog } from '../../bot/adapters/analytics/sqliteEventLog';
import type { AnalyticsEvent, EventKind } from '../../bot/domain/analytics/analyticsEvent';
import type { EventLog } from '../../bot/domain/analytics/eventLog';
import { EventRecorder } from '../../bot/domain/analytics/eventRecorder';
import { publicFigures } from '../../bot/domain/analytics/figures';
import { sessionBefore, turnEvents } from '../../bot/domain/analytics/turnEvents';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession } from '../../bot/domain/orientation/session';

/**
 * `npm run bench:analytics [-- EVENTS] [--postgres]`: (1) what analytics cost a turn: deriving its events and
 * handing them to the buffer (on the turn's path), and the batched insert into SQLite (off it), per turn;
 * (2) the analytics API's aggregation over a year of events (default 1,000,000) in SQLite, and in PostgreSQL
 * with `--postgres` (TEST_DATABASE_URL or the local test database).
 */
const DAY = 86_400_000;
const SLOTS = ['goal', 'interest', 'qualification', 'digitalSkills', 'equipment', 'availability', 'region'];
const LANGS = ['fr', 'fr', 'fr', 'en', 'es', 'de', 'nl'];
const CHANNELS = ['webchat', 'webchat', 'msteams', 'whatsapp', 'telegram'];
const REGIONS = ['BE-BRU', 'BE-WAL', 'LU', 'FR'];

/** One synthetic conversation of a year's traffic: about 30 events, like a real orientation. */
function conversation(n: number, at: number): AnalyticsEvent[] {
  const base = { conversation: `c${n}`, channel: CHANNELS[n % CHANNELS.length], language: LANGS[n % LANGS.length] };
  const region = REGIONS[n % REGIONS.length];
  const e: AnalyticsEvent[] = [{ ...base, at, kind: 'conversation.started', region }];
  const stopAt = n % 5 === 0 ? n % SLOTS.length : SLOTS.length;
  for (let i = 0; i < stopAt; i++) {
    const k = (kind: EventKind): AnalyticsEvent => ({ ...base, at: at + i * 20_000, kind, slot: SLOTS[i] });
    e.push(k('question.asked'));
    if (n % 7 === i) e.push(k('question.misunderstood'));
    e.push(n % 11 === i ? k('question.skipped') : k('question.answered'));
  }
  if (stopAt < SLOTS.length) return e;
  e.push({ ...base, at: at + 200_000, kind: 'profile.complete', region }, { ...base, at: at + 200_000, kind: 'conversation.recommended', region },
    { ...base, at: at + 200_000, kind: 'recommendations.shown', region, match: 'good' });
  for (let i = 0; i < 4; i++) e.push({ ...base, at: at + 200_000, kind: 'item.shown', region, item: `course-${(n + i * 7) % 150}`, itemKind: 'course', fields: ['D'], match: 'good' });
  if (n % 3 === 0) e.push({ at: at + 260_000, kind: 'link.opened', item: `course-${n % 150}` });
  if (n % 9 === 0) e.push({ ...base, at: at + 200_000, kind: 'field.unmet', region, field: 'ABFG'[n % 4] });
  if (n % 13 === 0) e.push({ ...base, at: at + 300_000, kind: 'handoff.requested', reason: 'user' }, { ...base, at: at + 300_000, kind: 'handoff.queued' },
    { ...base, at: at + 600_000, kind: 'handoff.claimed', value: 300 + (n % 600) }, { ...base, at: at + 900_000, kind: 'handoff.resolved' });
  return e;
}

async function fill(log: EventLog, total: number, to: number): Promise<number> {
  let written = 0;
  let n = 0;
  let batch: AnalyticsEvent[] = [];
  while (written < total) {
    const events = conversation(n, to - 365 * DAY + ((n * 7919) % 365_000) * (DAY / 1000)); // spread over the year
    n++;
    batch.push(...events);
    written += events.length;
    if (batch.length >= 20_000) { await log.insert(batch); batch = []; }
  }
  await log.insert(batch);
  return written;
}

async function queryTimes(log: EventLog, to: number): Promise<{ year: number[]; month: number[] }> {
  const year = { from: new Date(to - 365 * DAY), to: new Date(to) };
  const month = { from: new Date(to - 30 * DAY), to: new Date(to) };
  const time = async (p: typeof year): Promise<number> => {
    const t = performance.now();
    JSON.stringify(publicFigures(await log.figures(p), { from: '', to: '' }));
    return performance.now() - t;
  };
  const out = { year: [] as number[], month: [] as number[] };
  for (let i = 0; i < 5; i++) { out.year.push(await time(year)); out.month.push(await time(month)); }
  return out;
}

/** Per turn: deriving the events and buffering them (on the turn's path), and the batched insert (off it). */
export async function analyticsTurnCost(turns = 20_000): Promise<{ hotMean: number; hotP99: number; insertPerTurn: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analytics-turn-'));
  const log = new SqliteEventLog({ file: path.join(dir, 'state.sqlite') });
  let inserted = 0;
  let insertMs = 0;
  const timed: EventLog = { ...log, figures: log.figures.bind(log), eraseConversation: log.eraseConversation.bind(log), purgeOlderThan: log.purgeOlderThan.bind(log), close: log.close.bind(log),
    insert: async (events) => { const t = performance.now(); await log.insert(events); insertMs += performance.now() - t; inserted += events.length; } };
  const recorder = new EventRecorder(timed, { flushMs: 50 });
  const hot: number[] = [];
  const items = Array.from({ length: 5 }, (_, i) => ({ id: `course-${i}`, kind: 'course' as const, topics: ['programming'], fields: ['M'], languages: ['fr'], score: 1, reasons: [] }));
  for (let i = 0; i < turns; i++) {
    const session = newSession();
    session.stage = 'collecting';
    session.language = 'fr';
    session.pending = { slot: SLOTS[i % SLOTS.length] as never, misses: 0 };
    const before = sessionBefore(session);
    session.profile = { language: 'fr', goal: 'find-job', interest: 'programming', eqfLevel: 4 };
    const next = SLOTS[(i + 1) % SLOTS.length] as never;
    session.pending = { slot: next, misses: 0 };
    const outputs: Output[] = i % 9 === 8
      ? [{ type: 'summary', profile: session.profile }, { type: 'say', key: 'recommend:intro' }, { type: 'recommend', items, match: 'good' }, { type: 'ask', slot: 'followUp', key: 'x', options: [] }]
      : [{ type: 'understood', intent: 'none', slots: {} }, { type: 'profile', profile: session.profile }, { type: 'ask', slot: next, key: 'x', options: [] }];
    const t = performance.now();
    recorder.add(turnEvents({ conversation: `c${i % 1000}`, channel: 'webchat', at: Date.now(), before, session, outputs, marks: [] }));
    hot.push(performance.now() - t);
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  await recorder.close();
  await log.close();
  fs.rmSync(dir, { recursive: true, force: true });
  hot.sort((a, b) => a - b);
  return { hotMean: hot.reduce((a, b) => a + b, 0) / hot.length, hotP99: hot[Math.floor(hot.length * 0.99)], insertPerTurn: insertMs / turns };
}

async function main(): Promise<void> {
  if (process.env.KEEP_DB) { const log = new SqliteEventLog({ file: process.env.KEEP_DB }); await fill(log, 1_000_000, Date.UTC(2026, 11, 1)); await log.close(); return; }
  const total = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const withPostgres = process.argv.includes('--postgres');
  const turn = await analyticsTurnCost();
  console.log(`Analytics per turn (20,000 turns): derive + buffer mean ${(turn.hotMean * 1000).toFixed(1)} µs, p99 ${(turn.hotP99 * 1000).toFixed(1)} µs on the turn's path; `
    + `batched SQLite insert ${(turn.insertPerTurn * 1000).toFixed(1)} µs per turn off it; total ${((turn.hotMean + turn.insertPerTurn) * 1000).toFixed(1)} µs (target ≤ 200 µs)`);
  const to = Date.UTC(2026, 11, 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analytics-bench-'));
  const logs: Array<[string, () => Promise<EventLog>, () => Promise<void>]> = [
    ['SQLite', async () => new SqliteEventLog({ file: path.join(dir, 'state.sqlite') }), async () => fs.rmSync(dir, { recursive: true, force: true })],
  ];
  if (withPostgres) {
    const table = `ev_bench_${process.pid}`;
    const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    logs.push(['PostgreSQL', () => PostgresEventLog.open({ connectionString: url, table }), async () => {
      const log = await PostgresEventLog.open({ connectionString: url, table });
      await (log as unknown as { pool: { query(sql: string): Promise<unknown> } }).pool.query(`DROP TABLE IF EXISTS ${table}`);
      await log.close();
    }]);
  }
  for (const [name, open, cleanUp] of logs) {
    const log = await open();
    try {
      const t = performance.now();
      const written = await fill(log, total, to);
      await log.optimise?.();
      const fillS = (performance.now() - t) / 1000;
      const times = await queryTimes(log, to);
      const fmt = (xs: number[]): string => `median ${xs.sort((a, b) => a - b)[2].toFixed(0)} ms, max ${xs[4].toFixed(0)} ms`;
      console.log(`${name}: ${written.toLocaleString('en')} events over a year written in ${fillS.toFixed(1)} s; figures for the year: ${fmt(times.year)}; for the last 30 days: ${fmt(times.month)} (target < 500 ms)`);
    } finally {
      await log.close();
      await cleanUp();
    }
  }
}

if (require.main === module) void main().catch((err: Error) => { console.error(`analytics bench failed: ${err.message}`); process.exit(1); });
