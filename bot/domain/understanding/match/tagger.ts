import { words, type Token } from '../text/tokenize';
import { EXACT, levelOf } from '../text/vocabulary';
import type { WordSets } from './pattern';
import { mayBeIn, PhraseIndex, type Step } from './phraseIndex';
import { viewOf, type TokenView } from './tokenView';

/** Where a phrase was found: tokens [start, end), and how many of them were words of the phrase. */
export interface Match<T> {
  value: T;
  start: number;
  end: number;
  weight: number;
  /** Words typed exactly as in the phrase: breaks ties between typo-tolerant readings. */
  exact: number;
  source: string;
}

interface Reach {
  end: number;
  weight: number;
  exact: number;
}

export interface TaggerOptions {
  sets?: WordSets;
  /** Light stemming (see `similar`): for topics and goals, not for intents. */
  stem?: boolean;
  /**
   * Exact words only (plurals aside): for small function words (negations, fillers, clause breaks), where
   * one letter changes everything ("kenne" is not "keine").
   */
  exact?: boolean;
  /** Sets whose words must be typed exactly wherever a phrase uses them (see `compilePattern`). */
  exactSets?: ReadonlySet<string>;
  /** Words rarely typed (thousands of job titles): not warmed at start-up (see `intern`). */
  cold?: boolean;
  /**
   * A typed word that is itself a word of the vocabulary stands only for itself (or its plural): typo tolerance
   * for real typos only, so that "trabajar como" is no "trabajaba como" and "travailler" no "travaillé".
   */
  knownExact?: boolean;
  /**
   * The language writes compound nouns as one word: a one-word phrase read only through its stem at the head of a
   * longer word, which goes on `COMPOUND_REST` letters or more past what they share without holding the phrase's
   * word whole, is that compound's first part ("Wechsel|stube" is no "wechseln"; "wechselst" is a form of it).
   */
  compounds?: boolean;
}

/** How many letters past the stem it shares with a phrase's word a compound adds ("Wechsel|stube"). */
const COMPOUND_REST = 4;

/**
 * Finds lexicon phrases in a message. `tag` keeps the most specific reading: longer phrases first, so
 * "ordinateur portable" is a computer although "portable" alone is a phone, and "driving licence" is not
 * the French "licence" degree.
 *
 * @remarks Compiled for speed, since every message runs through dozens of taggers: phrase words are vocabulary
 * ids, phrases are indexed by the ids of their possible first words, and a token's look-alikes are computed
 * once for all taggers (`viewOf`), so only phrases whose first word the token can stand for are tried.
 * Results are remembered for the last two token lists read (a turn reads the same message several times).
 */
export class Tagger<T> {
  private readonly phrases: PhraseIndex<T>;
  private readonly knownExact: boolean;
  private readonly compounds: boolean;
  /**
   * What `tag` kept in the token list it read last and in the one before (by `TokenView.serial`; 0: none).
   *
   * @remarks Here rather than in a map on each view: a turn reads its message, and a few texts made from it,
   * with a tagger one after the other, and hardly ever goes back further than the list before (on the
   * benchmark's messages and every corpus set, a memory of two tags as few lists as a memory of all, to a tenth
   * of a list per message). A map per view grew with each of the hundred taggers that read it (7 % of what a
   * message allocated), and kept every tagger's matches for as long as the view was cached.
   */
  private lastSerial = 0;
  private lastKept: ReadonlyArray<Match<T>> = NO_MATCHES;
  private priorSerial = 0;
  private priorKept: ReadonlyArray<Match<T>> = NO_MATCHES;

  constructor(entries: Array<[string, T]>, options: TaggerOptions = {}) {
    this.phrases = new PhraseIndex(entries, options);
    this.knownExact = options.knownExact === true;
    this.compounds = options.compounds === true;
  }

  /** Every occurrence of every phrase (the shortest reading at each start). Read-only (shared when there is none). */
  all(tokens: Token[]): ReadonlyArray<Match<T>> {
    return this.collect(tokens, viewOf(tokens)) ?? NO_MATCHES;
  }

  /** What `all` returns, in a list of its own, or undefined when there is nothing (most taggers in most messages). */
  private collect(tokens: Token[], view: TokenView): Array<Match<T>> | undefined {
    const starts = this.phrases.startsIn(view);
    if (starts === 0) return undefined;
    let found: Array<Match<T>> | undefined;
    for (let start = 0; start < tokens.length; start++) {
      if ((starts & (1 << (start < 31 ? start : 31))) === 0) continue;
      for (const phrase of this.phrases.startingAt(view, start)) {
        if (!mayBeIn(phrase, view)) continue;
        const hit = this.matchAt(phrase.steps, 0, view, start, 0, 0);
        if (hit && !(this.compounds && opensCompound(tokens, phrase.source, start, hit))) {
          (found ??= []).push({ value: phrase.value, start, end: hit.end, weight: hit.weight, exact: hit.exact, source: phrase.source });
        }
      }
    }
    return found;
  }

