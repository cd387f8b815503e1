import type { CompiledLexicon } from './lexicon/compiledLexicon';
import { aloneExceptFillers, isNegated } from './match/context';
import { read } from './slots/reading';

/**
 * Yes or no: the first yes/no phrase of the message in its language, flipped when negated ("je ne suis pas
 * d'accord" is no). Other languages' words count only alone ("yes", "ja" in a French chat), since "no" and
 * "si" are ordinary words elsewhere.
 */
export function yesNoOf(text: string, lexicons: CompiledLexicon[]): boolean | undefined {
  for (const [index, lex] of lexicons.entries()) {
    const reading = read(text, lex);
    const matches = lex.yesNo.tag(reading.tokens);
    for (const m of matches) {
      if (index > 0 && !aloneExceptFillers(reading.tokens, m, lex.fillers)) continue;
      const negated = isNegated(reading.tokens, m, reading.negations, matches);
      return negated && m.value ? false : m.value;
    }
  }
  return undefined;
}
