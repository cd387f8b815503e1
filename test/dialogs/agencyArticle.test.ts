import path from 'node:path';
import { expect } from 'chai';
import { Translations, contractArticles } from '../../bot/adapters/i18n';

/**
 * An agency whose name starts with its article (Le Forem) after "de" or "von" (found by a tester, qa21 q32: "Les
 * formations de Le Forem (Wallonie)", "Weiterbildungen von Le Forem").
 */
describe('Texts naming an agency whose name holds its article', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const agency = 'Le Forem (Wallonie)';

  it('when the Forem\'s training search is titled in French or German, then the article is contracted ("du Forem", "vom Forem")', () => {
    expect(translations.getT('fr')('recommend:search.title', { agency })).to.equal('Les formations du Forem (Wallonie)');
    expect(translations.getT('fr')('common:answers.aboutSearch', { agency })).to.include('de formations du Forem (Wallonie)');
    expect(translations.getT('de')('recommend:search.title', { agency })).to.equal('Weiterbildungen vom Forem (Wallonie)');
  });

  it('when a name holds no article, or the word is no name, then nothing changes', () => {
    expect(contractArticles('Les formations de Bruxelles Formation', 'fr')).to.equal('Les formations de Bruxelles Formation');
    expect(contractArticles('avec Les Bons Clics et le reste de les ordinateurs', 'fr')).to.equal('avec Les Bons Clics et le reste de les ordinateurs');
    expect(contractArticles('grâce à Les Bons Clics', 'fr')).to.equal('grâce aux Bons Clics');
    expect(contractArticles('Training offers of Le Forem', 'en')).to.equal('Training offers of Le Forem');
  });
});
