import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { catalogueFiles, languagesOf, readJsonFile, readKnowledgeSchemas } from '../adapters/knowledgeFiles';
import { headerProblems } from '../domain/knowledge/catalogueCsv';
import { isLheoRoot, sniffFile } from '../domain/knowledge/catalogueFormat';
import { CatalogueRowChecker, type RowContext, type RowVerdict } from '../domain/knowledge/catalogueRows';
import { idsIn } from '../domain/knowledge/crossChecks';
import { formatImportReport, type ImportSummary } from '../domain/knowledge/importReport';
import { entriesOf, idOf } from '../domain/knowledge/knowledgeEntries';
import { describeEntry } from '../domain/knowledge/knowledgeProblem';
import { compileKnowledgeSchemas } from '../domain/knowledge/knowledgeSchemas';
import { FUN_MOOC_BASE_URL } from '../domain/knowledge/richieCourses';
import type { TopicWords } from '../domain/knowledge/topicWords';
import type { Course } from '../domain/knowledge/types';
import { importOffers, NotACatalogueError } from './importOffers';
import { progressOnStderr } from './progressOnStderr';

/**
 * Imports an agency's own course catalogue from CSV, LHEO XML, schema.org JSON-LD or a Richie (FUN MOOC) course
 * API answer into `<knowledge-dir>/catalogues/<agency>.json`, which
 * start-up loads with the main catalogue. The format is told from the file's first bytes
 * (`catalogueFormat.ts`). CSV columns: see `catalogueCsv.ts`; worked example: `knowledge/catalogues/example-agency.csv`.
 * The other formats' mappings: `lheoOffers.ts`, `jsonLdCourses.ts`, `richieCourses.ts` (test/fixtures/catalogues/
 * has a small file of each). Titles and summaries may be in any languages, one at least.
 *
 * @remarks Each row is checked with the rules of start-up (same schema, topics of topics.json, ids unique
 * across all course files), so a catalogue that imports is a catalogue that loads. Accepted rows are written
 * sorted by id, so re-importing the same CSV gives the same file and a readable diff. Exit codes: 0 all rows
 * accepted; 1 some rejected (the accepted ones still written, unless --dry-run); 2 usage, header or I/O error.
 * @example
 * npm run import-catalogue -- --agency bruxelles-formation path/to/catalogue.csv --dry-run
 */
const USAGE = 'usage: npm run import-catalogue -- --agency <agencyId> [--knowledge-dir <dir>] [--dry-run] [--base-url <url>] <catalogue file: CSV, LHEO, JSON-LD or Richie JSON>';

/** A wrong command line or CSV header: exit code 2, with the usage line. */
class UsageError extends Error {}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const started = process.hrtime.bigint();
    const { agency, csvFile, knowledgeDir, dryRun, baseUrl } = readOptions(argv);
    const languages = languagesOf('locales');
    if (languages.length === 0) throw new Error('locales/ has no language folder: cannot tell which languages are served');
    const context = readContext(knowledgeDir, agency, languages);
    const kind = sniffFile(readHead(csvFile));
    if (kind.kind === 'xml' && !isLheoRoot(kind.root)) throw new UsageError(`${csvFile}: XML whose root is <${kind.root ?? '?'}>, not an LHEO file (<lheo>)`);
    if (kind.kind !== 'text') {
      const target = path.join(knowledgeDir, 'catalogues', `${agency}.json`);
      const { report, exitCode } = await importOffers({
        agency, file: csvFile, kind, target, dryRun, context, topics: readTopicWords(knowledgeDir), baseUrl,
        progress: (total) => progressOnStderr('import-catalogue', total, 'offers'),
      });
      process.stdout.write(`${report}\n`);
      return exitCode;
    }
    const verdicts = await readRows(csvFile, (header) => new CatalogueRowChecker(header, context));
    const accepted = verdicts.flatMap((v) => ('course' in v ? [v.course] : [])).sort((a, b) => (a.id < b.id ? -1 : 1)); // ids are unique here
    const target = path.join(knowledgeDir, 'catalogues', `${agency}.json`);
    let outcome: ImportSummary['outcome'];
    if (dryRun) outcome = { notWritten: `dry run (${target} left as it was)` };
    else if (accepted.length === 0) outcome = { notWritten: `no row accepted (${target} left as it was)` };
    else outcome = { written: writeCatalogue(target, accepted) };
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`${formatImportReport({ agency, csvFile, verdicts, outcome, elapsedMs })}\n`);
    return verdicts.some((v) => 'problems' in v) ? 1 : 0;
  } catch (err) {
    const usage = err instanceof UsageError || err instanceof NotACatalogueError;
    process.stderr.write(`import-catalogue: ${(err as Error).message}\n${usage ? `${USAGE}\n` : ''}`);
    return 2;
  }
}

interface Options { agency: string; csvFile: string; knowledgeDir: string; dryRun: boolean; baseUrl: string }

