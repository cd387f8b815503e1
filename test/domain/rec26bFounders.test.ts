import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * People who want to start a business, chatted as they would (rec26b, issue 8): inclusion first for one with only a phone
 * and little ease, a business course "on the computers of a place above" only under such a place, and what the catalogue
 * holds on creating a business kept for the others.
 */
describe('Founders chatted as jobseekers (rec26b, engine, real catalogue)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const place = (id: string) => realRecommender().recommender.support(id);

  it('when a founder has only a phone and little ease, then a place comes first, before any course', () => {
    const { out } = converse('fr-FR', ['bonjour', "je voudrais créer ma petite entreprise mais j'ai juste un téléphone", 'pas de diplôme',
      'je ne sais pas trop me servir d\'un ordinateur', 'juste mon téléphone', '5 heures', "j'habite à Marseille"]);
    const items = recommended(out);
    expect(items[0]?.kind, items.map((i) => i.id).join(' ')).to.equal('support');
  });

  it('when a course is said to be followed "on the computers of a place above", then such a place is shown above it', () => {
    for (const [locale, words] of [
      ['fr-FR', ['bonjour', "je voudrais créer ma petite entreprise mais j'ai juste un téléphone", 'pas de diplôme',
        'je ne sais pas trop me servir d\'un ordinateur', 'juste mon téléphone', '5 heures', "j'habite à Marseille"]],
      ['en-GB', ["I want to start my own business, I'm a hairdresser in Luxembourg, I have no diploma, I only have a phone, I'm not good with computers, 10 hours a week"]],
    ] as Array<[string, string[]]>) {
      const items = recommended(converse(locale, words).out);
      items.forEach((item: RecommendationItem, k: number) => {
        if (!item.reasons.some((r) => r.code === 'at-place')) return;
        const above = items.slice(0, k).filter((i) => i.kind === 'support' && place(i.id)?.kind === 'public-digital-space');
        expect(above.map((i) => i.id), `${locale} ${item.id} in ${items.map((i) => i.id).join(' ')}`).to.not.have.length(0);
      });
    }
  });

  it('when a founder has only a phone, then the reply does not say there is nothing on their topic above a business course', () => {
    const { out } = converse('fr-FR', ['bonjour', "je voudrais créer ma petite entreprise mais j'ai juste un téléphone", 'pas de diplôme',
      'je ne sais pas trop me servir d\'un ordinateur', 'juste mon téléphone', '5 heures', "j'habite à Marseille"]);
    const items = recommended(out);
    const business = items.filter((i) => i.kind === 'course' && i.topics[0] === 'entrepreneurship');
    if (business.length > 0) expect(says(out)).to.not.include('recommend:noneForTopic');
  });
  it('when a cook wants to start a food truck, then the courses for cooks are kept beside the business course', () => {
    const items = recommended(converse('en', ['hi', "I'm a cook and I want to start my own food truck", 'I finished secondary school', "I'm ok with computers",
      'laptop and internet at home', 'about 10 hours a week', 'I live in Esch-sur-Alzette']).out);
    const ids = items.map((i) => i.id);
    expect(ids.filter((id) => realRecommender().recommender.course(id)?.trades?.includes('kitchen')), ids.join(' ')).to.not.have.length(0);
    expect(items.some((i) => i.kind === 'course' && i.topics[0] === 'entrepreneurship'), ids.join(' ')).to.equal(true);
  });
});
