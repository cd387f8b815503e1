import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Ajv from 'ajv';
import { compilePattern, compileSets } from '../match/pattern';
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
  return data;
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
