import type { NumberWords } from '../lexicon/lexicon';
import { BoundedCache } from '../text/boundedCache';
import { fold } from '../text/fold';
import { similar } from '../text/similar';

/** Number words typed with a typo are still read from this length on ("quuinze", "twentty", "einundzwanzg"). */
const FUZZY_FROM = 6;

interface Table {
  words: Map<string, number>;
  /** Words already read (null: not a number), since a fuzzy reading compares with every number word. */
  read: BoundedCache<string, number | null>;
}

const tables = new WeakMap<NumberWords, Table>();

/**
 * The lexicon's number words folded like tokens ("fünf" → "funf"), plus every compound its rule builds:
 * German units-first with joiner "und" makes "einundzwanzig" = "ein" + "und" + "zwanzig" = 21; tens-first
 * without joiner would make "twentyone". Computed once per lexicon.
 */
function table(numbers: NumberWords): Table {
  const known = tables.get(numbers);
  if (known) return known;
  const result = new Map(Object.entries(numbers.words ?? {}).map(([word, value]) => [fold(word), value]));
  const compound = numbers.compound;
  if (compound) {
    const entries = [...result];
    for (const [tensWord, tens] of entries) {
      if (tens < 20 || tens > 90 || tens % 10 !== 0) continue;
      for (const [unitWord, unit] of entries) {
        if (unit < 1 || unit > 9 || !Number.isInteger(unit)) continue;
        const joined = compound.unitsFirst ? unitWord + compound.joiner + tensWord : tensWord + compound.joiner + unitWord;
        if (!result.has(joined)) result.set(joined, tens + unit);
      }
    }
  }
  const made = { words: result, read: new BoundedCache<string, number | null>(20000) };
  tables.set(numbers, made);
  return made;
}

/**
 * Reads one folded word as a number with a lexicon's number words: for languages recognizers-text lacks, and
 * as a typo-tolerant fallback for the others (recognizers-text reads "quinze", not "quuinze").
 */
export function wordNumber(word: string, numbers: NumberWords): number | undefined {
  const { words, read } = table(numbers);
  const exact = words.get(word);
  if (exact !== undefined || word.length < FUZZY_FROM) return exact;
  let value = read.get(word);
  if (value === undefined) {
    value = null;
    for (const [known, number] of words) {
      if (similar(word, known)) {
        value = number;
        break;
      }
    }
    read.set(word, value);
  }
  return value ?? undefined;
}
