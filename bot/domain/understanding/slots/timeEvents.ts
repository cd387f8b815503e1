import { findNumbers } from '../numbers/findNumbers';
import { wordNumber } from '../numbers/wordNumbers';
import { words } from '../text/tokenize';
import type { TimeTag } from '../lexicon/timeTags';
import { WEEK_DAYS } from '../lexicon/lexicon';
import type { Reading } from './reading';

/** The time phrases that state an amount ("pas beaucoup", "full time"). */
const AMOUNTS: ReadonlySet<string> = new Set(['hours', 'few', 'little', 'fullTime', 'halfTime']);

/** A time phrase or a number, in reading order: the raw material of `readAvailability`. */
export type TimeEvent = { start: number; end: number; clause: number }
  & (TimeTag | { kind: 'number'; value: number } | { kind: 'clockSpan'; hours: number; bare: boolean });

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
  // (a clock word before the first number of a range that is no span of the day starts an amount: "from 2 to 3 hours")
  const rangeAt = new Set(tags.filter((m) => m.value.kind === 'range').map((m) => m.start));
  const startsRange = (n: { end: number }) => rangeAt.has(n.end) && numbers.some((o) => o.start === n.end + 1);
  const isClock = (n: { start: number; end: number }) => clocks.some((c) => clause(c.start) === clause(n.start)
    && ((c.end === n.start && !startsRange(n)) || c.start === n.end || (unitAt.has(n.end) && c.start === n.end + 1 && !numberAt.has(c.end))));
  const clockUnits = new Set<number>();
  const spans = clockSpans(reading, tags, numbers);
  const inSpan = (m: { start: number; end: number }) => spans.some((s) => s.start <= m.start && m.end <= s.end);
  const events: TimeEvent[] = spans.map((s) => ({ kind: 'clockSpan', hours: s.hours, bare: s.bare, start: s.start, end: s.end, clause: clause(s.start) }));
  for (const found of numbers) {
    // a number read over the first word of a time phrase is the word before it: "trois demi-journées" is no 1.5
    const first = found.end - found.start > 1 ? wordNumber(reading.tokens[found.start].t, reading.lex.source.numbers) : undefined;
    const n = first !== undefined && tags.some((m) => m.start === found.start + 1) ? { start: found.start, end: found.start + 1, value: first } : found;
    if (inSpan(n) || (!found.odd && tags.some((m) => m.start < n.end && n.start < m.end))) continue;
    if (isClock(n)) clockUnits.add(n.end);
    else events.push({ kind: 'number', value: n.value, start: n.start, end: n.end, clause: clause(n.start) });
  }
  for (const m of tags) {
    if (m.value.kind === 'clock' || (m.value.kind === 'hourUnit' && clockUnits.has(m.start)) || inSpan(m)) continue;
    // (the words of "and some" are the number's: "treinta y tantas" holds no range)
    if (numbers.some((n) => n.odd && n.start <= m.start && m.end <= n.end)) continue;
    // a past is typed as such: "busco trabajo a jornada completa" is no "trabajé"
    if ((m.value.kind === 'past' || m.value.kind === 'held') && m.exact < m.weight) continue;
    // an amount of words is said in one clause: "je sais pas, beaucoup" is no "pas beaucoup" (found by a tester: 3 hours)
    if (AMOUNTS.has(m.value.kind) && clause(m.start) !== clause(m.end - 1)) continue;
    // a counted part of the day is a number of times: "3 evenings a week" is three sessions, not every evening
    const counted = m.value.kind === 'partOfDay' && numbers.some((n) => n.end === m.start && clause(n.start) === clause(m.start));
    events.push({ ...(counted ? { kind: 'sessionUnit' as const } : m.value), start: m.start, end: m.end, clause: clause(m.start) });
  }
  byStart(events);
  countedUnits(reading, events, clocks);
  // a word that joins numbers ("bis", "to", "a") between two day names joins days when the lexicon says so: "Dienstag bis
  // Freitag" is four days (`time.dayRange`)
  const dayAt = (at: number, end: boolean) => events.some((e) => e.kind === 'dayName' && (end ? e.end : e.start) === at);
  const between = events.filter((e) => e.kind === 'range' && dayAt(e.start, true) && dayAt(e.end, false));
  if (between.length === 0) return byStart(events);
  const joiners = phraseSet(reading.lex.source.time.dayRange);
  const spanned = events.map((e): TimeEvent => (between.includes(e)
    && joiners.has(reading.tokens.slice(e.start, e.end).map((t) => t.t).join(' ')) ? { ...e, kind: 'dayRange' } : e));
  return byStart(spanned);
}

