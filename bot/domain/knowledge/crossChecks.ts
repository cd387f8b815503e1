import { entriesOf, entryRef, idOf } from './knowledgeEntries';
import { describeEntry, type FieldProblem, type KnowledgeProblem } from './knowledgeProblem';

/** One parsed file and the name of its list of entries (`courses`, `support`, …). */
export interface CollectionFile {
  fileName: string;
  collection: string;
  json: unknown;
}

/**
 * Ids must be unique within one id space (all course files together; each other kind on its own).
 *
 * @remarks The first occurrence, in the order given, keeps the id; each later one is reported and points
 * back to the first, so the editor knows which two entries collide. Callers pass the main file first, so a
 * catalogue that reuses a course id is the one blamed.
 */
export function duplicateIdProblems(files: readonly CollectionFile[]): KnowledgeProblem[] {
  const firstUse = new Map<string, string>();
  const problems: KnowledgeProblem[] = [];
  for (const { fileName, collection, json } of files) {
    entriesOf(json, collection).forEach((entry, index) => {
      const id = idOf(entry);
      if (id === undefined) return;
      const first = firstUse.get(id);
      const here = `${fileName} ${describeEntry({ collection, index })}`;
      if (first === undefined) firstUse.set(id, here);
      else problems.push({ file: fileName, entry: entryRef(json, collection, index), ...duplicateId(first) });
    });
  }
  return problems;
}

/** The problem of an id already taken, `where` saying by what (`knowledge/courses.json courses[3]`, `line 4`). */
export function duplicateId(where: string): FieldProblem {
  return { field: 'id', code: 'duplicate-id', text: `the same id is already used by ${where}` };
}

/** Topics of one course that `topics.json` does not list, each named by its position in `topics`. */
export function unknownTopics(course: unknown, topicIds: ReadonlySet<string>, topicsFile: string): FieldProblem[] {
  const topics = course !== null && typeof course === 'object' ? (course as Record<string, unknown>).topics : undefined;
  if (!Array.isArray(topics)) return [];
  return topics.flatMap((topic, index): FieldProblem[] =>
    typeof topic === 'string' && !topicIds.has(topic)
      ? [{ field: `topics[${index}]`, code: 'unknown-topic', text: `topic "${topic}" is not in ${topicsFile}` }]
      : []);
}

/** `unknownTopics` over every course of several course files. */
export function unknownTopicProblems(
  files: readonly CollectionFile[], topicIds: ReadonlySet<string>, topicsFile: string,
): KnowledgeProblem[] {
  return files.flatMap(({ fileName, collection, json }) =>
    entriesOf(json, collection).flatMap((course, index) =>
      unknownTopics(course, topicIds, topicsFile).map((p) => ({ file: fileName, entry: entryRef(json, collection, index), ...p }))));
}

/** The ids present in a file, valid or not (used as the reference set of a cross-file rule). */
export function idsIn(file: CollectionFile): Set<string> {
  return new Set(entriesOf(file.json, file.collection).map(idOf).filter((id): id is string => id !== undefined));
}

/** The trades of `knowledge/occupations/trades.json` a course may name: id → the fields it is a trade of (its field first). */
export interface TradeFields {
  fileName: string;
  fields: ReadonlyMap<string, readonly string[]>;
}

/**
 * Trades a course names that the trades file does not list, or whose fields are not all among the course's own: a
 * course for a trade reaches its people wherever the references file their jobs (the pastry MOOC, filed for cooks
 * in G only, never reached a pâtissier, filed in D; found chatting as jobseekers).
 */
export function tradeProblems(files: readonly CollectionFile[], trades: TradeFields): KnowledgeProblem[] {
  return files.flatMap(({ fileName, collection, json }) =>
    entriesOf(json, collection).flatMap((course, index) => {
      const entry = course !== null && typeof course === 'object' ? course as Record<string, unknown> : {};
      const named = Array.isArray(entry.trades) ? entry.trades : [];
      const fields = Array.isArray(entry.fields) ? entry.fields : [];
      return named.flatMap((trade, at): KnowledgeProblem[] => {
        if (typeof trade !== 'string') return [];
        const of = trades.fields.get(trade);
        const missing = (of ?? []).filter((field) => !fields.includes(field));
        const text = of === undefined ? `trade "${trade}" is not in ${trades.fileName}`
          : missing.length === 0 ? undefined
            : of.length === 1 ? `trade "${trade}" is a trade of field ${of[0]}, which is not among the course's fields`
              : `trade "${trade}" is a trade of fields ${of.join(', ')}: ${missing.join(', ')} not among the course's fields`;
        return text ? [{ file: fileName, entry: entryRef(json, collection, index), field: `trades[${at}]`, code: 'invalid', text }] : [];
      });
    }));
}
