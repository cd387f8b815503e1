import type { Match } from '../match/tagger';
import type { Reading, Span } from './reading';

/** What a message says of the person's languages: those they speak or read poorly, and whether reading is hard for them. */
export interface LanguageNeeds {
  /** Languages said to be spoken, understood or read poorly, or not at all (ISO 639-1 codes, first said first). */
  weak: string[];
  /** Reading said to be hard, in the language the person chats in or none named ("je lis pas bien", "I can't read well"). */
  readsPoorly: boolean;
}

/** How far after a reading difficulty a language named is the one read: "je lis pas bien *le* français", "no leo bien *el* francés". */
const READ_REACH = 3;

/**
 * The language needs a message states (QA round 16: "I only speak English and a little French", "hablo poco francés",
 * "Ich spreche wenig Deutsch", "je lis pa bien le fransai" were read as nothing, so nobody got a language course or a
 * literacy place). A language said not spoken or spoken poorly (`intents.languageOfMessage`, `cues.weakLanguage`) is a
 * weak one; reading said to be hard (`cues.weakReading`) is about reading when it names the language the person chats in
 * (`lang`), or none, and about a weak language when it names another. Neither is a topic to learn nor a language switch:
 * the understood slots are unchanged, as the corpus labels such statements.
 * - Someone else's languages are not the person's: "ma fille ne sait pas lire" (`cues.others` before, in the clause).
 * - A language refused as a thing to learn is no statement of one's level: "ich will kein Deutsch lernen".
 */
export function readLanguageNeeds(reading: Reading, lang: string): LanguageNeeds {
  const { tokens, lex } = reading;
  const clause = (i: number) => tokens[Math.min(i, tokens.length - 1)].clause;
  const others = lex.others.tag(tokens);
  const own = (m: Span) => !others.some((o) => o.end <= m.start && clause(o.start) === clause(m.start));
  const learning = lex.learning.tag(tokens);
  const refusedToLearn = (m: Span) => learning.some((c) => c.start >= m.end && c.start - m.end <= 1 && clause(c.start) === clause(m.start));
  const said: Array<Match<string>> = [...lex.languageOfMessage.tag(tokens), ...lex.weakLanguage.tag(tokens)].filter((m) => own(m) && !refusedToLearn(m));
  const reads = lex.weakReading.tag(tokens).filter(own);
  const names = reads.length > 0 ? lex.languageNames.tag(tokens) : [];
  const weak: Array<{ at: number; code: string }> = [];
  let readsPoorly = false;
  for (const r of reads) {
    const named = names.find((n) => n.start >= r.start && n.start - r.end <= READ_REACH && clause(n.start) === clause(r.start));
    if (named && named.value !== lang) weak.push({ at: named.start, code: named.value });
    else readsPoorly = true;
  }
  // the language one chats in, said to be read poorly, is reading ("je lis pas bien le français", typed in French)
  const aboutReading = (m: Span) => reads.some((r) => r.start < m.end && m.start < r.end + READ_REACH);
  for (const m of said) if (!(m.value === lang && aboutReading(m))) weak.push({ at: m.start, code: m.value });
  return { weak: [...new Set(weak.sort((a, b) => a.at - b.at).map((w) => w.code))], readsPoorly };
}
