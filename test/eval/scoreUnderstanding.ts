/**
 * Scores predictions against the understanding corpus with the rules of its reference scorer (`score.py`):
 * a slot is right when it equals the gold value or one of its alternatives (hours: inside the gold range);
 * a `notFilled` slot that gets filled is an error; intents are compared exactly (`language:xx` grouped as
 * `language` in the summary). Adds what `score.py` does not print: accuracy per language and slot.
 */
export const SLOTS = ['goal', 'interest', 'field', 'eqfLevel', 'digitalSkills', 'equipment', 'hoursPerWeek', 'region'] as const;
export const INTENTS = ['none', 'greeting', 'thanks', 'question', 'complaint', 'help', 'human', 'restart', 'erase', 'language'] as const;
const INTERRUPTIONS = ['human', 'restart', 'erase', 'language'];

type Gold = string | number | Array<string | number>;
export interface CorpusLine {
  id: string;
  lang: string;
  asked: string | null;
  text: string;
  expect: { intent: string; slots: Record<string, Gold>; notFilled: string[] };
  cat: string;
  note?: string;
}
export interface Prediction { id: string; intent: string; slots: Record<string, unknown> }
export interface ScoreResult {
  table: string;
  errors: unknown[];
  slotAccuracy: Record<string, Record<string, number | undefined>>;
  /** Share of lines with the right intent, every expected slot and no `notFilled` slot filled, by language. */
  wholeLine: Record<string, number>;
  hardNegativeRate: number;
}

function correct(slot: string, gold: Gold, got: unknown): boolean {
  if (got === undefined || got === null) return false;
  if (slot === 'hoursPerWeek') {
    const [lo, hi] = gold as number[];
    return (Array.isArray(got) ? got : [got]).every((v) => Number(v) >= lo && Number(v) <= hi);
  }
  return (Array.isArray(gold) ? gold : [gold]).includes(got as string | number);
}

const group = (intent: string): string => (intent.startsWith('language:') ? 'language' : intent);
const pct = (ok: number, n: number): string => (n ? `${(100 * ok / n).toFixed(1)}%`.padStart(6) : '     -');

export function scoreCorpus(lines: CorpusLine[], predictions: Prediction[]): ScoreResult {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  const langs = [...new Set(lines.map((l) => l.lang))];
  const cell = new Map<string, { ok: number; n: number }>();
  const bump = (key: string, ok: boolean) => {
    const c = cell.get(key) ?? { ok: 0, n: 0 };
    c.n += 1; c.ok += ok ? 1 : 0; cell.set(key, c);
  };
  const tp: Record<string, number> = {}; const fp: Record<string, number> = {}; const fn: Record<string, number> = {};
  const add = (m: Record<string, number>, k: string) => { m[k] = (m[k] ?? 0) + 1; };
  const hardNegatives = { n: 0, wrong: 0, byKind: {} as Record<string, number> };
  const recallByLang = new Map<string, { ok: number; n: number }>();
  const errors: unknown[] = [];
  for (const line of lines) {
    const p = byId.get(line.id) ?? { id: line.id, intent: 'none', slots: {} };
    const slots = Object.fromEntries(Object.entries(p.slots ?? {}).filter(([, v]) => v !== undefined && v !== null));
    let lineOk = true;
    for (const [slot, gold] of Object.entries(line.expect.slots)) {
      const ok = correct(slot, gold, slots[slot]);
      bump(`${line.lang}|${slot}`, ok); bump(`*|${slot}`, ok);
      lineOk &&= ok;
    }
    for (const slot of line.expect.notFilled) {
      const ok = !(slot in slots);
      bump(`${line.lang}|${slot}`, ok); bump(`*|${slot}`, ok);
      lineOk &&= ok;
    }
    const gold = line.expect.intent;
    if (p.intent === gold) add(tp, group(gold)); else { add(fn, group(gold)); add(fp, group(p.intent)); lineOk = false; }
    if (['human', 'help', 'restart', 'erase'].includes(gold) || gold.startsWith('language:')) {
      const r = recallByLang.get(line.lang) ?? { ok: 0, n: 0 };
      r.n += 1; r.ok += p.intent === gold ? 1 : 0; recallByLang.set(line.lang, r);
    }
    if (line.cat === 'hard-negative') {
      hardNegatives.n += 1;
      if (INTERRUPTIONS.includes(group(p.intent))) { hardNegatives.wrong += 1; add(hardNegatives.byKind, group(p.intent)); }
    }
    bump(`${line.lang}|line`, lineOk); bump('*|line', lineOk);
    if (!lineOk) errors.push({ id: line.id, lang: line.lang, asked: line.asked, cat: line.cat, text: line.text, expect: line.expect, got: { intent: p.intent, slots } });
  }
  const out: string[] = [];
  const rows = [...langs, '*'];
  out.push(`| lang | ${SLOTS.join(' | ')} | whole line |`);
  out.push(`|---|${SLOTS.map(() => '---:').join('|')}|---:|`);
  const slotAccuracy: ScoreResult['slotAccuracy'] = {};
  const wholeLine: ScoreResult['wholeLine'] = {};
  for (const lang of rows) {
    slotAccuracy[lang] = {};
    const cells = SLOTS.map((slot) => {
      const c = cell.get(`${lang}|${slot}`);
      slotAccuracy[lang][slot] = c ? c.ok / c.n : undefined;
      return c ? `${pct(c.ok, c.n)} (${c.n})` : '-';
    });
    const l = cell.get(`${lang}|line`)!;
    wholeLine[lang] = l.ok / l.n;
    out.push(`| ${lang === '*' ? 'all' : lang} | ${cells.join(' | ')} | ${pct(l.ok, l.n)} |`);
  }
  out.push('', '| intent | precision | recall | support |', '|---|---:|---:|---:|');
  for (const intent of INTENTS) {
    const t = tp[intent] ?? 0; const f = fp[intent] ?? 0; const m = fn[intent] ?? 0;
    out.push(`| ${intent} | ${pct(t, t + f)} | ${pct(t, t + m)} | ${t + m} |`);
  }
  out.push('', `interruption recall by language: ${[...recallByLang].map(([l, r]) => `${l} ${pct(r.ok, r.n).trim()}`).join(', ')}`);
  const rate = hardNegatives.n ? hardNegatives.wrong / hardNegatives.n : 0;
  out.push(`hard negatives routed to human/restart/erase/language: ${hardNegatives.wrong} of ${hardNegatives.n} (${(100 * rate).toFixed(1)}%)`
    + (hardNegatives.wrong ? ` — ${Object.entries(hardNegatives.byKind).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''));
  return { table: out.join('\n'), errors, slotAccuracy, wholeLine, hardNegativeRate: rate };
}
