import type { Topic } from '../../knowledge/types';
import type { TopicId } from '../../profile/profile';
import { isNegated, nearestCueBefore } from '../match/context';
import type { Match } from '../match/tagger';
import { Tagger } from '../match/tagger';
import type { Mode, Reading, Span } from './reading';
import { afterCorrection } from './qualification';

/** How close a learning cue must be before a topic in free text: "apprendre *à utiliser* Excel". */
const CUE_REACH = 5;

/** Topic matchers: one per language, and one over every language's synonyms ("Python", "Excel" travel). */
export interface TopicTaggers {
  byLanguage: Record<string, Tagger<TopicId>>;
  any: Tagger<TopicId>;
}

/** Builds topic matchers from `knowledge/topics.json`: labels, synonyms and specific subjects, light stemming on. */
export function topicTaggers(topics: Topic[]): TopicTaggers {
  const entries = (lng?: string): Array<[string, TopicId]> => topics.flatMap((topic) => {
    const langs = lng ? [lng] : Object.keys(topic.synonyms);
    return langs.flatMap((l) => [topic.label[l], ...(topic.synonyms[l] ?? []), ...(topic.specific?.[l] ?? [])]
      .filter((phrase): phrase is string => !!phrase)
      .map((phrase): [string, TopicId] => [phrase, topic.id]));
  });
  const languages = new Set(topics.flatMap((topic) => [...Object.keys(topic.synonyms), ...Object.keys(topic.specific ?? {})]));
  return {
    byLanguage: Object.fromEntries([...languages].map((lng) => [lng, new Tagger(entries(lng), { stem: true })])),
    any: new Tagger(entries(), { stem: true }),
  };
}

/** The topic of the computer in general, which a more precise one said with it replaces. */
const GENERAL_TOPIC: TopicId = 'digital-basics';

/** Topics that a stated lack is a need for: "je ne sais pas lire", "ma mère ne parle pas bien français". */
const NEEDS: ReadonlySet<TopicId> = new Set(['basic-skills']);

/**
 * Topics whose work, said lost or deleted, is to be done again: "j'ai perdu mon CV" is a CV to write, "my website got
 * deleted" a website to build.
 */
const REDONE_WHEN_LOST: ReadonlySet<TopicId> = new Set(['job-search', 'web-development']);

/** How close a loss is said to the thing lost: "borré *mi* cv", "mon CV *a* disparu", "perdí sin querer mi cv". */
const LOST_REACH = 3;

/** The topics a language's name may stand for: learning it (`languages`), or the country's (`basic-skills`). */
const LANGUAGE_TOPICS: ReadonlySet<TopicId> = new Set(['languages', 'basic-skills']);

/**
 * The topic a message names, first mention first, in the message's language and then in any language
 * (unless the message says "I don't know": then stray words of other languages do not count).
 * - In free text a topic counts only after a learning cue ("je veux apprendre Python", "devenir développeur
 *   web"), or right before one at the end of a clause ("Python lernen", "ins Grafikdesign wechseln"), because
 *   the same words describe equipment ("j'ai internet") or the past ("j'ai travaillé dans la vente").
 * - A topic next to a background cue is what one already speaks, is or studied ("je parle anglais", "je suis
 *   portugaise", "Grafikdesign studiert"): not a wish, in either mode. A lack stated of a basic skill (reading,
 *   writing, French: "je sais pas lire", "je parle pas bien français") is a need, and counts.
 */
