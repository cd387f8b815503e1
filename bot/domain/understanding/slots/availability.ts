import { onlyFillers } from '../match/context';
import { read, type Mode, type Reading } from './reading';
import { periodOf, timeEvents, weekly, type Period, type TimeEvent } from './timeEvents';
import { words } from '../text/tokenize';
import { wordNumber } from '../numbers/wordNumbers';

/** More than 12 hours every day is not an availability but a misreading (a postcode, a year, a clock time). */
const MAX_HOURS_PER_WEEK = 84;
/** The days a full-time week is worked. */
const WORK_WEEK = 5;
/** Hours said with a part of the day ("le matin, 4 heures") are that part's up to this; more is a week's. */
const MAX_DAILY_PART = 8;

/** Whether the message names a period of its own (per day, week or month, days, weekdays or the weekend). */
function namesPeriod(p: Period): boolean {
  return p.perDay || p.perWeek || p.perMonth || p.weekdays || p.weekend || p.dayNames > 0 || p.dayCount !== undefined || p.sessionCount !== undefined;
}

/** Events that say an amount of time on their own. */
const HOURS_SAID = new Set<TimeEvent['kind']>(['number', 'hours', 'few', 'fullTime', 'halfTime', 'clockSpan']);

/**
 * Hours a week from what a jobseeker says about their time. Choices, documented because they are judgement:
 * - "per day" counts 7 days unless days are named: weekdays 5 ("2h par jour du lundi au vendredi" = 10),
 *   weekend 2, named days ("lundi et mardi"), or a count ("3 jours par semaine"); see `weekly`;
 * - hours with weekdays or named days but no "per day" are per day while the week stays plausible
 *   ("2h du lundi au vendredi" = 10), while "4h le week-end" is a total for the weekend;
 * - "2 ou 3 heures" is 2.5; "de 9h à 12h" (or "de 8h30 à 12h") is a clock range of 3 hours a day, on weekdays
 *   (15 a week) unless the message names days or says per week; hours said with a part of the day ("por las
 *   mañanas, unas 4 horas") are a day's too;
 * - full time, half time, "a few hours" and "no time" are the lexicon's amounts (about 38, 19, 3, 0), made precise
 *   as an answer by one number said after full or half time ("jornada completa, cuarenta" = 40); a share of
 *   full time written as a fraction ("un 4/5", "4/5 temps", Belgium's usual part time) is that share of full time;
 * - a bare number is hours only as an answer and only when nothing else is said ("20", "environ 20"), and past the
 *   numbers of the options shown (a typed "4" under four numbered options picks the fourth: see `answerSlot`);
 * - days without hours are whole days of 7 hours ("2 jours par semaine" = 14); clock times are not amounts;
 * - hours after a past cue ("avant je faisais 40h", "I used to work 50 hours") are not available now;
 * - in free text (`extract`) hours need a unit ("15h max", "so 15 Stunden", "10 heures par semaine"), or are whole
 *   days said per week ("3 jours par semaine"); full and half time count when named as such ("temps plein",
 *   "part-time", "Vollzeit"), not "beaucoup" or "mornings"; minutes with no period are how long something took
 *   ("ça fait dix minutes que j'attends"), not time a week.
 */
