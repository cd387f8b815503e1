import MiniSearch from 'minisearch';
import { textIn } from '../knowledge/catalogueText';
import { languageNamed, namesOf } from '../knowledge/languageCodes';
import type { Course, Topic } from '../knowledge/types';
import { editDistance } from '../understanding/text/editDistance';
import { mayBeTypo, TermProcessor, tokens, type SearchLanguage } from './textNormaliser';

interface Doc { id: string; title: string; summary: string; provider: string; topics: string; teaches: string }

/**
 * Free-text search over the catalogue, one index per language: titles, summaries and topic synonyms in that
 * language, with accents folded, stop words removed, words stemmed (Snowball) and typos tolerated (fuzzy).
 * Returns relevance in 0..1 per course id, best first, so the recommender can boost what the person asked for.
 *
 * @remarks A language's name in the person's words finds the courses that teach it (`teaches`, indexed by the
 * languages' names), never those whose texts name it: "French" found "End of life: let's learn to talk about it (in
 * French)" for a person who wanted French courses, said to match what they asked for (issue 8); "français" found Pix,
 * "a French public service". A word that names a language, or is one inflected ("française", "Franse"), is looked for
 * in `teaches` only, not in titles, summaries, providers or topic synonyms ("German", "Spanish"… of languages).
 */
export class CatalogueSearch {
  private readonly indexes = new Map<string, MiniSearch<Doc>>();
  private readonly processors = new Map<string, TermProcessor>();
  /** Per language, the words of the catalogue (folded) behind each indexed stem: what a typo is checked against. */
  private readonly written = new Map<string, Map<string, Set<string>>>();
  /** Recent results by language and query: a person's query is reused on every later recommendation. */
  private readonly recent = new Map<string, Found>();
  private static readonly RECENT_MAX = 2000;
  /** Per topic, its specific subjects (topics.json `specific`, every language) as folded words. */
  private readonly subjects = new Map<string, string[][]>();
  /** Whether some course's own texts name a specific subject, by its folded words (see `untaughtSubjects`). */
  private readonly taught = new Map<string, boolean>();

  constructor(private readonly courses: Course[], topics: Topic[], languages: string[], settings: Record<string, SearchLanguage>) {
    const topicWords = new Map(topics.map((t) => [t.id, t]));
    for (const topic of topics) {
      const phrases = Object.values(topic.specific ?? {}).flat().map((phrase) => tokens(phrase)).filter((words) => words.length > 0);
      if (phrases.length > 0) this.subjects.set(topic.id, phrases);
    }
    for (const lang of languages) {
      const processor = new TermProcessor(settings[lang]);
      this.processors.set(lang, processor);
      const index = new MiniSearch<Doc>({
        fields: ['title', 'summary', 'provider', 'topics', 'teaches'],
        storeFields: [],
        tokenize: tokens,
        processTerm: (term) => processor.term(term),
        searchOptions: { boost: { title: 3, topics: 1.5, teaches: 3 }, fuzzy: (term) => (term.length >= 6 ? 0.34 : term.length >= 4 ? 0.25 : false), prefix: (term) => term.length >= 4 },
      });
      const docs = courses.map((c) => ({
        id: c.id,
        // a course without texts in this language is found by the words it is shown with (its own language)
        title: textIn(c.title, lang, c.taughtIn).text,
        summary: textIn(c.summary, lang, c.taughtIn).text,
        provider: c.provider,
        topics: c.topics.map((id) => {
          const t = topicWords.get(id);
          return t ? [t.label[lang] ?? '', ...(t.synonyms[lang] ?? [])].join(' ') : '';
        }).join(' '),
        teaches: (c.teaches ?? []).flatMap(namesOf).join(' '),
      }));
      index.addAll(docs);
      this.indexes.set(lang, index);
      const written = new Map<string, Set<string>>();
      for (const doc of docs) for (const word of tokens(`${doc.title} ${doc.summary} ${doc.provider} ${doc.topics} ${doc.teaches}`)) {
        const stem = processor.term(word);
        if (stem === null) continue;
        const words = written.get(stem);
        if (words) words.add(word); else written.set(stem, new Set([word]));
      }
      this.written.set(lang, written);
    }
  }

  /** Relevance of each matching course for `query`, normalised to 0..1 (1 = best match). */
  search(query: string, lang: string, limit = 50): Map<string, number> {
    return this.found(query, lang, limit).scores;
  }

  /**
   * The courses among `search`'s that match every word of `query` (as itself, an inflection, its continuation or a
   * typo), not some of them only: "wine waiter" finds the Linux course through "line" alone (issue 8).
   */
  matchingAll(query: string, lang: string, limit = 50): ReadonlySet<string> {
    return this.found(query, lang, limit).whole;
  }

  private found(query: string, lang: string, limit: number): Found {
    const key = `${lang}\u0000${limit}\u0000${query}`;
    const known = this.recent.get(key);
    if (known) return known;
    const result = this.run(query, lang, limit);
    if (this.recent.size >= CatalogueSearch.RECENT_MAX) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(key, result);
    return result;
  }