export function readInterest(reading: Reading, taggers: TopicTaggers, mode: Mode, taken: readonly Span[] = [], places: readonly Span[] = [], owned: readonly Span[] = []): TopicId | undefined {
  const { tokens, lex } = reading;
  // a preference ('plutôt la programmation', 'am liebsten Programmierung') names a topic like a learning word
  // (a language said to be spoken a little is no wish to learn it: "hablo español y algo de francés" is no "algo de")
  const spokenLittle = lex.weakLanguage.tag(tokens);
  const weak = mode === 'extract' ? spokenLittle : [];
  const learning = mode === 'extract' ? [...lex.learning.tag(tokens), ...lex.preference.tag(tokens)]
    .filter((c) => !weak.some((w) => w.start <= c.start && c.end <= w.end)) : [];
  const background = lex.background.tag(tokens);
  const wishes = mode === 'extract' ? lex.aspiration.tag(tokens) : [];
  const dontKnow = lex.dontKnow.tag(tokens);
  const corrections = lex.correction.tag(tokens);
  const languageNames = lex.languageNames.tag(tokens);
  const lost = mode === 'extract' ? lex.lost.tag(tokens) : [];
  let redone: TopicId | undefined;
  // a language one works or teaches in is no topic: "je veux travailler en anglais", "I want to teach Spanish" (read
  // only when a language topic is met)
  let workedIn: readonly Span[] | undefined;
  const clause = (i: number) => tokens[Math.min(i, tokens.length - 1)].clause;
  const lackBetween = (from: number, to: number) => reading.negations.some((n) => n.start >= from - 2 && n.end <= to
    && clause(n.start) === clause(to));
  // the cues a topic may follow: on a tie of their ends the longer cue wins ("j'ai travaillé comme" over "travailler
  // comme"), then background: what one already does ("spreche" is also "sprechen")
  const cues = [
    ...background.map((c) => ({ ...c, kind: 'background' as const })),
    ...learning.map((c) => ({ ...c, kind: 'learn' as const })),
  ].sort((a, b) => a.start - b.start);
  for (const tagger of [taggers.byLanguage[lex.language], taggers.any]) {
    if (!tagger || (tagger === taggers.any && dontKnow.length > 0)) continue;
    // a self-correction keeps what follows it: "le graphisme... non attends, plutôt l'analyse de données"
    const matches = afterCorrection(tagger.tag(tokens), corrections);
    const hit = matches.find((m) => {
      // a word inside another phrase is that phrase's: "me mettre à mon compte" is a business, not counting
      if (taken.some((t) => t.start <= m.start && m.end <= t.end && t.end - t.start > m.end - m.start)) return false;
      // a device said to be had is no topic: "juste mon téléphone" to "what do you want to learn?"
      if (owned.some((o) => o.start < m.end && m.start < o.end)) return false;
      // a topic read through a typo where a place is typed is the place: "woon in Luxemburg" is no "luxemburgs"
      if (m.exact < m.weight && places.some((p) => p.start < m.end && m.start < p.end)) return false;
      if (LANGUAGE_TOPICS.has(m.value) && (workedIn ??= lex.workLanguage.tag(tokens)).some((w) => w.start < m.end && m.start < w.end)) return false;
      const negated = isNegated(tokens, m, reading.negations, [...matches, ...background, ...corrections]);
      // the nearest cue before the topic, in its clause: learning or background; it may open the topic's own words
      // ("apprendre le français" is a synonym and a cue), and what one speaks or is reaches a list ("je parle arabe,
      // français et anglais"), unless a wish is said in it
      const nearest = nearestCueBefore(tokens, m, cues, CUE_REACH, { opening: true, acrossClauses: (c) => c.kind === 'background'
        && !learning.some((l) => clause(l.start) === clause(m.start)) && inListAfter(tokens, c.end - 1, m.start, spokenLittle), light: spokenLittle });
      // a wish between what one is and the topic starts another statement: "ich bin Busfahrer und will Englisch lernen"
      const before = nearest?.kind === 'background' && wishes.some((w) => w.start >= nearest.end && w.end <= m.start) ? undefined : nearest;
      // a synonym may hold its own cue: "apprendre le français", "Französisch lernen"
      const ownCue = learning.some((c) => c.start >= m.start && c.end <= m.end);
      // (in free text, a language one does not speak, with no wish to learn in the message, is said, not asked for: "I'm
      // a plumber in Brussels, I don't speak French"; found chatting, skilled workers got arithmetic)
      const need = NEEDS.has(m.value) && (negated || (before?.kind === 'background' && lackBetween(before.start, m.start)))
        && (mode === 'answer' || learning.length > 0 || wishes.length > 0 || !languageNames.some((n) => n.start < m.end && m.start < n.end));
      if (need) return true;
      // the computer said lacking, and a wish to learn said bare after it: "je ne sais pas me servir d'un ordinateur et je
      // voudrais apprendre", "I can't use a computer and I'd like to learn"
      // (not a computer one has not got: "I don't have a computer but I want to learn")
      if (mode === 'extract' && negated && m.value === GENERAL_TOPIC && learning.some((c) => c.start >= m.end && closesClause(tokens, c))
        && !lex.possession.tag(tokens).some((p) => p.end <= m.start && tokens[p.start].clause === tokens[m.start].clause)) return true;
      // a CV said lost or deleted is one to write again, unless another topic is asked for (found chatting: "borré mi
      // cv, tengo que hacer uno nuevo" read nothing, and deleting sounds like an erase request)
      if (!negated && REDONE_WHEN_LOST.has(m.value) && lostNear(tokens, m, lost)) redone ??= m.value;
      if (negated || before?.kind === 'background' || background.some((c) => listedBefore(tokens, m, c, matches))) {
        return false;
      }
      return mode === 'answer' || ownCue || before?.kind === 'learn' || learnsAfter(tokens, m, learning);
    });
    // the computer in general gives way to a more precise topic named too ("learn computer for work, word and excel"),
    // or opening the next clause, said to make it precise ("was mit Computern machen, Programmieren oder so")
    if (hit?.value === GENERAL_TOPIC) {
      const opensNext = (m: Match<TopicId>) => clause(m.start) === clause(hit.end - 1) + 1
        && tokens.findIndex((t) => t.clause === clause(m.start)) >= m.start - 1;
      const precise = matches.find((m) => m.start > hit.start && m.value !== GENERAL_TOPIC && !isNegated(tokens, m, reading.negations, matches)
        && (mode === 'answer' || opensNext(m) || learning.some((c) => c.end <= m.start && tokens[c.start].clause === tokens[m.start].clause)));
      if (precise) return precise.value;
    }
    if (hit) return hit.value;
  }
  return redone;
}