/** The kinds of time phrase after a number whose last words may name half days ("3 matinées", "two half days"). */
const HALF_DAY_UNITS: ReadonlySet<string> = new Set(['sessionUnit', 'halfTime', 'partOfDay', 'dayUnit']);

/** Sorts events by their first token in place, stably (insertion sort: a message has a few; `Array.prototype.sort` allocates its work arrays at every call). */
function byStart(events: TimeEvent[]): TimeEvent[] {
  for (let i = 1; i < events.length; i++) {
    const event = events[i];
    let at = i;
    while (at > 0 && events[at - 1].start > event.start) {
      events[at] = events[at - 1];
      at--;
    }
    events[at] = event;
  }
  return events;
}

/** A lexicon list of time phrases as their folded words joined by spaces, made once per list (lexicons live as long as the process). */
const phraseLists = new WeakMap<readonly string[], readonly string[]>();
const phraseSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const NO_PHRASES: readonly string[] = [];

function phraseList(list: readonly string[] | undefined): readonly string[] {
  if (!list) return NO_PHRASES;
  let joined = phraseLists.get(list);
  if (!joined) {
    joined = list.map((phrase) => words(phrase).join(' '));
    phraseLists.set(list, joined);
  }
  return joined;
}

function phraseSet(list: readonly string[] | undefined): ReadonlySet<string> {
  if (!list) return new Set();
  let set = phraseSets.get(list);
  if (!set) {
    set = new Set(phraseList(list));
    phraseSets.set(list, set);
  }
  return set;
}

/** The fewest half days counted that are a count: "une demi-journée", "een halve dag" is rather half time. */
const FEWEST_HALF_DAYS = 2;

/**
 * Marks, in place, the phrases that count half days after a number (`time.halfDays`: "deux matinées", "3 half days",
 * "drei Vormittage") as `halfDayUnit`, and reads a count said unit first (`time.countAfterUnit`: "een dag of 3", "een
 * uur of 6") as said number first: the number takes the unit's words, the unit the rest.
 */
function countedUnits(reading: Reading, events: TimeEvent[], clocks: ReadonlyArray<{ start: number; end: number }>): void {
  const textOf = (e: TimeEvent) => reading.tokens.slice(e.start, e.end).map((t) => t.t);
  const halfDays = phraseList(reading.lex.source.time.halfDays);
  const countAfter = phraseSet(reading.lex.source.time.countAfterUnit);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const next = events[i + 1];
    const count = events[i + 2];
    if (e.kind === 'number' && e.value >= FEWEST_HALF_DAYS && next && next.start === e.end && next.clause === e.clause
      && HALF_DAY_UNITS.has(next.kind)) {
      // the phrase's last words name half days: "the mornings", "les matinées"
      const said = textOf(next);
      if (halfDays.some((h) => said.slice(-h.split(' ').length).join(' ') === h)) events[i + 1] = { kind: 'halfDayUnit', start: next.start, end: next.end, clause: next.clause };
    }
    // ("een uur" is one hour by itself: the unit of "een uur of 6")
    const unit = e.kind === 'dayUnit' || e.kind === 'hourUnit' ? e.kind : e.kind === 'hours' && e.hours === 1 ? 'hourUnit' : undefined;
    if (!unit || next?.kind !== 'range' || count?.kind !== 'number' || next.start !== e.end || count.start !== next.end
      || count.clause !== e.clause || !countAfter.has(textOf(next).join(' '))) continue;
    // a clock word before it makes it a time of day, no amount: "om een uur of 3" is about three o'clock
    if (clocks.some((c) => c.end === e.start || c.end === e.start - 1)) events.splice(i, 3);
    else events.splice(i, 3, { kind: 'number', value: count.value, start: e.start, end: e.end, clause: e.clause },
      { kind: unit, start: next.start, end: count.end, clause: e.clause });
  }
}

