import { expect } from 'chai';
import { editDistance } from '../../../bot/domain/understanding/text/editDistance';
import { fold } from '../../../bot/domain/understanding/text/fold';
import { similar } from '../../../bot/domain/understanding/text/similar';
import { tokenize, words } from '../../../bot/domain/understanding/text/tokenize';

describe('fold', () => {
  it('when text has accents, capitals and ligatures, then they are folded', () => {
    expect(fold('Élève ŒUVRE Straße Ñandú')).to.equal('eleve oeuvre strasse nandu');
  });
});

describe('tokenize', () => {
  it('when digits and letters are glued, then they are split', () => {
    expect(words('20h n°2 CE1D 2ème')).to.deep.equal(['20', 'h', 'n', '2', 'ce', '1', 'd', '2', 'eme']);
  });

  it('when "+" and "/" are typed, then they are kept as words', () => {
    expect(words('bac+2 10h/semaine')).to.deep.equal(['bac', 'plus', '2', '10', 'h', '/', 'semaine']);
  });

  it('when there are apostrophes, hyphens and decimals, then words split and decimals stay whole', () => {
    expect(words("j'ai l'école Saint-Gilles 1,5 2.5")).to.deep.equal(['j', 'ai', 'l', 'ecole', 'saint', 'gilles', '1.5', '2.5']);
  });

  it('when punctuation separates parts, then the clause number changes', () => {
    expect(tokenize('pas d’ordi, un téléphone').map((t) => t.clause)).to.deep.equal([0, 0, 0, 1, 1]);
  });

  it('when the text is only punctuation or emoji, then there are no tokens', () => {
    expect(tokenize('?!… 👍')).to.deep.equal([]);
  });
});

describe('editDistance', () => {
  it('when letters are swapped, then it costs one edit', () => {
    expect(editDistance('mastre', 'master')).to.equal(1);
  });

  it('when the distance exceeds the maximum, then it stops early with max + 1', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).to.equal(3);
  });

  it('when words are equal or empty, then the distance is their length difference', () => {
    expect(editDistance('bac', 'bac')).to.equal(0);
    expect(editDistance('', 'bac')).to.equal(3);
  });
});

describe('similar', () => {
  const cases: Array<[string, string, boolean, boolean]> = [
    ['heures', 'heure', false, true], ['bacalaureat', 'baccalaureat', false, true],
    ['licens', 'licence', false, true], ['developeur', 'developpeur', false, true], ['conseilere', 'conseillere', false, true],
    ['bal', 'bac', false, false], ['100', '10', false, false], ['personal', 'person', false, false],
    ['programmation', 'programmer', true, true], ['programmation', 'programmer', false, false], ['excellent', 'excel', true, false],
    ['informaticien', 'informatique', true, true], ['vacances', 'licence', false, false],
  ];
  for (const [word, pattern, stem, expected] of cases) {
    it(`when "${word}" is compared with "${pattern}"${stem ? ' with stemming' : ''}, then similar is ${expected}`, () => {
      expect(similar(word, pattern, stem)).to.equal(expected);
    });
  }
});
