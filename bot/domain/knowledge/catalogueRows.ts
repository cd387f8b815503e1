import { columnOf, rowToCourse } from './catalogueCsv';
import { duplicateId, unknownTopics } from './crossChecks';
import { fieldName, type FieldProblem } from './knowledgeProblem';
import type { SchemaChecker } from './knowledgeSchemas';
import type { Course } from './types';

/** The outcome of one CSV row: a course, or the reasons it was rejected (fields named by their column). */
export type RowVerdict =
  | { line: number; id?: string; course: Course }
  | { line: number; id?: string; problems: FieldProblem[] };

/** What a row is checked against besides the schema. */
export interface RowContext {
  checker: SchemaChecker;
  /** Ids of knowledge/topics.json, and that file's name for the message. */
  topicIds: ReadonlySet<string>;
  topicsFile: string;
  /** Course ids already used elsewhere (main catalogue, other agencies), with where: `knowledge/courses.json`. */
  takenIds: ReadonlyMap<string, string>;
}

/**
 * Checks the rows of one catalogue CSV with the same rules as the start-up validator, one row at a time.
 *
 * @remarks Stateful by design: it remembers each id it has seen (accepted or not), so the second row with an
 * id is rejected and points at the first, exactly as a duplicate across files is reported at start-up.
 */
export class CatalogueRowChecker {
  private readonly seen = new Map<string, string>();

  constructor(private readonly header: readonly string[], private readonly context: RowContext) {}

  check(line: number, cells: readonly string[]): RowVerdict {
    const rawId = cells[this.header.indexOf('id')]?.trim() || undefined;
    if (cells.length !== this.header.length) {
      const text = `has ${cells.length} cells but the header has ${this.header.length} columns`;
      return { line, id: rawId, problems: [{ text, code: 'invalid' }] };
    }
    const candidate = rowToCourse(Object.fromEntries(this.header.map((column, i) => [column, cells[i]])));
    const { checker, topicIds, topicsFile, takenIds } = this.context;
    const problems: FieldProblem[] = checker.checkCourse(candidate)
      .map((p) => ({ field: fieldName(p.path), text: p.text, code: p.code }));
    problems.push(...unknownTopics(candidate, topicIds, topicsFile));
    const id = typeof candidate.id === 'string' ? candidate.id : undefined;
    if (id !== undefined) {
      const where = takenIds.get(id) ?? this.seen.get(id);
      if (where !== undefined) problems.push(duplicateId(where));
      else this.seen.set(id, `line ${line} of this file`);
    }
    if (problems.length > 0) return { line, id, problems: problems.map(asColumnProblem) };
    return { line, id, course: candidate as unknown as Course };
  }
}

/** Names the field by its CSV column; an empty cell reads "is empty" rather than "is missing". */
function asColumnProblem(problem: FieldProblem): FieldProblem {
  // a title or summary with no language at all: every title_<lng> (summary_<lng>) cell of the row is empty
  if ((problem.field === 'title' || problem.field === 'summary') && problem.code === 'invalid') {
    return { ...problem, field: `${problem.field}_<lng>`, text: 'is empty in every language (fill one at least)' };
  }
  const text = problem.code === 'missing' ? 'is empty' : problem.text;
  return { ...problem, field: columnOf(problem.field), text };
}
