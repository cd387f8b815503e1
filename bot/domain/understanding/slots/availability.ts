import { onlyFillers } from '../match/context';
import type { Mode, Reading } from './reading';
import { hasPeriod, periodOf, timeEvents, weekly, type Period, type TimeEvent } from './timeEvents';

/** More than 12 hours every day is not an availability but a misreading (a postcode, a year, a clock time). */
const MAX_HOURS_PER_WEEK = 84;

/**
 * Hours a week from what a jobseeker says about their time. Choices, documented because they are judgement:
 * - "per day" counts 7 days unless days are named: weekdays 5 ("2h par jour du lundi au vendredi" = 10),
 *   weekend 2, named days ("lundi et mardi"), or a count ("3 jours par semaine"); see `weekly`;
 * - hours with weekdays or named days but no "per day" are per day while the week stays plausible
 *   ("2h du lundi au vendredi" = 10), while "4h le week-end" is a total for the weekend;
 * - "2 ou 3 heures" is 2.5; "de 9h à 12h" is a clock range of 3 hours unless the message says per week;
 * - full time, half time, "a few hours" and "no time" are the lexicon's amounts (about 38, 19, 3, 0);
 * - a bare number is hours only as an answer and only when nothing else is said ("20", "environ 20");
 * - days without hours are whole days of 7 hours ("2 jours par semaine" = 14); clock times are not amounts;
 * - in free text (`extract`) only hours with both a unit and a period count ("10 heures par semaine").
 */
export function readAvailability(reading: Reading, mode: Mode): number | undefined {
  const events = timeEvents(reading);
  const period = periodOf(events);
  const amount = firstAmount(events, mode, period.perWeek || period.perMonth);
  let hours: number | undefined;
  if (amount) {
    if (mode === 'extract' && !hasPeriod(period)) return undefined;
    hours = weekly(amount, period);
  } else if (mode === 'answer') {
    const total = events.find((e) => e.kind === 'fullTime' || e.kind === 'halfTime' || e.kind === 'none');
    if (total) hours = total.kind === 'none' ? 0 : 'hours' in total ? total.hours : undefined;
    else hours = bareNumber(reading, events, period) ?? wholeDays(period);
  }
  if (hours === undefined || hours < 0 || hours > MAX_HOURS_PER_WEEK) return undefined;
  return Math.round(hours * 10) / 10;
}

/** The first stated amount of time, in hours ("2h30", "2 ou 3 heures", "30 minutes", "une heure et demie"). */
function firstAmount(events: TimeEvent[], mode: Mode, weeklyRange: boolean): number | undefined {
  let vague: number | undefined;
  for (let i = 0; i < events.length; i++) {
    const amount = amountAt(events, i, mode, weeklyRange);
    if (amount === undefined) continue;
    // "pas beaucoup, peut-être 2 heures": a stated number beats "a few"
    if (events[i].kind !== 'few' && events[i].kind !== 'little') return amount;
    vague ??= amount;
  }
  return vague;
}

function amountAt(events: TimeEvent[], i: number, mode: Mode, weeklyRange: boolean): number | undefined {
  const at = (j: number, ...kinds: string[]) => {
    const e = events[j];
    return e && kinds.includes(e.kind) && e.start - events[j - 1].end <= 1 ? e : undefined;
  };
  const e = events[i];
  if (e.kind === 'hours' || e.kind === 'few' || (e.kind === 'little' && mode === 'answer')) {
    return e.hours + (at(i + 1, 'andHalf') ? 0.5 : 0);
  }
  if (e.kind !== 'number') return undefined;
  let j = i + 1;
  const firstUnit = at(j, 'hourUnit');
  if (firstUnit) j++;
  let value = e.value;
  const second = at(j, 'number') ?? (at(j, 'range') ? at(j + 1, 'number') : undefined);
  const secondAt = second ? events.indexOf(second) : -1;
  const isRange = second?.kind === 'number' && second.value > value
    && (!firstUnit || at(secondAt + 1, 'hourUnit') !== undefined);
  if (firstUnit && !isRange) return value + fraction(events, j);
  if (isRange && second?.kind === 'number') {
    const clock = firstUnit && value >= 6 && second.value <= 24 && !weeklyRange;
    value = clock ? second.value - value : (value + second.value) / 2;
    j = secondAt + 1;
  }
  if (at(j, 'minuteUnit')) return value / 60;
  if (at(j, 'hourUnit')) return value + fraction(events, j + 1);
  return undefined;
}

/** What follows "2h": "30" (2h30) or "et demie" (and a half). */
function fraction(events: TimeEvent[], j: number): number {
  const e = events[j];
  if (!e || e.start - events[j - 1].end > 0) return 0;
  if (e.kind === 'andHalf') return 0.5;
  return e.kind === 'number' && e.value < 60 ? e.value / 60 : 0;
}

/** "2 jours par semaine" without hours: whole days of about 7 hours. */
const HOURS_PER_DAY = 7;

function wholeDays(period: Period): number | undefined {
  return period.dayCount !== undefined && period.dayCount <= 7 ? period.dayCount * HOURS_PER_DAY : undefined;
}

/** A number alone (with fillers, "environ", a period) is hours: the answer "20" to "how many hours?". */
function bareNumber(reading: Reading, events: TimeEvent[], period: Period): number | undefined {
  const numbers = events.flatMap((e) => (e.kind === 'number' ? [e.value] : []));
  if (numbers.length === 0 || numbers.length > 2 || period.dayCount !== undefined) return undefined;
  const others = reading.tokens.filter((_, i) => !events.some((e) => e.start <= i && i < e.end));
  if (!onlyFillers(others, reading.lex.fillers)) return undefined;
  if (numbers.length === 2 && numbers[1] <= numbers[0]) return undefined;
  const value = numbers.length === 2 ? (numbers[0] + numbers[1]) / 2 : numbers[0];
  return weekly(value, period);
}
