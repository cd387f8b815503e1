import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Starting over somewhere is a life starting over, not a request to start the chat again (the twenty-seventh set's
 * stress, people at the end of a contract who move): the place named inside the words of the restart is kept and the
 * bot asks before acting; a plain request to start again still acts.
 */
describe('Understanding: starting over in a place', () => {
  const u = useUnderstanding();

  it('when someone starts over in a named place, then it is no restart and the region is kept, in every language', () => {
    const said: Array<[string, string, string]> = [
      ['de', 'ich fange in Lille nochmal neu an', 'FR'],
      ['de', 'ich fang in Arlon nochmal neu an, da ist meine Schwester', 'BE-WAL'],
      ['lb', 'ech fänken zu Diddeleng nei un', 'LU'],
    ];
    for (const [lang, text, region] of said) {
      const r = u().understand(text, lang, { pending: 'region' });
      expect(r.intent, `${lang} ${text}`).to.equal('none');
      expect(r.slots.region, `${lang} ${text}`).to.equal(region);
    }
  });

  it('when someone only asks to start again, then it is still a restart', () => {
    for (const [lang, text] of [['de', 'ich fange nochmal neu an'], ['fr', 'je recommence à zéro'], ['lb', 'nei ufänken'], ['nl', 'opnieuw beginnen']]) {
      expect(u().understand(text, lang).intent, `${lang} ${text}`).to.equal('restart');
    }
  });

  it('when a Luxembourger names their town in Luxembourgish, then it is Luxembourg', () => {
    for (const text of ['zu Käl', 'ech wunnen zu Téiteng', 'mir wunnen zu Gréiwels', 'zu Fiels', 'zu Nidderkäerjen', 'ech sinn vun Dummeldeng']) {
      expect(u().understand(text, 'lb', { pending: 'region' }).slots.region, text).to.equal('LU');
    }
  });
});
