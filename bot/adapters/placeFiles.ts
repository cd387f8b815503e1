import path from 'node:path';
import Ajv from 'ajv';
import { AREA_REGION, AREAS, REGIONS, type Area, type Region } from '../domain/profile/profile';
import type { AreaPlaces } from '../domain/understanding';
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

const areaSchema = {
  type: 'object',
  required: ['areas'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    areas: {
      type: 'object',
      propertyNames: { enum: [...AREAS] },
      additionalProperties: {
        type: 'object',
        required: ['region', 'places', 'source'],
        additionalProperties: false,
        properties: {
          region: { enum: [...REGIONS] },
          places: { type: 'array', minItems: 1, items: { type: 'string', minLength: 2 } },
          postcodes: {
            type: 'array',
            items: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'integer', minimum: 1000, maximum: 9999 } },
          },
          source: { type: 'object', required: ['url', 'checked', 'verified'] },
        },
      },
    },
  },
} as const;
const validateAreas = new Ajv({ allErrors: true }).compile<{ areas: Partial<Record<Area, { region: Region; places: string[]; postcodes?: Array<[number, number]> }>> }>(areaSchema);

/**
 * Reads `knowledge/geo/areas.json` (parts of a region with services of their own, by the names of their places:
 * Ostbelgien's nine communes, and the Belgian postcode ranges they cover), checked at start-up like `places.json`.
 * An area whose region is not the one `AREA_REGION` gives, or a postcode range upside down, stops start-up. Without
 * the file, no area is read.
 */
export function loadAreas(dir: string): Partial<Record<Area, AreaPlaces>> {
  const file = readOptionalFile(path.join(dir, 'areas.json'), validateAreas);
  return Object.fromEntries(Object.entries(file?.areas ?? {}).map(([area, { region, places, postcodes = [] }]) => {
    if (AREA_REGION[area as Area] !== region) throw new Error(`knowledge/geo/areas.json: /areas/${area}/region must be ${AREA_REGION[area as Area]}`);
    postcodes.forEach(([from, to], i) => {
      if (from > to) throw new Error(`knowledge/geo/areas.json: /areas/${area}/postcodes/${i} must go from the lower code to the higher`);
    });
    return [area, { places, postcodes }];
  }));
}
