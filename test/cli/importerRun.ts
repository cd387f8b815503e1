import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

export interface ImporterRun { status: number | null; stdout: string; stderr: string; maxRssMb: number }

/**
 * Runs `import-catalogue` in a child process as `npm run import-catalogue` does (ts-node, transpile only), and
 * reports the child's peak resident memory (`process.resourceUsage().maxRSS`, read when it finishes).
 */
export function runImporter(args: readonly string[], timeout = 120000): ImporterRun {
  const tsNode = require.resolve('ts-node/register/transpile-only');
  const script = "require('./bot/cli/importCatalogue').main(process.argv.slice(1)).then((code) => {"
    + " process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code; })";
  const run = spawnSync(process.execPath, ['-r', tsNode, '-e', script, '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  const kb = Number(/maxRSS (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.replace(/maxRSS \d+\n/, ''), maxRssMb: Math.round(kb / 1024) };
}

/** A knowledge directory for imports: the test fixtures with the real topics.json (every topic an import may give). */
export function knowledgeForImports(): { dir: string; knowledge: string; target: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-offers-'));
  const knowledge = path.join(dir, 'knowledge');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'knowledge'), knowledge, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'knowledge', 'topics.json'), path.join(knowledge, 'topics.json'));
  return { dir, knowledge, target: path.join(knowledge, 'catalogues', 'example-agency.json') };
}
