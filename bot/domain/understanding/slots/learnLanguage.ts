import type { CompiledLexicon } from '../lexicon/compiledLexicon';
import { isNegated, nearestCueBefore } from '../match/context';
import { read, type Mode, type Reading } from './reading';
import { inListAfter } from './interest';

/** How far a learning cue reaches a language name: "apprendre *un peu le* néerlandais", "Englisch *richtig* lernen". */
const CUE_REACH = 5;

/** The topics whose courses teach a language: languages, and basic skills (the country's language for newcomers). */
const LANGUAGE_TOPICS: ReadonlySet<string> = new Set(['languages', 'basic-skills']);

/** `learnLanguages` for a profile whose topic is `interest`: set only beside a language topic (see `readLearnLanguages`). */
export function learnLanguagesOf(interest: string | undefined, reading: Reading, mode: Mode, others: readonly CompiledLexicon[] = []): { learnLanguages?: string[] } {
  return interest !== undefined && LANGUAGE_TOPICS.has(interest) ? { learnLanguages: readLearnLanguages(reading, mode, others) } : {};
}

/**
 * The languages a person wants to learn (ISO 639-1 codes, first named first), when the topic read is a language
 * (`languages`, or `basic-skills` for the country's language): "je veux apprendre le néerlandais" → nl, "ich will
 * Englisch lernen" → en, "néerlandais" as the answer to "what do you want to learn?" (issue 8: the language was lost
 * and Duolingo's German came before the Dutch course).
 * - A language is one to learn when a learning cue is the nearest cue before it in its clause ("I want to learn
 *   Dutch"), or follows it there with none before ("ik wil Frans leren"); as the answer to the interest question a
 *   name alone is enough.
 * - A language one speaks or is ("je parle arabe", "I speak French and want to learn Dutch": French is no wish) or
 *   does not speak, said in passing, is none, unless a wish comes between ("ich spreche Englisch und will Deutsch
 *   lernen": German only).
 * - Read with the reading's lexicon (which knows every language's own name: "nederlands" in a French chat), then, as
 *   an answer, with the others ("Luxembourgish" in a French chat).
 */
export function readLearnLanguages(reading: Reading, mode: Mode, others: readonly CompiledLexicon[] = []): string[] | undefined {
  const own = wantedIn(reading, mode);
  if (own.length > 0 || mode === 'extract') return own.length > 0 ? own : undefined;
  for (const lex of others) {
    if (lex === reading.lex) continue;
    const found = wantedIn(read(reading.text, lex), mode);
    if (found.length > 0) return found;
  }
  return undefined;
}

function wantedIn(reading: Reading, mode: Mode): string[] {
  const { tokens, lex } = reading;
  const names = lex.languageNames.tag(tokens);
  if (names.length === 0) return [];
  // a preference names what to learn like a learning word: "non, plutôt l'anglais"
  const learning = [...lex.learning.tag(tokens), ...lex.preference.tag(tokens)];
  const background = lex.background.tag(tokens);
  const wishes = lex.aspiration.tag(tokens);
  const spokenLittle = lex.weakLanguage.tag(tokens);
  // the "non" of a self-correction negates nothing: "non, plutôt l'anglais"
  const corrections = lex.correction.tag(tokens);
  const clause = (i: number) => tokens[Math.min(i, tokens.length - 1)].clause;
  const wanted = names.filter((m) => {
    if (isNegated(tokens, m, reading.negations, [...learning, ...background, ...corrections])) return false;
    // the cue ending closest before the name, in its clause (background first on a tie); it may end inside the name
    const before = nearestCueBefore(tokens, m, [
      ...background.map((c) => ({ ...c, learn: false })),
      ...learning.map((c) => ({ ...c, learn: true })),
    ], CUE_REACH, { into: 'all', acrossClauses: (c) => !c.learn && !learning.some((l) => clause(l.start) === clause(m.start))
      && inListAfter(tokens, c.end - 1, m.start, spokenLittle), light: spokenLittle });
    // (what one speaks reaches a list: "hablo español, portugués y algo de francés" names no language to learn)
    // a wish between what one speaks and the language starts another statement
    const spoken = before && !before.learn && !wishes.some((w) => w.start >= before.end && w.end <= m.start);
    if (spoken) return false;
    if (before?.learn || mode === 'answer') return true;
    return learning.some((c) => c.start >= m.end && c.start - m.end <= CUE_REACH && clause(c.start) === clause(m.end - 1));
  });
  return [...new Set(wanted.map((m) => m.value))];
}
