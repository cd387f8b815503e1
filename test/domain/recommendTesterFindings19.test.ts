import { expect } from 'chai';
import type { Profile, Region } from '../../bot/domain/profile/profile';
import type { Course, KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { Recommendation, RecommendationItem } from '../../bot/domain/recommend/reasons';
import type { Recommender } from '../../bot/domain/recommend/recommender';
import { readLanguages, REGION_LANGUAGES } from '../../bot/domain/recommend/scoringRules';
import { skillRank } from '../../bot/domain/recommend/profileNeeds';
import { realRecommender } from '../helpers/realCatalogue';

/**
 * Recommendations that did not fit the person, found by a black-box tester chatting as jobseekers (qa19, 2026-12-06),
 * as table tests over the real catalogue: a course in a language the person does not read in the first three while help
 * in theirs exists, the Forem's French-only search first to a German speaker, beginner courses to one very good with
 * computers who asked for IT training, "adapted to your level" for a course that asks more ease than they have.
 */
describe('Recommendations that fit the person: the qa19 tester\'s misfits (real catalogue)', function () {
  this.timeout(60000);
  let r: Recommender;
  let kb: KnowledgeBase;
  before(() => ({ recommender: r, kb } = realRecommender()));
  const course = (id: string): Course | undefined => kb.courses.find((c) => c.id === id);
  const shown = (profile: Profile, rec: Recommendation): string => `${JSON.stringify(profile)}: ${rec.match} ${rec.items.map((i) => `${i.id}[${i.languages}](${i.reasons.map((x) => x.code).join(',')})`).join(' ')}`;
  const at = (more: Partial<Profile>): Profile => ({ goal: 'find-job', eqfLevel: 4, equipment: 'computer-and-internet', digitalSkills: 'autonomous', hoursPerWeek: 10, ...more });
  const readsIt = (lang: string) => (i: RecommendationItem): boolean => i.languages.some((l) => readLanguages(lang).includes(l));

  describe('a course in another language in the first three (issue 8 §4)', () => {
    const PEOPLE: Array<[string, Region, Partial<Profile>]> = [
      ['fr', 'LU', { field: 'D', trade: 'sales' }],
      ['fr', 'BE-WAL', { field: 'D', trade: 'sales' }],
      ['fr', 'FR', { field: 'D', trade: 'sales' }],
    ];
    for (const [lang, region, job] of PEOPLE) {
      it(`when one who chats in ${lang} in ${region} wants ${job.trade}, then no course in a language they do not read is in the first three, as help in theirs is listed`, () => {
        const profile = at({ region, ...job });
        const rec = r.recommendation(profile, lang);
        const first = rec.items.slice(0, 3).filter((i) => i.kind === 'course');
        expect(first.filter((i) => !readsIt(lang)(i)).map((i) => i.id), shown(profile, rec)).to.deep.equal([]);
      });
    }

    it('when a Spanish-speaking cook in Brussels is listed, then the French course that trains the trade, in the region\'s language, keeps its place in the first three', () => {
      const profile = at({ region: 'BE-BRU', field: 'G', trade: 'kitchen', eqfLevel: 3 });
      const rec = r.recommendation(profile, 'es');
      const trade = rec.items.slice(0, 3).filter((i) => i.kind === 'course' && (course(i.id)?.trades ?? []).includes('kitchen'));
      expect(trade.length, shown(profile, rec)).to.be.greaterThan(0);
      expect(trade.every((i) => i.languages.some((l) => REGION_LANGUAGES['BE-BRU'].includes(l))), shown(profile, rec)).to.equal(true);
    });
  });

  describe('the agency\'s search in a language the person does not read', () => {
    for (const field of ['J', 'H', 'D', 'K', 'N'] as const) {
      for (const [eqfLevel, digitalSkills] of [[6, 'autonomous'], [3, 'advanced'], [4, 'autonomous']] as const) {
        it(`when a German speaker in Wallonia (field ${field}, EQF ${eqfLevel}, ${digitalSkills}) is offered the Forem's French-only search, then it is not first: a place in German that helps search jobs comes before it`, () => {
          const profile = at({ region: 'BE-WAL', field, eqfLevel, digitalSkills });
          const rec = r.recommendation(profile, 'de');
          const search = rec.items.findIndex((i) => i.kind === 'search');
          if (search < 0) return;
          expect(search, shown(profile, rec)).to.be.greaterThan(0);
          expect(rec.items[0].kind, shown(profile, rec)).to.equal('support');
          expect(rec.items[0].languages, shown(profile, rec)).to.include('de');
        });
      }
    }
  });

  describe('one very good with computers who asked for computer training', () => {
    const LANGS: Array<[string, Region]> = [['fr', 'BE-BRU'], ['en', 'BE-BRU'], ['es', 'BE-BRU'], ['de', 'LU'], ['lb', 'LU'], ['nl', 'BE-VLG']];
    for (const [lang, region] of LANGS) {
      it(`when one who chats in ${lang} in ${region} asks for the computer basics and says they are very good with computers, then no beginner's computer-basics course is listed, and IT courses are`, () => {
        const profile = at({ goal: 'basics', interest: 'digital-basics', digitalSkills: 'advanced', region });
        const rec = r.recommendation(profile, lang);
        const basics = rec.items.filter((i) => i.kind === 'course' && course(i.id)?.topics[0] === 'digital-basics');
        expect(basics.map((i) => i.id), shown(profile, rec)).to.deep.equal([]);
        expect(rec.items.some((i) => i.kind === 'course' && (course(i.id)?.fields ?? []).includes('M')), shown(profile, rec)).to.equal(true);
      });
    }

    it('when one who uses a computer without help, no more, asks for the computer basics, then they keep the basics', () => {
      const profile = at({ goal: 'basics', interest: 'digital-basics', region: 'BE-BRU' });
      const rec = r.recommendation(profile, 'fr');
      expect(rec.items.some((i) => course(i.id)?.topics[0] === 'digital-basics'), shown(profile, rec)).to.equal(true);
    });
  });

  it('when a course asks more ease with computers than the person said they have, then it is never said to be adapted to their level', () => {
    const wrong: string[] = [];
    for (const [lang, region] of [['fr', 'BE-WAL'], ['fr', 'FR'], ['en', 'BE-BRU'], ['es', 'BE-BRU'], ['de', 'BE-WAL'], ['lb', 'LU']] as Array<[string, Region]>) {
      for (const field of ['F', 'D', 'G', 'K', 'M', 'N'] as const) {
        for (const equipment of ['smartphone-only', 'computer-and-internet'] as const) {
          for (const digitalSkills of ['none', 'with-help'] as const) {
            for (const eqfLevel of [2, 3, 4]) {
              const profile = at({ region, field, equipment, digitalSkills, eqfLevel });
              const rec = r.recommendation(profile, lang);
              for (const i of rec.items) {
                const c = course(i.id);
                if (c && i.reasons.some((x) => x.code === 'level') && skillRank(c.digitalSkillsRequired) > skillRank(digitalSkills)) wrong.push(`${i.id} ${shown(profile, rec)}`);
              }
            }
          }
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('when one with little or no diploma wants a building trade, then courses past the beginner\'s that ask two diploma levels more than theirs (boiler rooms, moisture in old buildings) do not make the list a good match', () => {
    for (const [lang, region] of [['fr', 'FR'], ['fr', 'BE-WAL'], ['lb', 'LU'], ['de', 'LU']] as Array<[string, Region]>) {
      for (const eqfLevel of [0, 1]) {
        for (const trade of ['plumbing-heating', 'building']) {
          const profile = at({ region, field: 'F', trade, eqfLevel });
          const rec = r.recommendation(profile, lang);
          expect(rec.match, shown(profile, rec)).to.not.equal('good');
        }
      }
    }
  });
});
