import type { Goal } from '../../profile/profile';
import { isNegated } from '../match/context';
import type { Mode, Reading, Span } from './reading';

/**
 * The goal a message states: the first one not negated ("pas de diplôme, je veux trouver un travail" is
 * find-job). As an answer, "je sais pas" is the goal `unsure`. In free text `unsure` never counts, nor a
 * one-word goal inside words `taken` by another slot ("I have a degree" is a diploma, not the goal certify).
 */
export function readGoal(reading: Reading, mode: Mode, taken: Span[] = []): Goal | undefined {
  const { tokens, lex } = reading;
  const matches = lex.goals.tag(tokens);
  const weak = (m: Span & { weight: number }) =>
    m.weight < 2 && taken.some((span) => span.start < m.end && m.start < span.end);
  const goal = matches.find((m) => !isNegated(tokens, m, reading.negations, matches)
    && (mode === 'answer' || (m.value !== 'unsure' && !weak(m))));
  if (goal) return goal.value;
  if (mode === 'answer' && lex.dontKnow.tag(tokens).length > 0) return 'unsure';
  return undefined;
}
