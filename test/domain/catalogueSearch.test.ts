import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import { mayBeTypo } from '../../bot/domain/recommend/textNormaliser';
import { realCatalogue } from '../helpers/realCatalogue';

/**
 * The catalogue search tolerates typos and inflections, not other words that share a beginning: a driver
 * ("chauffeur") was offered the MOOC on boiler rooms ("chaufferies"), whose stem is one edit from his word (issue 8).
 */
describe('CatalogueSearch: typos and inflections, not other words (real catalogue)', function () {
  this.timeout(60000);
  let r: Recommender;
  before(() => {
    const real = realCatalogue();
    r = new Recommender(real.kb, real.languages, real.search);
  });
  const found = (query: string, lang: string): string[] => [...r.searchCourses(query, lang).keys()];

  it('when a driver types "chauffeur", then the boiler-room course is not found, nor offered to him', () => {
    for (const query of ['chauffeur', 'chauffeur poids lourd', 'je suis chauffeur livreur', 'chauffeurs']) {
      expect(found(query, 'fr'), query).to.not.include('mbd-chaufferies');
    }
    const { items } = r.recommendation({ goal: 'find-job', field: 'N', trade: 'driving', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5, region: 'FR' },
      'fr', { query: 'chauffeur livreur' });
    expect(items.map((i) => i.id)).to.not.include('mbd-chaufferies');
  });

  it('when the words are the course\'s own, in the singular or plural, or begun, then it is found', () => {
    expect(found('chaufferies', 'fr')).to.include('mbd-chaufferies');
    expect(found('chaufferie', 'fr')).to.include('mbd-chaufferies');
    expect(found('pyth', 'en')[0]).to.match(/python/);
    expect(found('développeur web', 'fr')).to.include('bf-digitalcity-developpeur-web');
  });

  it('when a word has a typo, then the course is still found ("Pyhton", "progamming")', () => {
    expect(found('I want to learn Pyhton', 'en')[0]).to.match(/python/);
    expect(found('progamming', 'en').length).to.be.above(0);
  });

  it('when two words differ by a typo, then they may be one word; by more, or at a short word, then not', () => {
    expect(mayBeTypo('pyhton', 'python')).to.equal(true);
    expect(mayBeTypo('chauffeur', 'chaufferie')).to.equal(false);
    expect(mayBeTypo('chauffeur', 'chauffage')).to.equal(false);
    expect(mayBeTypo('programation', 'programmation')).to.equal(true);
    expect(mayBeTypo('web', 'wen')).to.equal(false);
  });
});