export function readAvailability(reading: Reading, mode: Mode): number | undefined {
  // a self-correction in the answer keeps what follows it: "5 hours. no wait, 15", "so 4 Stunden, nee eher 6"
  if (mode === 'answer') {
    const last = reading.lex.correction.tag(reading.tokens).at(-1);
    if (last && last.end < reading.tokens.length) {
      const after = reading.tokens.slice(last.end).map((t) => t.t).join(' ');
      const corrected = readAvailability(read(`${after} ${periodWords(reading, last.start, after)}`.trim(), reading.lex), mode);
      if (corrected !== undefined) return corrected;
      // the number said after it, with why ("30h... non plutôt 25 avec les gosses", "20 h... bueno mejor 15, por los niños")
      const number = reading.tokens.slice(last.end).find((t) => /^\d+(\.\d+)?$/.test(t.t));
      if (number) {
        const hours = readAvailability(read(`${number.t} h ${periodWords(reading, last.start, after)}`.trim(), reading.lex), mode);
        if (hours !== undefined) return hours;
      }
    }
  }
  const all = timeEvents(reading);
  // (as the answer, the hours of the job held count unless other hours are said: "mon contrat c'est 38h, donc 5 ou 6 heures")
  const free = withoutNegated(reading, withoutPast(all, 'extract'));
  const events = mode === 'extract' || free.some((e) => HOURS_SAID.has(e.kind)) ? free : withoutNegated(reading, withoutPast(all, mode));
  // (worked out once: nothing changes `events`, and a period is never modified, only copied)
  let said: Period | undefined;
  const periodOfEvents = (): Period => (said ??= periodOf(events));
  const stated = (mode === 'answer' ? boundByMost(reading, events) : undefined)
    ?? firstAmount(events, mode, periodOfEvents().perWeek || periodOfEvents().perMonth, reading.tokens);
  // hours said for each of several days add up: "2h le lundi et 3h le jeudi", "lundi 2h, jeudi 3h"
  const byDay = hoursByDay(events);
  if (byDay !== undefined) return byDay;
  let hours: number | undefined;
  // (a number said per week beats a vague word: "around 15 a week, my kids are still little" is no "a little")
  const vague = stated !== undefined && events.some((e) => e.start === stated.start && (e.kind === 'few' || e.kind === 'little'));
  const perWeek = mode === 'answer' && vague ? numberPerWeek(events, periodOfEvents()) : undefined;
  if (perWeek !== undefined) hours = perWeek;
  else if (stated) {
    const period = eachTime(events, stated, periodFor(events, stated.end));
    // a clock range ("de 8h30 à 12h") or hours said with a part of the day ("por las mañanas, unas 4 horas") are a
    // day's, on weekdays, unless the message names its own period ("de 9h à 12h le samedi", "3 jours de 9h à 17h")
    const daily = !namesPeriod(period) && (stated.clock || (stated.hours <= MAX_DAILY_PART
      && events.some((e) => e.kind === 'halfTime' && e.loose)));
    hours = weekly(stated.hours, daily ? { ...period, perDay: true, weekdays: true } : period);
  } else {
    // "beaucoup", "a lot" answer the hours question, but not inside thanks ("merci beaucoup", "thanks a lot")
    const thanks = reading.lex.thanks.tag(reading.tokens);
    const thanked = (e: TimeEvent) => thanks.some((t) => t.start <= e.start && e.end <= t.end);
    // (a part of the day said to be all one's time is half time in free text too: "mornings only", "nur vormittags")
    // (a share said of full time is that share: "el 75 % de una jornada completa", "4/5 d'un temps plein")
    const share = shareOfFullTime(reading, events, mode);
    const total = share !== undefined ? undefined : events.find((e) => (e.kind === 'fullTime' || e.kind === 'halfTime') && (mode === 'answer' || !e.loose || only(events, e)) && !(e.loose && thanked(e)))
      ?? (mode === 'answer' ? events.find((e) => e.kind === 'none') : undefined);
    // (the hours said after full or half time, as the answer, are those hours: "jornada completa, cuarenta",
    // "halftime, so 20"; a number that counts days or times is no hours: "temps plein, 5 jours")
    if (total) hours = total.kind === 'none' ? 0 : (mode === 'answer' ? refinedBy(events, total) : undefined) ?? ('hours' in total ? fullTimeLess(total, periodOf(events)) : undefined);
    else if (share !== undefined) hours = share;
    else if (mode === 'answer') hours = bareNumber(reading, events, periodOfEvents()) ?? numberPerWeek(events, periodOfEvents()) ?? halfDaysNamed(reading, events) ?? wholeDays(periodOfEvents());
    // in free text, whole days said per week count too ("3 jours par semaine max", "4 days a week", "3 días por semana")
    // and the weekend said to be all one's time ("weekends only", "que le week-end")
    else if (periodOfEvents().perWeek || events.some((e) => e.kind === 'weekend' && only(events, e))) hours = wholeDays(periodOfEvents());
  }
  if (hours === undefined || hours < 0 || hours > MAX_HOURS_PER_WEEK) return undefined;
  // minutes with no period are how long something took, not a week's time: "ça fait dix minutes que j'attends"
  if (mode === 'extract' && hours > 0 && hours < 1 && !namesPeriod(periodOfEvents())) return undefined;
  return Math.round(hours * 10) / 10;
}

