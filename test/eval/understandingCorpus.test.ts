import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { Translations } from '../../bot/adapters/i18n';
import { SlotOptions } from '../../bot/domain/orientation/slotOptions';
import { useUnderstanding, readKnowledge } from '../domain/understanding/fixture';
import { isEven, predictCorpus } from './corpusPredictions';
import { scoreCorpus, type CorpusLine, type ScoreResult } from './scoreUnderstanding';

const CORPUS = path.resolve(__dirname, '../../../shared/eval/understanding/utterances.jsonl');

/**
 * Floors on the understanding corpus (`npm run eval:understanding` prints the whole table): a change that
 * loses ground on the half nobody tunes on, or that routes ordinary messages to a handoff, fails here. The
 * floors sit a few points under the figures in the README, so that noise in one line does not fail a run,
 * and are raised when the understanding improves.
 */
const WHOLE_LINE_FLOOR: Record<string, number> = { fr: 0.8, en: 0.85, es: 0.84, de: 0.86, nl: 0.86, lb: 0.88 };
const HARD_NEGATIVE_CEILING = 0.02;

describe('Understanding on the development corpus (regression floors)', function () {
  this.timeout(120000);
  const u = useUnderstanding();
  let tune: ScoreResult;
  let held: ScoreResult;

  before(function () {
    if (!fs.existsSync(CORPUS)) {
      console.log(`      (skipped: no corpus at ${CORPUS}; CI has ../shared beside the project)`);
      this.skip();
    }
    const lines: CorpusLine[] = fs.readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const translations = new Translations(path.resolve(__dirname, '../../locales'));
    const options = new SlotOptions((lang, key) => translations.getT(lang)(key), readKnowledge().topics, translations.languages,
      ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR']);
    const predictions = predictCorpus(u(), options, translations.languages, lines);
    tune = scoreCorpus(lines.filter(isEven), predictions);
    held = scoreCorpus(lines.filter((line) => !isEven(line)), predictions);
  });

  it('when the tuning half is read, then no hard negative becomes a handoff, restart, erasure or language switch', () => {
    expect(tune.hardNegativeRate).to.equal(0);
  });

  it('when the untouched half is read, then hard negatives rarely become interruptions', () => {
    expect(held.hardNegativeRate).to.be.at.most(HARD_NEGATIVE_CEILING);
  });

  for (const [lang, floor] of Object.entries(WHOLE_LINE_FLOOR)) {
    it(`when the untouched ${lang} lines are read, then at least ${Math.round(floor * 100)} % are read whole (intent and every slot)`, () => {
      expect(held.wholeLine[lang]).to.be.at.least(floor);
    });
  }
});

/**
 * Floors on the eighteen fresh sets (test/eval/FRESH.md … FRESH18.md), all lines: they were written without reading the
 * corpus or the code, so they say how new messages fare. A few points under today's figures (95 / 90 % on the
 * first set's halves, 96 / 87 % on the second's, 96 / 85 % on the third's, 91 / 83 % on the fourth's, 92 / 83 % on
 * the fifth's, 91 / 74 % on the sixth's, 83 / 74 % on the seventh's, raised in the fourth session of 2026-12-04;
 * 74 / 77 % on the eighth's, measured first in the fifth; 78 / 78 % on the ninth's, measured first in the sixth, 86 / 79 %
 * at its end; 78 / 81 % on the tenth's, measured first in the seventh; 79 / 79 % on the eleventh's, measured first in
 * the eighth; 73 / 72 % on the twelfth's, measured first in the ninth session, 2026-12-05; 82 / 74 % on the
 * thirteenth's, measured first in the tenth; 73 / 67 % on the fourteenth's, measured first in the eleventh; 71 / 70 % on the fifteenth's, measured first in the
 * twelfth; 87 / 88 % on the sixteenth's, measured first in the thirteenth; 78 / 84 % on the seventeenth's, measured first
 * in the fourteenth; 77 / 78 % on the eighteenth's, measured first in the fourteenth too; 82 / 79 % on the nineteenth's,
 * measured first in the fifteenth; 78 / 72 % on the twentieth's, measured first in the sixteenth; 76 / 74 % on the twenty-first's, measured first in the seventeenth; 73 / 74 % on the twenty-second's, measured first in the eighteenth; 72 / 69 % on the twenty-third's, measured first in the nineteenth; 86 / 87 % on the twenty-fourth's, measured first in the twentieth; 62 / 62 % on the twenty-fifth's, measured first in the twenty-first; 76 / 74 % on the twenty-sixth's, measured first
 * by its writer, the fresh26 helper; 82 / 81 % on the twenty-seventh's, measured first by its writer, the fresh27 helper; 76 / 72 % on the
 * twenty-eighth's, measured first by its writer, the fresh28 helper; 70 / 62 % on the twenty-ninth's, measured first by its
 * writer, the fresh29 helper; 68 / 72 % on the thirtieth's, measured first by its writer, the fresh30 helper), and at most
 * this share of hard negatives routed (0 / 0 / 1 of 54 / 0 of 58 / 1 of 55 / 3 of 55 / 1 of 53 / 0 of 53 / 0 of 58 /
 * 2 of 54 / 2 of 55 / 1 of 54 / 2 of 54 / 2 of 30 / 0 of 30 / 2 of 53 / 0 of 53 / 0 of 53 / 0 of 53 / 0 of 53 / 0 of 53 / 0 of 53 / 1 of 53 / 0 of 53 / 1 of 53 / 1 of 53 / 1 of 53 / 1 of 53 at its first measure).
 */
const FRESH_FLOORS: Array<[file: string, floor: number, hardNegatives: number]> = [
  ['fresh-understanding.jsonl', 0.89, 0.03], ['fresh2-understanding.jsonl', 0.89, 0.03], ['fresh3-understanding.jsonl', 0.87, 0.03],
  ['fresh4-understanding.jsonl', 0.85, 0.02], ['fresh5-understanding.jsonl', 0.85, 0.03],
  ['fresh6-understanding.jsonl', 0.80, 0.07], ['fresh7-understanding.jsonl', 0.76, 0.04], ['fresh8-understanding.jsonl', 0.72, 0.04],
  ['fresh9-understanding.jsonl', 0.78, 0.03], ['fresh10-understanding.jsonl', 0.77, 0.04],
  ['fresh11-understanding.jsonl', 0.76, 0.04], ['fresh12-understanding.jsonl', 0.69, 0.04],
  ['fresh13-understanding.jsonl', 0.75, 0.05], ['fresh14-understanding.jsonl', 0.68, 0.08],
  ['fresh15-understanding.jsonl', 0.68, 0.05], ['fresh16-understanding.jsonl', 0.85, 0.05],
  ['fresh17-understanding.jsonl', 0.78, 0.04], ['fresh18-understanding.jsonl', 0.74, 0.04],
  ['fresh19-understanding.jsonl', 0.78, 0.04], ['fresh20-understanding.jsonl', 0.72, 0.05],
  ['fresh21-understanding.jsonl', 0.73, 0.04], ['fresh22-understanding.jsonl', 0.72, 0.04],
  ['fresh23-understanding.jsonl', 0.69, 0.04], ['fresh24-understanding.jsonl', 0.84, 0.02],
  ['fresh25-understanding.jsonl', 0.60, 0.04], ['fresh26-understanding.jsonl', 0.72, 0.04],
  ['fresh27-understanding.jsonl', 0.76, 0.04], ['fresh28-understanding.jsonl', 0.68, 0.04],
  ['fresh29-understanding.jsonl', 0.60, 0.04], ['fresh30-understanding.jsonl', 0.66, 0.04],
];

describe('Understanding on the fresh sets (regression floors)', function () {
  this.timeout(120000);
  const u = useUnderstanding();
  for (const [file, floor, hardNegatives] of FRESH_FLOORS) {
    it(`when ${file} is read, then at least ${Math.round(floor * 100)} % of its lines are read whole and at most ${Math.round(hardNegatives * 100)} % of its hard negatives become interruptions`, () => {
      const lines: CorpusLine[] = fs.readFileSync(path.join(__dirname, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      const translations = new Translations(path.resolve(__dirname, '../../locales'));
      const options = new SlotOptions((lang, key) => translations.getT(lang)(key), readKnowledge().topics, translations.languages,
        ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR']);
      const result = scoreCorpus(lines, predictCorpus(u(), options, translations.languages, lines));
      const whole = Object.entries(result.wholeLine);
      expect(result.hardNegativeRate).to.be.at.most(hardNegatives);
      const counts = lines.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.lang]: (acc[l.lang] ?? 0) + 1 }), {});
      const overall = whole.reduce((sum, [lang, rate]) => sum + rate * (counts[lang] ?? 0), 0) / lines.length;
      expect(overall).to.be.at.least(floor);
    });
  }
});
