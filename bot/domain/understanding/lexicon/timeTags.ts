import type { TimeWords } from './lexicon';

/** What a time phrase says, for reading availability ("2h par jour du lundi au vendredi"). */
export type TimeTag =
  | { kind: 'hourUnit' | 'minuteUnit' | 'dayUnit' | 'sessionUnit' | 'perDay' | 'partOfDay' | 'perWeek' | 'perMonth' | 'weekdays' | 'weekend'
      | 'andHalf' | 'range' | 'approx' | 'clock' | 'none' | 'past' | 'held' | 'exceptDay' | 'dayRange' | 'only' | 'each' | 'between' | 'halfDayUnit' }
  | { kind: 'hours' | 'few' | 'little'; hours: number }
  /** `loose`: a phrase that means this only as the answer to the hours question ("beaucoup", "mornings"). */
  | { kind: 'fullTime' | 'halfTime'; hours: number; loose: boolean }
  | { kind: 'dayName'; day: string };

type SimpleKind = 'hourUnit' | 'minuteUnit' | 'dayUnit' | 'sessionUnit' | 'perDay' | 'partOfDay' | 'perWeek' | 'perMonth' | 'weekdays' | 'weekend'
  | 'andHalf' | 'range' | 'approx' | 'clock' | 'none' | 'past' | 'held' | 'exceptDay' | 'dayRange' | 'only' | 'each' | 'between';

/** The lexicon's time words as tagger entries. */
export function timeEntries(time: TimeWords): Array<[string, TimeTag]> {
  const simple: Record<SimpleKind, string[]> = {
    hourUnit: time.hourUnits, minuteUnit: time.minuteUnits, dayUnit: time.dayUnits, sessionUnit: time.sessionUnits ?? [], perDay: time.perDay, partOfDay: time.partOfDay ?? [],
    perWeek: time.perWeek, perMonth: time.perMonth, weekdays: time.weekdays, weekend: time.weekend,
    andHalf: time.andHalf, range: time.range, approx: time.approx, clock: time.clock, none: time.none,
    past: time.past ?? [], held: time.held ?? [], exceptDay: time.exceptDays ?? [], dayRange: time.dayRange ?? [], only: time.only ?? [], each: time.each ?? [], between: time.between ?? [],
  };
  const entries: Array<[string, TimeTag]> = [];
  for (const [kind, phrases] of Object.entries(simple) as Array<[SimpleKind, string[]]>) {
    for (const phrase of phrases) entries.push([phrase, { kind }]);
  }
  for (const [hours, phrases] of Object.entries(time.hours)) {
    for (const phrase of phrases) entries.push([phrase, { kind: 'hours', hours: Number(hours) }]);
  }
  for (const kind of ['fullTime', 'halfTime'] as const) {
    const { hours, phrases, answerOnly = [] } = time[kind];
    for (const phrase of phrases) entries.push([phrase, { kind, hours, loose: false }]);
    for (const phrase of answerOnly) entries.push([phrase, { kind, hours, loose: true }]);
  }
  for (const phrase of time.few.phrases) entries.push([phrase, { kind: 'few', hours: time.few.hours }]);
  for (const phrase of time.few.answerOnly) entries.push([phrase, { kind: 'little', hours: time.few.hours }]);
  for (const [day, phrases] of Object.entries(time.dayNames)) {
    for (const phrase of phrases) entries.push([phrase, { kind: 'dayName', day }]);
  }
  return entries;
}
