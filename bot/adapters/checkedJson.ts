import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { duplicateKey } from '../domain/knowledge/duplicateKeys';

/**
 * A JSON file of `knowledge/` read at start-up: its content and its name as errors show it (relative to the working
 * directory). A file that is absent, not JSON, or gives a key twice (JSON keeps only the last one) stops start-up
 * with an error naming it: `knowledge/occupations/sectors.json: does not exist`, `…: is not valid JSON (…)`,
 * `…: "K" is given twice (JSON keeps only the last one)`.
 */
export function readJsonFile(file: string): { data: unknown; shown: string } {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  let data: unknown;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${shown}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `is not valid JSON (${(error as Error).message})`}`);
  }
  const twice = duplicateKey(text);
  if (twice) throw new Error(`${shown}: ${twice} is given twice (JSON keeps only the last one)`);
  return { data, shown };
}

/** A schema's complaints as one start-up error naming the file: `…/trades.json: /trades/x/field must be …; …`. */
export function schemaError(shown: string, errors: ErrorObject[] | null | undefined): Error {
  return new Error(`${shown}: ${(errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
}

/** An optional file checked against its schema: undefined when absent, else its content, or an error naming what is wrong. */
export function readOptionalFile<T>(file: string, validate: ValidateFunction<T>): T | undefined {
  if (!fs.existsSync(file)) return undefined;
  const { data, shown } = readJsonFile(file);
  if (!validate(data)) throw schemaError(shown, validate.errors);
  return data;
}