/** Full time with working days off is those days less ("temps plein sauf le mercredi", "Vollzeit außer freitags"); other amounts stay. */
function fullTimeLess(total: { kind: string; hours: number }, period: Period): number {
  const off = period.workdaysOff;
  return total.kind === 'fullTime' && off > 0 && off < WORK_WEEK ? (total.hours * (WORK_WEEK - off)) / WORK_WEEK : total.hours;
}

/**
 * The words of the period said before a self-correction that the corrected part does not say again, so that
 * "2h par jour, non plutôt 3h" stays per day (3 a day) and "5h par semaine, non 10" per week.
 */
function periodWords(reading: Reading, before: number, after: string): string {
  const own = periodOf(timeEvents(read(after, reading.lex)));
  if (own.perDay || own.perWeek || own.perMonth || own.weekdays || own.weekend || own.dayNames > 0) return '';
  const head = { ...reading, tokens: reading.tokens.slice(0, before) };
  const periods = new Set(['perDay', 'partOfDay', 'perWeek', 'perMonth', 'weekdays', 'weekend', 'dayName']);
  return timeEvents(head).filter((e) => periods.has(e.kind)).map((e) => reading.tokens.slice(e.start, e.end).map((t) => t.t).join(' ')).join(' ');
}

/** Shares of full time people write as fractions: half, a third, three quarters, four fifths... */
const SHARE_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 10]);

/**
 * A share of full time written n/m ("4/5", "3/4", "1/2"), in hours a week: alone as the answer to the hours
 * question, in free text only next to a word that says it is time ("un 4/5", "4/5 temps", "4/5e"), so that a date
 * ("le 4/5") is not read as one.
 */
function shareOfFullTime(reading: Reading, events: TimeEvent[], mode: Mode): number | undefined {
  const { tokens } = reading;
  const numberAt = new Map(events.flatMap((e) => (e.kind === 'number' && e.end === e.start + 1 ? [[e.start, e.value] as const] : [])));
  const words = reading.lex.fractionOf.tag(tokens);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [n, m] = [numberAt.get(i), numberAt.get(i + 2)];
    if (tokens[i + 1].t !== '/' || n === undefined || m === undefined || !SHARE_DENOMINATORS.has(m) || n < 1 || n >= m) continue;
    if (mode === 'extract' && !words.some((w) => w.end === i || w.start === i + 3)) continue;
    return (n / m) * reading.lex.source.time.fullTime.hours;
  }
  // a share said in words, its numerator before the word of its parts: "un quatre cinquième", "drei Viertel", "three
  // quarters" (not of an hour: "trois quarts d'heure" is 45 minutes)
  const parts = sharePartsOf(reading.lex.source.time.shareParts);
  for (let i = 1; i < tokens.length; i++) {
    const m = parts.get(tokens[i].t);
    const n = m === undefined ? undefined : /^\d+$/.test(tokens[i - 1].t) ? Number(tokens[i - 1].t) : wordNumber(tokens[i - 1].t, reading.lex.source.numbers);
    if (m === undefined || n === undefined || n < 1 || n >= m) continue;
    if (events.some((e) => (e.kind === 'hourUnit' || e.kind === 'minuteUnit' || e.kind === 'hours') && e.start > i && e.start - i <= 2)) continue;
    if (mode === 'extract' && !words.some((w) => w.end === i - 1 || w.start === i + 1)) continue;
    return (n / m) * reading.lex.source.time.fullTime.hours;
  }
  // a share written as a percentage ("100%", "à 80 %", "60% Stelle"), as Luxembourg and Switzerland say it; in free
  // text also standing alone as a clause of its own ("je cherche dans la vente, 80 %, à Namur")
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = numberAt.get(i);
    if (tokens[i + 1].t !== '%' || n === undefined || n <= 0 || n > 100) continue;
    const alone = n >= MIN_PERCENT_ALONE && n < 100 && tokens.every((t, k) => t.clause !== tokens[i].clause || k === i || k === i + 1);
    if (mode === 'extract' && !alone && !words.some((w) => w.end === i || w.start === i + 2)) continue;
    return (n / 100) * PERCENT_FULL_TIME;
  }
  return undefined;
}

