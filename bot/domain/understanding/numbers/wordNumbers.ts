import type { NumberWords } from '../lexicon/lexicon';
import { fold } from '../text/fold';

const folded = new WeakMap<Record<string, number>, Record<string, number>>();

/** The lexicon's number words folded like tokens ("fünf" → "funf"), computed once per lexicon. */
function table(words: Record<string, number>): Record<string, number> {
  let result = folded.get(words);
  if (!result) {
    result = Object.fromEntries(Object.entries(words).map(([word, value]) => [fold(word), value]));
    folded.set(words, result);
  }
  return result;
}

/**
 * Reads one folded word as a number using a lexicon's number words, for languages recognizers-text lacks.
 * Compounds written as one word are built from the lexicon's rule, e.g. German units-first with joiner "und":
 * "einundzwanzig" = "ein" + "und" + "zwanzig" = 21; tens-first without joiner would read "twentyone".
 */
export function wordNumber(word: string, numbers: NumberWords): number | undefined {
  if (!numbers.words) return undefined;
  const words = table(numbers.words);
  if (word in words) return words[word];
  const compound = numbers.compound;
  if (!compound) return undefined;
  for (const [tensWord, tens] of Object.entries(words)) {
    if (tens < 20 || tens > 90 || tens % 10 !== 0) continue;
    for (const [unitWord, unit] of Object.entries(words)) {
      if (unit < 1 || unit > 9 || !Number.isInteger(unit)) continue;
      const joined = compound.unitsFirst
        ? unitWord + compound.joiner + tensWord
        : tensWord + compound.joiner + unitWord;
      if (joined === word) return tens + unit;
    }
  }
  return undefined;
}
