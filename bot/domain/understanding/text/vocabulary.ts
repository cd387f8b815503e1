import { BoundedCache } from './boundedCache';
import { editDistance } from './editDistance';
import { plural, similar, soundKey } from './similar';

/**
 * How a typed word stands for a lexicon word, weakest to strongest: `STEM` only with light stemming,
 * `SIMILAR` with typo tolerance (`similar`), `EXACT` as typed or as its plural (what exact taggers accept).
 * Each level includes the stronger ones, so a matcher asks `level >= what it needs`.
 */
export const STEM = 1;
export const SIMILAR = 2;
export const EXACT = 3;

/** The vocabulary words a typed word stands for (`ids`), each with the strongest level (`levels`, same order). */
export interface Likeness {
  readonly ids: readonly number[];
  readonly levels: readonly number[];
}

/** The level at which a typed word with likeness `like` stands for word `id` (0: not at all). */
export function levelOf(like: Likeness, id: number): number {
  for (let i = 0; i < like.ids.length; i++) if (like.ids[i] === id) return like.levels[i];
  return 0;
}

/**
 * Every word of every compiled phrase, interned once with the indexes `similar` allows: a typed word can only
 * stand for a word with the same first letter and, unless they share a sound key or a six-letter stem, a
 * length within two. So a typed word is compared with a few dozen candidates instead of every phrase, once,
 * and the answer is kept (`likeness`) for every matcher and every later message.
 *
 * Shared by all matchers: the likeness of two words does not depend on who asks. Words are only ever added
 * (at start-up, when lexicons are compiled); adding one forgets the remembered likenesses.
 */
const ids = new Map<string, number>();
const words: string[] = [];
/** First letter + length → ids (words of 5+ letters: shorter ones only match exactly or as plurals). */
const byShape = new Map<string, number[]>();
const bySound = new Map<string, number[]>();
const byStem = new Map<string, number[]>();
const likenesses = new BoundedCache<string, Likeness>(50000);
/** Words only ever interned `cold`: `warmVocabulary` leaves them to be computed when first typed. */
const cold = new Set<number>();
let version = 0;

/**
 * The id of a lexicon word, adding it to the vocabulary if new. `warm = false` for the words of big lists that
 * are rarely typed (thousands of job titles): `warmVocabulary` skips them, so start-up does not grow with them.
 */
export function intern(word: string, warm = true): number {
  const known = ids.get(word);
  if (known !== undefined) {
    if (warm) cold.delete(known);
    return known;
  }
  const id = words.length;
  words.push(word);
  ids.set(word, id);
  if (word.length >= 5) {
    add(byShape, word[0] + word.length, id);
    add(bySound, soundKey(word), id);
    if (word.length >= 6) add(byStem, word.slice(0, 6), id);
  }
  if (!warm) cold.add(id);
  likenesses.clear();
  version++;
  return id;
}

/** The id of a word if it is in the vocabulary, else -1 (so typed words compare with ids cheaply). */
export function idOf(word: string): number {
  return ids.get(word) ?? -1;
}

/** Changes whenever a word is added, so that callers can tell their remembered likenesses are stale. */
export function vocabularyVersion(): number {
  return version;
}

/** The vocabulary words `typed` stands for, with the strongest level for each. Remembered. */
export function likeness(typed: string): Likeness {
  return likenesses.get(typed) ?? likenesses.set(typed, compute(typed));
}

/**
 * Computes the likeness of every vocabulary word (a few hundred milliseconds for all lexicons): messages are
 * mostly made of lexicon words, so the first turns need not compute theirs. For start-up (`warmUp`).
 */
export function warmVocabulary(): void {
  words.forEach((word, id) => { if (!cold.has(id)) likeness(word); });
}

function compute(typed: string): Likeness {
  const found = { ids: [] as number[], levels: [] as number[] };
  const consider = (id: number | undefined) => {
    if (id === undefined || found.ids.includes(id)) return;
    const word = words[id];
    if (!similar(typed, word, true)) return;
    found.ids.push(id);
    found.levels.push(typed === word || plural(typed, word) ? EXACT : similar(typed, word, false) ? SIMILAR : STEM);
  };
  const known = ids.get(typed);
  consider(known);
  if (typed.length >= 4) consider(ids.get(typed.slice(0, -1)));
  if (typed.length < 5 || isDigit(typed.charCodeAt(0))) return found;
  // (a word of the vocabulary typed as written shares its stem with its own forms, not with a compound it opens:
  // "tweede" (second) is no "tweedekansonderwijs", see `STEM_COMPOUND`)
  if (typed.length >= 6) {
    for (const id of byStem.get(typed.slice(0, 6)) ?? []) if (known === undefined || words[id].length - typed.length < STEM_COMPOUND) consider(id);
  }
  // a word of the vocabulary typed as written means itself, not a look-alike one typo away: "curso" (a course)
  // is not "curro" (a job), "lange" (long) not "langue", "tardes" not Tarbes
  if (known !== undefined) return found;
  // the same word with the silent h it opens with, left out as it sounds ("ablar": "hablar")
  if (typed.startsWith('a')) consider(ids.get(`h${typed}`));
  for (const id of bySound.get(soundKey(typed)) ?? []) consider(id);
  // the other look-alikes are within one or two typos (two from 9 letters): check that first, it is quick
  for (let length = typed.length - 2; length <= typed.length + 2; length++) {
    for (const id of byShape.get(typed[0] + length) ?? []) {
      const allowed = length >= 9 ? 2 : 1;
      if (Math.abs(length - typed.length) <= allowed && editDistance(typed, words[id], allowed) <= allowed) consider(id);
    }
  }
  return found;
}

/** How many more letters than a vocabulary word typed make a word sharing its stem a compound rather than one of its forms. */
const STEM_COMPOUND = 5;

function add(index: Map<string, number[]>, key: string, id: number): void {
  const list = index.get(key);
  if (list) list.push(id);
  else index.set(key, [id]);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
