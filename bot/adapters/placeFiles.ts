import path from 'node:path';
import Ajv from 'ajv';
import { REGIONS, type Region } from '../domain/profile/profile';
import { readOptionalFile } from './checkedJson';

const schema = {
  type: 'object',
  required: ['regions'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    source: { type: 'object' },
    regions: {
      type: 'object',
      propertyNames: { enum: [...REGIONS] },
      additionalProperties: { type: 'array', items: { type: 'string', minLength: 2 } },
    },
  },
} as const;
const validate = new Ajv({ allErrors: true }).compile<{ regions: Partial<Record<Region, string[]>> }>(schema);

/**
 * Reads `knowledge/geo/places.json` (Belgium's localities by region, generated from bpost's postcode list by
 * `knowledge/geo/build_places.py`), for reading where a person lives when they name a village the lexicons do not
 * list. Checked at start-up: a broken file stops the bot, naming the file and the entry
 * (`knowledge/geo/places.json: /regions/BE-XX must be equal to one of the allowed values`). Without the file, only
 * the lexicons' place names are read.
 */
export function loadPlaces(dir: string): Partial<Record<Region, string[]>> {
  return readOptionalFile(path.join(dir, 'places.json'), validate)?.regions ?? {};
}