  private run(query: string, lang: string, limit: number): Found {
    const index = this.indexes.get(lang);
    const processor = this.processors.get(lang);
    const result: Found = { scores: new Map(), whole: new Set() };
    if (!index || !processor) return result;
    const words = tokens(query).filter((w) => processor.term(w) !== null);
    if (words.length === 0) return result;
    // a language's name is looked for among the languages courses teach only, not in their texts (see the remarks)
    const where = (word: string): { fields?: string[] } => (languageNamed(word) !== undefined ? { fields: ['teaches'] } : {});
    let hits = index.search({ combineWith: 'OR', queries: words.map((word) => ({ queries: [word], ...where(word) })) });
    // a word found only as another word sharing its beginning is no match ("chauffeur" found "chaufferies" as a typo)
    const found = new Set(hits.flatMap((hit) => hit.terms));
    const terms = words.map((word) => ({ word, stem: processor.term(word)! }));
    const kept = (term: string): boolean => terms.some((t) => this.resembles(lang, t.word, t.stem, term));
    if ([...found].some((term) => !kept(term))) {
      hits = index.search({
        combineWith: 'OR',
        queries: terms.map(({ word, stem }) => ({
          combineWith: 'OR', ...where(word),
          queries: [stem, ...[...found].filter((term) => term !== stem && kept(term) && terms.find((t) => this.resembles(lang, t.word, t.stem, term))!.stem === stem)
            .map((term) => ({ queries: [term], boostTerm: () => nearWeight(stem, term) }))],
        })),
      }, { fuzzy: false, prefix: false, tokenize: (text) => [text], processTerm: (term) => term });
    }
    hits = hits.slice(0, limit);
    const best = hits[0]?.score ?? 0;
    for (const hit of hits) {
      result.scores.set(String(hit.id), best > 0 ? hit.score / best : 0);
      if (terms.every((t) => hit.terms.some((term) => this.resembles(lang, t.word, t.stem, term)))) result.whole.add(String(hit.id));
    }
    return result;
  }

  /**
   * Whether an indexed stem found for a word of the person is that word: its own stem; a longer one written as the
   * word continued ("pyth" → "python") or an inflection (two letters more at most); or a catalogue word a typo away.
   */
  private resembles(lang: string, word: string, stem: string, term: string): boolean {
    if (term === stem) return true;
    const written = [...(this.written.get(lang)?.get(term) ?? [])];
    if (term.startsWith(stem) && (term.length - stem.length <= 2 || written.some((w) => w.startsWith(word)))) return true;
    return written.some((w) => mayBeTypo(word, w));
  }

  /**
   * The specific subjects of `topic` (topics.json `specific`: AutoCAD, BIM) that `query` names when no course teaches
   * any of them, with the query less their words; none when it names none, or a course teaches one. A course teaches a
   * subject when its own title or summary (in any language) or provider names it: the topic's courses are not on it for
   * being on the topic (found chatting: graphic design and design thinking came as a good match for BIM), and its words
   * are not looked for a typo away elsewhere ("autocad" is one letter from "autocar").
   */
  untaughtSubjects(query: string, topic: string): { subjects: string[]; rest: string } {
    const phrases = this.subjects.get(topic);
    const words = tokens(query);
    const named = (phrases ?? []).filter((phrase) => at(words, phrase) >= 0);
    if (named.length === 0 || named.some((phrase) => this.isTaught(phrase))) return { subjects: [], rest: query };
    const rest = [...words];
    for (const phrase of named) for (let i = at(rest, phrase); i >= 0; i = at(rest, phrase)) rest.splice(i, phrase.length);
    return { subjects: named.map((phrase) => phrase.join(' ')), rest: rest.join(' ') };
  }

  private isTaught(phrase: string[]): boolean {
    const key = phrase.join(' ');
    let known = this.taught.get(key);
    if (known === undefined) {
      known = this.courses.some((c) => at(tokens([c.provider, ...Object.values(c.title), ...Object.values(c.summary)].join(' ')), phrase) >= 0);
      this.taught.set(key, known);
    }
    return known;
  }

  /** True when the query has at least one meaningful word in this language (not only stop words). */
  hasTerms(query: string, lang: string): boolean {
    const processor = this.processors.get(lang);
    return !!processor && tokens(query).some((w) => processor.term(w) !== null);
  }
}

/** Where `phrase` (words) starts in `words`, word for word, or -1. */
function at(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((word, j) => words[i + j] === word)) return i;
  return -1;
}

/** What a query finds: relevance per course id (see `search`), and those matching every word (see `matchingAll`). */
interface Found { scores: Map<string, number>; whole: Set<string> }

/** The weight MiniSearch gives a prefix or fuzzy match of `stem` (its default weights), for a rebuilt query. */
function nearWeight(stem: string, term: string): number {
  if (term.startsWith(stem)) return 0.375 * term.length / (term.length + 0.3 * (term.length - stem.length));
  return 0.45 * term.length / (term.length + editDistance(stem, term, 3));
}
