import type { CompiledLexicon } from '../lexicon/compiledLexicon';
import { splitClauses } from '../match/context';
import type { Match } from '../match/tagger';
import { BoundedCache } from '../text/boundedCache';
import { tokenize, type Token } from '../text/tokenize';

/** A message read in one language: its tokens (with clauses cut at "mais"/"but") and that language's matchers. */
export interface Reading {
  text: string;
  tokens: Token[];
  lex: CompiledLexicon;
  /** Negations found in the message (computed once, used by several slots). */
  negations: Array<Match<'weak' | 'strong'>>;
}

/** Readings per lexicon, by text: intent, answer and extract of one turn read the same message. */
const readings = new WeakMap<CompiledLexicon, BoundedCache<string, Reading>>();

/**
 * The message read with `lex`, remembered: the same reading (the same token list) comes back for the same
 * text, so every matcher's results for it are computed once per turn. Readings are shared: never modify one.
 */
export function read(text: string, lex: CompiledLexicon): Reading {
  let cache = readings.get(lex);
  if (!cache) {
    cache = new BoundedCache(500);
    readings.set(lex, cache);
  }
  const known = cache.get(text);
  if (known) return known;
  const tokens = splitClauses(tokenize(text), lex.contrast);
  return cache.set(text, { text, tokens, lex, negations: lex.negations.tag(tokens) });
}

/** How a slot reader is used: as the answer to its own question, or picked out of free text (stricter). */
export type Mode = 'answer' | 'extract';

/** Tokens [start, end) of a message. */
export interface Span {
  start: number;
  end: number;
}
