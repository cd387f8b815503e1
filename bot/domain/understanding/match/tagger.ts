import { plural, similar } from '../text/similar';
import type { Token } from '../text/tokenize';
import { compilePattern, type Pattern, type WordSets } from './pattern';

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
}

/**
 * Finds lexicon phrases in a message. `tag` keeps the most specific reading: longer phrases first, so
 * "ordinateur portable" is a computer although "portable" alone is a phone, and "driving licence" is not
 * the French "licence" degree.
 */
export class Tagger<T> {
  /** Phrases by the first letter of their first word (`similar` never forgives a wrong first letter). */
  private readonly byFirstLetter = new Map<string, Array<{ pattern: Pattern; value: T }>>();
  private readonly stem: boolean;
  private readonly exact: boolean;

  constructor(entries: Array<[string, T]>, options: TaggerOptions = {}) {
    for (const [phrase, value] of entries) {
      const pattern = compilePattern(phrase, options.sets, options.exactSets);
      const first = pattern.parts[0];
      const letters = new Set('alts' in first ? first.alts.map((alt) => alt[0][0]) : []);
      for (const letter of letters) {
        const bucket = this.byFirstLetter.get(letter) ?? [];
        bucket.push({ pattern, value });
        this.byFirstLetter.set(letter, bucket);
      }
    }
    this.stem = options.stem ?? false;
    this.exact = options.exact ?? false;
  }

  /** Every occurrence of every phrase (the shortest reading at each start). */
  all(tokens: Token[]): Array<Match<T>> {
    const found: Array<Match<T>> = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const { pattern, value } of this.byFirstLetter.get(tokens[start].t[0]) ?? []) {
        const hit = this.matchAt(pattern, 0, tokens, start, 0, 0);
        if (hit) found.push({ value, start, end: hit.end, weight: hit.weight, exact: hit.exact, source: pattern.source });
      }
    }
    return found;
  }

  /** Non-overlapping matches, most specific first, returned in reading order. */
  tag(tokens: Token[]): Array<Match<T>> {
    const ranked = this.all(tokens).sort((a, b) =>
      b.weight - a.weight || b.exact - a.exact || (a.end - a.start) - (b.end - b.start) || a.start - b.start);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const kept: Array<Match<T>> = [];
    for (const match of ranked) {
      let free = true;
      for (let i = match.start; i < match.end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = match.start; i < match.end; i++) taken[i] = true;
      kept.push(match);
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  private same(typed: string, word: string, exact = false): boolean {
    return this.exact || exact ? typed === word || plural(typed, word) : similar(typed, word, this.stem);
  }

  private matchAt(pattern: Pattern, p: number, tokens: Token[], t: number, weight: number, exact: number):
    Reach | undefined {
    if (p === pattern.parts.length) return { end: t, weight, exact };
    const part = pattern.parts[p];
    if ('gap' in part) {
      for (let skip = 0; skip <= part.gap && t + skip <= tokens.length; skip++) {
        const hit = this.matchAt(pattern, p + 1, tokens, t + skip, weight, exact);
        if (hit) return hit;
      }
      return undefined;
    }
    let best: Reach | undefined;
    for (const alt of part.alts) {
      if (t + alt.length > tokens.length) continue;
      if (!alt.every((word, i) => this.same(tokens[t + i].t, word, part.exact))) continue;
      const same = alt.filter((word, i) => tokens[t + i].t === word).length;
      const hit = this.matchAt(pattern, p + 1, tokens, t + alt.length, weight + alt.length, exact + same);
      if (hit && (!best || hit.weight > best.weight || (hit.weight === best.weight && hit.exact > best.exact))) best = hit;
    }
    return best;
  }
}
