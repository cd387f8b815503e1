import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading found on the twenty-fifth evaluation set (people in work who want a change, rural places),
 * each checked here in words written for the test.
 */
describe('Understanding: people in work and country places', () => {
  const u = useUnderstanding();
  const free = (text: string, lang: string) => u().understand(text, lang).slots;

  it('when someone names a village, a small border town or a natural region, then it is their region', () => {
    const said: Array<[string, string, string]> = [
      ['lb', 'ech wunnen zu Buerschent', 'LU'], ['lb', 'mir wunnen zu Miedernach', 'LU'],
      ['fr', "j'habite à Heiderscheid", 'LU'], ['en', 'I live up in the Oesling', 'LU'],
      ['de', 'ich wohne im Müllerthal', 'LU'], ['de', 'ich wohne in Rocherath', 'BE-WAL'],
      ['de', 'Landwirt in Krinkelt, suche Arbeit', 'BE-WAL'], ['fr', 'je vis dans le Condroz', 'BE-WAL'],
      ['fr', 'on habite en Gaume', 'BE-WAL'], ['nl', 'ik woon in het Pajottenland', 'BE-VLG'],
      ['nl', 'wij wonen in de Westhoek', 'BE-VLG'], ['fr', "j'habite à Longuyon", 'FR'],
      ['en', 'I live in Rocroi, near the border', 'FR'], ['es', 'vivo en Hirson', 'FR'],
    ];
    for (const [lang, text, region] of said) expect(free(text, lang).region, text).to.equal(region);
  });

  it('when someone holding a job wants to become another one of the same field, then it is a change of trade', () => {
    const said: Array<[string, string]> = [
      ['fr', 'je suis aide-soignante de nuit, je veux devenir infirmière'],
      ['fr', 'maman de deux, aide-soignante en maison de repos, je voudrais devenir infirmière'],
      ['en', "I'm a care assistant in a nursing home, I'd like to become a nurse"],
      ['nl', 'ik ben poetsvrouw en wil kinderverzorgster worden'],
      ['nl', 'ik ben zorgkundige in een rusthuis en wil verpleegkundige worden'],
    ];
    for (const [lang, text] of said) expect(free(text, lang).goal, text).to.equal('retrain');
    // the same job wished again is still looking for work
    expect(free('je suis vendeuse et je veux devenir vendeuse en boulangerie', 'fr').goal).to.equal('find-job');
  });
});
