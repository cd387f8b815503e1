import { expect } from 'chai';
import { Tagger } from '../../../bot/domain/understanding/match/tagger';
import { tokenize } from '../../../bot/domain/understanding/text/tokenize';

/**
 * Issue 7 (understanding one message under 2 ms at p99; the tail is garbage-collection pauses): a turn tags its
 * message a few hundred times, so what `tag` and `all` return is read-only and shared rather than copied at every call.
 * Made-up words, so that no lexicon word is their look-alike.
 */
describe('Tagging allocates no list it does not need', () => {
  const tagger = new Tagger<string>([['zwibble flonk', 'pair'], ['flonk', 'single']]);

  it('when a tagger finds nothing, then tag and all give one shared empty list, frozen', () => {
    const none = tagger.tag(tokenize('qx qy'));
    expect(none).to.deep.equal([]);
    expect(tagger.tag(tokenize('qz qw'))).to.equal(none);
    expect(tagger.all(tokenize('qv qu'))).to.equal(none);
    expect(Object.isFrozen(none)).to.equal(true);
  });

  it('when the same tokens are tagged again, then the same list comes back, not a copy', () => {
    const tokens = tokenize('zwibble flonk et flonk');
    const first = tagger.tag(tokens);
    expect(first.map((m) => [m.value, m.start])).to.deep.equal([['pair', 0], ['single', 3]]);
    expect(tagger.tag(tokens)).to.equal(first);
  });
});
