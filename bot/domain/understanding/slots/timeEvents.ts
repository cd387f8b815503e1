import { findNumbers } from '../numbers/findNumbers';
import type { TimeTag } from '../lexicon/timeTags';
import type { Reading } from './reading';

/** A time phrase or a number, in reading order: the raw material of `readAvailability`. */
export type TimeEvent = { start: number; end: number; clause: number } & (TimeTag | { kind: 'number'; value: number });

/**
 * Time phrases, plus the numbers that are not part of one ("une demi-heure" is a phrase, not "une") and
 * are not a time of day ("après 18h", "ab 18 Uhr": the number and its unit are dropped).
 */
export function timeEvents(reading: Reading): TimeEvent[] {
  const tags = reading.lex.time.tag(reading.tokens);
  const clocks = tags.filter((m) => m.value.kind === 'clock');
  const unitAt = new Set(tags.filter((m) => m.value.kind === 'hourUnit').map((m) => m.start));
  const numbers = findNumbers(reading.tokens, reading.lex.source.numbers);
  const numberAt = new Set(numbers.map((n) => n.start));
  const clause = (i: number) => reading.tokens[i].clause;
  // "après 18h", "18 Uhr", "18h du soir": the clock word touches the number or its unit, in the same clause;
  // in "2 Stunden ab 18 Uhr" the "ab" belongs to the 18 that follows it
  const isClock = (n: { start: number; end: number }) => clocks.some((c) => clause(c.start) === clause(n.start)
    && (c.end === n.start || c.start === n.end || (unitAt.has(n.end) && c.start === n.end + 1 && !numberAt.has(c.end))));
  const clockUnits = new Set<number>();
  const events: TimeEvent[] = [];
  for (const n of numbers) {
    if (tags.some((m) => m.start < n.end && n.start < m.end)) continue;
    if (isClock(n)) clockUnits.add(n.end);
    else events.push({ kind: 'number', value: n.value, start: n.start, end: n.end, clause: clause(n.start) });
  }
  for (const m of tags) {
    if (m.value.kind === 'clock' || (m.value.kind === 'hourUnit' && clockUnits.has(m.start))) continue;
    // a past is typed as such: "busco trabajo a jornada completa" is no "trabajé"
    if (m.value.kind === 'past' && m.exact < m.weight) continue;
    events.push({ ...m.value, start: m.start, end: m.end, clause: clause(m.start) });
  }
  return events.sort((a, b) => a.start - b.start);
}

/** Which period a message states, and how many days it names ("3 jours", "lundi et mardi", weekdays). */
export interface Period {
  perDay: boolean;
  perWeek: boolean;
  perMonth: boolean;
  weekdays: boolean;
  weekend: boolean;
  dayNames: number;
  dayCount?: number;
}

export function periodOf(events: TimeEvent[]): Period {
  const has = (kind: string) => events.some((e) => e.kind === kind);
  const days = new Set(events.flatMap((e) => (e.kind === 'dayName' ? [e.day] : [])));
  const period: Period = {
    perDay: has('perDay'), perWeek: has('perWeek'), perMonth: has('perMonth'),
    weekdays: has('weekdays'), weekend: has('weekend'), dayNames: days.size,
  };
  events.forEach((e, i) => {
    const next = events[i + 1];
    if (e.kind === 'number' && next?.kind === 'dayUnit' && next.start - e.end <= 1) period.dayCount = e.value;
  });
  return period;
}

/** A week of named days past which hours are read as a total, not per day ("10h du lundi au vendredi"). */
const PLAUSIBLE_WEEK = 40;

/**
 * Hours a week for `hours` stated once per `period`. With "per day": times the days named (weekdays 5,
 * weekend 2, "lundi et mardi" 2, "3 jours" 3) or 7. Without it, named days multiply only while the week stays
 * plausible: "2h du lundi au vendredi" is 10, "10h du lundi au vendredi" stays 10; the weekend alone is a total.
 */
export function weekly(hours: number, p: Period): number {
  const days = p.dayCount ?? (p.weekdays ? 5 : p.dayNames || (p.weekend ? 2 : undefined));
  if (p.perDay) return hours * (days ?? 7);
  if (p.perMonth) return (hours * 12) / 52;
  if (p.dayCount !== undefined) return hours <= 12 ? hours * p.dayCount : hours;
  if ((p.weekdays || p.dayNames) && days && hours * days <= PLAUSIBLE_WEEK) return hours * days;
  return hours;
}