/** The least percentage read as a share of full time when it stands alone in free text ("80 %,"). */
const MIN_PERCENT_ALONE = 20;

/** The lexicon's words of a share's parts, folded, with their denominator; made once per lexicon. */
const sharePartMaps = new WeakMap<Record<string, string[]>, ReadonlyMap<string, number>>();
const NO_PARTS: ReadonlyMap<string, number> = new Map();

function sharePartsOf(parts: Record<string, string[]> | undefined): ReadonlyMap<string, number> {
  if (!parts) return NO_PARTS;
  let map = sharePartMaps.get(parts);
  if (!map) {
    map = new Map(Object.entries(parts).flatMap(([m, list]) => list.map((w) => [words(w).join(' '), Number(m)] as const)));
    sharePartMaps.set(parts, map);
  }
  return map;
}

/**
 * As the answer, the number bound by a phrase of a maximum ("no more than sixteen", "pas plus de 12h", "10 Stunden
 * höchstens"), even beside other numbers: the answer, not the hours of the job held said next to it ("my shifts are 20 hrs
 * already"). Its unit, if any, says hours; a number of days or times is no such amount.
 */
function boundByMost(reading: Reading, events: TimeEvent[]): { hours: number; clock?: boolean; start: number; end: number } | undefined {
  const numbers = events.filter((e) => e.kind === 'number');
  const most = phraseSetOf(reading.lex.source.time.atMost);
  const text = (e: TimeEvent) => reading.tokens.slice(e.start, e.end).map((t) => t.t).join(' ');
  const bounds = events.filter((e) => e.kind === 'approx' && most.has(text(e)));
  const bound = numbers.filter((n) => {
    const next = events[events.indexOf(n) + 1];
    const unit = next && next.start === n.end && /Unit$/.test(next.kind) ? next : undefined;
    if (unit && unit.kind !== 'hourUnit') return false;
    const end = unit ? unit.end : n.end;
    return bounds.some((b) => b.clause === n.clause && (b.end === n.start || b.start === end));
  });
  if (bound.length !== 1 || bound[0].kind !== 'number') return undefined;
  const n = bound[0];
  const next = events[events.indexOf(n) + 1];
  return { hours: n.value, start: n.start, end: next?.kind === 'hourUnit' && next.start === n.end ? next.end : n.end };
}

const phraseSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function phraseSetOf(list: readonly string[] | undefined): ReadonlySet<string> {
  if (!list) return new Set();
  let set = phraseSets.get(list);
  if (!set) {
    set = new Set(list.map((phrase) => words(phrase).join(' ')));
    phraseSets.set(list, set);
  }
  return set;
}

/** The full-time week a percentage is a share of: 40 hours where shares are said so (Luxembourg, Switzerland). */
const PERCENT_FULL_TIME = 40;

/** Whether a word that says "only" stands right before or after the phrase, in its clause: "mornings only", "nur am Wochenende". */
function only(events: TimeEvent[], e: TimeEvent): boolean {
  return events.some((o) => o.kind === 'only' && o.clause === e.clause
    && ((o.end <= e.start && e.start - o.end <= 1) || (o.start >= e.end && o.start - e.end <= 1)));
}

