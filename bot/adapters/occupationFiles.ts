import path from 'node:path';
import Ajv from 'ajv';
import { compilePattern } from '../domain/understanding/match/pattern';
import { OCCUPATION_KEYS, type Occupations, type Trades } from '../domain/understanding/slots/field';
import { FIELDS } from '../domain/profile/profile';
import { words } from '../domain/understanding/text/tokenize';
import { readJsonFile, readOptionalFile, schemaError } from './checkedJson';

/**
 * The files of `knowledge/occupations/`, merged in this order: the hand-made words first, then the references.
 * A phrase of a later file that an earlier one already files (in the same language) is left out: hand-made
 * placements win ("Reinigungskraft" is cleaning, K, although ESCO files it with hotel housekeeping).
 */
export const OCCUPATION_FILES = ['sectors.json', 'occupations.json'] as const;

const phrases = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const schema = {
  type: 'object',
  required: ['languages'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    sources: { type: 'array', items: { type: 'object' } },
    languages: {
      type: 'object',
      propertyNames: { pattern: '^[a-z]{2,3}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(OCCUPATION_KEYS.map((key) => [key, phrases])),
      },
    },
  },
} as const;
const validate = new Ajv({ allErrors: true }).compile<{ languages: Occupations }>(schema);

/**
 * Reads the job titles and sector words of `dir` (`knowledge/occupations/`: `occupations.json`, built from ROME
 * and ESCO, and the hand-made `sectors.json`) for `Understanding`. Checked at start-up: shape, grand domaine
 * letters, and that every phrase compiles, so a broken file stops the bot rather than a user's turn.
 *
 * @throws Error naming the file, the entry and what is wrong, e.g.
 *   `knowledge/occupations/sectors.json: /languages/fr/X must NOT have additional properties`,
 *   `knowledge/occupations/sectors.json: languages.fr.D[3] ("*vente"): phrase "*vente" starts with *`.
 */
export function loadOccupations(dir: string): Occupations {
  const merged: Occupations = {};
  const seen = new Map<string, Set<string>>();
  for (const name of OCCUPATION_FILES) {
    const { data, shown } = readJsonFile(path.join(dir, name));
    const before = new Map([...seen].map(([lng, set]) => [lng, new Set(set)]));
    for (const [lng, lists] of Object.entries(checkOccupations(data, shown))) {
      const into = (merged[lng] ??= {});
      const known = before.get(lng);
      if (!seen.has(lng)) seen.set(lng, new Set());
      for (const key of OCCUPATION_KEYS) {
        const fresh = (lists[key] ?? []).filter((phrase) => !known?.has(words(phrase).join(' ')));
        fresh.forEach((phrase) => seen.get(lng)!.add(words(phrase).join(' ')));
        if (fresh.length) into[key] = [...(into[key] ?? []), ...fresh];
      }
    }
  }
  return merged;
}

/** Validates one parsed occupations file; `file` names it in errors. */
export function checkOccupations(data: unknown, file: string): Occupations {
  if (!validate(data)) throw schemaError(file, validate.errors);
  for (const [lng, lists] of Object.entries(data.languages)) {
    for (const [key, list] of Object.entries(lists)) {
      list!.forEach((phrase, i) => {
        try {
          compilePattern(phrase);
        } catch (error) {
          throw new Error(`${file}: languages.${lng}.${key}[${i}] (${JSON.stringify(phrase)}): ${(error as Error).message}`);
        }
      });
    }
  }
  return data.languages;
}

const tradesSchema = {
  type: 'object',
  required: ['trades'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    trades: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z-]*$' },
      additionalProperties: {
        type: 'object',
        required: ['field', 'stems'],
        additionalProperties: false,
        properties: {
          field: { enum: [...FIELDS] },
          // other grand domaines the references file the trade's jobs under (pastry cooks: D in ROME, G in ESCO)
          otherFields: { type: 'array', items: { enum: [...FIELDS] }, minItems: 1, uniqueItems: true },
          about: { type: 'string' },
          stems: { type: 'object', propertyNames: { pattern: '^[a-z]{2,3}$' }, additionalProperties: phrases },
          // words that rule the trade out though a stem matches (a nurse's aide is no nurse)
          notStems: { type: 'object', propertyNames: { pattern: '^[a-z]{2,3}$' }, additionalProperties: phrases },
          // learnt in person (a regulated profession, machines): why, and the source of that fact (see inPersonTrades)
          inPerson: {
            type: 'object', required: ['why', 'source'], additionalProperties: false,
            properties: {
              why: { type: 'string' },
              // a regulated profession: a diploma from another country is recognised before one works in it
              regulated: { type: 'boolean' },
              source: {
                type: 'object', required: ['url', 'checked', 'verified'], additionalProperties: false,
                properties: { url: { type: 'string' }, checked: { type: 'string' }, verified: { type: 'boolean' }, note: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
} as const;
const validateTrades = new Ajv({ allErrors: true }).compile<{ trades: Trades }>(tradesSchema);

/**
 * Reads `knowledge/occupations/trades.json` (trades within a field whose courses differ); checked at start-up like
 * the other files: a broken file stops the bot, naming the file and the entry (`…/trades.json: /trades/security/field
 * must be equal to one of the allowed values`). Without the file, no trade is read (courses then serve their whole fields).
 */
export function loadTrades(dir: string): Trades {
  return readOptionalFile(path.join(dir, 'trades.json'), validateTrades)?.trades ?? {};
}

/**
 * The trades of `trades.json` whose jobs are learnt in person (`inPerson`: nursing, a regulated profession; crane and
 * plant operators, on the machines): the recommender says so rather than offer the rest of their field's courses.
 */
export function inPersonTrades(dir: string): string[] {
  return Object.entries(inPersonOf(dir)).filter(([, trade]) => trade.inPerson !== undefined).map(([id]) => id);
}

/**
 * The trades learnt in person that are regulated professions (`inPerson.regulated`: nursing, medicine): a graduate who
 * looks for work in one is offered a person who can say how to have a foreign diploma recognised, not told it is learnt
 * in school.
 */
export function regulatedTrades(dir: string): string[] {
  return Object.entries(inPersonOf(dir)).filter(([, trade]) => trade.inPerson?.regulated === true).map(([id]) => id);
}

function inPersonOf(dir: string): Record<string, { inPerson?: { regulated?: boolean } }> {
  const file = readOptionalFile(path.join(dir, 'trades.json'), validateTrades) as { trades: Record<string, { inPerson?: { regulated?: boolean } }> } | undefined;
  return file?.trades ?? {};
}
