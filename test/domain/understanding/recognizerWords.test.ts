import { expect } from 'chai';
import { recognizedNumbers } from '../../../bot/domain/understanding/numbers/recognizedNumbers';
import { tokenize } from '../../../bot/domain/understanding/text/tokenize';
import { readKnowledge, useUnderstanding } from './fixture';

/** Every string of a lexicon (its phrases, set entries, names) and every word in them. */
function textsOf(lexicon: object): string[] {
  const strings = JSON.stringify(lexicon).match(/"(?:[^"\\]|\\.)*"/g)!.map((s) => JSON.parse(s) as string);
  return [...new Set([...strings, ...strings.flatMap((s) => tokenize(s).map((t) => t.t))])];
}

/**
 * `recognizerWords` lets a message skip recognizers-text (milliseconds a parse) when it has none of them and no
 * digit; that is only right if every number the recognizer reads contains one. Checked on every phrase and
 * word of the lexicon, which is what people type: a word missing from the list fails here.
 */
describe('lexicon recognizerWords', () => {
  useUnderstanding();
  for (const [lng, lexicon] of Object.entries(readKnowledge().lexicons)) {
    const culture = lexicon.numbers.recognizerCulture;
    if (!culture || !lexicon.numbers.recognizerWords) continue;
    it(`when a ${lng} phrase or word has none of them, then recognizers-text would read no number in it`, function () {
      this.timeout(60000);
      const lost = textsOf(lexicon).filter((text) => {
        const tokens = tokenize(text);
        const gated = recognizedNumbers(tokens, lexicon.numbers);
        return JSON.stringify(gated) !== JSON.stringify(recognizedNumbers(tokens, { recognizerCulture: culture }));
      });
      expect(lost).to.deep.equal([]);
    });
  }
});
