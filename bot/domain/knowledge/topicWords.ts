import type { Field } from '../profile/profile';
import { fieldsOfTopics, formacodeFields, formacodeTopics, romeFields } from './formacode';

/** A topic of topics.json with the words that name it: its id, its labels and its synonyms in every language. */
export interface TopicWords { id: string; words: readonly string[] }

/**
 * Finds topics named in free text (a JSON-LD `about` or `keywords`, a course title), for the formats that
 * carry no FORMACODE.
 *
 * @remarks Whole words or phrases only, case and accents ignored ("Développement web" finds `web-development`,
 * "Excel" finds `office`, "codex" finds nothing). A classification from words, not a fact of the provider:
 * the source note of each imported course says its topics were read from its words.
 */
export class TopicMatcher {
  private readonly phrases: Array<{ phrase: string; topic: string }>;

  constructor(topics: readonly TopicWords[]) {
    this.phrases = topics.flatMap((t) => [t.id.replace(/-/g, ' '), ...t.words]
      .map((w) => ({ phrase: ` ${normalise(w)} `, topic: t.id })))
      .filter((p) => p.phrase.trim() !== '');
  }

  /** Topics named in these texts, in the order of topics.json. */
  topicsIn(texts: readonly string[]): string[] {
    const haystack = texts.map((t) => ` ${normalise(t)} `).join('|');
    const found = new Set<string>();
    for (const { phrase, topic } of this.phrases) if (!found.has(topic) && haystack.includes(phrase)) found.add(topic);
    return [...found];
  }
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();
}

/** What an offer says about its subject, in whatever form its format has. */
export interface SubjectCodes {
  formacodes?: readonly string[];
  romeCodes?: readonly string[];
  /** Free-text subjects, matched against topic words (never used for LHEO, whose FORMACODEs say it). */
  labels?: readonly string[];
}

/**
 * Topics and job fields of an offer. Fields: its ROME codes' letters, else its FORMACODEs' grand domaines,
 * else the README's convention for its topics. Topics: its FORMACODEs', else those named in its labels;
 * a trade offer that has a field but none of our topics gets `basic-skills`, as the starter catalogue's
 * trade courses do (food hygiene, driving theory, care), so the recommender matches it by its field.
 * Both empty: the offer is about nothing the bot recommends.
 */
export function subjectOf(codes: SubjectCodes, matcher?: TopicMatcher): { topics: string[]; fields: Field[] } {
  const formacodes = codes.formacodes ?? [];
  let topics = formacodeTopics(formacodes);
  if (topics.length === 0 && matcher && codes.labels) topics = matcher.topicsIn(codes.labels);
  let fields = romeFields(codes.romeCodes ?? []);
  if (fields.length === 0) fields = formacodeFields(formacodes);
  if (fields.length === 0) fields = fieldsOfTopics(topics);
  if (topics.length === 0 && fields.length > 0) topics = ['basic-skills'];
  return { topics, fields };
}
