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
}

/** How a tagger compares words (see `TaggerOptions`). */
export interface PhraseOptions {
  sets?: WordSets;
  stem?: boolean;
  exact?: boolean;
  exactSets?: ReadonlySet<string>;
  cold?: boolean;
}

const NONE: never[] = [];

/**
 * A tagger's phrases compiled once: words become vocabulary ids, and phrases are indexed by the ids their
 * first word may have, so that at each position of a message only the phrases whose first word the token
 * can stand for are tried (rather than every phrase starting with the same letter, typo-matched word by word).
 */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<number, Array<Phrase<T>>>();

  constructor(entries: Array<[string, T]>, options: PhraseOptions) {
    entries.forEach(([source, value], order) => {
      const pattern = compilePattern(source, options.sets, options.exactSets);
      const steps = pattern.parts.map((part): Step => ('gap' in part ? part : {
        alts: part.alts.map((alt) => alt.map((word) => intern(word, !options.cold))),
        level: options.exact || part.exact ? EXACT : options.stem ? STEM : SIMILAR,
      }));
      const phrase: Phrase<T> = { source, value, steps, order };
      const first = steps[0];
      for (const id of new Set('alts' in first ? first.alts.map((alt) => alt[0]) : [])) {
        const bucket = this.byFirstWord.get(id);
        if (bucket) bucket.push(phrase);
        else this.byFirstWord.set(id, [phrase]);
      }
    });
  }

  /** The phrases whose first word the token at `start` may stand for, in phrase-list order. */
  startingAt(view: TokenView, start: number): Array<Phrase<T>> {
    const { ids, levels } = view.likes[start];
    let found: Array<Phrase<T>> | undefined;
    for (let i = 0; i < ids.length; i++) {
      const bucket = this.byFirstWord.get(ids[i]);
      if (!bucket) continue;
      for (const phrase of bucket) {
        if ((phrase.steps[0] as { level: number }).level > levels[i] || found?.includes(phrase)) continue;
        (found ??= []).push(phrase);
      }
    }
    if (!found) return NONE;
    return found.length > 1 ? found.sort((a, b) => a.order - b.order) : found;
  }
}
