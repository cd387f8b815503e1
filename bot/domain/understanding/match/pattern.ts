import { words } from '../text/tokenize';

/** One position of a pattern: a choice of word sequences (typed exactly if `exact`), or a gap of words. */
export type Part = { alts: string[][]; exact?: boolean } | { gap: number };

/** A lexicon phrase compiled for matching. */
export interface Pattern {
  source: string;
  parts: Part[];
}

/** Named word lists a pattern may refer to with `@name` (from the lexicon's `sets`, plus built-ins). */
export type WordSets = Record<string, string[][]>;

/** How many words a `*` may skip: enough for "parler *à une vraie* personne", not a whole sentence. */
export const GAP = 4;

/**
 * Compiles a lexicon phrase. The syntax is kept tiny so that non-programmers can write lexicons:
 * - words are compared folded and typo-tolerant ("parlez vous" matches "parlez-vous", "Parlez vous");
 * - `*` skips up to four words ("parler * conseiller" matches "parler avec une conseillère");
 * - `a|b|c` is a choice at one position ("veux|voudrais un conseiller");
 * - `@name` is a choice among the entries of the lexicon set `name` ("parler * @advisor"); sets listed in
 *   `exactSets` must be typed exactly (language names: "France" must not read as "francés");
 * - `=word` (or `=a|b`) must be typed exactly: a word one letter away from another everyday word ("=anfänger" is
 *   not "anfangen", "=beginner" not "beginnen").
 *
 * @throws when a `@name` is not a known set, naming the phrase, so a broken lexicon fails at start-up.
 */
export function compilePattern(source: string, sets: WordSets = {}, exactSets: ReadonlySet<string> = new Set()): Pattern {
  const parts: Part[] = [];
  for (const chunk of source.trim().split(/\s+/)) {
    if (chunk === '*') {
      parts.push({ gap: GAP });
    } else if (chunk.startsWith('@')) {
      const set = sets[chunk.slice(1)];
      if (!set) throw new Error(`unknown set "${chunk}" in phrase "${source}"`);
      parts.push(exactSets.has(chunk.slice(1)) ? { alts: set, exact: true } : { alts: set });
    } else if (chunk.startsWith('=')) {
      parts.push({ alts: chunk.slice(1).split('|').map((alt) => words(alt)).filter((alt) => alt.length > 0), exact: true });
    } else if (chunk.includes('|')) {
      parts.push({ alts: chunk.split('|').map((alt) => words(alt)).filter((alt) => alt.length > 0) });
    } else {
      for (const word of words(chunk)) parts.push({ alts: [[word]] });
    }
  }
  if (!parts.some((part) => 'alts' in part)) throw new Error(`phrase "${source}" has no words`);
  if ('gap' in parts[0]) throw new Error(`phrase "${source}" starts with *`);
  return { source, parts };
}

/** Compiles each entry of a set (entries may be several words, e.g. "vraie personne"). */
export function compileSets(raw: Record<string, string[]>): WordSets {
  const sets: WordSets = {};
  for (const [name, entries] of Object.entries(raw)) {
    sets[name] = entries.map((entry) => words(entry)).filter((entry) => entry.length > 0);
  }
  return sets;
}
