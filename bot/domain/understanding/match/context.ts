import { words, type Token } from '../text/tokenize';
import type { Match, Tagger } from './tagger';

/** How far (in words) a negation reaches: "je n'ai *pas* d'ordinateur ni *internet*". */
const NEGATION_REACH = 5;

/**
 * Starts a new clause at each contrast word ("mais", "but", "pero", "aber"), so that in
 * "pas d'ordinateur mais un téléphone" the negation stops before the phone.
 *
 * @remarks Without such a word (most messages) the list itself is returned, not a copy: every lexicon then reads the
 * same token list, and so shares its view (see `viewOf`): each token's look-alikes are looked up once per message,
 * not once per lexicon.
 */
export function splitClauses(tokens: Token[], contrast: Tagger<true>): Token[] {
  // a contrast word that closes its clause opens nothing: "phone only", "laptop just", "Handy nur"
  const closes = (m: { end: number }) => m.end === tokens.length || tokens[m.end].clause !== tokens[m.end - 1].clause;
  const starts = new Set(contrast.tag(tokens).filter((m) => !closes(m) && m.start > 0).map((m) => m.start));
  if (starts.size === 0) return tokens;
  let shift = 0;
  return tokens.map((token, i) => {
    if (starts.has(i)) shift++;
    return { t: token.t, clause: token.clause + shift };
  });
}

/** Whether every token outside `match` is a filler ("un humain svp" is only "humain"). */
export function aloneExceptFillers(tokens: Token[], match: { start: number; end: number }, fillers: Tagger<true>): boolean {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const filler of fillers.tag(tokens)) for (let i = filler.start; i < filler.end; i++) covered[i] = true;
  return tokens.every((_, i) => (i >= match.start && i < match.end) || covered[i]);
}

/** Whether every token is a filler (an empty list is). */
export function onlyFillers(tokens: Token[], fillers: Tagger<true>): boolean {
  return tokens.length === 0 || aloneExceptFillers(tokens, { start: 0, end: 0 }, fillers);
}

/** Whether the tokens outside `spans` are fillers only ("je veux *changer mes réponses*", "*no wait*, …"). */
export function onlyFillersBeside(tokens: Token[], spans: ReadonlyArray<{ start: number; end: number }>, fillers: Tagger<true>): boolean {
  return onlyFillers(tokens.filter((_, i) => !spans.some((c) => c.start <= i && i < c.end)), fillers);
}

/**
 * Whether a negation word precedes `match` closely in the same clause, or, with `trailing`, follows it and
 * ends the clause ("internet non"). Negations that are part of another recognised phrase ("pas du tout", "je ne sais pas
 * utiliser") are passed in `claimed` and do not count.
 */
export function isNegated(tokens: Token[], match: Match<unknown>, negations: ReadonlyArray<Match<unknown>>,
  claimed: ReadonlyArray<{ start: number; end: number }> = [], trailing = false): boolean {
  const clause = tokens[match.start].clause;
  const free = negations.filter((neg) => !claimed.some((c) => c.start <= neg.start && neg.end <= c.end));
  // (a negation's last word decides its clause: "anything but" ends in the clause its "but" opens)
  const before = free.some((neg) => neg.end <= match.start && match.start - neg.end <= NEGATION_REACH
    && tokens[neg.end - 1].clause === clause);
  // "ordi oui, internet non": a negation right after the words, closing their clause (only when asked for:
  // in "no entiendo nada" the trailing "nada" intensifies)
  const after = trailing && free.some((neg) => neg.start === match.end && tokens[neg.start].clause === clause
    && (neg.end === tokens.length || tokens[neg.end].clause !== clause));
  return before || after;
}

/**
 * Whether a cue phrase (possession, learning, location) starts before `match`, ends within `reach` words of
 * it, in the same clause. Cues may overlap the match ("I have a" / "A levels" share the "a"). The cue's last
 * word decides its clause: a cue may contain a contrast word ("I only have", "je n'ai que" / "j'ai juste").
 */
export function hasCueBefore(tokens: Token[], match: { start: number }, cues: ReadonlyArray<Match<unknown>>, reach: number): boolean {
  return cues.some((cue) => cue.start < match.start && match.start - cue.end <= reach
    && tokens[Math.min(cue.end, match.start + 1) - 1].clause === tokens[match.start].clause);
}

/** Whether a cue phrase is within `reach` words of `match`, before or after, same clause ("Python lernen"). */
export function hasCueNear(tokens: Token[], match: { start: number; end: number }, cues: ReadonlyArray<Match<unknown>>, reach: number): boolean {
  return hasCueBefore(tokens, match, cues, reach) || cues.some((cue) => cue.start >= match.end
    && cue.start - match.end <= reach && tokens[cue.start].clause === tokens[match.end - 1].clause);
}

/** How else a cue may stand before a match (see `nearestCueBefore`). */
export interface CueBefore<C> {
  /** How far into the match a cue starting before it may run: its first word (the default), or all its words. */
  into?: 'first' | 'all';
  /** Whether a cue may open the match's own words and end inside them ("apprendre le français": a synonym and a cue). */
  opening?: boolean;
  /** Whether a cue whose last word is in another clause still reaches the match (a list: "je parle arabe, français et anglais"). */
  acrossClauses?: (cue: C) => boolean;
  /** Words that do not count in the reach: a language spoken a little ("I speak Arabic, English and a bit of Dutch"). */
  light?: ReadonlyArray<{ start: number; end: number }>;
}

/** The words from `from` to `to`, less those inside a `light` phrase. */
function distance(from: number, to: number, light: ReadonlyArray<{ start: number; end: number }> = []): number {
  let words = 0;
  for (let i = from; i < to; i++) if (!light.some((l) => l.start <= i && i < l.end)) words++;
  return words;
}

/**
 * The cue ending closest before `match`: it starts before the match, ends at most `reach` words before it, and its
 * last word is in the match's clause (a cue may contain a contrast word: "je n'ai que"). It may share the match's
 * first word ("I have a" / "A levels"). On a tie the first of `cues` wins, so callers list the cues they prefer first.
 */
export function nearestCueBefore<C extends { start: number; end: number }>(tokens: Token[], match: { start: number; end: number },
  cues: readonly C[], reach: number, options: CueBefore<C> = {}): C | undefined {
  const clause = tokens[match.start].clause;
  const endsBy = options.into === 'all' ? match.end : match.start + 1;
  let best: C | undefined;
  for (const cue of cues) {
    const opens = options.opening === true && cue.start === match.start && cue.end < match.end;
    if (!opens && (cue.start >= match.start || cue.end > endsBy || distance(cue.end, match.start, options.light) > reach
      || (tokens[cue.end - 1].clause !== clause && !options.acrossClauses?.(cue)))) continue;
    if (!best || cue.end > best.end) best = cue;
  }
  return best;
}

/**
 * Whether a cue is made only of words of at most `longest` letters ("in de", "como", "as a", "comme"): a preposition,
 * not a wish.
 */
export function slightCue(cue: { source: string }, longest: number): boolean {
  return words(cue.source).every((word) => word.length <= longest);
}