type NumberAt = { start: number; end: number; value: number };
type TagAt = { start: number; end: number; value: TimeTag };

/** The latest a working day's span may end, and the longest it may be, in hours. */
const DAY_END = 24;
const LONGEST_SPAN = 12;

/**
 * Spans of the day between two clock times ("von 8 bis 12 Uhr", "from 9am to 1pm", "de 9 à 12h", "9h-17h",
 * "desde las 9 hasta las 2"), with their length in hours. A pair of numbers joined by a range word (or nothing: a
 * hyphen) is a span when something says they are times of day: a clock word after either ("Uhr", "pm"), one
 * before the first with a range word and no unit ("from 9 to 5", "desde las 9"), units after both ("9h-17h"), or a unit after
 * the second only when the first is a working hour and the pair is not two round amounts ("de 9 à 12h" is a span,
 * "10 à 15 heures" an amount, so is "entre 12 et 16 heures": `time.between`). An end before the start is in the afternoon
 * ("from 9 to 1"); "pm" moves a time to the afternoon. Never when the message says its hours are a week's or a
 * month's ("de 10 à 12 heures par semaine").
 */
/** The latest hour said on a 12-hour clock ("3" in "9 to 3") read as the end of a working day. */
const AFTERNOON_END = 6;

function clockSpans(reading: Reading, tags: readonly TagAt[], numbers: NumberAt[]): Array<{ start: number; end: number; hours: number; bare: boolean }> {
  if (numbers.length < 2) return [];
  const { tokens } = reading;
  const tagAt = (i: number, kind: string) => tags.find((m) => m.start === i && m.value.kind === kind);
  const tagEndingAt = (i: number, kind: string) => tags.find((m) => m.end === i && m.value.kind === kind);
  const numberAt = (i: number) => numbers.find((n) => n.start === i);
  const durations = phraseSet(reading.lex.source.time.durationUnits);
  const weekly = tags.some((m) => m.value.kind === 'perWeek' || m.value.kind === 'perMonth');
  const partOfDay = tags.some((m) => (m.value.kind === 'halfTime' || m.value.kind === 'fullTime') && m.value.loose);
  /** A clock time at number `n`: its value with minutes, where it ends, and what marks it as a time. */
  const timeAt = (n: NumberAt) => {
    let end = n.end;
    let value = n.value;
    const unit = tagAt(end, 'hourUnit');
    const duration = unit !== undefined && durations.has(tokens.slice(unit.start, unit.end).map((t) => t.t).join(' '));
    if (unit) end = unit.end;
    const minutes = unit ? numberAt(end) : undefined;
    // "8h30" has minutes; in "6h 14h" the second number has its own unit and is the other time
    if (minutes && minutes.value < 60 && tokens[minutes.start].clause === tokens[n.start].clause && !tagAt(minutes.end, 'hourUnit')) { value += minutes.value / 60; end = minutes.end; }
    const clock = tagAt(end, 'clock');
    const pm = clock !== undefined && /^p\.?m$/.test(tokens[clock.start].t);
    return { value, end: clock ? clock.end : end, unit: !!unit, duration, clock: !!clock, pm };
  };
  const spans: Array<{ start: number; end: number; hours: number; bare: boolean }> = [];
  for (let k = 0; k + 1 < numbers.length; k++) {
    const a = numbers[k];
    const first = timeAt(a);
    const joiner = tagAt(first.end, 'range') ?? tagAt(first.end, 'clock');
    const b = numberAt(joiner ? joiner.end : first.end);
    if (!b || b.start <= a.start || tokens[b.start].clause !== tokens[a.start].clause) continue;
    const second = timeAt(b);
    const fromTag = tagEndingAt(a.start, 'clock');
    const from = fromTag !== undefined;
    const marked = first.clock || second.clock || (first.unit && second.unit) || (from && !!joiner && !second.unit);
    // (a unit that only ever counts hours is no time of day: "zwischen 12 und 16 Stunden", "10 to 14 hours"; nor is a pair
    // after "between" with a unit: "between 12 and 16 hours", an amount between two)
    const likely = !weekly && second.unit && !second.duration && !!joiner && !tagEndingAt(a.start, 'between') && first.value >= 6 && first.value <= 17 && !(a.value % 5 === 0 && b.value % 5 === 0);
    // no unit at all: two hours of the day when the span ends in the afternoon ("de 8 a 14") or a part of the day is
    // named ("moies tëscht 8 an 12"); "entre 8 et 12" alone stays an amount; an amount stated with its unit wins over
    // such a span ("my course runs 9 to 12, so afternoons, about 20 hours")
    // or that ends before it starts, in the afternoon ("9 to 3", "van 8 tot 4": no amount is said downwards)
    const afternoon = second.value < first.value && second.value <= AFTERNOON_END && second.value + 12 > first.value;
    const bare = !weekly && !first.unit && !second.unit && !!joiner && first.value >= 6 && first.value <= 12 && (afternoon
      || (second.value > first.value && second.value <= 22 && (second.value > 12 || partOfDay) && !(a.value % 5 === 0 && b.value % 5 === 0)));
    if (!marked && !likely && !bare) continue;
    if (weekly && !(first.clock || second.clock)) continue;
    let start = first.value + (first.pm && first.value < 12 ? 12 : 0);
    let end = second.value + (second.pm && second.value < 12 ? 12 : 0);
    if (second.pm && start + 12 < end) start += 12; // "from 1 to 5pm"
    if (end <= start && end + 12 > start && end < 12) end += 12; // "from 9 to 1", "van 9 tot 5"
    const hours = end - start;
    if (start < 5 || end > DAY_END || hours <= 0 || hours > LONGEST_SPAN) continue;
    spans.push({ start: fromTag?.start ?? a.start, end: second.end, hours, bare: !marked && !likely });
    k++; // the second time is this span's end, not the start of another
  }
  return spans;
}

