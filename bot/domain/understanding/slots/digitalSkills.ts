import type { DigitalSkills } from '../../profile/profile';
import { isNegated } from '../match/context';
import type { Mode, Reading, Span } from './reading';

/** What a negated statement means: "pas très à l'aise" is with-help, "pas besoin d'aide" autonomous. */
const NEGATED: Record<DigitalSkills, DigitalSkills> = {
  advanced: 'with-help', autonomous: 'with-help', 'with-help': 'autonomous', none: 'with-help',
};

/**
 * The digital-skills level a message states; the last statement wins ("un peu, mais je me débrouille" is
 * autonomous). "Not at all" negations ("pas du tout à l'aise") mean none. In free text a statement counts
 * only next to a digital word in the same clause ("je suis nul en informatique", not "je suis nul en maths"),
 * and not inside words `taken` by another slot ("Programmieren" is an interest, not a programmer's skills).
 */
export function readDigitalSkills(reading: Reading, mode: Mode, taken: Span[] = []): DigitalSkills | undefined {
  const { tokens, lex } = reading;
  const matches = lex.digitalSkills.tag(tokens);
  const context = mode === 'extract' ? lex.digitalContext.tag(tokens) : [];
  const inContext = (m: Span) => context.some((c) => tokens[c.start].clause === tokens[m.start].clause
    && (c.end <= m.start || c.start >= m.end));
  const overlapsTaken = (m: Span) => taken.some((span) => span.start < m.end && m.start < span.end);
  let level: DigitalSkills | undefined;
  for (const m of matches) {
    if (mode === 'extract' && (!inContext(m) || overlapsTaken(m))) continue;
    const negation = reading.negations.filter((n) => isNegated(tokens, m, [n], matches));
    if (negation.length === 0) level = m.value;
    else if (negation.some((n) => n.value === 'strong') && m.value !== 'none') level = 'none';
    else level = NEGATED[m.value];
  }
  return level;
}
