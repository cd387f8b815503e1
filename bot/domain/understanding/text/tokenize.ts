import { BoundedCache } from './boundedCache';
import { fold } from './fold';

/** A word of a message, folded, with the clause it belongs to (clauses end at punctuation or "but"). */
export interface Token {
  t: string;
  clause: number;
}

/** Tokens that patterns may use literally although they are not letters or digits. */
const KEPT_SYMBOLS = new Set(['*', '/', '%']);

/**
 * Texts tokenized lately: a turn reads its message once per lexicon (in one synchronous run), so the last few
 * dozen texts are enough. Token lists carry what matchers found in them (see `viewOf`): kept for thousands of
 * messages, they made every young-generation collection copy them.
 */
const tokenized = new BoundedCache<string, Token[]>(64);
/** Words of phrases and labels: lexicon phrases and options' labels come back every turn. */
const worded = new BoundedCache<string, string[]>(5000);
/** Longer texts (a whole lexicon, read once) are not kept. */
const LONGEST_REMEMBERED = 1000;

/**
 * Splits a message into folded tokens. Letters and digits are split apart ("20h" → 20 h, "ce1d" → ce 1 d,
 * "n°2" → n 2) so that units, diploma codes and option numbers match however they are glued; "+" is read as
 * "plus" (bac+2); a letter typed three times or more counts once ("merciii"); "/" and "%" are kept ("10h/semaine", "80%"); dotted abbreviations are one word ("s.v.p." → svp). Clause boundaries (, . ; : ! ? and line breaks) are recorded,
 * not kept, so negation can be scoped to its clause.
 *
 * The result is remembered and shared: callers must not modify it.
 */
export function tokenize(text: string): Token[] {
  if (text.length > LONGEST_REMEMBERED) return split(text);
  return tokenized.get(text) ?? tokenized.set(text, split(text));
}

function split(text: string): Token[] {
  const prepared = fold(text)
    // abbreviations of single letters ("s.v.p.", "a.u.b", "w.e.g.", "z.B."): one word, no clause boundaries
    .replace(/(?<![a-z0-9])[a-z](?:\.[a-z])+\.?(?![a-z0-9])/g, (abbreviation) => abbreviation.replace(/\./g, ''))
    .replace(/(?<![0-9:])([0-2]?\d):([0-5]\d)(?![0-9:])/g, '$1h$2') // a clock time "8:30" is "8h30", not two clauses
    .replace(/(\d)[.,](\d)/g, '$1\u0001$2') // keep decimals ("1,5") apart from clause commas
    .replace(/([a-z])\1{2,}/g, '$1') // "merciii", "nadaaa": a letter held down is one letter (lexicons read the same way)
    .replace(/\+/g, ' plus ')
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, '$1$2 ');
  const tokens: Token[] = [];
  let clause = 0;
  for (const piece of prepared.split(/([,.;:!?()\n\r]+|\s+|[*/%]|[^a-z0-9\u0001*/%])/)) {
    if (!piece || /^\s+$/.test(piece)) continue;
    if (/^[,.;:!?()\n\r]+$/.test(piece)) {
      if (tokens.length && tokens[tokens.length - 1].clause === clause) clause++;
      continue;
    }
    if (/^[a-z0-9\u0001]+$/.test(piece) || KEPT_SYMBOLS.has(piece)) {
      tokens.push({ t: piece.replace(/\u0001/g, '.'), clause });
    }
  }
  return tokens;
}

/** The folded words of a phrase, without clause information: how lexicon phrases are compared. Shared too. */
export function words(phrase: string): string[] {
  return worded.get(phrase) ?? worded.set(phrase, tokenize(phrase).map((token) => token.t));
}
