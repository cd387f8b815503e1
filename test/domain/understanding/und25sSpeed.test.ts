import { expect } from 'chai';
import { PhraseIndex } from '../../../bot/domain/understanding/match/phraseIndex';
import { Tagger } from '../../../bot/domain/understanding/match/tagger';
import { viewOf } from '../../../bot/domain/understanding/match/tokenView';
import { tokenize } from '../../../bot/domain/understanding/text/tokenize';
import { idOf } from '../../../bot/domain/understanding/text/vocabulary';

/**
 * Issue 7, item 11 (understanding one message under 2 ms at p99): a tagger tries only the tokens where one of its
 * phrases may start, found from the message's ids (`TokenView.positions`, `PhraseIndex.startsIn`), and merges the
 * phrase lists usable at one token without sorting. Made-up words, so that no lexicon word is their look-alike.
 */
describe('Tagging tries only the tokens where a phrase may start', () => {
  const tagger = new Tagger<string>([['zwibble flonk', 'pair'], ['flonk', 'single']]);
  const filler = (n: number) => Array.from({ length: n }, () => 'qx').join(' ');

  it('when a word comes twice, then the view gives, for its id, the bits of both positions', () => {
    const view = viewOf(tokenize('zwibble flonk zwibble'));
    const at = (word: string) => view.positions[view.present.indexOf(idOf(word))];
    expect(at('zwibble')).to.equal(0b101);
    expect(at('flonk')).to.equal(0b010);
  });

  it('when a word comes at the 32nd token or later, then it has bit 31, shared by every later position', () => {
    const view = viewOf(tokenize(`${filler(33)} zwibble`));
    expect(view.positions[view.present.indexOf(idOf('zwibble'))] >>> 0).to.equal(2 ** 31);
  });

  it('when phrases start at tokens past the 31st, then each is found where it starts', () => {
    const found = tagger.all(tokenize(`${filler(33)} zwibble flonk qx zwibble flonk`));
    expect(found.map((m) => [m.value, m.start])).to.deep.equal([['pair', 33], ['single', 34], ['pair', 36], ['single', 37]]);
  });

  it('when some tokens may start a phrase, then startsIn has their bits only; none gives 0', () => {
    const index = new PhraseIndex<string>([['flonk zwibble', 'b'], ['zwibble', 'c']], {});
    expect(index.startsIn(viewOf(tokenize('qx flonk zwibble qx zwibble')))).to.equal(0b10110);
    expect(index.startsIn(viewOf(tokenize('qx qx qx')))).to.equal(0);
  });

  it('when phrases of one first word need different next words, then they are tried, and found, in list order', () => {
    // "blorp" opens three phrases in two groups (by the first word each needs next): merged, they keep their order
    const three = new Tagger<string>([['blorp fizzle', 'first'], ['blorp * wumble', 'second'], ['blorp fizzle wumble', 'third']]);
    expect(three.all(tokenize('blorp fizzle wumble')).map((m) => m.value)).to.deep.equal(['first', 'second', 'third']);
    expect(three.tag(tokenize('blorp fizzle wumble')).map((m) => m.value)).to.deep.equal(['third']);
  });
});
