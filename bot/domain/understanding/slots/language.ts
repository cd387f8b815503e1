import type { CompiledLexicon } from '../lexicon/compiledLexicon';
import { read } from './reading';

/**
 * The language a user names when asked which one they want: "anglais", "English", "en español", "Deutsch",
 * read with the conversation's lexicon first (which knows every endonym), then the others.
 */
export function readLanguageName(text: string, lexicons: CompiledLexicon[]): string | undefined {
  for (const lex of lexicons) {
    const reading = read(text, lex);
    const named = lex.languageNames.tag(reading.tokens);
    if (named.length > 0) return named[0].value;
  }
  return undefined;
}
