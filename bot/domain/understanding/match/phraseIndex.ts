import { EXACT, SIMILAR, STEM, intern } from '../text/vocabulary';
import { compilePattern, type WordSets } from './pattern';
import type { TokenView } from './tokenView';

/** A pattern part with its words as vocabulary ids and the likeness level (see `vocabulary`) each word needs. */
export type Step = { alts: number[][]; level: number } | { gap: number };

/** A compiled phrase and what a match of it means. */
export interface Phrase<T> {
  source: string;
  value: T;
  steps: Step[];
  /** Position in the phrase list: phrases matching at one start are tried, and so kept on ties, in this order. */
  order: number;
  /**
   * For each word of the phrase after the first, the ids its typed word may stand for (fewest first): a message
   * in which one of them stands for none of these cannot hold the phrase (see `mayBeIn`).
   */
  needs: Need[];
}

/**
 * The ids one word of a phrase may stand for (sorted), one object for every phrase of every tagger that needs the
 * same ids, with whether the message last looked at has one of them: so each is looked for once per message.
 *
 * @remarks The copies of a phrase per language ("i don't speak @lang_fr", "…@lang_de", some fifty) share all their
 * words but the language's name: looked for per phrase, "don't" and "speak" were looked for hundreds of times in
 * each message that has an "i" (a tenth of the time a message took).
 */
export interface Need {
  readonly ids: readonly number[];
  /** The view (`TokenView.serial`) that `found` was worked out for; 0 for none yet. */
  seen: number;
  found: boolean;
}

/** Every `Need` made so far, by its ids (as `1,5,9`). */
const sharedNeeds = new Map<string, Need>();

/** How a tagger compares words (see `TaggerOptions`). */
export interface PhraseOptions {
  sets?: WordSets;
  stem?: boolean;
  exact?: boolean;
  exactSets?: ReadonlySet<string>;
  cold?: boolean;
}

const NONE: never[] = [];

/** The likeness levels a typed word can have for a vocabulary word (`STEM`, `SIMILAR`, `EXACT`), weakest first. */
const LEVELS = [STEM, SIMILAR, EXACT];

/**
 * A tagger's phrases compiled once: words become vocabulary ids, and phrases are indexed by the ids their
 * first word may have, so that at each position of a message only the phrases whose first word the token
 * can stand for are tried (rather than every phrase starting with the same letter, typo-matched word by word).
 *
 * @remarks `startingAt` runs for every token of every message in some forty taggers per lexicon: it returns
 * lists made at construction (one per first word and likeness level), so that it allocates nothing unless a
 * token stands for several first words of one tagger (then their lists are merged).
 */
export class PhraseIndex<T> {
  /** First-word id → the phrases a token standing for that word at level `l` may start, at index `l`. */
  private readonly byFirstWord = new Map<number, Array<ReadonlyArray<Phrase<T>>>>();
  /**
   * The keys of `byFirstWord`, one bit per vocabulary id (bit `id % 32` of word `id / 32`): most words of a message
   * start no phrase of a given tagger, and a bit says so sooner than the map (`startingAt` took a sixth of the
   * benchmark's time, an eighth with these bits).
   */
  private readonly firstWords: Uint32Array;

  constructor(entries: Array<[string, T]>, options: PhraseOptions) {
    const all = new Map<number, Array<Phrase<T>>>();
    entries.forEach(([source, value], order) => {
      const pattern = compilePattern(source, options.sets, options.exactSets);
      const steps = pattern.parts.map((part): Step => ('gap' in part ? part : {
        alts: part.alts.map((alt) => alt.map((word) => intern(word, !options.cold))),
        level: options.exact || part.exact ? EXACT : options.stem ? STEM : SIMILAR,
      }));
      const phrase: Phrase<T> = { source, value, steps, order, needs: needsOf(steps) };
      const first = steps[0];
      for (const id of new Set('alts' in first ? first.alts.map((alt) => alt[0]) : [])) {
        const bucket = all.get(id);
        if (bucket) bucket.push(phrase);
        else all.set(id, [phrase]);
      }
    });
    let highest = -1;
    for (const [id, bucket] of all) {
      this.byFirstWord.set(id, byLevel(bucket));
      highest = Math.max(highest, id);
    }
    this.firstWords = new Uint32Array((highest >> 5) + 1);
    for (const id of all.keys()) this.firstWords[id >> 5] |= 1 << (id & 31);
  }

