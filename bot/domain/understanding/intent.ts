import type { CompiledLexicon, IntentKind } from './lexicon/compiledLexicon';
import { aloneExceptFillers, isNegated } from './match/context';
import type { Match } from './match/tagger';
import { readDigitalSkills } from './slots/digitalSkills';
import { read, type Reading } from './slots/reading';
import type { Intent, IntentContext } from './types';

/** When several intents are asked at once, the most consequential wins. */
const PRIORITY: Array<Intent['kind']> = ['erase', 'human', 'restart', 'language', 'help'];

/**
 * The interruption a message asks for, read in the conversation's language first and then in the others
 * (a user lost in French types "English please" or "I want to talk to a person"). `alone` phrases count only
 * when the message is nothing else ("agent", "un humain svp"), so "je veux devenir conseiller" and
 * "je veux apprendre l'anglais" stay answers; negated requests ("je ne veux pas parler à un conseiller") too.
 */
export function intentOf(text: string, lexicons: CompiledLexicon[], context: IntentContext = {}): Intent | undefined {
  for (const [index, lex] of lexicons.entries()) {
    const reading = read(text, lex);
    if (reading.tokens.length === 0) return undefined;
    const found = candidates(reading, context, index === 0);
    for (const kind of PRIORITY) {
      const hit = found.find((intent) => intent.kind === kind);
      if (hit) return hit;
    }
  }
  return undefined;
}

function candidates(reading: Reading, context: IntentContext, current: boolean): Intent[] {
  const { tokens, lex } = reading;
  const keep = <T>(matches: Array<Match<T>>, alone: boolean) => matches.filter((m) =>
    !isNegated(tokens, m, reading.negations, matches) && (!alone || aloneExceptFillers(tokens, m, lex.fillers)));
  const intents: Intent[] = [
    ...keep(lex.intentsAnywhere.tag(tokens), false),
    ...keep(lex.intentsAlone.tag(tokens), true),
  ].map((m) => ({ kind: m.value as IntentKind }));
  // "je ne parle pas anglais" asks for French; "je ne parle pas français" written in French asks for nothing
  const ownLanguage = keep(lex.languageOfMessage.tag(tokens), false).filter((m) => m.value !== lex.language);
  intents.push(...ownLanguage.map((): Intent => ({ kind: 'language', language: lex.language })));
  // to "what do you want to learn?", "anglais" or "je veux parler anglais" is an answer; "English please" is not
  const interest = context.slot === 'interest';
  const named = [
    ...(interest && current ? [] : keep(lex.languageAnywhere.tag(tokens), false)),
    ...(interest ? [] : keep(lex.languageAlone.tag(tokens), true)),
  ];
  intents.push(...named.map((m): Intent => ({ kind: 'language', language: m.value })));
  if (context.slot === 'digitalSkills' && readDigitalSkills(reading, 'answer')) {
    return intents.filter((intent) => intent.kind !== 'help');
  }
  return intents;
}