/** How far after the number of an amount a word that says "each" may come: "8 hours each", "6 uur telkens". */
const EACH_REACH = 2;
/** How far after the times counted their length may come: "4 shifts *a week of* 6 hours". */
const UNIT_REACH = 3;

/**
 * The period, with `each` when a word that says "each" stands by the amount ("three shifts a week, 8 hours each", "je 6
 * Stunden"): the hours are each time's. Times counted with their unit said before ("shifts: 3 a week, 7 hours each")
 * are counted too.
 */
function eachTime(events: TimeEvent[], stated: { start: number; end: number }, period: Period): Period {
  const clause = events.find((e) => e.start === stated.start)?.clause;
  // (so are hours said just after the times counted, in their clause: "4 shifts a week of 6 hours", "3 soirs par
  // semaine de 5h", "3 Schichten pro Woche à 8 Stunden")
  const each = events.some((e) => e.kind === 'each' && e.clause === clause
    && ((e.start >= stated.end && e.start - stated.end <= EACH_REACH) || (e.end <= stated.start && stated.start - e.end <= 1)))
    || (period.sessionCount !== undefined && events.some((e) => e.kind === 'sessionUnit' && e.clause === clause
      && e.end <= stated.start && stated.start - e.end <= UNIT_REACH));
  if (!each) return period;
  if (period.sessionCount === undefined && period.dayCount === undefined && events.some((e) => e.kind === 'sessionUnit')) {
    const counted = events.find((e, i) => e.kind === 'number' && events[i + 1]?.kind === 'perWeek' && events[i + 1].start === e.end);
    if (counted?.kind === 'number') return { ...period, sessionCount: counted.value, each };
  }
  return { ...period, each };
}

/** Events minus an amount said not to be it, with its unit: "pas 28h, 4h par semaine", "not 20 hours". */
function withoutNegated(reading: Reading, events: TimeEvent[]): TimeEvent[] {
  // (a "not" of "don't know", or of another clause, negates no amount: "sais pas, 10h par semaine")
  const unsure = reading.lex.dontKnow.tag(reading.tokens);
  const negations = reading.negations.filter((n) => !unsure.some((d) => d.start <= n.start && n.end <= d.end));
  const after = new Map(negations.map((n) => [n.end, reading.tokens[n.end - 1].clause]));
  const dropped = new Set<TimeEvent>();
  events.forEach((e, i) => {
    if (e.kind !== 'number' || after.get(e.start) !== e.clause) return;
    dropped.add(e);
    const unit = events[i + 1];
    if (unit && (unit.kind === 'hourUnit' || unit.kind === 'minuteUnit') && unit.start === e.end) dropped.add(unit);
  });
  return dropped.size ? events.filter((e) => !dropped.has(e)) : events;
}

/**
 * Events minus the amounts said after a past cue in the same clause ("avant je faisais 40h, maintenant 20h"):
 * a past cue takes the amounts of its clause, up to the next clause. In free text the job one holds does too ("je
 * travaille 30h dans un resto mais je veux changer": 30 hours taken, not free).
 */
function withoutPast(events: TimeEvent[], mode: Mode): TimeEvent[] {
  const isPast = (e: TimeEvent) => e.kind === 'past' || (e.kind === 'held' && mode === 'extract');
  const past = events.filter(isPast);
  if (past.length === 0) return events.filter((e) => e.kind !== 'held');
  return events.filter((e) => e.kind !== 'past' && e.kind !== 'held' && !past.some((p) => p.clause === e.clause && p.start < e.start));
}

/**
 * The period that applies to an amount ending at `end`: when a message names both a day and a week
 * ("evenings only, 6h/wk"), the one right after the amount wins unless days are counted ("3 jours par semaine").
 */
function periodFor(events: TimeEvent[], end: number): Period {
  const period = periodOf(events);
  if (!(period.perDay && period.perWeek) || period.dayCount !== undefined) return period;
  const next = events.find((e) => e.start >= end && (e.kind === 'perDay' || e.kind === 'partOfDay' || e.kind === 'perWeek'));
  if (next?.kind === 'perWeek') return { ...period, perDay: false, partOfDay: false };
  if (next?.kind === 'perDay' || next?.kind === 'partOfDay') return { ...period, perWeek: false };
  return period;
}

