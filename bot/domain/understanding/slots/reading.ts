import type { Profile } from '../../profile/profile';
import type { CompiledLexicon } from '../lexicon/compiledLexicon';
import { splitClauses } from '../match/context';
import type { Match } from '../match/tagger';
import { BoundedCache } from '../text/boundedCache';
import { fold } from '../text/fold';
import { tokenize, type Token } from '../text/tokenize';
import { idOf } from '../text/vocabulary';

/** A message read in one language: its tokens (with clauses cut at "mais"/"but") and that language's matchers. */
export interface Reading {
  text: string;
  tokens: Token[];
  lex: CompiledLexicon;
  /** Negations found in the message (computed once, used by several slots). */
  negations: ReadonlyArray<Match<'weak' | 'strong'>>;
  /**
   * What `extractProfile` found in the message, remembered on the reading (not in a WeakMap keyed by it, which
   * young-generation collections would copy: see `viewOf`). The only field set after a reading is made.
   */
  extracted?: Partial<Profile>;
}

/**
 * Readings lately made, by lexicon and text: intent, answer and extract of one turn read the same message.
 *
 * @remarks One cache for all lexicons, keeping the last few dozen readings: a turn is understood in one
 * synchronous run and reads its message with a few lexicons, and a few texts made from it (what follows a
 * question mark, what is left without a request's words). Not more, and not per lexicon: a reading holds its
 * tokens and every matcher's matches, and readings kept for hundreds of messages (500 per lexicon, so
 * thousands of messages for a lexicon rarely read) outlived the young generation, whose every collection then
 * copied them (milliseconds per pause).
 */
const readings = new BoundedCache<string, Reading>(64);
/** A number per compiled lexicon, for the cache's keys (two `Understanding`s may each have a French lexicon). */
const lexiconNumbers = new WeakMap<CompiledLexicon, number>();
let lexicons = 0;

/**
 * The message read with `lex`, remembered: the same reading (the same token list) comes back for the same
 * text, so every matcher's results for it are computed once per turn. Readings are shared: never modify one.
 */
export function read(text: string, lex: CompiledLexicon): Reading {
  let number = lexiconNumbers.get(lex);
  if (number === undefined) {
    number = lexicons++;
    lexiconNumbers.set(lex, number);
  }
  const key = `${number}\u0000${text}`;
  const known = readings.get(key);
  if (known) return known;
  const tokens = splitClauses(wordsRead(text, lex), lex.contrast);
  return readings.set(key, { text, tokens, lex, negations: negationsOf(tokens, lex) });
}

/**
 * The tokens `read` makes of the message with `lex` before cutting its clauses at contrast words: the same words, so
 * the same matches for any tagger (taggers read words, not clauses), without the clauses and negations `read` works
 * out. For a quick look at whether a lexicon finds anything at all (see `readIntent`).
 */
export function wordsRead(text: string, lex: CompiledLexicon): Token[] {
  return expandShorthand(tokenize(withoutSurnames(text, lex)), lex.shorthand);
}

/**
 * The self-corrections of a message: the lexicon's ("non je veux dire", "I mean"), and a "no" that is a whole clause
 * between two that say something ("Frankreich? Nein, Deutschland!", "Brussels? No, Ghent"): the person answers their
 * own first word, and what follows replaces it (found by testers: France was kept). Computed when asked (a reading is
 * shared and never modified).
 */
export function correctionsOf(reading: Reading): ReadonlyArray<Match<true>> {
  const { tokens, lex } = reading;
  const listed = lex.correction.tag(tokens);
  const wholeClause = (m: { start: number; end: number }) => m.start > 0 && m.end < tokens.length
    && tokens[m.start - 1].clause !== tokens[m.start].clause && tokens[m.end].clause !== tokens[m.end - 1].clause
    && tokens[m.start].clause === tokens[m.end - 1].clause;
  const lone = lex.yesNo.tag(tokens).filter((m) => m.value === false && wholeClause(m)
    && !listed.some((c) => c.start === m.start && c.end === m.end));
  if (lone.length === 0) return listed;
  return [...listed, ...lone.map((m) => ({ ...m, value: true as const }))].sort((a, b) => a.start - b.start);
}

/** How far after "ne" a "que" makes it "only": "je *n'*ai *qu'*un", "je *ne* parle *que* français". */
const RESTRICTIVE_REACH = 3;

/**
 * The negations of a message, less those a restrictive word turns into "only" ("je n'ai qu'un téléphone"): a weak
 * one-word negation with such a word a few words after it, in its clause, and no other negation in between.
 */
