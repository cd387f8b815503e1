import { expect } from 'chai';
import type { Profile } from '../../bot/domain/profile/profile';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { realRecommender } from '../helpers/realCatalogue';

const ADG_PLACES = ['wal-adg-treffpunkt-interaktiv', 'wal-adg-skills-center', 'wal-medienzentrum-eupen'];
const warns = (i: RecommendationItem): boolean => i.reasons.some((r) => r.code === 'other-language');

/**
 * Issue 8, rec24 (the ADG's places, left by rec22 and rec23): the places of the German-speaking Community went by the
 * language of the chat only. A French speaker who lives in Eupen or St. Vith never got the ADG's computers for the job
 * search; they now get them, said to be in German, after the places in their own language; a German speaker there gets
 * them first as before, and a French speaker in Charleroi never.
 */
describe('Places of Ostbelgien go by where a person lives, and say their language', function () {
  this.timeout(60000);
  const IN_EUPEN: Partial<Profile> = { region: 'BE-WAL', area: 'ostbelgien', goal: 'find-job', eqfLevel: 3 };

  for (const lang of ['fr', 'en', 'nl', 'es']) {
    it(`[${lang}] when one who lives in Ostbelgien with no device asks for more, then the ADG's places come, each said to be in German, after places in their language`, () => {
      const { recommender } = realRecommender();
      const profile: Profile = { ...IN_EUPEN, equipment: 'none', digitalSkills: 'none', field: 'K' };
      const first = recommender.recommend(profile, lang);
      const more = recommender.recommend(profile, lang, { exclude: new Set(first.map((i) => i.id)) });
      const all = [...first, ...more];
      const adg = all.filter((i) => ADG_PLACES.includes(i.id));
      expect(adg.map((i) => i.id), all.map((i) => i.id).join(' ')).to.not.be.empty;
      for (const place of adg) expect(warns(place), place.id).to.equal(true);
      // (not only German-language places: the first place listed is one where their language, or French, is spoken)
      const places = all.filter((i) => i.kind === 'support');
      expect(places[0].languages, places[0].id).to.not.deep.equal(['de']);
    });
  }

  it('when a German speaker lives in Ostbelgien, then the ADG\'s places come first, not said to be in another language', () => {
    const { recommender } = realRecommender();
    const items = recommender.recommend({ ...IN_EUPEN, equipment: 'none', digitalSkills: 'none' }, 'de');
    expect(ADG_PLACES).to.include(items[0].id);
    expect(warns(items[0])).to.equal(false);
  });

  it('when a French speaker lives elsewhere in Wallonia (no area), then no place of Ostbelgien is offered, even after more', () => {
    const { recommender } = realRecommender();
    const profile: Profile = { region: 'BE-WAL', goal: 'find-job', eqfLevel: 3, equipment: 'none', digitalSkills: 'none' };
    const first = recommender.recommend(profile, 'fr');
    const more = recommender.recommend(profile, 'fr', { exclude: new Set(first.map((i) => i.id)) });
    expect([...first, ...more].map((i) => i.id).filter((id) => ADG_PLACES.includes(id))).to.deep.equal([]);
  });

  it('when a German speaker said only "Wallonia" (no area), then the ADG\'s places are still offered, as the only sign', () => {
    const { recommender } = realRecommender();
    const items = recommender.recommend({ region: 'BE-WAL', goal: 'find-job', eqfLevel: 3, equipment: 'none', digitalSkills: 'none' }, 'de');
    expect(items.map((i) => i.id).filter((id) => ADG_PLACES.includes(id))).to.not.be.empty;
  });
});