/**
 * Days named each with a half of the day right after it, as the answer: "le mercredi aprem", "mardi et jeudi
 * après-midi" (half a working day each; the lexicon's `time.halfDays`, typed as written).
 */
function halfDaysNamed(reading: Reading, events: TimeEvent[]): number | undefined {
  const days = events.filter((e) => e.kind === 'dayName');
  if (days.length === 0 || events.some((e) => e.kind === 'number' || e.kind === 'exceptDay' || e.kind === 'dayRange')) return undefined;
  const halves = (reading.lex.source.time.halfDays ?? []).map((phrase) => words(phrase));
  const typed = reading.tokens.map((t) => t.t);
  const last = days[days.length - 1];
  if (!halves.some((h) => h.every((w, k) => typed[last.end + k] === w) && last.end + h.length === typed.length)) return undefined;
  return (days.length * HOURS_PER_DAY) / 2;
}

/** The most words between an amount of hours and the day it is said for ("2h *le* lundi"). */
const DAY_REACH = 2;
/** Period words that make hours said beside day names something else than one amount per day. */
const NOT_BY_DAY = new Set(['perDay', 'partOfDay', 'perWeek', 'perMonth', 'weekdays', 'weekend', 'dayRange', 'exceptDay', 'between', 'clockSpan', 'each']);

/**
 * The sum of amounts of hours each said with its own day ("2h le lundi et 3h le jeudi", "lundi 2h, jeudi 3h"): two
 * or more, each a number with its hour unit next to one day name of its clause, every day name paired, and no
 * other period said.
 */
function hoursByDay(events: TimeEvent[]): number | undefined {
  // ("et", "and" join a day and the next amount, not two amounts: "2 et 3h le lundi" is a range)
  if (events.some((e, i) => NOT_BY_DAY.has(e.kind) || (e.kind === 'range' && events[i - 1]?.kind !== 'dayName' && events[i + 1]?.kind !== 'dayName'))) return undefined;
  const days = events.filter((e) => e.kind === 'dayName');
  if (days.length < 2) return undefined;
  const amounts = events.flatMap((e, i) => {
    const unit = events[i + 1];
    return e.kind === 'number' && unit?.kind === 'hourUnit' && unit.start === e.end && events[i + 2]?.kind !== 'number'
      ? [{ hours: e.value, start: e.start, end: unit.end, clause: e.clause }] : [];
  });
  if (amounts.length !== days.length || events.filter((e) => e.kind === 'number').length !== amounts.length) return undefined;
  const paired = new Set<TimeEvent>();
  for (const a of amounts) {
    const day = days.find((d) => !paired.has(d) && d.clause === a.clause
      && ((d.start >= a.end && d.start - a.end <= DAY_REACH) || (d.end <= a.start && a.start - d.end <= 1)));
    if (!day) return undefined;
    paired.add(day);
  }
  return amounts.reduce((sum, a) => sum + a.hours, 0);
}

/** The first stated amount of time, in hours ("2h30", "2 ou 3 heures", "30 minutes", "une heure et demie"). */
function firstAmount(events: TimeEvent[], mode: Mode, weeklyRange: boolean, tokens: Reading['tokens']): { hours: number; clock?: boolean; start: number; end: number } | undefined {
  let vague: { hours: number; clock?: boolean; start: number; end: number } | undefined;
  for (let i = 0; i < events.length; i++) {
    const amount = amountAt(events, i, mode, weeklyRange, tokens);
    if (amount === undefined) continue;
    const found = { ...amount, start: events[i].start, end: events[i].end };
    // "pas beaucoup, peut-être 2 heures": a stated number beats "a few"
    const e = events[i];
    if (e.kind !== 'few' && e.kind !== 'little' && !(e.kind === 'clockSpan' && e.bare)) return found;
    vague ??= found;
  }
  return vague;
}