/** A loss said right before or after the match, in its clause, not inside it. */
function lostNear(tokens: Reading['tokens'], m: Span, lost: readonly Span[]): boolean {
  const clause = tokens[m.start].clause;
  return lost.some((c) => (c.end <= m.start && m.start - c.end <= LOST_REACH && tokens[c.end - 1].clause === clause)
    || (c.start >= m.end && c.start - m.end <= LOST_REACH && tokens[c.start].clause === tokens[m.end - 1].clause));
}

/** The longest item of a list the comma splits: "je parle arabe, français et anglais". */
const LIST_ITEM = 4;

/**
 * Word `to` is in a list that goes on from word `from`'s clause: every clause from `from` to `to` is a short item
 * ("I speak Arabic, French and English": the cue reaches each language). Words of a `light` phrase (a language
 * spoken a little: "a bit of Dutch") do not lengthen their item: "I speak Arabic, English and a bit of Dutch".
 */
export function inListAfter(tokens: Reading['tokens'], from: number, to: number, light: readonly Span[] = []): boolean {
  let length = 0;
  for (let i = from + 1; i < to; i++) {
    const weight = light.some((l) => l.start <= i && i < l.end) ? 0 : 1;
    length = tokens[i].clause === tokens[i - 1].clause ? length + weight : weight;
    if (length > LIST_ITEM) return false;
  }
  return true;
}

/** The longest word that may link a list of topics before their cue ("en", "and", "und", "y"). */
const LINK_WORD = 3;

/**
 * Whether the cue follows the topic in its clause, right after it or after more topics and short linking words:
 * "Englisch spreche ich", "Frans en Engels spreek ik ook" (what one speaks, listed before the verb).
 */
function listedBefore(tokens: Reading['tokens'], m: Match<TopicId>, cue: Span, topics: ReadonlyArray<Match<TopicId>>): boolean {
  if (cue.start < m.end || tokens[cue.start].clause !== tokens[m.end - 1].clause) return false;
  for (let i = m.end; i < cue.start; i++) {
    if (tokens[i].clause !== tokens[m.end - 1].clause) return false;
    if (tokens[i].t.length > LINK_WORD && !topics.some((t) => t.start <= i && i < t.end)) return false;
  }
  return true;
}

/** Whether a cue ends its clause (or the message). */
function closesClause(tokens: Reading['tokens'], c: Span): boolean {
  return c.end === tokens.length || tokens[c.end].clause !== tokens[c.end - 1].clause;
}

/** A learning cue right after the topic, or closing its clause a few words later ("Excel richtig lernen"). */
function learnsAfter(tokens: Reading['tokens'], m: Match<TopicId>, cues: ReadonlyArray<Match<true>>): boolean {
  const clause = tokens[m.end - 1].clause;
  return cues.some((c) => c.start >= m.end && tokens[c.start].clause === clause
    && (c.start === m.end || (c.start - m.end <= CUE_REACH && (c.end === tokens.length || tokens[c.end].clause !== clause))));
}
