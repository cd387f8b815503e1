import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { languagesOf, loadKnowledge } from '../../bot/adapters/knowledgeFiles';
import { catalogueColumns } from '../../bot/domain/knowledge/catalogueCsv';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'knowledge');
const LANGUAGES = languagesOf(path.join(ROOT, 'locales'));
/** The languages the fixtures' UI texts (topic labels, contact labels) are written in. */
const FIXTURE_LANGUAGES = ['de', 'en', 'es', 'fr'];

interface Run { status: number | null; stdout: string; stderr: string }

/** Runs the importer as `npm run import-catalogue` does (ts-node, transpile only), from the project root. */
function importer(...args: string[]): Run {
  const tsNode = require.resolve('ts-node/dist/bin.js');
  const run = spawnSync(process.execPath, [tsNode, '--transpile-only', 'bot/cli/importCatalogue.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 30000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A valid row, as a CSV editor would fill it, with some cells overridden. */
function row(overrides: Record<string, string>): Record<string, string> {
  const base: Record<string, string> = {
    id: 'row-id', provider: 'Example Agency', url: 'https://agency.example.org/courses/x', topics: 'office|data', level: 'beginner',
    minEqfLevel: '2', digitalSkillsRequired: 'with-help', equipment: 'computer-and-internet', durationHours: '20', taughtIn: 'fr',
    certification: 'attestation', cost: 'free-for-jobseekers', regions: 'BE-BRU', source_url: 'https://agency.example.org/courses/x',
    source_checked: '2025-03-01', source_verified: 'true',
  };
  for (const lng of LANGUAGES) Object.assign(base, { [`title_${lng}`]: `Title ${lng}`, [`summary_${lng}`]: `Summary, ${lng}.` });
  return { ...base, ...overrides };
}

function csv(rows: Array<Record<string, string>>, columns = catalogueColumns(LANGUAGES)): string {
  const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\n') + '\n';
}

describe('import-catalogue (child process)', function () {
  this.timeout(60000);
  let dir: string;
  let knowledge: string;
  let csvFile: string;
  let target: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-catalogue-'));
    knowledge = path.join(dir, 'knowledge');
    fs.cpSync(FIXTURES, knowledge, { recursive: true });
    csvFile = path.join(dir, 'catalogue.csv');
    target = path.join(knowledge, 'catalogues', 'example-agency.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (...extra: string[]): Run => importer('--agency', 'example-agency', '--knowledge-dir', knowledge, ...extra, csvFile);

  it('when every row is valid, then it replaces the agency catalogue, sorted by id, loadable, and exits 0', () => {
    fs.writeFileSync(csvFile, csv([row({ id: 'zz-last', durationHours: '' }), row({ id: 'aa-first', regions: '' })]));
    const result = run();
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.contain('rows read: 2\naccepted: 2\nrejected: 0\n');
    expect(result.stderr).to.equal('import-catalogue: read 2 rows (' + fs.statSync(csvFile).size + ' bytes)\n');
    const written = JSON.parse(fs.readFileSync(target, 'utf8'));
    expect(written.courses.map((c: { id: string }) => c.id)).to.deep.equal(['aa-first', 'zz-last']);
    expect(written.courses[0]).not.to.have.property('regions');
    expect(written.courses[1].durationHours).to.equal(null);
    expect(loadKnowledge(knowledge, FIXTURE_LANGUAGES).courses.map((c) => c.id)).to.include.members(['aa-first', 'zz-last']);
  });

  it('when some rows are invalid, then it reports each by line and column, writes the others and exits 1', () => {
    fs.writeFileSync(csvFile, csv([
      row({ id: 'good-one' }),
      row({ id: 'bad-url', url: 'http://agency.example.org/x', minEqfLevel: 'nine' }),
      row({ id: 'no-german', topics: 'office|cooking', ...Object.fromEntries(LANGUAGES.map((l) => [`title_${l}`, ''])) }),
      row({ id: 'fx-python-basics' }),
      row({ id: 'good-one', source_verified: 'yes' }),
    ]));
    const result = run();
    expect(result.status, result.stderr).to.equal(1);
    expect(result.stdout).to.contain('rows read: 5\naccepted: 1\nrejected: 4\n');
    expect(result.stdout).to.contain('line 3 (id "bad-url"): column "url" must be an https URL (https://host/path, no spaces), got "http://agency.example.org/x"');
    expect(result.stdout).to.contain('line 3 (id "bad-url"): column "minEqfLevel" must be a whole number, got "nine"');
    expect(result.stdout).to.contain('line 4 (id "no-german"): column "title_<lng>" is empty in every language (fill one at least)');
    expect(result.stdout).to.contain(`line 4 (id "no-german"): column "topics": topic "cooking" is not in ${path.join(knowledge, 'topics.json')}`);
    expect(result.stdout).to.contain(`line 5 (id "fx-python-basics"): column "id": the same id is already used by ${path.join(knowledge, 'courses.json')} courses[0]`);
    expect(result.stdout).to.contain('line 6 (id "good-one"): column "source_verified" must be true or false, got "yes"');
    expect(result.stdout).to.contain('line 6 (id "good-one"): column "id": the same id is already used by line 2 of this file');
    expect(JSON.parse(fs.readFileSync(target, 'utf8')).courses.map((c: { id: string }) => c.id)).to.deep.equal(['good-one']);
  });

  it('when it is a dry run, then it reports but writes nothing', () => {
    fs.writeFileSync(csvFile, csv([row({ id: 'good-one' }), row({ id: 'bad', level: 'expert' })]));
    const before = fs.readFileSync(target, 'utf8');
    const result = run('--dry-run');
    expect(result.status, result.stderr).to.equal(1);
    expect(result.stdout).to.contain('column "level" must be one of "beginner", "intermediate", "advanced", got "expert"');
    expect(result.stdout).to.contain('nothing written: dry run');
    expect(fs.readFileSync(target, 'utf8')).to.equal(before);
  });

  it('when given the documented example, then it rejects its one deliberately broken row', () => {
    csvFile = path.join(ROOT, 'knowledge', 'catalogues', 'example-agency.csv');
    const result = run('--dry-run');
    expect(result.status, result.stderr).to.equal(1);
    expect(result.stdout).to.contain('rows read: 4\naccepted: 3\nrejected: 1\n');
    expect(result.stdout).to.match(/line 16 \(id "ex-broken-row"\): column "url" must be an https URL/);
  });

  it('when the command line, the header or the files are wrong, then it explains and exits 2 without writing', () => {
    fs.writeFileSync(csvFile, csv([row({})]));
    const before = fs.readFileSync(target, 'utf8');
    const noAgency = importer('--knowledge-dir', knowledge, csvFile);
    expect([noAgency.status, noAgency.stderr]).to.deep.equal([2, 'import-catalogue: --agency <agencyId> is required, in kebab-case\n'
      + 'usage: npm run import-catalogue -- --agency <agencyId> [--knowledge-dir <dir>] [--dry-run] [--base-url <url>] <catalogue file: CSV, LHEO, JSON-LD or Richie JSON>\n']);
    const unknownAgency = importer('--agency', 'nobody', '--knowledge-dir', knowledge, csvFile);
    expect(unknownAgency.status).to.equal(2);
    expect(unknownAgency.stderr).to.contain(`agency "nobody" is not in ${path.join(knowledge, 'agencies.json')}`);
    expect(importer('--agency', 'example-agency', '--bogus', csvFile).status).to.equal(2);
    const absent = importer('--agency', 'example-agency', '--knowledge-dir', knowledge, path.join(dir, 'absent.csv'));
    expect([absent.status, absent.stderr]).to.satisfy(([status, stderr]: [number, string]) => status === 2 && /absent\.csv/.test(stderr));
    fs.writeFileSync(csvFile, csv([row({})], catalogueColumns(LANGUAGES).filter((c) => c !== 'provider' && !c.startsWith('summary_')).concat('colour')));
    const header = run();
    expect(header.status).to.equal(2);
    expect(header.stderr).to.contain('column "provider" is missing from the header; no summary_<language> column in the header (one language at least, e.g. "summary_fr"); column "colour" is not a catalogue column');
    expect(fs.readFileSync(target, 'utf8')).to.equal(before);
  });
});