function amountAt(events: TimeEvent[], i: number, mode: Mode, weeklyRange: boolean, tokens: Reading['tokens']): { hours: number; clock?: boolean } | undefined {
  const at = (j: number, ...kinds: string[]) => {
    const e = events[j];
    return e && kinds.includes(e.kind) && e.start - events[j - 1].end <= 1 ? e : undefined;
  };
  const e = events[i];
  if (e.kind === 'clockSpan') return { hours: e.hours, clock: true };
  if (e.kind === 'hours' || e.kind === 'few' || (e.kind === 'little' && mode === 'answer')) {
    return { hours: e.hours + (at(i + 1, 'andHalf') ? 0.5 : 0) };
  }
  if (e.kind !== 'number') return undefined;
  let j = i + 1;
  const firstUnit = at(j, 'hourUnit');
  if (firstUnit) j++;
  let value = e.value;
  // a clock time with its minutes, then a range to another: "de 8h30 à 12h", "9h15-12h30"
  const minutes = firstUnit ? fraction(events, j) : 0;
  if (minutes > 0 && !weeklyRange && value >= 6) {
    const to = at(j + 1, 'range') ? at(j + 2, 'number') : undefined;
    const toAt = to ? events.indexOf(to) : -1;
    if (to?.kind === 'number' && at(toAt + 1, 'hourUnit') && to.value <= 24 && to.value + fraction(events, toAt + 2) > value + minutes) {
      return { hours: to.value + fraction(events, toAt + 2) - value - minutes, clock: true };
    }
  }
  // a second number right after ("2 3 heures") or after a range word ("2 ou 3"); one word between with no range
  // word is something else: "un pc, 20h par semaine" is no 1 to 20
  // (the range word too comes right after the first number: "un smartphone et 10h par semaine" is no 1 to 10, found by
  // a tester, qa24 q02)
  // (a number word right before digits is an article: "eine 30-Stunden-Stelle", "un 30 heures" is no 1 to 30)
  const next = at(j, 'number');
  const article = !!next && !/^\d/.test(tokens[e.start].t) && /^\d/.test(tokens[next.start].t);
  const joiner = at(j, 'range');
  const second = (next && next.start === events[j - 1].end && !article ? next : undefined)
    ?? (joiner && joiner.start === events[j - 1].end ? at(j + 1, 'number') : undefined);
  const secondAt = second ? events.indexOf(second) : -1;
  const isRange = second?.kind === 'number' && second.value > value
    && (!firstUnit || at(secondAt + 1, 'hourUnit') !== undefined);
  if (firstUnit && !isRange) return { hours: value + minutes };
  let clock = false;
  if (isRange && second?.kind === 'number') {
    clock = !!firstUnit && value >= 6 && second.value <= 24 && !weeklyRange;
    value = clock ? second.value - value : (value + second.value) / 2;
    j = secondAt + 1;
  }
  if (at(j, 'minuteUnit')) return { hours: value / 60 };
  if (at(j, 'hourUnit')) return { hours: value + fraction(events, j + 1), clock };
  return undefined;
}

/** What follows "2h": "30" (2h30) or "et demie" (and a half). */
function fraction(events: TimeEvent[], j: number): number {
  const e = events[j];
  if (!e || e.start - events[j - 1].end > 0 || e.clause !== events[j - 1].clause) return 0; // "28h !! 4h" is no 28h04
  if (e.kind === 'andHalf') return 0.5;
  // (a number that counts times or days is no minutes: "two hours three times a week" is no 2h03)
  const counts = events[j + 1] && ['sessionUnit', 'dayUnit', 'halfDayUnit'].includes(events[j + 1].kind) && events[j + 1].start - e.end <= 1;
  return e.kind === 'number' && e.value < 60 && !counts ? e.value / 60 : 0;
}

/** How far the hours said after full or half time may be from its usual amount and still be that amount, made precise. */
const REFINE_SPREAD = 0.5;

