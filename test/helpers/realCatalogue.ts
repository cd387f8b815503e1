import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge, languagesOf } from '../../bot/adapters/knowledgeFiles';
import type { KnowledgeBase } from '../../bot/domain/knowledge/types';
import { Recommender } from '../../bot/domain/recommend/recommender';
import type { SearchLanguage } from '../../bot/domain/recommend/textNormaliser';

const ROOT = path.resolve(__dirname, '../..');
let cached: RealCatalogue | undefined;

/** What a `Recommender` over the real catalogue is built from. */
export interface RealCatalogue {
  /** The languages of `locales/`. */
  languages: string[];
  kb: KnowledgeBase;
  /** The catalogue search's settings per language (`knowledge/search.json`). */
  search: Record<string, SearchLanguage>;
}

/** The real knowledge base, as the bot loads it, read once per test run (tests copy it, never change it). */
export function realCatalogue(): RealCatalogue {
  if (!cached) {
    const languages = languagesOf(path.join(ROOT, 'locales'));
    cached = {
      languages,
      kb: loadKnowledge(path.join(ROOT, 'knowledge'), languages),
      search: JSON.parse(fs.readFileSync(path.join(ROOT, 'knowledge/search.json'), 'utf8')).languages,
    };
  }
  return cached;
}

let recommender: Recommender | undefined;

/**
 * One `Recommender` over the real catalogue for the whole run, with the knowledge base it reads: what the
 * recommendation tests share (it keeps only caches of the search between recommendations).
 */
export function realRecommender(): { recommender: Recommender; kb: KnowledgeBase } {
  const real = realCatalogue();
  recommender ??= new Recommender(real.kb, real.languages, real.search);
  return { recommender, kb: real.kb };
}
