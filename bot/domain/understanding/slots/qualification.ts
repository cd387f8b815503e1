import type { QualificationEntry } from '../../knowledge/types';
import type { Lexicons } from '../lexicon/lexicon';
import { aloneExceptFillers, hasCueBefore, isNegated } from '../match/context';
import { Tagger, type Match } from '../match/tagger';
import type { Mode, Reading } from './reading';

/** How close "j'ai" must be to the diploma in free text: "j'ai *un diplôme de* CAP". */
const CUE_REACH = 4;

/** Diploma matchers: names found anywhere, and names that count only as a whole answer. */
export interface QualificationTaggers {
  mentions: Tagger<number | null>;
  alone: Tagger<number>;
}

/**
 * Matchers over every diploma name of `knowledge/qualifications.json` (names of all countries at once: a
 * Spanish speaker in Brussels may name a Belgian diploma) plus the lexicons' look-alikes to ignore ("permis de
 * conduire" is not a "licence"), which win because they are longer. A name written "=but" counts only as the
 * whole answer: the French BUT is also the English "but" and the French "mon but" (my goal).
 */
export function qualificationTaggers(entries: QualificationEntry[], lexicons: Lexicons): QualificationTaggers {
  const names = (alone: boolean) => entries.flatMap((entry) => entry.names
    .filter((name) => name.startsWith('=') === alone)
    .map((name): [string, number] => [alone ? name.slice(1) : name, entry.eqf]));
  return {
    mentions: new Tagger<number | null>([
      ...names(false),
      ...Object.values(lexicons).flatMap((lex) => lex.qualificationIgnore.map((p): [string, null] => [p, null])),
    ]),
    alone: new Tagger(names(true)),
  };
}

/**
 * The EQF level of the highest qualification mentioned. Mentions that are negated ("je n'ai pas le bac") or
 * wished for ("je veux passer mon bac") do not count; "no diploma" phrases (level 0) are negative already.
 * In free text a mention counts only after a possession cue ("j'ai un bac", "I have a degree").
 */
export function readQualification(reading: Reading, taggers: QualificationTaggers, mode: Mode): number | undefined {
  const { tokens, lex } = reading;
  const matches = taggers.mentions.tag(tokens);
  const aspirations = lex.aspiration.tag(tokens);
  const possessions = mode === 'extract' ? lex.possession.tag(tokens) : [];
  const named = matches.some((m) => m.value !== null && m.value > 0);
  // "aucun master": a lone "aucun" next to a named diploma negates it, it does not mean "no diploma"
  const loneZero = (m: Match<number | null>) => m.value === 0 && named && m.end - m.start === 1;
  const claimed = matches.filter((m) => !loneZero(m));
  const levels = matches.flatMap((m) => {
    if (m.value === null || loneZero(m)) return [];
    if (m.value > 0 && isNegated(tokens, m, reading.negations, claimed)) return [];
    if (hasCueBefore(tokens, m, aspirations, CUE_REACH)) return [];
    if (mode === 'extract' && !hasCueBefore(tokens, m, possessions, CUE_REACH)) return [];
    // in free text a lone "rien"/"nothing" is about anything but diplomas ("non j'ai rien compris")
    if (mode === 'extract' && m.value === 0 && m.end - m.start === 1) return [];
    return [m.value];
  });
  if (levels.length) return Math.max(...levels);
  if (mode === 'extract') return undefined;
  return taggers.alone.tag(tokens).find((m) => aloneExceptFillers(tokens, m, lex.fillers))?.value;
}
