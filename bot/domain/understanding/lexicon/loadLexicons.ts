import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Ajv from 'ajv';
import { compilePattern, compileSets } from '../match/pattern';
import { words } from '../text/tokenize';
import type { Lexicon, Lexicons } from './lexicon';
import { lexiconSchema } from './lexiconSchema';
import { duplicateKey } from '../../knowledge/duplicateKeys';

const validate = new Ajv({ allErrors: true }).compile<Lexicon>(lexiconSchema);

/**
 * Reads every `<lng>.json` of `dir` (adding a language is adding a file) and checks it: shape, file name =
 * `language`, and that every phrase compiles (no unknown `@set`). Fails at start-up rather than in a user's turn.
 *
 * @throws Error naming the file and the field, e.g. `de.json: /time/perDay must be array`.
 */
export function loadLexicons(dir: string): Lexicons {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no lexicon (*.json) in ${dir}`);
  const lexicons: Lexicons = {};
  for (const file of files) {
    let data: unknown;
    const text = readFileSync(join(dir, file), 'utf8');
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const twice = duplicateKey(text);
    if (twice) throw new Error(`${file}: ${twice} is given twice (JSON keeps only the last one)`);
    lexicons[basename(file, '.json')] = checkLexicon(data, file);
  }
  return lexicons;
}

/** Validates one parsed lexicon; `file` names it in errors. */
export function checkLexicon(data: unknown, file: string): Lexicon {
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  const expected = basename(file, '.json');
  if (data.language !== expected) throw new Error(`${file}: /language is "${data.language}", expected "${expected}"`);
  const sets = { ...compileSets(data.sets), lang: [] };
  for (const [path, phrase] of allPhrases(data, '')) {
    try {
      compilePattern(phrase, sets);
    } catch (error) {
      throw new Error(`${file}: ${path} ${(error as Error).message}`);
    }
  }
  checkShorthand(data, file);
  return data;
}

/**
 * A shorthand must be no word of the lexicon's phrases or sets: the message's word is replaced before any phrase is
 * matched, so a phrase holding it could never match again ("jveux" listed as a wish).
 */
function checkShorthand(lexicon: Lexicon, file: string): void {
  const keys = new Set(Object.keys(lexicon.shorthand ?? {}).map((key) => words(key).join(' ')));
  if (keys.size === 0) return;
  const sets = Object.entries(lexicon.sets).flatMap(([name, list]) => list.map((phrase, i): [string, string] => [`/sets/${name}/${i}`, phrase]));
  for (const [path, phrase] of [...allPhrases(lexicon, ''), ...sets]) {
    if (path.startsWith('/shorthand/') || path === '/notServed') continue;
    const word = words(phrase.replace(/@[a-z_]+/gi, ' ')).find((w) => keys.has(w));
    if (word) throw new Error(`${file}: /shorthand/${word} is a word of the phrase at ${path} ("${phrase}"): write the phrase out or drop the shorthand`);
  }
}

/** Every phrase of the lexicon with its JSON path (number words and set entries excluded). */
function* allPhrases(node: unknown, path: string): Generator<[string, string]> {
  if (path === '/numbers' || path === '/sets') return;
  if (typeof node === 'string') {
    if (path !== '/language' && path !== '/$comment' && path !== '/numbers/recognizerCulture') yield [path, node];
  } else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* allPhrases(node[i], `${path}/${i}`);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) yield* allPhrases(value, `${path}/${key}`);
  }
}
