import type { ErrorObject } from 'ajv';
import type { ProblemCode } from './knowledgeProblem';

/** A schema problem located by its full path in the validated document (keys and list indexes). */
export interface PathProblem {
  path: Array<string | number>;
  text: string;
  code: Exclude<ProblemCode, 'duplicate-id' | 'unknown-topic' | 'unknown-agency' | 'file'>;
}

/**
 * Rewords Ajv's errors for people who edit data, not schemas: `is missing`, `is not allowed (unknown field)`,
 * `must be an https URL (…), got "http://x"`.
 *
 * @remarks Needs Ajv's `verbose` option: the offending value (`data`) is quoted back, and a failed `pattern`
 * is explained by the `description` of the schema that holds it, so the wording lives in the schema files.
 * Wrapper errors (`if`, `propertyNames`) repeat an inner error and are dropped.
 */
export function problemsFromAjv(errors: readonly ErrorObject[] | null | undefined): PathProblem[] {
  const seen = new Set<string>();
  const problems: PathProblem[] = [];
  for (const error of errors ?? []) {
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    const problem = describe(error, pointerToPath(error.instancePath));
    const key = JSON.stringify(problem);
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}

function describe(error: ErrorObject, path: Array<string | number>): PathProblem {
  if (error.propertyName !== undefined) {
    return { path: [...path, error.propertyName], code: 'unknown-field', text: `is not allowed: the key must be ${expected(error)}` };
  }
  if (error.keyword === 'required') {
    return { path: [...path, String(error.params.missingProperty)], code: 'missing', text: 'is missing' };
  }
  if (error.keyword === 'additionalProperties') {
    return { path: [...path, String(error.params.additionalProperty)], code: 'unknown-field', text: 'is not allowed (unknown field)' };
  }
  return { path, code: 'invalid', text: `must be ${expected(error)}, got ${show(error.data)}` };
}

/** What the schema wanted, completing "must be …". */
function expected(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': return typeWords(String(p.type));
    case 'enum': return `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const': return JSON.stringify(p.allowedValue);
    case 'pattern': return describedBy(error) ?? `a text matching /${String(p.pattern)}/`;
    case 'minimum': return `at least ${String(p.limit)}`;
    case 'maximum': return `at most ${String(p.limit)}`;
    case 'exclusiveMinimum': return `more than ${String(p.limit)}`;
    case 'exclusiveMaximum': return `less than ${String(p.limit)}`;
    case 'minItems': return `a list of at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'uniqueItems': return `a list without repeats (items ${String(p.j)} and ${String(p.i)} are the same)`;
    case 'minProperties': return describedBy(error) ?? `an object with at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}`;
    case 'minLength': return `at least ${String(p.limit)} character${p.limit === 1 ? '' : 's'} long`;
    default: return `valid (${error.message ?? error.keyword})`;
  }
}

function describedBy(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { description?: unknown } | undefined;
  return typeof schema?.description === 'string' ? schema.description : undefined;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list',
  object: 'an object', null: 'null',
};

function typeWords(types: string): string {
  return types.split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

/** The offending value, short: strings and numbers as JSON, containers by their kind. */
export function show(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 160 ? `${json.slice(0, 157)}…` : json;
}

/** `/courses/12/title` → `['courses', 12, 'title']` (JSON Pointer, with ~1 and ~0 unescaped). */
function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
  });
}
