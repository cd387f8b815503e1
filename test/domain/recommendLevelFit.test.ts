import { expect } from 'chai';
import type { Profile } from '../../bot/domain/profile/profile';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

/**
 * Whether a course is at the person's level (found by a tester, QA round 16, R2): a home-care worker of 10 years with no
 * diploma heard "elle est pour débutants : peut-être en dessous de votre niveau" on every course; an accountant with a
 * master's and 25 years got four beginner office courses out of five, each said to be maybe below his level.
 */
describe('Recommendations at the person\'s level (real knowledge)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const codes = (item: RecommendationItem): string[] => item.reasons.map((r) => r.code);
  const shown = (profile: Profile, items: RecommendationItem[]): string => `${JSON.stringify(profile)}: ${items.map((i) => `${i.id}(${codes(i).join(',')})`).join(' ')}`;

  const NO_DIPLOMA_CARERS: Array<[string, string[]]> = [
    ['fr-FR', ["bonjour je suis aide a domicile depuis 10 ans sans diplome a lyon, je voudrais passer le diplome d'etat d'accompagnant educatif et social",
      "je me debrouille avec l'ordi", "j'ai un ordi", 'pas beaucoup, 2-3h', 'autre chose ?']],
    ['en-GB', ['I have been a home carer for 10 years, I have no diploma, I live in Lyon and I want to get certified', 'on my own', 'a laptop', '3 hours', 'anything else?']],
  ];
  for (const [locale, texts] of NO_DIPLOMA_CARERS) {
    it(`when a home carer of 10 years with no diploma asks (${locale}), then no course is said to be maybe below their level, nor to fit it`, () => {
      const { session, out } = converse(locale, texts);
      const items = recommended(out);
      expect(session.profile, shown(session.profile, items)).to.include({ eqfLevel: 0, heldField: 'K', field: 'K' });
      expect(items.filter((i) => i.fields.includes('K')).length, shown(session.profile, items)).to.be.above(0);
      for (const item of items) expect(codes(item), `${item.id}: ${shown(session.profile, items)}`).to.not.include('below-level');
    });
  }

  it('when a person with lower secondary at most holds a job of the field, then its beginner courses are not said to be below their level (nor to fit it)', () => {
    const { recommender } = realRecommender();
    for (const eqfLevel of [0, 1, 2]) {
      const profile: Profile = { goal: 'find-job', field: 'F', trade: 'building', heldField: 'F', eqfLevel, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5, region: 'BE-WAL' };
      const first = recommender.recommendation(profile, 'fr').items;
      const items = [...first, ...recommender.recommendation(profile, 'fr', { exclude: new Set(first.map((i) => i.id)) }).items];
      const building = items.filter((i) => i.fields.includes('F'));
      expect(building.length, shown(profile, items)).to.be.above(0);
      for (const item of building) expect(codes(item), `${item.id}: ${shown(profile, items)}`).to.not.include('below-level').and.not.include('level');
    }
  });

  it('when an accountant with a master\'s and 25 years asks (en, Brussels), then a course at his level comes first and at most two of the first list are said to be below it', () => {
    const { session, out } = converse('en-GB', ['hi', "I'm 52, I worked 25 years as an accountant in Nigeria, now I live in Brussels and I'm looking for a job. I have a master's degree in accounting, I'm good with computers and I have a laptop. I can study about 15 hours a week."]);
    const items = recommended(out);
    expect(session.profile, shown(session.profile, items)).to.include({ eqfLevel: 7, field: 'M' });
    const courses = items.filter((i) => i.kind === 'course');
    expect(codes(courses[0]), shown(session.profile, items)).to.not.include('below-level');
    expect(items.filter((i) => codes(i).includes('below-level')).length, shown(session.profile, items)).to.be.at.most(2);
  });

  it('when a graduate\'s field has more beginner courses than courses at their level, then the beginner ones still come, under "more", said to be below it', () => {
    const { recommender } = realRecommender();
    const profile: Profile = { goal: 'find-job', field: 'M', trade: 'office', eqfLevel: 7, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 15, region: 'BE-BRU' };
    const first = recommender.recommendation(profile, 'en').items;
    const more = recommender.recommendation(profile, 'en', { exclude: new Set(first.map((i) => i.id)) }).items;
    expect(more.some((i) => codes(i).includes('below-level')), shown(profile, more)).to.equal(true);
  });
});
