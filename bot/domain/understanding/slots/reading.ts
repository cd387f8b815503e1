import type { CompiledLexicon } from '../lexicon/compiledLexicon';
import { splitClauses } from '../match/context';
import type { Match } from '../match/tagger';
import { tokenize, type Token } from '../text/tokenize';

/** A message read in one language: its tokens (with clauses cut at "mais"/"but") and that language's matchers. */
export interface Reading {
  text: string;
  tokens: Token[];
  lex: CompiledLexicon;
  /** Negations found in the message (computed once, used by several slots). */
  negations: Array<Match<'weak' | 'strong'>>;
}

export function read(text: string, lex: CompiledLexicon): Reading {
  const tokens = splitClauses(tokenize(text), lex.contrast);
  return { text, tokens, lex, negations: lex.negations.tag(tokens) };
}

/** How a slot reader is used: as the answer to its own question, or picked out of free text (stricter). */
export type Mode = 'answer' | 'extract';

/** Tokens [start, end) of a message. */
export interface Span {
  start: number;
  end: number;
}
