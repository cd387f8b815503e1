import type { RowContext } from './catalogueRows';
import { duplicateId, unknownTopics } from './crossChecks';
import { fieldName, type FieldProblem } from './knowledgeProblem';
import type { OfferCandidate, SkipReason } from './offerCandidate';
import type { Course } from './types';

/** The outcome of one offer: a course, the reasons it was rejected (fields named as in the source), or why it was skipped. */
export type OfferVerdict =
  | { entry: string; id?: string; course: Course }
  | { entry: string; id?: string; problems: FieldProblem[] }
  | { entry: string; id?: string; skipped: SkipReason };

/**
 * Checks mapped offers with the rules of start-up, like `CatalogueRowChecker` does for CSV rows: the same
 * course schema, topics of topics.json, ids unique across the knowledge base and within the file.
 *
 * @remarks `sourceField` renames a course field (`durationHours`) to the source's (`nombre-heures-total`), so
 * the report speaks the agency's format. A problem the mapping already reported about a source field is
 * not repeated by the schema's view of the same field.
 */
export class OfferChecker {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly context: RowContext,
    private readonly sourceField: (courseField: string | undefined) => string | undefined,
  ) {}

  check(candidate: OfferCandidate): OfferVerdict {
    if ('skipped' in candidate) return candidate;
    const { checker, topicIds, topicsFile, takenIds } = this.context;
    const reported = new Set(candidate.problems.map((p) => p.field));
    const problems: FieldProblem[] = [...candidate.problems];
    const fromSchema = [
      ...checker.checkCourse(candidate.course).map((p) => ({ field: fieldName(p.path), text: p.text, code: p.code })),
      ...unknownTopics(candidate.course, topicIds, topicsFile),
    ];
    for (const p of fromSchema) {
      const field = this.sourceField(p.field);
      if (!reported.has(field)) problems.push({ ...p, field: field === p.field ? p.field : `${field} (course ${p.field})` });
    }
    const id = typeof candidate.course.id === 'string' ? candidate.course.id : candidate.id;
    if (id !== undefined) {
      const where = takenIds.get(id) ?? this.seen.get(id);
      if (where !== undefined) problems.push({ ...duplicateId(where), field: this.sourceField('id') });
      else this.seen.set(id, candidate.entry);
    }
    if (problems.length > 0) return { entry: candidate.entry, id, problems };
    return { entry: candidate.entry, id, course: candidate.course as unknown as Course };
  }
}
