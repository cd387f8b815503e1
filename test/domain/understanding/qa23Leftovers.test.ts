import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Findings of the black-box tester qa23 that its fixers left (q14, q16), fixed at the end of the twenty-third session:
 * a German complaint with "doch" ("das ist doch Mist") was not understood at all; "woonplaats" as the answer to
 * "what do you want to change?" was not understood, where "Wohnort" and "la ville" were.
 */
describe('Understanding: tester findings left by the fixers (qa23 q14, q16)', () => {
  const u = useUnderstanding();

  it('when a German speaker complains with "doch" ("das ist doch Mist"), then it is a complaint; "doch" in an ordinary answer is none', () => {
    for (const text of ['das ist doch Mist', 'Das ist doch Quatsch!', 'ist doch alles Mist hier']) {
      expect(u().understand(text, 'de', { pending: 'goal' }).intent, text).to.equal('complaint');
    }
    for (const text of ['ich möchte doch lieber im Verkauf arbeiten', 'doch, ich habe einen Laptop']) {
      expect(u().understand(text, 'de', { pending: 'goal' }).intent, text).to.not.equal('complaint');
    }
  });

  it('when the place one lives is named in other words to "what do you want to change?", then the region is the answer, in every language', () => {
    const said: Array<[string, string]> = [
      ['nl', 'woonplaats'], ['nl', 'mijn woonplaats'], ['de', 'Wohnsitz'], ['en', 'hometown'], ['es', 'localidad'],
      ['fr', 'mon domicile'], ['lb', 'Wunnuert'],
    ];
    for (const [lang, text] of said) expect(u().slotNamed(text, lang), `${lang} ${text}`).to.equal('region');
  });
});
