import type { NumberWords } from '../lexicon/lexicon';
import { words, type Token } from '../text/tokenize';
import { recognizedNumbers, type NumberSpan } from './recognizedNumbers';
import { wordNumber } from './wordNumbers';

export type { NumberSpan } from './recognizedNumbers';

/**
 * Every number of a message: digits ("20", "1.5"), number words via the recognizers-text model of the
 * lexicon's culture ("vingt et un", "dieciséis"), and the lexicon's own number words (German "zwei").
 */
export function findNumbers(tokens: Token[], numbers: NumberWords): NumberSpan[] {
  const found: NumberSpan[] = [];
  tokens.forEach((token, i) => {
    if (/^\d+(\.\d+)?$/.test(token.t)) found.push({ start: i, end: i + 1, value: Number(token.t), digits: true });
  });
  if (numbers.recognizerCulture) for (const span of recognizedNumbers(tokens, numbers)) found.push({ ...span });
  tokens.forEach((token, i) => {
    const value = wordNumber(token.t, numbers);
    if (value !== undefined) found.push({ start: i, end: i + 1, value, digits: false });
  });
  const kept: NumberSpan[] = [];
  for (const span of found) {
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  kept.sort((a, b) => a.start - b.start);
  return numbers.odd ? withOdd(tokens, kept, numbers.odd) : kept;
}

/** The middle of a ten said with "and some": "twenty-odd" is about 25. */
const ODD = 5;

/** Round tens followed by words of `odd` ("thirty odd", "treinta y tantas") take those words and the middle of their ten. */
function withOdd(tokens: Token[], spans: NumberSpan[], odd: readonly string[]): NumberSpan[] {
  return spans.map((span) => {
    if (span.value < 20 || span.value > 90 || span.value % 10 !== 0) return span;
    for (const phrase of odd) {
      const said = words(phrase);
      if (said.every((w, k) => tokens[span.end + k]?.t === w && tokens[span.end + k].clause === tokens[span.start].clause)) {
        return { ...span, end: span.end + said.length, value: span.value + ODD, odd: true };
      }
    }
    return span;
  });
}
