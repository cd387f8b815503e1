import { duplicateIdProblems, idsIn, tradeProblems, unknownTopicProblems, type CollectionFile, type TradeFields } from './crossChecks';
import { entriesOf, locate } from './knowledgeEntries';
import { KnowledgeError } from './knowledgeError';
import type { KnowledgeProblem } from './knowledgeProblem';
import { compileKnowledgeSchemas, KNOWLEDGE_KINDS, type KnowledgeKind, type KnowledgeSchemas } from './knowledgeSchemas';
import type { KnowledgeBase } from './types';

/** A parsed file and the name it is reported under, e.g. `knowledge/catalogues/actiris.json`. */
export interface KnowledgeFile {
  fileName: string;
  json: unknown;
}

export type KnowledgeCheck = { ok: true; knowledge: KnowledgeBase } | { ok: false; problems: KnowledgeProblem[] };

/**
 * Validates the knowledge files and assembles the knowledge base, or throws a `KnowledgeError` listing every
 * problem. Pure: the caller reads the files and the schemas of `knowledge/schema/`.
 *
 * @remarks A file's role comes from its name: `courses.json`, `support.json`, `agencies.json`, `topics.json`,
 * `qualifications.json` (one each, all required), and any number of `catalogues/<agencyId>.json`, agencies'
 * own course lists, appended to the courses in file-name order. Beyond the schemas it checks what no single
 * file can: course ids unique across all course files, other ids unique in their file, course topics listed
 * in topics.json, catalogues named after an agency of agencies.json.
 * @example
 * validateKnowledge([{ fileName: 'knowledge/courses.json', json: { courses: [] } }, …], ['de', 'en'], schemas)
 */
export function validateKnowledge(
  files: readonly KnowledgeFile[], languages: readonly string[], schemas: KnowledgeSchemas,
): KnowledgeBase {
  const result = checkKnowledge(files, languages, schemas);
  if (!result.ok) throw new KnowledgeError(result.problems);
  return result.knowledge;
}

/** `validateKnowledge` without the throw, for callers that add problems of their own (the file loader). */
export function checkKnowledge(
  files: readonly KnowledgeFile[], languages: readonly string[], schemas: KnowledgeSchemas, trades?: TradeFields,
): KnowledgeCheck {
  const checker = compileKnowledgeSchemas(schemas, languages);
  const { main, catalogues, problems } = sortByRole(files);
  const schemaProblems = (kind: KnowledgeKind, { fileName, json }: KnowledgeFile): KnowledgeProblem[] =>
    checker.checkFile(kind, json).map((p) => locate(fileName, json, p));
  for (const [kind, file] of main) problems.push(...schemaProblems(kind, file));
  for (const file of catalogues) problems.push(...schemaProblems('courses', file));

  const collection = (kind: KnowledgeKind): CollectionFile | undefined => {
    const file = main.get(kind);
    return file && { ...file, collection: kind };
  };
  const courseFiles = [collection('courses'), ...catalogues.map((file) => ({ ...file, collection: 'courses' }))]
    .filter((file): file is CollectionFile => file !== undefined);
  problems.push(...duplicateIdProblems(courseFiles));
  for (const kind of KNOWLEDGE_KINDS.filter((k) => k !== 'courses')) {
    problems.push(...duplicateIdProblems([collection(kind) ?? []].flat()));
  }
  const topics = collection('topics');
  if (topics) problems.push(...unknownTopicProblems(courseFiles, idsIn(topics), topics.fileName));
  // courses naming trades (`trades`) need the trades file (knowledge/occupations/trades.json) to name them
  if (trades) problems.push(...tradeProblems(courseFiles, trades));
  const agencies = collection('agencies');
  const agencyIds = agencies && idsIn(agencies);
  for (const { fileName, agencyId } of catalogues) {
    if (agencies && !agencyIds?.has(agencyId)) {
      const text = `"${agencyId}" is not an agency id in ${agencies.fileName} (a catalogue is named after its agency)`;
      problems.push({ file: fileName, code: 'unknown-agency', text });
    }
  }
  if (problems.length > 0) return { ok: false, problems: inReadingOrder(problems, files) };

  const entries = <T>(kind: KnowledgeKind): T[] => entriesOf(main.get(kind)?.json, kind) as T[];
  const courses = courseFiles.flatMap((file) => entriesOf(file.json, 'courses')) as KnowledgeBase['courses'];
  const knowledge: KnowledgeBase = {
    courses, support: entries('support'), agencies: entries('agencies'), topics: entries('topics'),
    qualifications: entries('qualifications'),
  };
  return { ok: true, knowledge };
}

type Catalogue = KnowledgeFile & { agencyId: string };
const EXPECTED_NAMES = `${KNOWLEDGE_KINDS.map((k) => `${k}.json`).join(', ')} or catalogues/<agencyId>.json`;

interface Roles { main: Map<KnowledgeKind, KnowledgeFile>; catalogues: Catalogue[]; problems: KnowledgeProblem[] }

/** Splits the files by role (see `validateKnowledge`); unknown, repeated and absent files are problems. */
function sortByRole(files: readonly KnowledgeFile[]): Roles {
  const main = new Map<KnowledgeKind, KnowledgeFile>();
  const catalogues: Catalogue[] = [];
  const problems: KnowledgeProblem[] = [];
  const fileProblem = (file: string, text: string): void => { problems.push({ file, text, code: 'file' }); };
  for (const file of files) {
    const parts = file.fileName.replace(/\\/g, '/').split('/');
    const base = parts[parts.length - 1];
    const kind = KNOWLEDGE_KINDS.find((k) => base === `${k}.json`);
    if (parts[parts.length - 2] === 'catalogues' && base.endsWith('.json')) catalogues.push({ ...file, agencyId: base.slice(0, -5) });
    else if (kind === undefined) fileProblem(file.fileName, `is not a knowledge file (expected ${EXPECTED_NAMES})`);
    else if (main.has(kind)) fileProblem(file.fileName, `is a second ${base} (the first is ${main.get(kind)?.fileName})`);
    else main.set(kind, file);
  }
  for (const kind of KNOWLEDGE_KINDS) if (!main.has(kind)) fileProblem(`${kind}.json`, 'is missing: the knowledge base needs it');
  catalogues.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  return { main, catalogues, problems };
}

/** Problems by file (in the order given), then by entry; a stable sort keeps each entry's own order. */
function inReadingOrder(problems: KnowledgeProblem[], files: readonly KnowledgeFile[]): KnowledgeProblem[] {
  const fileRank = (p: KnowledgeProblem): number => {
    const at = files.findIndex((f) => f.fileName === p.file);
    return at === -1 ? files.length : at;
  };
  return [...problems].sort((a, b) => fileRank(a) - fileRank(b) || (a.entry?.index ?? -1) - (b.entry?.index ?? -1));
}
