import path from 'node:path';

/** The project's root, and the understanding corpus beside it (../shared, as in CI). */
export const ROOT = path.resolve(__dirname, '../..');
export const DEFAULT_CORPUS = path.join(ROOT, '../shared/eval/understanding/utterances.jsonl');

/** `--name value` from the command line of an evaluation script, else `fallback`. */
export function arg(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}
