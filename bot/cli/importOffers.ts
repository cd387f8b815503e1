import fs from 'node:fs';
import path from 'node:path';
import type { RowContext } from '../domain/knowledge/catalogueRows';
import { jsonFormat, type FileKind } from '../domain/knowledge/catalogueFormat';
import { countJsonLdCourses, jsonLdOffers, jsonLdSourceField } from '../domain/knowledge/jsonLdCourses';
import { lheoOffers, lheoSourceField } from '../domain/knowledge/lheoOffers';
import { lheoFormations } from '../domain/knowledge/lheoReader';
import type { MappingContext, OfferCandidate, SkipReason } from '../domain/knowledge/offerCandidate';
import { OfferChecker, type OfferVerdict } from '../domain/knowledge/offerChecker';
import { formatOfferReport, type OfferImportSummary } from '../domain/knowledge/offerReport';
import { richieOffers, richieSourceField } from '../domain/knowledge/richieCourses';
import { TopicMatcher, type TopicWords } from '../domain/knowledge/topicWords';
import type { Progress } from './progressOnStderr';

/** What importing an offer file needs, read by importCatalogue.ts from the command line and the knowledge directory. */
export interface OfferImport {
  agency: string;
  file: string;
  kind: Exclude<FileKind, { kind: 'text' }>;
  target: string;
  dryRun: boolean;
  context: RowContext;
  topics: readonly TopicWords[];
  /** Joined to Richie's relative `absolute_url`s. */
  baseUrl: string;
  progress: (totalBytes: number) => Progress;
}

/** A file that is XML or JSON but not a catalogue we read: exit code 2, like a wrong CSV header. */
export class NotACatalogueError extends Error {}

/**
 * Imports an LHEO, schema.org JSON-LD or Richie file: maps each offer, checks it with the start-up rules,
 * writes the accepted ones sorted by id (unless a dry run) and returns the report and the exit code.
 *
 * @remarks Memory stays flat with the file's size: LHEO is streamed one formation at a time, and only what
 * the report and the output need is kept, each accepted course as compact UTF-8 JSON (not as an object),
 * each rejected offer as its problems. JSON formats are parsed whole (Richie answers pages of courses,
 * JSON-LD files are published one per site): their size is the file's.
 */
export async function importOffers(options: OfferImport): Promise<{ report: string; exitCode: number }> {
  const started = process.hrtime.bigint();
  const mapping: MappingContext = { agency: options.agency, fileLabel: path.basename(options.file), today: new Date().toISOString().slice(0, 10) };
  const collector = new Collector();
  let format: string;
  let fieldLabel: string;
  if (options.kind.kind === 'xml') {
    [format, fieldLabel] = ['LHEO', 'element'];
    const checker = new OfferChecker(options.context, lheoSourceField);
    const size = fs.statSync(options.file).size;
    const progress = options.progress(size);
    const input = fs.createReadStream(options.file, { encoding: options.kind.encoding, highWaterMark: 256 * 1024 });
    try {
      for await (const item of lheoFormations(input as AsyncIterable<string>)) {
        for (const candidate of lheoOffers(item, mapping)) collector.add(checker.check(candidate));
        progress.update(input.bytesRead, collector.read);
      }
    } catch (err) {
      throw new NotACatalogueError(`${options.file}: ${(err as Error).message.replace(/\n/g, ' ')}`);
    } finally {
      input.destroy();
      progress.stop(collector.read);
    }
  } else {
    const json = parseJson(options.file);
    const detected = jsonFormat(json);
    if (detected === undefined) {
      throw new NotACatalogueError(`${options.file}: JSON, but neither schema.org JSON-LD (@context, @type Course) nor a Richie course API answer ({ meta, objects })`);
    }
    const matcher = new TopicMatcher(options.topics);
    const [candidates, total, sourceField]: [Iterable<OfferCandidate>, number, (f: string | undefined) => string | undefined] = detected === 'richie'
      ? [richieOffers(json, mapping, matcher, options.baseUrl), (json as { objects: unknown[] }).objects.length, richieSourceField]
      : [jsonLdOffers(json, mapping, matcher), countJsonLdCourses(json), jsonLdSourceField];
    [format, fieldLabel] = detected === 'richie' ? ['Richie course API', 'field'] : ['schema.org JSON-LD', 'field'];
    const checker = new OfferChecker(options.context, sourceField);
    const size = fs.statSync(options.file).size; // parsed already: the bar shows the share of offers mapped
    const progress = options.progress(size);
    for (const candidate of candidates) {
      collector.add(checker.check(candidate));
      if (collector.read % 1000 === 0) progress.update(Math.round((size * collector.read) / Math.max(total, 1)), collector.read);
    }
    progress.stop(collector.read);
  }
  let outcome: OfferImportSummary['outcome'];
  if (options.dryRun) outcome = { notWritten: `dry run (${options.target} left as it was)` };
  else if (collector.accepted.length === 0) outcome = { notWritten: `no offer accepted (${options.target} left as it was)` };
  else outcome = { written: collector.write(options.target) };
  const report = formatOfferReport({
    agency: options.agency, file: options.file, format, fieldLabel, read: collector.read, accepted: collector.accepted.length,
    rejected: collector.rejected, skipped: collector.skipped, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6, outcome,
  });
  return { report, exitCode: collector.rejected.length > 0 ? 1 : 0 };
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new NotACatalogueError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** What the report and the output keep of each verdict (see importOffers' remarks). */
class Collector {
  read = 0;
  readonly accepted: Array<{ id: string; json: Buffer }> = [];
  readonly rejected: Array<Extract<OfferVerdict, { problems: unknown }>> = [];
  readonly skipped: Record<SkipReason, number> = { 'on-site': 0, 'mode-not-online': 0, 'no-topic': 0 };

  add(verdict: OfferVerdict): void {
    this.read += 1;
    if ('course' in verdict) this.accepted.push({ id: verdict.course.id, json: Buffer.from(JSON.stringify(verdict.course)) });
    else if ('problems' in verdict) this.rejected.push(verdict);
    else this.skipped[verdict.skipped] += 1;
  }

  /** The same pretty JSON as the CSV import writes, in pieces, next to the target then renamed. */
  write(target: string): string {
    this.accepted.sort((a, b) => (a.id < b.id ? -1 : 1)); // ids are unique here
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, '{\n  "courses": [\n');
      this.accepted.forEach((course, i) => {
        const pretty = `    ${JSON.stringify(JSON.parse(course.json.toString('utf8')), null, 2).replace(/\n/g, '\n    ')}`;
        fs.writeSync(fd, i === 0 ? pretty : `,\n${pretty}`);
      });
      fs.writeSync(fd, '\n  ]\n}\n');
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
    return `${target} (${this.accepted.length} course${this.accepted.length === 1 ? '' : 's'}, sorted by id)`;
  }
}
