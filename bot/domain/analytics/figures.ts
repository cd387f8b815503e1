/**
 * The figures of a period, as counted by an {@link EventLog}: exact, before small counts are hidden.
 * Counts are numbers of events unless said otherwise (see the README's "For agencies: analytics").
 */
export interface RawFigures {
  conversations: number;
  /** Conversations that reached the end of the questions (distinct conversations). */
  profileComplete: number;
  /** Conversations shown recommendations at least once (distinct conversations). */
  recommended: number;
  linksOpened: number;
  handoffs: { requested: number; queued: number; claimed: number; resolved: number; expired: number; cancelled: number; callbacks: number; callbacksDone: number };
  /** Seconds: queued → claimed, queued → expired, callback requested → done. */
  waits: { claimed: WaitFigures; expired: WaitFigures; callbacks: WaitFigures };
  questions: QuestionFigures[];
  questionsByLanguage: Array<QuestionFigures & { language: string }>;
  items: Array<{ id: string; shown: number; opened: number }>;
  /** Per region: the items shown most there, and how often their links were opened from there (`?r=` on the link). */
  itemsByRegion: Array<{ region: string; id: string; shown: number; opened: number }>;
  unmetFields: Array<{ field: string; count: number }>;
  unmetTopics: Array<{ topic: string; count: number }>;
  languages: Record<string, number>;
  channels: Record<string, number>;
  /** Conversations started per day (`YYYY-MM-DD`, UTC), by language and by channel. */
  days: Array<{ day: string; languages: Record<string, number>; channels: Record<string, number> }>;
}

export interface QuestionFigures { slot: string; asked: number; answered: number; skipped: number; misunderstood: number }
export interface WaitFigures { count: number; averageSeconds: number; maxSeconds: number }

/** Below this, a count is reported as hidden (`null`): nobody can be singled out in a small group. */
export const SMALL_COUNT = 5;

type Hidden<T> = T extends number ? number | null
  : T extends Array<infer U> ? Array<Hidden<U>>
    : T extends object ? { [K in keyof T]: K extends 'slot' | 'id' | 'field' | 'topic' | 'language' | 'region' | 'day' ? T[K] : Hidden<T[K]> }
      : T;

/** The figures as published (API, CSV, page): counts under {@link SMALL_COUNT} are `null`. */
export interface PublicFigures extends Omit<Hidden<RawFigures>, 'waits'> {
  period: { from: string; to: string };
  /** A wait's average and maximum are published only when at least {@link SMALL_COUNT} waits make them. */
  waits: Record<keyof RawFigures['waits'], { count: number | null; averageSeconds: number | null; maxSeconds: number | null }>;
}

const hide = (n: number): number | null => (n < SMALL_COUNT ? null : n);

function hideAll<T>(value: T): Hidden<T> {
  if (typeof value === 'number') return hide(value) as Hidden<T>;
  if (Array.isArray(value)) return value.map(hideAll) as Hidden<T>;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' ? v : hideAll(v);
    return out as Hidden<T>;
  }
  return value as Hidden<T>;
}

/**
 * Hides every count under {@link SMALL_COUNT} (zero included, so "none" cannot be told from "one person"), and
 * a wait's average and maximum unless at least that many waits make them. Rows stay, so the tables keep their shape.
 */
export function publicFigures(raw: RawFigures, period: { from: string; to: string }): PublicFigures {
  const { waits, ...counts } = raw;
  const wait = (w: WaitFigures) => (w.count < SMALL_COUNT
    ? { count: null, averageSeconds: null, maxSeconds: null }
    : { count: w.count, averageSeconds: Math.round(w.averageSeconds), maxSeconds: Math.round(w.maxSeconds) });
  return {
    period,
    ...hideAll(counts),
    waits: { claimed: wait(waits.claimed), expired: wait(waits.expired), callbacks: wait(waits.callbacks) },
  } as PublicFigures;
}
