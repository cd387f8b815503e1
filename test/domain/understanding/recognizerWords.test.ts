import { expect } from 'chai';
import { findNumbers } from '../../../bot/domain/understanding/numbers/findNumbers';
import { tokenize } from '../../../bot/domain/understanding/text/tokenize';
import { readKnowledge, useUnderstanding } from './fixture';

/** Every string of a lexicon (its phrases, set entries, names) and every word in them. */
function textsOf(lexicon: object): string[] {
  const strings = JSON.stringify(lexicon).match(/"(?:[^"\\]|\\.)*"/g)!.map((s) => JSON.parse(s) as string);
  return [...new Set([...strings, ...strings.flatMap((s) => tokenize(s).map((t) => t.t))])];
}

/**
 * `recognizerWords` lets a message skip recognizers-text (milliseconds a parse) when it has none of them, or only
 * a lone number word the lexicon reads itself; that is only right if the numbers found are the same as with the
 * recognizer run on everything. Checked on every phrase and word of the lexicon, which is what people type: a
 * word missing from the list fails here.
 */
describe('lexicon recognizerWords', () => {
  useUnderstanding();
  for (const [lng, lexicon] of Object.entries(readKnowledge().lexicons)) {
    const culture = lexicon.numbers.recognizerCulture;
    if (!culture || !lexicon.numbers.recognizerWords) continue;
    it(`when a ${lng} phrase or word has none of them, then recognizers-text would read no number in it`, function () {
      this.timeout(60000);
      const values = (found: ReturnType<typeof findNumbers>) => JSON.stringify(found.map((n) => [n.start, n.end, n.value]));
      const lost = textsOf(lexicon).filter((text) => {
        const tokens = tokenize(text);
        const gated = findNumbers(tokens, lexicon.numbers);
        return values(gated) !== values(findNumbers(tokens, { ...lexicon.numbers, recognizerWords: undefined }));
      });
      expect(lost).to.deep.equal([]);
    });
  }
});
