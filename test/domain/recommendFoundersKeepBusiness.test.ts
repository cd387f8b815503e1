import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Found by testers (issue 8): "I want to start my own business" with a trade the catalogue has no course for lost the wish
 * to create a business: an English-speaking florist in Liège got four customer-service courses and nothing on starting a
 * business, a Dutch-speaking hairdresser in Ghent only VDAB's search. Business-creation help stays in the first list
 * whatever the trade: a business-creation course they can follow, or a place that helps create a business; and when
 * there is none for them, one sentence says so.
 */
describe('A founder keeps business-creation help, whatever the trade (engine, real catalogue)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const helpsFound = (item: RecommendationItem): boolean => (item.kind === 'course' && item.topics[0] === 'entrepreneurship')
    || (item.kind === 'support' && !!realRecommender().recommender.support(item.id)?.helpsWith.includes('business'));

  const FOUNDERS: Array<[string, string]> = [
    ['en-GB', "I want to start my own business, I'm a florist in Liège, I have a CAP, good with computers, I have a laptop, 10 hours a week"],
    ['nl-BE', 'ik wil mijn eigen zaak beginnen, ik ben kapster in Gent, ik heb een diploma secundair, ik kan goed met de computer, ik heb een laptop, 10 uur per week'],
    ['fr-BE', "je veux créer mon entreprise, je suis assistante dentaire à Liège, j'ai un bac, je me débrouille avec l'ordi, j'ai un pc, 10h par semaine"],
    ['de-BE', 'ich will mich selbstständig machen, ich bin Friseurin in Eupen, ich habe Abitur, kann gut mit dem Computer, habe einen Laptop, 10 Stunden pro Woche'],
    ['es-ES', 'quiero crear mi propia empresa, soy recepcionista de hotel en Bruselas, tengo el bachillerato, me manejo bien con el ordenador, tengo portátil, 10 horas por semana'],
    ['en-GB', "I want to start my own business, I'm an ambulance driver in Brussels, I have a high school diploma, good with computers, I have a laptop, 10 hours a week"],
  ];
  for (const [locale, words] of FOUNDERS) {
    it(`[${locale}] when "${words.slice(0, 60)}…", then the first list holds business-creation help`, () => {
      const { session, out } = converse(locale, [words]);
      expect(session.profile.goal, JSON.stringify(session.profile)).to.equal('start-business');
      const items = recommended(out);
      expect(items.filter(helpsFound).map((i) => i.id), items.map((i) => i.id).join(' ')).to.not.have.length(0);
      // (a place that helps create a business is no help "for any job" to a founder, even when nothing fits their trade)
      for (const place of items.filter((i) => i.kind === 'support' && helpsFound(i))) expect(place.reasons.map((r) => r.code), place.id).to.not.include('any-job');
    });
  }

  it('when no business-creation help exists that the person can follow, then one sentence says so and offers a person', () => {
    const { session, out } = converse('en-GB', ["I want to start my own business, I'm a hairdresser in Luxembourg, I have no diploma, I only have a phone, I'm not good with computers, 10 hours a week"]);
    expect(session.profile.goal, JSON.stringify(session.profile)).to.equal('start-business');
    const items = recommended(out);
    if (items.some(helpsFound)) return;
    expect(says(out), items.map((i) => i.id).join(' ')).to.include('recommend:noBusinessHelp');
  });
});
