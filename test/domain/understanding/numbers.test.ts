import { expect } from 'chai';
import { findNumbers } from '../../../bot/domain/understanding/numbers/findNumbers';
import { wordNumber } from '../../../bot/domain/understanding/numbers/wordNumbers';
import { tokenize } from '../../../bot/domain/understanding/text/tokenize';
import { useUnderstanding } from './fixture';

const GERMAN = {
  words: { ein: 1, eins: 1, zwei: 2, drei: 3, fünf: 5, zehn: 10, zwanzig: 20, dreißig: 30, anderthalb: 1.5 },
  compound: { joiner: 'und', unitsFirst: true },
};

describe('wordNumber', () => {
  const cases: Array<[string, number | undefined]> = [
    ['zwei', 2], ['funf', 5], ['einundzwanzig', 21], ['dreiunddreissig', 33], ['funfundzwanzig', 25],
    ['anderthalb', 1.5], ['zweiundzwei', undefined], ['hallo', undefined], ['einundzwanzg', 21], ['dreisig', 30],
    ['zwie', undefined],
  ];
  for (const [word, value] of cases) {
    it(`when German "${word}" is read with the lexicon's rule, then it is ${value}`, () => {
      expect(wordNumber(word, GERMAN)).to.equal(value);
    });
  }

  it('when the rule is tens first without joiner, then "twentyone" is built the other way round', () => {
    expect(wordNumber('twentyone', { words: { one: 1, twenty: 20 }, compound: { joiner: '', unitsFirst: false } })).to.equal(21);
  });
});

describe('findNumbers', () => {
  useUnderstanding();
  it('when French number words are written without accents or hyphens, then recognizers-text reads them', () => {
    const found = findNumbers(tokenize('vingt et un ou quatre vingt'), { recognizerCulture: 'fr-fr' });
    expect(found.map((n) => n.value)).to.deep.equal([21, 80]);
  });

  it('when Spanish words lose their accents, then they are still read', () => {
    expect(findNumbers(tokenize('dieciseis horas'), { recognizerCulture: 'es-es' }).map((n) => n.value)).to.deep.equal([16]);
  });

  it('when digits are typed, then they are read in any language, decimals included', () => {
    expect(findNumbers(tokenize('1,5 et 20'), {}).map((n) => [n.value, n.digits])).to.deep.equal([[1.5, true], [20, true]]);
  });
});
