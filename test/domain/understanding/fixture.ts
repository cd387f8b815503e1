import { readFileSync } from 'node:fs';
import type { Area, Region } from '../../../bot/domain/profile/profile';
import { join } from 'node:path';
import type { QualificationEntry, Topic } from '../../../bot/domain/knowledge/types';
import { loadLexicons, Understanding, warmUp, type Lexicons, type AreaPlaces } from '../../../bot/domain/understanding';
import { loadOccupations, loadTrades } from '../../../bot/adapters/occupationFiles';
import { loadAreas, loadPlaces } from '../../../bot/adapters/placeFiles';
import type { Occupations, Trades } from '../../../bot/domain/understanding/slots/field';

/** The real knowledge files: these tests check the words jobseekers type against the lexicons we ship. */
export const KNOWLEDGE_DIR = join(__dirname, '..', '..', '..', 'knowledge');

let shared: Understanding | undefined;

export function readKnowledge(): {
  lexicons: Lexicons; topics: Topic[]; qualifications: QualificationEntry[]; occupations: Occupations; trades: Trades; places: Partial<Record<Region, string[]>>; areas: Partial<Record<Area, AreaPlaces>>;
} {
  return {
    occupations: loadOccupations(join(KNOWLEDGE_DIR, 'occupations')), trades: loadTrades(join(KNOWLEDGE_DIR, 'occupations')), places: loadPlaces(join(KNOWLEDGE_DIR, 'geo')), areas: loadAreas(join(KNOWLEDGE_DIR, 'geo')),
    lexicons: loadLexicons(join(KNOWLEDGE_DIR, 'lexicon')),
    topics: JSON.parse(readFileSync(join(KNOWLEDGE_DIR, 'topics.json'), 'utf8')).topics,
    qualifications: JSON.parse(readFileSync(join(KNOWLEDGE_DIR, 'qualifications.json'), 'utf8')).qualifications,
  };
}

/** One Understanding for all tests, warmed up once (the first French parse takes seconds). */
export function understanding(): Understanding {
  if (!shared) {
    shared = new Understanding(readKnowledge());
    warmUp();
  }
  return shared;
}

/** For a test file: gives the shared Understanding once it is warm (allowing the warm-up's seconds). */
export function useUnderstanding(): () => Understanding {
  let instance: Understanding | undefined;
  before(async function warmUpOnce() {
    this.timeout(60000);
    instance = understanding();
    await warmUp(); // already done: waits for the language model
  });
  return () => instance!;
}

/** Runs one `it` per row: tables keep the phrasings readable and easy to extend. */
export function table<T>(rows: Array<[string, T]>, check: (text: string, expected: T) => void,
  title: (text: string, expected: T) => string): void {
  for (const [text, expected] of rows) it(title(text, expected), () => check(text, expected));
}
