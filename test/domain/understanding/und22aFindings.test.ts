import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * A leftover found by the testers (issue 7), checked in words written for the test: a computer subject wanted "from
 * the start" is no restart of the conversation.
 */
describe('Understanding: computing from the start', () => {
  const u = useUnderstanding();

  it('when a computer subject is wanted from the start, then it is no restart of the conversation', () => {
    const said: Array<[string, string]> = [
      ['lb', 'Computer vun Ufank un'], ['nl', 'computers vanaf het begin'], ['en', 'computing from the start'],
      ['es', 'la informática desde el principio'], ['de', 'Computer von Anfang an'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'interest' }).intent, text).to.not.equal('restart');
    // starting the conversation from the start still is one, and so is redoing "it" (no computer word)
    expect(u().understand('alles vun Ufank un', 'lb').intent).to.equal('restart');
    expect(u().understand('vanaf het begin', 'nl').intent).to.equal('restart');
    expect(u().understand("I messed up, let's do it all from the start", 'en').intent).to.equal('restart');
  });
});