  /**
   * Non-overlapping matches, most specific first, returned in reading order.
   *
   * @remarks The list returned is the one this tagger remembers for `tokens` (see `lastKept`), not a copy: read-only,
   * since a turn tags its message a few hundred times and copying every result was a tenth of what it allocated.
   */
  tag(tokens: Token[]): ReadonlyArray<Match<T>> {
    const view = viewOf(tokens);
    const { serial } = view;
    let kept: ReadonlyArray<Match<T>>;
    if (serial === this.lastSerial) kept = this.lastKept;
    else if (serial === this.priorSerial) kept = this.priorKept;
    else {
      // (most taggers find nothing in most messages: they share one empty list)
      const found = this.collect(tokens, view);
      kept = found === undefined ? NO_MATCHES : this.best(found, tokens.length);
      this.priorSerial = this.lastSerial;
      this.priorKept = this.lastKept;
      this.lastSerial = serial;
      this.lastKept = kept;
    }
    return kept;
  }

  private best(found: Array<Match<T>>, length: number): Array<Match<T>> {
    if (found.length < 2) return found;
    const ranked = sortInPlace(found, moreSpecificFirst);
    // the matches kept, at their first token: they do not overlap, so reading them by position is reading order
    // (in arrays shared by every call, cleared as they are read: `best` does not nest)
    const keptAt = keptAtScratch as Array<Match<T> | undefined>;
    while (keptAt.length < length) keptAt.push(undefined);
    while (takenScratch.length < length) takenScratch.push(false);
    for (const match of ranked) {
      let free = true;
      for (let i = match.start; i < match.end; i++) if (takenScratch[i]) free = false;
      if (!free) continue;
      for (let i = match.start; i < match.end; i++) takenScratch[i] = true;
      keptAt[match.start] = match;
    }
    const kept: Array<Match<T>> = [];
    for (let i = 0; i < length; i++) {
      const match = keptAt[i];
      if (match) kept.push(match);
      keptAt[i] = undefined;
      takenScratch[i] = false;
    }
    return kept;
  }

  private matchAt(steps: Step[], p: number, view: TokenView, t: number, weight: number, exact: number): Reach | undefined {
    if (p === steps.length) return { end: t, weight, exact };
    const step = steps[p];
    const length = view.ids.length;
    if ('gap' in step) {
      for (let skip = 0; skip <= step.gap && t + skip <= length; skip++) {
        const hit = this.matchAt(steps, p + 1, view, t + skip, weight, exact);
        if (hit) return hit;
      }
      return undefined;
    }
    let best: Reach | undefined;
    for (const alt of step.alts) {
      if (t + alt.length > length) continue;
      let same = 0;
      let i = 0;
      for (; i < alt.length; i++) {
        const level = this.knownExact && view.ids[t + i] >= 0 ? EXACT : step.level;
        if (levelOf(view.likes[t + i], alt[i]) < level) break;
        if (view.ids[t + i] === alt[i]) same++;
      }
      if (i < alt.length) continue;
      const hit = this.matchAt(steps, p + 1, view, t + alt.length, weight + alt.length, exact + same);
      if (hit && (!best || hit.weight > best.weight || (hit.weight === best.weight && hit.exact > best.exact))) best = hit;
    }
    return best;
  }
}

/** What `tag` returns when nothing is found (frozen: read-only for everyone). */
const NO_MATCHES: ReadonlyArray<Match<never>> = Object.freeze([]);

/** `Tagger.best`'s work arrays, as long as the longest token list read so far, all empty between calls. */
const keptAtScratch: Array<Match<unknown> | undefined> = [];
const takenScratch: boolean[] = [];

/** Heavier first, then more words typed exactly, then shorter, then earlier (how `tag` ranks overlapping readings). */
function moreSpecificFirst(a: Match<unknown>, b: Match<unknown>): number {
  return b.weight - a.weight || b.exact - a.exact || (a.end - a.start) - (b.end - b.start) || a.start - b.start;
}

/**
 * Sorts a short list in place, stably (insertion sort), as `Array.prototype.sort` would. Tagging sorts a few
 * matches thousands of times per message, and V8's sort allocates its work arrays on every call: that was a
 * tenth of what understanding a message allocated.
 */
function sortInPlace<M>(list: M[], compare: (a: M, b: M) => number): M[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let at = i;
    while (at > 0 && compare(list[at - 1], item) > 0) {
      list[at] = list[at - 1];
      at--;
    }
    list[at] = item;
  }
  return list;
}

/** Whether a one-word phrase is read, through its stem only, at the head of a compound noun (see `compounds`). */
function opensCompound(tokens: Token[], source: string, start: number, hit: Reach): boolean {
  if (hit.end - start !== 1 || hit.exact > 0) return false;
  const phrase = words(source);
  if (phrase.length !== 1) return false;
  const [typed, word] = [tokens[start].t, phrase[0]];
  if (typed.includes(word)) return false;
  let shared = 0;
  while (shared < typed.length && typed[shared] === word[shared]) shared++;
  return typed.length - shared >= COMPOUND_REST;
}