/**
 * The one number said after full or half time, alone and near its usual amount, with no unit after it (a unit
 * says days, times or hours already read): full time said as "40", half time as "20".
 */
function refinedBy(events: TimeEvent[], total: TimeEvent): number | undefined {
  if (!('hours' in total)) return undefined;
  const numbers = events.filter((e) => e.kind === 'number');
  if (numbers.length !== 1 || numbers[0].start < total.end) return undefined;
  const n = numbers[0];
  const unit = events.find((e) => e.start >= n.end && e.start - n.end <= 1 && /Unit$/.test(e.kind));
  if (n.kind !== 'number' || unit) return undefined;
  return Math.abs(n.value - total.hours) <= total.hours * REFINE_SPREAD ? n.value : undefined;
}

/** "2 jours par semaine" (or the weekend) without hours: whole days of about 7 hours. */
const HOURS_PER_DAY = 7;

function wholeDays(period: Period): number | undefined {
  // "deux matinées par semaine", "3 half days a week": half a day each
  if (period.halfDays && period.sessionCount !== undefined && period.sessionCount <= 14) return (period.sessionCount * HOURS_PER_DAY) / 2;
  if (period.dayCount === undefined && period.weekend && !period.weekdays && period.dayNames === 0) return 2 * HOURS_PER_DAY; // "uniquement les week-ends"
  return period.dayCount !== undefined && period.dayCount <= 7 ? period.dayCount * HOURS_PER_DAY : undefined;
}

/**
 * The one number said right before "a week", as the answer, whatever else the message says: "around 15 a week, the kids
 * are still small", "unas 12 por semana, por el trabajo" (a number of days or times is no hours: "3 jours par semaine").
 */
function numberPerWeek(events: TimeEvent[], period: Period): number | undefined {
  // (a one is an article: "à peu près 12 par semaine, j'ai un boulot à côté")
  const numbers = events.filter((e) => e.kind === 'number' && e.value !== 1);
  if (numbers.length !== 1 || period.dayCount !== undefined || period.sessionCount !== undefined) return undefined;
  const n = numbers[0];
  const next = events.find((e) => e.start >= n.end);
  return n.kind === 'number' && next?.kind === 'perWeek' && next.start === n.end && next.clause === n.clause ? n.value : undefined;
}

/** A number alone (with fillers, "environ", a period) is hours: the answer "20" to "how many hours?". */
function bareNumber(reading: Reading, events: TimeEvent[], period: Period): number | undefined {
  const numbers = events.flatMap((e) => (e.kind === 'number' ? [e.value] : []));
  // the number that counts days or times is no hours ("2 soirées par semaine" says no amount)
  if (numbers.length === 0 || numbers.length > 2 || period.dayCount !== undefined || period.sessionCount !== undefined) return undefined;
  if (pronounOne(reading, events)) return undefined;
  const others = reading.tokens.filter((_, i) => !events.some((e) => e.start <= i && i < e.end));
  if (!onlyFillers(others, reading.lex.fillers)) return undefined;
  if (numbers.length === 2 && numbers[1] <= numbers[0]) return undefined;
  const value = numbers.length === 2 ? (numbers[0] + numbers[1]) / 2 : numbers[0];
  return weekly(value, period);
}

/**
 * Whether the one number is "one" written as a word in a yes or no answer: a pronoun ("yes, I have one", "oui, j'en ai
 * une", "ja, eins habe ich"), not an hour (found by a tester: "yes I have one" to the hours question read 1 hour).
 */
function pronounOne(reading: Reading, events: TimeEvent[]): boolean {
  const numbers = events.filter((e) => e.kind === 'number');
  if (numbers.length !== 1 || numbers[0].kind !== 'number' || numbers[0].value !== 1) return false;
  const written = reading.tokens.slice(numbers[0].start, numbers[0].end).every((t) => !/\d/.test(t.t));
  return written && reading.lex.yesNo.tag(reading.tokens).length > 0;
}
