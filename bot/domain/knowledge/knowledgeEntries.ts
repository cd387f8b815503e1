import type { PathProblem } from './ajvProblems';
import { fieldName, type EntryRef, type KnowledgeProblem } from './knowledgeProblem';

/**
 * Reading entries out of not-yet-validated JSON, defensively: a file whose shape is wrong still yields
 * whatever entries it has, so cross-file checks can run on them and report everything in one pass.
 */
export function entriesOf(json: unknown, collection: string): unknown[] {
  if (json === null || typeof json !== 'object') return [];
  const entries = (json as Record<string, unknown>)[collection];
  return Array.isArray(entries) ? entries : [];
}

/** The entry's `id` when it is a non-empty string. */
export function idOf(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== 'object') return undefined;
  const id = (entry as Record<string, unknown>).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export function entryRef(json: unknown, collection: string, index: number): EntryRef {
  return { collection, index, id: idOf(entriesOf(json, collection)[index]) };
}

/**
 * Places a schema problem of a whole file on its entry: the path `['courses', 12, 'title', 'de']` becomes
 * entry `courses[12] (id "…")` and field `title.de`; a path outside any entry stays a file-level field.
 */
export function locate(file: string, json: unknown, problem: PathProblem): KnowledgeProblem {
  const [collection, index, ...rest] = problem.path;
  if (typeof collection === 'string' && typeof index === 'number') {
    return { file, entry: entryRef(json, collection, index), field: fieldName(rest), text: problem.text, code: problem.code };
  }
  return { file, field: fieldName(problem.path), text: problem.text, code: problem.code };
}
