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
 * The phrases of one first word usable at one likeness level, in phrase-list order, split by the first thing each
 * needs (`Phrase.needs[0]`): a group whose `gate` the message lacks is passed over whole. `gate` is undefined for
 * phrases of one word (they need nothing more).
 */
interface Group<T> {
  readonly gate: Need | undefined;
  readonly phrases: ReadonlyArray<Phrase<T>>;
}

/**
 * A tagger's phrases compiled once: words become vocabulary ids, and phrases are indexed by the ids their
 * first word may have, so that at each position of a message only the phrases whose first word the token
 * can stand for are tried (rather than every phrase starting with the same letter, typo-matched word by word).
 *
 * @remarks `startingAt` runs for every token of every message in some forty taggers per lexicon: it returns
 * lists made at construction (one per first word, likeness level and first need), so that it allocates nothing
 * unless several of them are usable at one token (then they are merged). The groups by first need are what makes
 * it quick: "i" opens some two thousand phrases of the English request taggers ("i don't speak @lang_fr", one copy
 * per language and phrase), and a message with an "i" but no "speak" had each of them looked at, one by one, to
 * find it could not be there (near a fifth of the profiled time); now one look at "speak" passes over them all.
 */
export class PhraseIndex<T> {
  /** First-word id → the groups of phrases a token standing for that word at level `l` may start, at index `l`. */
  private readonly byFirstWord = new Map<number, Array<ReadonlyArray<Group<T>>>>();
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
      const lists = byLevel(bucket);
      const groups: Array<ReadonlyArray<Group<T>>> = [];
      lists.forEach((list, level) => { groups[level] = level > 0 && list === lists[level - 1] ? groups[level - 1] : byGate(list); });
      this.byFirstWord.set(id, groups);
      highest = Math.max(highest, id);
    }
    this.firstWords = new Uint32Array((highest >> 5) + 1);
    for (const id of all.keys()) this.firstWords[id >> 5] |= 1 << (id & 31);
  }

  /**
   * The tokens of the message of `view` that may stand for the first word of a phrase here, one bit per position
   * as in `TokenView.positions` (bit 31 for every position from 31 on); 0 when there are none, as in most
   * messages for most taggers. `startingAt` finds nothing at any other token.
   */
  startsIn(view: TokenView): number {
    const { present, positions } = view;
    const { firstWords } = this;
    let starts = 0;
    for (let i = 0; i < present.length; i++) {
      const id = present[i];
      if (id >> 5 < firstWords.length && (firstWords[id >> 5] & (1 << (id & 31))) !== 0) starts |= positions[i];
    }
    return starts;
  }

  /**
   * The phrases whose first word the token at `start` may stand for and whose first need the message meets, in
   * phrase-list order. Shared: never modify.
   */
  startingAt(view: TokenView, start: number): ReadonlyArray<Phrase<T>> {
    const { ids, levels } = view.likes[start];
    const { firstWords } = this;
    let found: ReadonlyArray<Phrase<T>> = NONE;
    let lists = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      // (ids past the last word are words interned later, by other taggers: none of them starts a phrase here)
      if (id >> 5 >= firstWords.length || (firstWords[id >> 5] & (1 << (id & 31))) === 0) continue;
      const groups = this.byFirstWord.get(id)?.[levels[i]];
      if (!groups) continue;
      for (let g = 0; g < groups.length; g++) {
        const { gate, phrases } = groups[g];
        if (gate !== undefined && !isMet(gate, view)) continue;
        if (lists === 0) found = phrases;
        else {
          if (lists === 1) usable[0] = found;
          usable[lists] = phrases;
        }
        lists++;
      }
    }
    return lists < 2 ? found : mergeAll(usable as Array<ReadonlyArray<Phrase<T>>>, lists);
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
  for (let i = 0; i < needs.length; i++) if (!isMet(needs[i], view)) return false;
  return true;
}

/** Whether one of the ids of `need` is in the message of `view` (worked out once per view). */
function isMet(need: Need, view: Pick<TokenView, 'present' | 'serial'>): boolean {
  if (need.seen !== view.serial) {
    need.found = intersects(need.ids, view.present);
    need.seen = view.serial;
  }
  return need.found;
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

/** The phrases of a list by their first need, each group in phrase-list order, the groups in the order of their first phrase. */
function byGate<T>(list: ReadonlyArray<Phrase<T>>): ReadonlyArray<Group<T>> {
  const groups = new Map<Need | undefined, Array<Phrase<T>>>();
  for (const phrase of list) {
    const gate = phrase.needs[0];
    const group = groups.get(gate);
    if (group) group.push(phrase);
    else groups.set(gate, [phrase]);
  }
  return [...groups].map(([gate, phrases]) => ({ gate, phrases: phrases.length === list.length ? list : phrases }));
}

/** The lists of phrases usable at one token when there are several (reused: `startingAt` does not nest). */
const usable: Array<ReadonlyArray<Phrase<unknown>>> = [];

/**
 * The first `count` lists of `lists`, each in phrase-list order, merged into one in that order, each phrase once
 * (a phrase whose first word has several spellings is in the list of each; one tagger's phrases have distinct
 * `order`s). Merged at once, list heads compared, rather than two by two, which copied the growing list once for
 * each list added, or sorted, which allocated the sort's work arrays at every call (a sixth of what a message
 * allocated).
 */
function mergeAll<T>(lists: Array<ReadonlyArray<Phrase<T>>>, count: number): Array<Phrase<T>> {
  const all: Array<Phrase<T>> = [];
  for (let l = 0; l < count; l++) heads[l] = 0;
  for (;;) {
    let lowest = -1;
    let order = Infinity;
    for (let l = 0; l < count; l++) {
      const list = lists[l];
      if (heads[l] < list.length && list[heads[l]].order < order) {
        order = list[heads[l]].order;
        lowest = l;
      }
    }
    if (lowest < 0) break;
    all.push(lists[lowest][heads[lowest]]);
    for (let l = 0; l < count; l++) if (heads[l] < lists[l].length && lists[l][heads[l]].order === order) heads[l]++;
  }
  for (let l = 0; l < count; l++) lists[l] = NONE;
  return all;
}

/** Where `mergeAll` is in each of its lists (reused: it does not nest). */
const heads: number[] = [];
