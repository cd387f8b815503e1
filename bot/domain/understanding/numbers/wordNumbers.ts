import type { NumberWords } from '../lexicon/lexicon';
import { fold } from '../text/fold';
import { similar } from '../text/similar';

/** Number words typed with a typo are still read from this length on ("quuinze", "twentty", "einundzwanzg"). */
const FUZZY_FROM = 6;

const tables = new WeakMap<NumberWords, Map<string, number>>();

/**
 * The lexicon's number words folded like tokens ("fünf" → "funf"), plus every compound its rule builds:
 * German units-first with joiner "und" makes "einundzwanzig" = "ein" + "und" + "zwanzig" = 21; tens-first
 * without joiner would make "twentyone". Computed once per lexicon.
 */
function table(numbers: NumberWords): Map<string, number> {
  let result = tables.get(numbers);
  if (result) return result;
  result = new Map(Object.entries(numbers.words ?? {}).map(([word, value]) => [fold(word), value]));
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
  tables.set(numbers, result);
  return result;
}

/**
 * Reads one folded word as a number with a lexicon's number words: for languages recognizers-text lacks, and
 * as a typo-tolerant fallback for the others (recognizers-text reads "quinze", not "quuinze").
 */
export function wordNumber(word: string, numbers: NumberWords): number | undefined {
  const words = table(numbers);
  const exact = words.get(word);
  if (exact !== undefined || word.length < FUZZY_FROM) return exact;
  for (const [known, value] of words) if (similar(word, known)) return value;
  return undefined;
}
