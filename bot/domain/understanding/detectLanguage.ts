import { detectAll } from 'tinyld';
import type { CompiledLexicon } from './lexicon/compiledLexicon';
import { BoundedCache } from './text/boundedCache';
import { tokenize } from './text/tokenize';

/** Below this, tinyld's guess is noise ("ok", "20", "Paris"). */
const MIN_WORDS = 2;
const MIN_LETTERS = 10;
/** tinyld's accuracy for the best language, and how far ahead of the second it must be. */
const MIN_ACCURACY = 0.1;
const MIN_LEAD = 2;

/**
 * The language of a free-text message among `candidates`, or undefined when it cannot be told. tinyld
 * (restricted to the candidates) decides when it is clear; when it hesitates, which is common for short
 * unaccented chat ("jai pas de diplome"), the language whose lexicon knows the most of the message's words
 * decides, if it clearly knows more than any other.
 */
export function detectLanguageOf(text: string, candidates: string[], lexicons: CompiledLexicon[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const tokens = tokenize(text).filter((t) => /[a-z]/.test(t.t));
  const letters = tokens.reduce((sum, t) => sum + t.t.length, 0);
  if (tokens.length < MIN_WORDS || letters < MIN_LETTERS) return undefined;
  if (candidates.length === 1) return candidates[0];
  const [best, second] = guessesOf(text, candidates);
  if (best && best.accuracy >= MIN_ACCURACY && (!second || best.accuracy >= MIN_LEAD * second.accuracy)) return best.lang;
  return byVocabulary(tokens.map((t) => t.t), candidates, lexicons);
}

/** tinyld's guesses by candidates and text: a turn may ask about one message several times. */
const guesses = new BoundedCache<string, ReturnType<typeof detectAll>>(2000);

function guessesOf(text: string, candidates: string[]): ReturnType<typeof detectAll> {
  const key = `${candidates.join(',')}\u0000${text}`;
  return guesses.get(key) ?? guesses.set(key, detectAll(text, { only: candidates }));
}

const vocabularies = new WeakMap<CompiledLexicon, Set<string>>();

/** Builds the lexicons' fingerprints now (some milliseconds each) rather than in the first user's turn. */
export function prepareDetection(lexicons: CompiledLexicon[]): void {
  for (const lex of lexicons) vocabulary(lex);
}

/** Every word of a lexicon's phrases: a crude but honest fingerprint of a language's chat vocabulary. */
function vocabulary(lex: CompiledLexicon): Set<string> {
  let words = vocabularies.get(lex);
  if (!words) {
    words = new Set(tokenize(JSON.stringify(lex.source)).map((t) => t.t).filter((w) => /^[a-z]{2,}$/.test(w)));
    vocabularies.set(lex, words);
  }
  return words;
}

function byVocabulary(words: string[], candidates: string[], lexicons: CompiledLexicon[]): string | undefined {
  const scores = lexicons.filter((lex) => candidates.includes(lex.language))
    .map((lex) => ({ lang: lex.language, known: words.filter((w) => vocabulary(lex).has(w)).length }))
    .sort((a, b) => b.known - a.known);
  const [best, second] = scores;
  if (!best || best.known < Math.ceil(words.length / 2)) return undefined;
  return !second || best.known > second.known ? best.lang : undefined;
}
