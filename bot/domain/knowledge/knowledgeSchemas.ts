import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { DIGITAL_SKILLS, EQUIPMENT, FIELDS, REGIONS } from '../profile/profile';
import { problemsFromAjv, type PathProblem } from './ajvProblems';

/** The five files of `knowledge/`, each validated by `knowledge/schema/<kind>.schema.json`. */
export const KNOWLEDGE_KINDS = ['courses', 'support', 'agencies', 'topics', 'qualifications'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** The parsed schema files: `common` (shared `$defs`) and one per kind, keyed by kind. */
export type KnowledgeSchemas = Record<KnowledgeKind | 'common', object>;

/** Validators compiled for one deployment (one list of languages). */
export interface SchemaChecker {
  /** Checks a whole file (`{ "courses": [...] }`, …); paths start at the file's root. */
  checkFile(kind: KnowledgeKind, json: unknown): PathProblem[];
  /** Checks one course alone (a CSV row); paths start at the course. */
  checkCourse(json: unknown): PathProblem[];
}

const LANGUAGE_CODE = /^[a-z]{2}$/;

/**
 * Compiles the schema files for the languages a deployment serves.
 *
 * @remarks The files are the single source of the rules, but three things are only known at start-up or
 * live in code: the languages served (the folders of `locales/`), and the value sets of `profile.ts`. So the
 * shared definitions `localised`, `localisedOrNull`, `localisedList`, `region`, `digitalSkills`,
 * `equipment` and `romeField` are rebuilt here, and every `$ref` to them picks up the deployment's values. Texts may carry
 * extra language codes (the same files serve deployments with fewer languages); they may not lack one.
 * Ajv runs in strict mode, so a schema typo fails at start-up instead of silently accepting data.
 */
export function compileKnowledgeSchemas(schemas: KnowledgeSchemas, languages: readonly string[]): SchemaChecker {
  if (languages.length === 0 || !languages.every((l) => LANGUAGE_CODE.test(l))) {
    throw new Error(`languages must be two-letter codes, at least one (got ${JSON.stringify(languages)})`);
  }
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(forDeployment(schemas.common, languages));
  for (const kind of KNOWLEDGE_KINDS) ajv.addSchema(schemas[kind]);
  const files = new Map<KnowledgeKind, ValidateFunction>(KNOWLEDGE_KINDS.map((kind) => [kind, getSchema(ajv, idOf(schemas[kind]))]));
  const course = getSchema(ajv, `${idOf(schemas.courses)}#/$defs/course`);
  return {
    checkFile: (kind, json) => run(files.get(kind) as ValidateFunction, json),
    checkCourse: (json) => run(course, json),
  };
}

function run(validate: ValidateFunction, json: unknown): PathProblem[] {
  return validate(json) ? [] : problemsFromAjv(validate.errors);
}

function getSchema(ajv: Ajv2020, ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`knowledge schema "${ref}" not found`);
  return validate;
}

function idOf(schema: object): string {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('every knowledge schema needs a string "$id"');
  return id;
}

type Defs = Record<string, Record<string, unknown>>;

/** A copy of the common schema whose deployment-dependent definitions are rebuilt (see above). */
function forDeployment(common: object, languages: readonly string[]): object {
  const copy = structuredClone(common) as { $defs?: Defs };
  const defs = copy.$defs;
  if (!defs) throw new Error('common.schema.json must have "$defs"');
  const perLanguage = (name: string, valueRef: string): void => {
    const properties = Object.fromEntries(languages.map((lng) => [lng, { $ref: valueRef }]));
    defs[name] = { ...defs[name], required: [...languages], properties };
  };
  perLanguage('localised', '#/$defs/text');
  perLanguage('localisedOrNull', '#/$defs/text');
  perLanguage('localisedList', '#/$defs/textList');
  defs.region = { ...defs.region, enum: [...REGIONS] };
  defs.digitalSkills = { ...defs.digitalSkills, enum: [...DIGITAL_SKILLS] };
  defs.equipment = { ...defs.equipment, enum: [...EQUIPMENT] };
  defs.romeField = { ...defs.romeField, enum: [...FIELDS] };
  return copy;
}