function readOptions(argv: readonly string[]): Options {
  const options = {
    agency: { type: 'string' }, 'knowledge-dir': { type: 'string', default: 'knowledge' }, 'dry-run': { type: 'boolean', default: false },
    'base-url': { type: 'string', default: FUN_MOOC_BASE_URL },
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { agency, 'knowledge-dir': knowledgeDir, 'dry-run': dryRun, 'base-url': baseUrl } = parsed.values;
  if (agency === undefined || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(agency)) throw new UsageError('--agency <agencyId> is required, in kebab-case');
  if (parsed.positionals.length !== 1) throw new UsageError('exactly one catalogue file is expected');
  if (!/^https:\/\/[^\s/]+/.test(baseUrl)) throw new UsageError('--base-url must be an https URL (the Richie site, e.g. https://www.fun-mooc.fr)');
  return { agency, csvFile: parsed.positionals[0], knowledgeDir, dryRun, baseUrl };
}

/** Topics, the agency, and the course ids already taken, from the knowledge directory the catalogue joins. */
function readContext(dir: string, agency: string, languages: readonly string[]): RowContext {
  const json = (fileName: string): unknown => {
    const read = readJsonFile(fileName);
    if ('problem' in read) throw new Error(`${read.problem.file} ${read.problem.text}`);
    return read.json;
  };
  const [topicsFile, agenciesFile] = [path.join(dir, 'topics.json'), path.join(dir, 'agencies.json')];
  const topicIds = idsIn({ fileName: topicsFile, collection: 'topics', json: json(topicsFile) });
  if (!idsIn({ fileName: agenciesFile, collection: 'agencies', json: json(agenciesFile) }).has(agency)) {
    throw new UsageError(`agency "${agency}" is not in ${agenciesFile}: its catalogue would not load`);
  }
  // The agency's previous catalogue is about to be replaced, so its ids are free again.
  const own = path.join(dir, 'catalogues', `${agency}.json`);
  const others = [path.join(dir, 'courses.json'), ...catalogueFiles(dir).filter((f) => f !== own)].filter((f) => fs.existsSync(f));
  const takenIds = new Map<string, string>();
  for (const fileName of others) {
    entriesOf(json(fileName), 'courses').forEach((course, index) => {
      const id = idOf(course);
      if (id !== undefined && !takenIds.has(id)) takenIds.set(id, `${fileName} ${describeEntry({ collection: 'courses', index })}`);
    });
  }
  return { checker: compileKnowledgeSchemas(readKnowledgeSchemas(), languages), topicIds, topicsFile, takenIds };
}

/** Streams the CSV: the first record is the header, each later one is checked as it arrives. */
async function readRows(
  csvFile: string, checkerFor: (header: string[]) => CatalogueRowChecker,
): Promise<RowVerdict[]> {
  const progress = progressOnStderr('import-catalogue', sizeOf(csvFile));
  const input = fs.createReadStream(csvFile);
  const parser = parse({
    comment: '#', comment_no_infix: true, info: true, relax_column_count: true, skip_empty_lines: true, bom: true,
  });
  input.on('error', (err) => parser.destroy(err));
  let checker: CatalogueRowChecker | undefined;
  const verdicts: RowVerdict[] = [];
  try {
    for await (const { record, info } of input.pipe(parser) as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      if (checker === undefined) {
        const header = record.map((column) => column.trim());
        const problems = headerProblems(header);
        if (problems.length > 0) throw new UsageError(`${csvFile}: ${problems.join('; ')}`);
        checker = checkerFor(header);
        continue;
      }
      // csv-parse counts lines to the end of the record; report where the record starts, as an editor shows it.
      const lineBreaks = record.join('').match(/[\r\n]/g)?.length ?? 0;
      verdicts.push(checker.check(info.lines - lineBreaks, record));
      progress.update(info.bytes, verdicts.length);
    }
  } catch (err) {
    throw err instanceof UsageError ? err : new Error(`${csvFile}: ${(err as Error).message}`);
  } finally {
    progress.stop(verdicts.length);
  }
  if (checker === undefined) throw new UsageError(`${csvFile} has no header row`);
  return verdicts;
}

/** The first 64 KiB of a file, enough to tell its format. */
function readHead(file: string): string {
  sizeOf(file); // an absent file is reported as the CSV import always did
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('latin1');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Ids, labels, synonyms and specific subjects of topics.json, for the formats whose subjects are words (JSON-LD,
 * Richie): an offer whose words name AutoCAD is on design, and teaches that subject.
 */
function readTopicWords(dir: string): TopicWords[] {
  const read = readJsonFile(path.join(dir, 'topics.json'));
  if ('problem' in read) throw new Error(`${read.problem.file} ${read.problem.text}`);
  const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts)
    : value !== null && typeof value === 'object' ? Object.values(value).flatMap(texts) : []);
  return entriesOf(read.json, 'topics').flatMap((topic) => {
    const id = idOf(topic);
    const { label, synonyms, specific } = topic as { label?: unknown; synonyms?: unknown; specific?: unknown };
    return id === undefined ? [] : [{ id, words: [...texts(label), ...texts(synonyms), ...texts(specific)] }];
  });
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch (err) {
    throw new Error(`${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

/** Pretty JSON, written next to the target then renamed, so a crash never leaves half a catalogue. */
function writeCatalogue(target: string, courses: Course[]): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ courses }, null, 2)}\n`);
  fs.renameSync(temporary, target);
  return `${target} (${courses.length} course${courses.length === 1 ? '' : 's'}, sorted by id)`;
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