/** Which period a message states, and how many days it names ("3 jours", "lundi et mardi", weekdays). */
export interface Period {
  perDay: boolean;
  /** Per day said only with a part of the day ("le soir", "abends"): more hours than one holds are the week's. */
  partOfDay: boolean;
  perWeek: boolean;
  perMonth: boolean;
  weekdays: boolean;
  weekend: boolean;
  dayNames: number;
  dayCount?: number;
  /** Times in the week something is done ("3 fois", "3 evenings"): hours said are each time's; no whole days. */
  sessionCount?: number;
  /** Days said to be left out ("sauf le mercredi"): not among `dayNames`, taken off the weekdays. */
  daysOff: number;
  /** How many of `daysOff` are working days, Monday to Friday ("temps plein sauf le mercredi" is four days of work). */
  workdaysOff: number;
  /** Whether the times counted (`sessionCount`) are half days ("deux matinées", "3 half days"). */
  halfDays?: boolean;
  /** Whether the hours said are each time's or each day's ("8 hours each"), however many. */
  each?: boolean;
}

/** The days of the week in order (`WEEK_DAYS`), looked up by the day names the lexicons give. */
const WEEK: readonly string[] = WEEK_DAYS;

/** The working days opening the week (`WEEK`): Monday to Friday. */
const WORKDAYS = 5;

/** How far after "sauf", "except" a day name is the one left out ("sauf le mercredi", "not on wednesdays"). */
const EXCEPT_REACH = 2;

