import fs from 'node:fs';
import path from 'node:path';
import { KnowledgeError } from '../domain/knowledge/knowledgeError';
import type { KnowledgeProblem } from '../domain/knowledge/knowledgeProblem';
import { KNOWLEDGE_KINDS, type KnowledgeSchemas } from '../domain/knowledge/knowledgeSchemas';
import type { KnowledgeBase } from '../domain/knowledge/types';
import { checkKnowledge, type KnowledgeFile } from '../domain/knowledge/validateKnowledge';
import type { TradeFields } from '../domain/knowledge/crossChecks';
import { inPersonTrades, loadTrades, regulatedTrades } from './occupationFiles';
import { tradeFields } from '../domain/understanding/slots/field';
import { duplicateKey } from '../domain/knowledge/duplicateKeys';

/**
 * Reads `knowledge/` from disk at start-up and hands it to the pure validator.
 *
 * @remarks Synchronous on purpose: it runs once, before the server listens, and a broken knowledge base must
 * stop start-up. Every problem is collected first (absent files, malformed JSON with its line and column,
 * then the validator's findings), so one run shows the whole list.
 */
export function loadKnowledge(dir: string, languages: readonly string[], schemaDir = defaultSchemaDir()): KnowledgeBase {
  const schemas = readKnowledgeSchemas(schemaDir);
  const problems: KnowledgeProblem[] = [];
  const files: KnowledgeFile[] = [];
  const unread = new Set<string>();
  for (const kind of KNOWLEDGE_KINDS) {
    const read = readJsonFile(path.join(dir, `${kind}.json`));
    if ('problem' in read) { problems.push(read.problem); unread.add(`${kind}.json`); } else files.push(read);
  }
  for (const fileName of catalogueFiles(dir)) {
    const read = readJsonFile(fileName);
    if ('problem' in read) problems.push(read.problem); else files.push(read);
  }
  // trades named by courses are those of knowledge/occupations/trades.json (a broken trades file is a problem too)
  let trades: TradeFields | undefined;
  let inPerson: string[] = [];
  let regulated: string[] = [];
  const occupations = path.join(dir, 'occupations');
  try {
    trades = { fileName: path.join(occupations, 'trades.json'), fields: new Map(Object.entries(loadTrades(occupations)).map(([id, trade]) => [id, tradeFields(trade)])) };
    inPerson = inPersonTrades(occupations);
    regulated = regulatedTrades(occupations);
  } catch (error) {
    problems.push({ file: path.join(occupations, 'trades.json'), code: 'file', text: (error as Error).message.replace(/^.*?trades\.json: /, '') });
  }
  const result = checkKnowledge(files, languages, schemas, trades);
  if (result.ok && problems.length === 0) return { ...result.knowledge, inPersonTrades: inPerson, regulatedTrades: regulated };
  // The validator reports an absent main file by its bare name; the read problem above already says why.
  const found = result.ok ? [] : result.problems.filter((p) => !(p.code === 'file' && unread.has(p.file)));
  throw new KnowledgeError([...problems, ...found]);
}

/** `<dir>/catalogues/*.json`, sorted; none when the folder does not exist. */
export function catalogueFiles(dir: string): string[] {
  const folder = path.join(dir, 'catalogues');
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(folder, name));
}

/** A JSON file, or a problem naming it: absent, unreadable, or malformed (with line and column). */
export function readJsonFile(fileName: string): KnowledgeFile | { problem: KnowledgeProblem } {
  let text: string;
  try {
    text = fs.readFileSync(fileName, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: { file: fileName, code: 'file', text: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { problem: { file: fileName, code: 'file', text: `is not valid JSON: ${jsonErrorWhere(text, (err as Error).message)}` } };
  }
  const twice = duplicateKey(text);
  if (twice) return { problem: { file: fileName, code: 'file', text: `gives ${twice} twice (JSON keeps only the last one)` } };
  return { fileName, json };
}

/** "Expected ',' … at position 42" → "line 3, column 7: Expected ',' …", counting from 1 as editors do. */
function jsonErrorWhere(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
  if (!position) return reason;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${reason}`;
}

/** The schema files of `knowledge/schema/`; a missing or malformed one is a bug of the release, so it throws. */
export function readKnowledgeSchemas(schemaDir = defaultSchemaDir()): KnowledgeSchemas {
  const read = (name: string): object => {
    const result = readJsonFile(path.join(schemaDir, `${name}.schema.json`));
    if ('problem' in result) throw new Error(`${result.problem.file} ${result.problem.text}`);
    return result.json as object;
  };
  return Object.fromEntries(['common', ...KNOWLEDGE_KINDS].map((name) => [name, read(name)])) as KnowledgeSchemas;
}

/**
 * `knowledge/schema` of this project, found from this file, not from the working directory.
 * @remarks The schemas are part of the code's contract (they mirror `types.ts`), so they are taken from the
 * release that runs, whatever knowledge directory is loaded; this works from `bot/` (ts-node) and `dist/bot/`.
 */
export function defaultSchemaDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'knowledge', 'schema');
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

/** The languages a deployment serves: the two-letter folder names of `locales/`, sorted ([] if none). */
export function languagesOf(localesDir: string): string[] {
  if (!fs.existsSync(localesDir)) return [];
  return fs.readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name)).map((entry) => entry.name).sort();
}
