import { expect } from 'chai';
import { compilePattern, compileSets } from '../../../bot/domain/understanding/match/pattern';
import { Tagger } from '../../../bot/domain/understanding/match/tagger';
import { tokenize } from '../../../bot/domain/understanding/text/tokenize';

describe('compilePattern', () => {
  it('when a phrase uses a gap, a choice and a set, then each becomes one part', () => {
    const sets = compileSets({ advisor: ['conseiller', 'vraie personne'] });
    expect(compilePattern('parler * veux|voudrais @advisor', sets).parts).to.deep.equal([
      { alts: [['parler']] }, { gap: 4 }, { alts: [['veux'], ['voudrais']] }, { alts: [['conseiller'], ['vraie', 'personne']] },
    ]);
  });

  it('when a set is unknown or the phrase is empty or starts with a gap, then compiling throws', () => {
    expect(() => compilePattern('parler @nobody')).to.throw(/unknown set "@nobody"/);
    expect(() => compilePattern('!!')).to.throw(/has no words/);
    expect(() => compilePattern('* conseiller')).to.throw(/starts with \*/);
  });
});

describe('Tagger', () => {
  const tagger = new Tagger<string>([
    ['portable', 'phone'], ['ordinateur portable', 'computer'], ['parler * conseiller', 'human'],
  ]);

  it('when a longer phrase covers a shorter one, then the longer one wins', () => {
    expect(tagger.tag(tokenize('un ordinateur portable et un portable')).map((m) => m.value)).to.deep.equal(['computer', 'phone']);
  });

  it('when a gap is needed, then up to four words are skipped', () => {
    expect(tagger.tag(tokenize('parler avec une vraie conseillere')).map((m) => m.value)).to.deep.equal(['human']);
    expect(tagger.tag(tokenize('parler de tout et de rien avec un conseiller'))).to.deep.equal([]);
  });

  it('when typed with a typo and no accents, then the phrase is still found', () => {
    expect(tagger.tag(tokenize('ordinatuer portabl')).map((m) => m.value)).to.deep.equal(['computer']);
  });

  it('when a word is marked "=", then only that word typed exactly matches it (a word one letter away is another word)', () => {
    const marked = new Tagger<string>([['=anfänger|anfängerin', 'basics'], ['anfänger', 'loose']]);
    expect(marked.tag(tokenize('ich will neu anfangen')).map((m) => m.value)).to.deep.equal(['loose']);
    const exact = new Tagger<string>([['=anfänger|anfängerin', 'basics']]);
    expect(exact.tag(tokenize('ich will neu anfangen'))).to.deep.equal([]);
    expect(exact.tag(tokenize('ich bin Anfängerin')).map((m) => m.value)).to.deep.equal(['basics']);
  });
});
