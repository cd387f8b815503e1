import type { NumberWords } from '../lexicon/lexicon';
import type { Token } from '../text/tokenize';
import { numberModel } from './recognizerModels';
import { wordNumber } from './wordNumbers';

/** A number found in a message, over tokens [start, end). `digits` tells "20" from "vingt". */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  digits: boolean;
}

/**
 * Every number of a message: digits ("20", "1.5"), number words via the recognizers-text model of the
 * lexicon's culture ("vingt et un", "dieciséis"), and the lexicon's own number words (German "zwei").
 */
export function findNumbers(tokens: Token[], numbers: NumberWords): NumberSpan[] {
  const found: NumberSpan[] = [];
  tokens.forEach((token, i) => {
    if (/^\d+(\.\d+)?$/.test(token.t)) found.push({ start: i, end: i + 1, value: Number(token.t), digits: true });
  });
  if (numbers.recognizerCulture) found.push(...recognized(tokens, numbers.recognizerCulture));
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

function recognized(tokens: Token[], culture: string): NumberSpan[] {
  const offsets: number[] = [];
  let text = '';
  for (const token of tokens) {
    offsets.push(text.length);
    text += `${token.t} `;
  }
  const spans: NumberSpan[] = [];
  for (const result of numberModel(culture).parse(oneByte(text))) {
    const value = Number(String(result.resolution?.value ?? '').replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const start = offsets.findIndex((offset) => offset >= result.start);
    let end = start;
    while (end < tokens.length && offsets[end] <= result.end) end++;
    if (start < 0 || end <= start) continue;
    const digits = tokens.slice(start, end).every((token) => /^[\d.]+$/.test(token.t));
    if (!digits) spans.push({ start, end, value, digits: false });
  }
  return spans;
}

/**
 * A copy of `text` stored one byte per character. V8 compiles each regexp separately for one-byte and two-byte
 * strings, and text that went through `normalize('NFD')` stays two-byte: without this, the first message with
 * an accent would pay the multi-second compilation of the recognizer's regexps a second time, in a user's turn.
 * Tokens are ASCII, so nothing is lost.
 */
function oneByte(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}
