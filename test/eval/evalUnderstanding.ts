/**
 * `npm run eval:understanding [-- --corpus path] [--out dir]`: runs every line of the understanding corpus
 * (../shared/eval/understanding/utterances.jsonl by default) through the bot's understanding, in process, with
 * the question named in `asked` pending, and prints per-language × per-slot accuracy, per-intent precision and
 * recall, and the false-positive rate of the interruptions on the hard negatives, for two halves of the corpus
 * split by id: even ids (the half we tune on) and odd ids (the half we never look at).
 * The tuning half's errors go to `<out>/understanding.errors.jsonl` (`--all-errors`: both halves), predictions to `<out>/understanding.predictions.jsonl`
 * (the format of the corpus's own `score.py`). Not a test: it prints figures and always exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../../bot/adapters/knowledgeFiles';
import { loadOccupations, loadTrades } from '../../bot/adapters/occupationFiles';
import { loadPlaces } from '../../bot/adapters/placeFiles';
import { Translations } from '../../bot/adapters/i18n';
import { SlotOptions } from '../../bot/domain/orientation/slotOptions';
import { Understanding, loadLexicons, warmUp } from '../../bot/domain/understanding';
import { scoreCorpus, type CorpusLine } from './scoreUnderstanding';
import { isEven, predictCorpus } from './corpusPredictions';
import { arg, DEFAULT_CORPUS, ROOT } from './evalArgs';

const root = ROOT;
const corpusPath = path.resolve(arg('corpus', DEFAULT_CORPUS));
const outDir = path.resolve(arg('out', path.join(root, 'test-artifacts')));

const translations = new Translations(path.join(root, 'locales'));
const languages = translations.languages;
const knowledge = loadKnowledge(path.join(root, 'knowledge'), languages);
const understanding = new Understanding({
  lexicons: loadLexicons(path.join(root, 'knowledge', 'lexicon')), topics: knowledge.topics,
  qualifications: knowledge.qualifications, occupations: loadOccupations(path.join(root, 'knowledge', 'occupations')), trades: loadTrades(path.join(root, 'knowledge', 'occupations')), places: loadPlaces(path.join(root, 'knowledge', 'geo')),
});
// The language model loads asynchronously: read the corpus once it is there, as the bot does once ready.
void warmUp().then(run);

function run(): void {
  const optionLanguages = new Set(languages);
  const options = new SlotOptions((lang, key) => translations.getT(lang)(key), knowledge.topics, languages,
    ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR']);

  const lines: CorpusLine[] = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const started = process.hrtime.bigint();
  const predictions = predictCorpus(understanding, options, [...optionLanguages], lines);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'understanding.predictions.jsonl'), predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const report = (title: string, subset: CorpusLine[]) => {
    const result = scoreCorpus(subset, predictions);
    console.log(`\n## ${title} (${subset.length} lines)\n`);
    console.log(result.table);
    return result;
  };
  const tune = report('Tuning half: even ids', lines.filter(isEven));
  const held = report('Untouched half: odd ids', lines.filter((line) => !isEven(line)));
  // Only the tuning half's errors are written (unless --all-errors): the odd half stays unread, so that its
  // figures say how the understanding does on messages nobody tuned it for.
  const allErrors = process.argv.includes('--all-errors');
  const written = allErrors ? [...tune.errors, ...held.errors] : tune.errors;
  fs.writeFileSync(path.join(outDir, 'understanding.errors.jsonl'), written.map((e) => JSON.stringify(e)).join('\n') + '\n');
  console.log(`\n${lines.length} lines in ${elapsedMs.toFixed(0)} ms (${(elapsedMs / lines.length).toFixed(2)} ms a line, first calls included)`);
  console.log(`lines with an error: ${tune.errors.length} even, ${held.errors.length} odd; ${allErrors ? 'all' : 'the even ones'} written to ${path.relative(process.cwd(), path.join(outDir, 'understanding.errors.jsonl'))}`);
}
