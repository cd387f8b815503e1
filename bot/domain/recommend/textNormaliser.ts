import { newStemmer, algorithms, type Stemmer } from 'snowball-stemmers';
import { fold } from '../understanding/text/fold';
import { editDistance } from '../understanding/text/editDistance';

/** Per-language search settings, from knowledge/search.json (data, so a new language needs no code). */
export interface SearchLanguage { stemmer: string; stopWords: string[] }

/** Folded words, apostrophe elisions dropped ("l'informatique" → "informatique"). */
export function tokens(text: string): string[] {
  return fold(text).replace(/\b[a-z]{1,2}['’]/g, ' ').split(/[^\p{L}\p{N}+#]+/u).filter((t) => t.length > 0);
}

/** Turns a word into its search term for one language: stop words dropped, stemmed. */
export class TermProcessor {
  private readonly stop: Set<string>;
  private readonly stemmer: Stemmer | undefined;
  private readonly cache = new Map<string, string | null>();

  constructor(settings: SearchLanguage | undefined) {
    this.stop = new Set((settings?.stopWords ?? []).map(fold));
    this.stemmer = settings && algorithms().includes(settings.stemmer) ? newStemmer(settings.stemmer) : undefined;
  }

  term(word: string): string | null {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const folded = fold(word);
    let result: string | null = null;
    if (folded.length > 1 && !this.stop.has(folded)) {
      result = this.stemmer && folded.length > 3 ? fold(this.stemmer.stem(folded)) : folded;
    }
    if (this.cache.size < 50_000) this.cache.set(word, result);
    return result;
  }
}

/**
 * Whether a word of the catalogue (`found`, as written, folded) may be what the person meant by theirs (`typed`, folded):
 * one edit in a word of 4 to 7 letters, two from 8 ("Pyhton", "programation"). Stems alone cannot tell: "chauffeur" (a
 * driver) is one edit from "chauffer", the stem of "chaufferies" (boiler rooms), which is three edits away.
 */
export function mayBeTypo(typed: string, found: string): boolean {
  const max = typed.length >= 8 ? 2 : typed.length >= 4 ? 1 : 0;
  return editDistance(typed, found, max) <= max;
}