export function periodOf(events: TimeEvent[]): Period {
  const has = (kind: string) => events.some((e) => e.kind === kind);
  const excepts = events.filter((e) => e.kind === 'exceptDay');
  const off = (e: TimeEvent) => excepts.some((x) => x.end <= e.start && e.start - x.end <= EXCEPT_REACH);
  const days = new Set(events.flatMap((e) => (e.kind === 'dayName' && !off(e) ? [e.day] : [])));
  // "du mardi au vendredi", "Dienstag bis Freitag": every day of the span (its joiner marked by `timeEvents`)
  events.forEach((e) => {
    if (e.kind !== 'dayName') return;
    const joiner = events.find((j) => j.kind === 'dayRange' && j.start === e.end);
    const last = joiner && events.find((l): l is TimeEvent & { kind: 'dayName' } => l.kind === 'dayName' && l.start === joiner.end);
    if (!last) return;
    const [from, to] = [WEEK.indexOf(e.day), WEEK.indexOf(last.day)];
    if (from >= 0 && to > from) for (let d = from; d <= to; d++) days.add(WEEK[d]);
  });
  const daysOff = new Set(events.flatMap((e) => (e.kind === 'dayName' && off(e) ? [e.day] : [])));
  const period: Period = {
    perDay: has('perDay') || has('partOfDay'), partOfDay: has('partOfDay') && !has('perDay'), perWeek: has('perWeek'), perMonth: has('perMonth'),
    weekdays: has('weekdays'), weekend: has('weekend'), dayNames: days.size, daysOff: daysOff.size,
    workdaysOff: [...daysOff].filter((day) => WEEK.indexOf(day) < WORKDAYS).length,
  };
  events.forEach((e, i) => {
    const next = events[i + 1];
    if (e.kind === 'number' && next?.kind === 'dayUnit' && next.start - e.end <= 1 && next.clause === e.clause) period.dayCount = e.value;
    if (e.kind === 'number' && next?.kind === 'sessionUnit' && next.start - e.end <= 1 && next.clause === e.clause) period.sessionCount = e.value;
    if (e.kind === 'number' && next?.kind === 'halfDayUnit' && next.start === e.end) {
      period.sessionCount = e.value;
      period.halfDays = true;
    }
  });
  return period;
}

/** The most hours an evening or a morning holds (about four): "abends, zehn Stunden" is ten a week, not seventy, "evenings
 * only, maybe 8 hours" eight, not fifty-six (found by a tester), and "le soir, 5 heures" five, not thirty-five. */
const PART_OF_DAY_HOURS = 4;

/** The most hours a half day holds ("2 matinées de 5h" is 10 a week). */
const HALF_DAY_HOURS = 6;

/** A week of named days past which hours are read as a total, not per day ("10h du lundi au vendredi"). */
const PLAUSIBLE_WEEK = 40;

/**
 * Hours a week for `hours` stated once per `period`. With "per day": times the days named (weekdays 5,
 * weekend 2, "lundi et mardi" 2, "3 jours" 3) or 7. Without it, named days multiply only while the week stays
 * plausible: "2h du lundi au vendredi" is 10, "10h du lundi au vendredi" stays 10; the weekend alone is a total.
 */
export function weekly(hours: number, p: Period): number {
  const days = p.dayCount ?? (p.weekdays ? 5 - Math.min(p.daysOff, 4) : p.dayNames || (p.weekend ? 2 : undefined));
  if (p.partOfDay && hours > PART_OF_DAY_HOURS) return hours;
  if (p.perDay) return hours * (days ?? 7 - Math.min(p.daysOff, 6));
  if (p.perMonth) return (hours * 12) / 52;
  if (p.dayCount !== undefined) return hours <= 12 ? hours * p.dayCount : hours;
  // "2 hours, three times a week", "3 soirs de 2h": each time's (a short session), unless the hours are the week's
  // ("three shifts a week, 8 hours each" are each time's however long)
  if (p.sessionCount !== undefined && p.sessionCount <= 14) {
    return hours <= 4 || p.each || (p.halfDays && hours <= HALF_DAY_HOURS) ? hours * p.sessionCount : hours;
  }
  if ((p.weekdays || p.dayNames) && days && hours * days <= PLAUSIBLE_WEEK) return hours * days;
  return hours;
}
