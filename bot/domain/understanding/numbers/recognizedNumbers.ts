import type { NumberWords } from '../lexicon/lexicon';
import { BoundedCache } from '../text/boundedCache';
import { fold } from '../text/fold';
import type { Token } from '../text/tokenize';
import { numberModel } from './recognizerModels';

/** A number over tokens [start, end); `digits` tells "20" from "vingt". */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  digits: boolean;
  /** A round ten with the words that say "and some" ("treinta y tantas"): those words are the number's. */
  odd?: boolean;
}

/** Parses by culture and text: one turn asks for the numbers of its message several times. */
const parses = new BoundedCache<string, NumberSpan[]>(2000);
const cues = new WeakMap<NumberWords, ReadonlySet<string>>();

/**
 * Numbers written in words that recognizers-text reads in `tokens` ("vingt et un", "dieciséis"). A parse runs
 * hundreds of large regexps over the message (milliseconds), so it runs only where a number in words can be
 * that the lexicon cannot read alone (see `mayHoldNumber`), and is remembered per text.
 */
export function recognizedNumbers(tokens: Token[], numbers: NumberWords): NumberSpan[] {
  const culture = numbers.recognizerCulture;
  if (!culture || !mayHoldNumber(tokens, numbers)) return [];
  const offsets: number[] = [];
  let text = '';
  for (const token of tokens) {
    offsets.push(text.length);
    text += `${token.t} `;
  }
  const key = `${culture}\u0000${text}`;
  return parses.get(key) ?? parses.set(key, parse(tokens, offsets, text, culture));
}

function mayHoldNumber(tokens: Token[], numbers: NumberWords): boolean {
  if (!numbers.recognizerWords) return true;
  let words = cues.get(numbers);
  if (!words) {
    words = new Set(numbers.recognizerWords.map(fold));
    cues.set(numbers, words);
  }
  // Digits alone never need the recognizer ("20" is read directly, and spans of digits only are dropped
  // below). A lone number word the lexicon knows ("un CAP", "deux enfants") is read by `wordNumber`; the
  // recognizer is for the rest: words the lexicon lacks, and compounds ("vingt et un", "deux cents").
  let last = -10;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].t;
    if (!words.has(word)) continue;
    if (numbers.words?.[word] === undefined || i - last <= 2) return true;
    last = i;
  }
  return false;
}

function parse(tokens: Token[], offsets: number[], text: string, culture: string): NumberSpan[] {
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
