import { expect } from 'chai';
import type { Profile, Region } from '../../bot/domain/profile/profile';
import type { Course, KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { Recommendation, RecommendationItem } from '../../bot/domain/recommend/reasons';
import type { Recommender } from '../../bot/domain/recommend/recommender';
import { forTheirField } from '../../bot/domain/recommend/scoreCourse';
import { readLanguages } from '../../bot/domain/recommend/scoringRules';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

/**
 * The language of the person's region, for those who did not ask to learn it (rec17): a graduate who chose to chat in
 * English in Brussels, Flanders or Luxembourg, and never said their French, Dutch or Luxembourgish is weak, got no course
 * of it at all; and one who said it is weak lost its course from the first five when digital basics came first.
 * Real catalogue.
 */
describe('Recommendations of a course of the region\'s language to those who did not ask for one (real catalogue)', function () {
  this.timeout(60000);
  let r: Recommender;
  let kb: KnowledgeBase;
  before(() => ({ recommender: r, kb } = realRecommender()));
  const course = (id: string): Course | undefined => kb.courses.find((c) => c.id === id);
  const teaches = (item: RecommendationItem): readonly string[] => course(item.id)?.teaches ?? [];
  const shown = (profile: Profile, rec: Recommendation): string => `${JSON.stringify(profile)}: ${rec.match} ${rec.items.map((i) => `${i.id}(${i.reasons.map((x) => x.code).join(',')})`).join(' ')}`;
  const graduate = (more: Partial<Profile>): Profile => ({ goal: 'find-job', eqfLevel: 7, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, ...more });

  const CHOSE_ANOTHER: Array<[string, Region, Partial<Profile>, string]> = [
    ['en', 'BE-BRU', { field: 'M', trade: 'it' }, 'fr'],
    ['en', 'BE-VLG', { field: 'H' }, 'nl'],
    // (in Luxembourg, French: the language most used at work, `REGION_WORK_LANGUAGE`)
    ['en', 'LU', { field: 'C' }, 'fr'],
    ['es', 'BE-BRU', { field: 'G', trade: 'kitchen', eqfLevel: 6 }, 'fr'],
    ['de', 'FR', { field: 'D', eqfLevel: 5 }, 'fr'],
    ['en', 'BE-WAL', { field: 'J', trade: 'nursing', eqfLevel: 6 }, 'fr'],
  ];
  for (const [lang, region, job, language] of CHOSE_ANOTHER) {
    it(`when a graduate chats in ${lang} in ${region} and never said their ${language} is weak, then one course teaching it comes in the first list, after the courses of their trade, its reason says why`, () => {
      const profile = graduate({ region, ...job });
      const rec = r.recommendation(profile, lang);
      const taught = rec.items.filter((i) => teaches(i).includes(language));
      expect(taught, shown(profile, rec)).to.have.length(1);
      const [item] = taught;
      expect(item.reasons, shown(profile, rec)).to.deep.include({ code: 'local-language', params: { language, chat: lang, region } });
      // never a course that teaches a language they write in (Duolingo teaches English and Spanish)
      expect(teaches(item).filter((l) => readLanguages(lang).includes(l)), shown(profile, rec)).to.deep.equal([]);
      // after every course of their field
      const at = rec.items.indexOf(item);
      rec.items.forEach((i, k) => { if (i.kind === 'course' && forTheirField(course(i.id)!, profile)) expect(k, shown(profile, rec)).to.be.below(at); });
      // and no other language course, even under "more"
      const more = r.recommendation(profile, lang, { exclude: new Set(rec.items.map((i) => i.id)) });
      expect(more.items.filter((i) => teaches(i).length > 0).map((i) => i.id), shown(profile, more)).to.deep.equal([]);
    });
  }

  const NO_COURSE: Array<[string, string, Partial<Profile>]> = [
    ['a graduate who chats in a language of their region (Dutch in Brussels)', 'nl', { region: 'BE-BRU', field: 'M', trade: 'it' }],
    ['a graduate who chats in the region\'s language (French in Wallonia)', 'fr', { region: 'BE-WAL', field: 'H' }],
    ['a graduate who wrote French before switching to English, in Brussels', 'en', { region: 'BE-BRU', field: 'M', trade: 'it', wroteIn: ['fr', 'en'] }],
    ['a Luxembourgish speaker in Wallonia (they read French and German)', 'lb', { region: 'BE-WAL', field: 'H' }],
    ['a graduate who retrains (help for any job as before)', 'en', { region: 'BE-BRU', field: 'M', trade: 'it', goal: 'retrain', interest: 'programming' }],
  ];
  for (const [who, lang, more] of NO_COURSE) {
    it(`when ${who}, then no course is offered for the reason that they chose another language`, () => {
      const profile = graduate(more);
      const rec = r.recommendation(profile, lang);
      const chose = rec.items.filter((i) => i.reasons.some((x) => x.code === 'local-language' && x.params?.chat !== undefined));
      expect(chose.map((i) => i.id), shown(profile, rec)).to.deep.equal([]);
      if (who.startsWith('a graduate who wrote French')) expect(rec.items.filter((i) => teaches(i).includes('fr')).map((i) => i.id), shown(profile, rec)).to.deep.equal([]);
    });
  }

  const SAID_WEAK: Array<[string, Partial<Profile>]> = [
    ['en', { region: 'BE-BRU', field: 'G', trade: 'kitchen', eqfLevel: 3, digitalSkills: 'with-help', weakLanguages: ['fr'] }],
    ['en', { region: 'BE-BRU', field: 'K', eqfLevel: 3, digitalSkills: 'none', weakLanguages: ['fr'] }],
    ['es', { region: 'BE-WAL', field: 'K', trade: 'cleaning', eqfLevel: 2, digitalSkills: 'with-help', equipment: 'smartphone-only', weakLanguages: ['fr'] }],
    ['en', { region: 'BE-VLG', field: 'N', eqfLevel: 3, digitalSkills: 'with-help', weakLanguages: ['nl'] }],
  ];
  for (const [lang, more] of SAID_WEAK) {
    it(`when one who said their ${more.weakLanguages![0]} is weak needs digital basics first (${lang}, ${more.region}, ${more.digitalSkills}), then a course of it stays in the first five`, () => {
      const profile = graduate({ goal: 'find-job', ...more });
      const rec = r.recommendation(profile, lang);
      expect(rec.items.length, shown(profile, rec)).to.be.at.most(5);
      const weak = rec.items.find((i) => i.reasons.some((x) => x.code === 'local-language' && x.params?.said));
      expect(weak, shown(profile, rec)).to.not.equal(undefined);
      // after the courses that train their trade
      const at = rec.items.indexOf(weak!);
      rec.items.forEach((i, k) => { if (i.kind === 'course' && forTheirField(course(i.id)!, profile) && !course(i.id)!.workerSafety && !course(i.id)!.sideSkill) expect(k, shown(profile, rec)).to.be.below(at); });
    });
  }
});

describe('The Why line of the course of the region\'s language offered to a graduate who chose another language (engine, real knowledge)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  it('when an English-speaking engineer with a master\'s looks for work in Brussels, then a French course is listed and its reason names their choice and the region', () => {
    const { out } = converse('en-GB', ['I am a mechanical engineer with a master\'s degree, looking for a job in Brussels', 'I am good with computers', 'a laptop with internet', '10 hours']);
    const lists = out.flatMap((o) => (o.type === 'recommend' ? [o.items] : []));
    expect(lists.length, JSON.stringify(out.map((o) => o.type))).to.be.above(0);
    const item = lists[0].find((i) => i.reasons.some((x) => x.code === 'local-language'));
    expect(item, lists[0].map((i) => i.id).join(' ')).to.not.equal(undefined);
    expect(item!.reasons).to.deep.include({ code: 'local-language', params: { language: 'fr', chat: 'en', region: 'BE-BRU' } });
  });
});
