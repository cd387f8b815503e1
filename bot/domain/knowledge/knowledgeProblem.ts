/**
 * One thing wrong in the knowledge base, located precisely enough for a data editor to fix it without
 * reading code: the file, the entry (index, and id when it has one) and the field.
 *
 * @remarks Problems are data, not strings, so the start-up loader and the catalogue importer can word the
 * location their own way (a JSON entry versus a CSV line and column) while sharing the same wording of the
 * problem itself.
 */
export type ProblemCode =
  | 'missing'        // a required field is absent
  | 'unknown-field'  // a field (or key) the schema does not allow
  | 'invalid'        // a field has the wrong type or value
  | 'duplicate-id'   // the same id twice where ids must be unique
  | 'unknown-topic'  // a course names a topic that topics.json does not list
  | 'unknown-agency' // a catalogue file is not named after an agency of agencies.json
  | 'file';          // the file itself: absent, unreadable, not JSON, not a knowledge file

/** A problem about one field, as a predicate (`is missing`) or, for cross-file rules, a sentence. */
export interface FieldProblem {
  /** Dotted path inside the entry, with list indexes: `title.de`, `topics[1]`, `contacts[0].label.fr`. */
  field?: string;
  text: string;
  code: ProblemCode;
}

/** Which entry of a file: `courses[12] (id "oc-python")`. */
export interface EntryRef {
  collection: string;
  index: number;
  id?: string;
}

export interface KnowledgeProblem extends FieldProblem {
  /** The file as the caller named it, e.g. `knowledge/courses.json`. */
  file: string;
  entry?: EntryRef;
}

/** Codes whose text reads as a predicate of the field (`field "x" is missing`); the others are sentences. */
const PREDICATE_CODES: ReadonlySet<ProblemCode> = new Set(['missing', 'unknown-field', 'invalid']);

/** `courses[12] (id "oc-python")`, or `courses[12]` when the entry has no usable id. */
export function describeEntry(entry: EntryRef): string {
  const at = `${entry.collection}[${entry.index}]`;
  return entry.id === undefined ? at : `${at} (id "${entry.id}")`;
}

/**
 * The field part of a message: `field "title.de" is missing`, or `field "topics[1]": topic "x" is not in …`
 * for the cross-file rules; `label` lets the importer say `column` instead of `field`.
 */
export function describeFieldProblem(problem: FieldProblem, label = 'field'): string {
  if (problem.field === undefined) return problem.text;
  const separator = PREDICATE_CODES.has(problem.code) ? ' ' : ': ';
  return `${label} "${problem.field}"${separator}${problem.text}`;
}

/**
 * The one-line form used in every error message.
 * @example
 * formatProblem({ file: 'knowledge/courses.json', entry: { collection: 'courses', index: 12, id: 'oc-python' },
 *   field: 'title.de', text: 'is missing', code: 'missing' })
 * // 'knowledge/courses.json: courses[12] (id "oc-python"): field "title.de" is missing'
 */
export function formatProblem(problem: KnowledgeProblem): string {
  const parts = [problem.file];
  if (problem.entry) parts.push(describeEntry(problem.entry));
  parts.push(describeFieldProblem(problem));
  return parts.join(': ');
}

/** Turns a path of keys and indexes into the field notation above (`contacts[0].label.fr`). */
export function fieldName(path: ReadonlyArray<string | number>): string | undefined {
  let name = '';
  for (const segment of path) {
    name += typeof segment === 'number' ? `[${segment}]` : name === '' ? segment : `.${segment}`;
  }
  return name === '' ? undefined : name;
}
