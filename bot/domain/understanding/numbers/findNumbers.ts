import type { NumberWords } from '../lexicon/lexicon';
import type { Token } from '../text/tokenize';
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
  return kept.sort((a, b) => a.start - b.start);
}