function negationsOf(tokens: Token[], lex: CompiledLexicon): ReadonlyArray<Match<'weak' | 'strong'>> {
  // a "no" opening a longer correction ("non finalement", "no actually", "nee sorry") takes back what was said before,
  // and so does one closing it before a new clause or a preference ("en fait non, plutôt la vente", "actually no, data
  // is better"): it negates nothing that follows; "ya no quiero…" (no longer) still does
  const corrections = lex.correction.tag(tokens);
  const tagged = lex.negations.tag(tokens);
  const closing = (n: Match<unknown>) => corrections.some((c) => c.end === n.end && c.start < n.start)
    && (n.end === tokens.length || tokens[n.end].clause !== tokens[n.start].clause || lex.preference.tag(tokens).some((p) => p.start === n.end));
  const corrected = corrections.length === 0 ? tagged : tagged.filter((n) => !(n.value === 'weak' && n.end - n.start === 1
    && (corrections.some((c) => c.start === n.start && c.end > n.end) || closing(n))));
  // a "not" ending a filler is a hedge, not a negation: "pourquoi pas dans la vente", "why not in a hospital", "warum nicht im Lager"
  const hedges = corrected.length > 0 ? lex.fillers.tag(tokens).filter((f) => f.end - f.start > 1) : [];
  const kept = hedges.length === 0 ? corrected : corrected.filter((n) => !hedges.some((f) => f.start < n.start && n.end <= f.end));
  // "non" right before the speaker ("mais non j'ai un PC", "no I have a laptop", "nee ik heb er een") answers what was
  // said before; it negates nothing that follows (Spanish "no tengo" has no pronoun: it stays a negation)
  const self = kept.length > 0 ? lex.self.tag(tokens) : [];
  const negations = self.length > 0 ? kept.filter((n) => !(n.value === 'weak' && n.end - n.start === 1 && self.some((c) => c.start === n.end && c.end - c.start === 1))) : kept;
  const restrictive = negations.length > 0 ? lex.restrictive.tag(tokens) : [];
  if (restrictive.length === 0) return negations;
  return negations.filter((n) => !(n.value === 'weak' && n.end - n.start === 1 && restrictive.some((r) => r.start >= n.end
    && r.start - n.end <= RESTRICTIVE_REACH && tokens[r.start].clause === tokens[n.start].clause
    && !negations.some((other) => other !== n && other.start >= n.end && other.start < r.start))));
}

/** How a slot reader is used: as the answer to its own question, or picked out of free text (stricter). */
export type Mode = 'answer' | 'extract';

/** Tokens [start, end) of a message. */
export interface Span {
  start: number;
  end: number;
}

/** What a surname after a title is read as: a word no lexicon knows. */
export const SURNAME = 'zxqsurname';
/**
 * A word followed by a capitalised one, not one in capitals ("MERCI MADAME BONNE JOURNEE"); a lookahead, so that
 * "for Mr Baker" finds "Mr" too.
 */
const TITLED = /(?<!\p{L})(\p{L}+)(?=(\.?[^\S\n]+)(\p{Lu}\p{Ll}[\p{L}'’-]*))/gu;
/** What `TITLED` needs at least, found without making a match object for every word before a capital. */
const CAPITALISED_AFTER_SPACE = /[^\S\n]\p{Lu}\p{Ll}/u;

/**
 * The text with each surname after a title replaced by `SURNAME`, so that no slot reads it ("la fille de Mme
 * Boulanger", "Frau Becker", "Mr Cook"): a capitalised word after a title is one, unless the title is also a noun
 * ("als Frau Arbeit finden") and the word one a lexicon knows.
 */
function withoutSurnames(text: string, lex: CompiledLexicon): string {
  const { honorifics } = lex;
  // (a quick test first: most messages have no capitalised word after a space, and going through `TITLED`'s
  // matches makes objects for every word before one, for each lexicon that reads the message)
  if (honorifics.size === 0 || !CAPITALISED_AFTER_SPACE.test(text)) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(TITLED)) {
    const [, title, space, name] = m;
    const folded = fold(title);
    const noun = honorifics.get(folded);
    if (noun === undefined || (noun && idOf(fold(name)) !== -1)) continue;
    const at = m.index! + title.length + space.length;
    out += text.slice(from, at) + SURNAME;
    from = at + name.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The tokens with each phone shorthand replaced by the words it stands for ("ds" → "dans"), in its clause; a new list when one is. */
function expandShorthand(tokens: Token[], shorthand: ReadonlyMap<string, string[]>): Token[] {
  if (shorthand.size === 0 || !tokens.some((token) => shorthand.has(token.t))) return tokens;
  return tokens.flatMap((token) => shorthand.get(token.t)?.map((t) => ({ t, clause: token.clause })) ?? [token]);
}

/** The clauses of a message that end with a question mark (each is the last clause of the words before its mark). */
export function questionClauses(reading: Reading): Set<number> {
  const { text, tokens, lex } = reading;
  const clauses = new Set<number>();
  for (let at = text.indexOf('?'); at >= 0; at = text.indexOf('?', at + 1)) {
    const before = read(text.slice(0, at), lex).tokens.length;
    if (before > 0 && before <= tokens.length) clauses.add(tokens[before - 1].clause);
  }
  return clauses;
}
