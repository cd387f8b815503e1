import fs from 'node:fs';
import path from 'node:path';
import { knowledgeForImports, runImporter } from './importerRun';
import { writeLheoFile } from './lheoFile';

/**
 * Measures an LHEO import at scale: generates a file of N offers (default 100,000) in a temporary directory,
 * imports it into a copy of the test knowledge base and prints the report's counts, the time and the
 * importer's peak resident memory.
 * @example
 * node -r ts-node/register/transpile-only test/cli/importScale.ts 100000
 */
async function main(): Promise<void> {
  const offers = Number(process.argv[2] ?? 100000);
  const { dir, knowledge } = knowledgeForImports();
  try {
    const file = path.join(dir, 'offers.xml');
    const made = await writeLheoFile(file, offers);
    const run = runImporter(['--agency', 'example-agency', '--knowledge-dir', knowledge, file], 15 * 60 * 1000);
    const report = run.stdout.split('\n').filter((l) => /^(offers read|accepted|rejected|skipped|took|wrote)/.test(l));
    process.stdout.write(`${offers} offers, ${(made.bytes / 1024 / 1024).toFixed(0)} MB of LHEO; exit ${run.status}\n${report.join('\n')}\npeak RSS ${run.maxRssMb} MB\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