  /** The phrases whose first word the token at `start` may stand for, in phrase-list order. Shared: never modify. */
  startingAt(view: TokenView, start: number): ReadonlyArray<Phrase<T>> {
    const { ids, levels } = view.likes[start];
    const { firstWords } = this;
    let found: ReadonlyArray<Phrase<T>> = NONE;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      // (ids past the last word are words interned later, by other taggers: none of them starts a phrase here)
      if (id >> 5 >= firstWords.length || (firstWords[id >> 5] & (1 << (id & 31))) === 0) continue;
      const usable = this.byFirstWord.get(id)?.[levels[i]];
      if (!usable || usable.length === 0) continue;
      found = found.length === 0 ? usable : mergeByOrder(found, usable);
    }
    return found;
  }
}

/**
 * Whether every word of `phrase` after its first may stand in the message of `view`, whose tokens stand for the
 * vocabulary ids `view.present` (sorted): a necessary condition, cheap to check before matching word by word.
 * Each `Need` is looked for once per view, whichever phrase asks first.
 *
 * @remarks Lexicons name languages through one copy of a phrase per language ("do you speak @lang_en", one for
 * each of some fifty languages): without this, every copy was matched up to its language name wherever a
 * message had "do", "i" or "in".
 */
export function mayBeIn(phrase: Phrase<unknown>, view: Pick<TokenView, 'present' | 'serial'>): boolean {
  const { needs } = phrase;
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i];
    if (need.seen !== view.serial) {
      need.found = intersects(need.ids, view.present);
      need.seen = view.serial;
    }
    if (!need.found) return false;
  }
  return true;
}

/** The first-word ids of each word step but the first, each sorted, the shortest lists first (they fail soonest). */
function needsOf(steps: Step[]): Need[] {
  const needs: Need[] = [];
  for (const step of steps.slice(1)) {
    if ('alts' in step) needs.push(sharedNeed([...new Set(step.alts.map((alt) => alt[0]))].sort((a, b) => a - b)));
  }
  return needs.sort((a, b) => a.ids.length - b.ids.length);
}

/** The `Need` for these sorted ids, made once. */
function sharedNeed(ids: number[]): Need {
  const key = ids.join(',');
  let need = sharedNeeds.get(key);
  if (!need) {
    need = { ids, seen: 0, found: false };
    sharedNeeds.set(key, need);
  }
  return need;
}

/** Whether two sorted id lists share an id: each id of the shorter is looked up in the longer. */
function intersects(a: readonly number[], b: readonly number[]): boolean {
  if (a.length > b.length) return intersects(b, a);
  for (let i = 0; i < a.length; i++) if (includesSorted(b, a[i])) return true;
  return false;
}

function includesSorted(sorted: readonly number[], id: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === id) return true;
    if (sorted[middle] < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * A first word's phrases by the likeness level of the token (index 0 unused): those whose first word accepts that
 * level, in phrase-list order. Levels that keep every phrase share the bucket itself.
 */
function byLevel<T>(bucket: Array<Phrase<T>>): Array<ReadonlyArray<Phrase<T>>> {
  const lists: Array<ReadonlyArray<Phrase<T>>> = [NONE];
  for (const level of LEVELS) {
    const usable = bucket.filter((phrase) => (phrase.steps[0] as { level: number }).level <= level);
    lists[level] = usable.length === bucket.length ? bucket : usable;
  }
  return lists;
}

/** Two lists in phrase-list order merged into one, in that order, each phrase once (it may be in both). */
function mergeByOrder<T>(a: ReadonlyArray<Phrase<T>>, b: ReadonlyArray<Phrase<T>>): Array<Phrase<T>> {
  const merged: Array<Phrase<T>> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i].order < b[j].order)) merged.push(a[i++]);
    else if (i === a.length || b[j].order < a[i].order) merged.push(b[j++]);
    else { merged.push(a[i++]); j++; } // the same phrase in both lists
  }
  return merged;
}
