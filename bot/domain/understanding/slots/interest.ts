import type { Topic } from '../../knowledge/types';
import type { TopicId } from '../../profile/profile';
import { hasCueNear, isNegated } from '../match/context';
import { Tagger } from '../match/tagger';
import type { Mode, Reading } from './reading';

/** How close a learning cue must be in free text: "apprendre *à utiliser* Excel", "Python lernen". */
const CUE_REACH = 5;

/** Topic matchers: one per language, and one over every language's synonyms ("Python", "Excel" travel). */
export interface TopicTaggers {
  byLanguage: Record<string, Tagger<TopicId>>;
  any: Tagger<TopicId>;
}

/** Builds topic matchers from `knowledge/topics.json`: labels and synonyms, light stemming on. */
export function topicTaggers(topics: Topic[]): TopicTaggers {
  const entries = (lng?: string): Array<[string, TopicId]> => topics.flatMap((topic) => {
    const langs = lng ? [lng] : Object.keys(topic.synonyms);
    return langs.flatMap((l) => [topic.label[l], ...(topic.synonyms[l] ?? [])]
      .filter((phrase): phrase is string => !!phrase)
      .map((phrase): [string, TopicId] => [phrase, topic.id]));
  });
  const languages = new Set(topics.flatMap((topic) => Object.keys(topic.synonyms)));
  return {
    byLanguage: Object.fromEntries([...languages].map((lng) => [lng, new Tagger(entries(lng), { stem: true })])),
    any: new Tagger(entries(), { stem: true }),
  };
}

/**
 * The topic a message names, first mention first, in the message's language and then in any language
 * (unless the message says "I don't know": then stray words of other languages do not count).
 * In free text a topic counts only after a learning cue ("je veux apprendre Python"), because the same
 * words describe equipment ("j'ai internet") or the past ("j'ai travaillé dans la vente").
 */
export function readInterest(reading: Reading, taggers: TopicTaggers, mode: Mode): TopicId | undefined {
  const { tokens, lex } = reading;
  const cues = mode === 'extract' ? lex.learning.tag(tokens) : [];
  const saysDontKnow = lex.dontKnow.tag(tokens).length > 0;
  for (const tagger of [taggers.byLanguage[lex.language], taggers.any]) {
    if (!tagger || (tagger === taggers.any && saysDontKnow)) continue;
    const matches = tagger.tag(tokens);
    const hit = matches.find((m) => !isNegated(tokens, m, reading.negations, matches)
      && (mode === 'answer' || hasCueNear(tokens, m, cues, CUE_REACH)));
    if (hit) return hit.value;
  }
  return undefined;
}
