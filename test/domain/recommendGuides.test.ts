import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import type { Profile } from '../../bot/domain/profile/profile';
import { realCatalogue } from '../helpers/realCatalogue';

/**
 * Places whose advisers help choose a job or create a business (issue 8): the Cité des métiers of Brussels lists
 * orientation and entrepreneurship among its themes (knowledge-facts §5.3), yet an undecided person in Brussels with a
 * computer, or a founder there, got no place at all: only courses for any job, or business courses in French and
 * English to a Dutch speaker. Real catalogue.
 */
describe('Places that help choose a job or create a business (real catalogue)', () => {
  let r: Recommender;
  before(() => { const real = realCatalogue(); r = new Recommender(real.kb, real.languages, real.search); });
  const atEase: Profile = { eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5 };
  const guide = (profile: Profile, lang: string) => r.recommendation(profile, lang, {}).items.find((i) => i.id === 'bru-cite-des-metiers');

  for (const [goal, lang] of [['unsure', 'fr'], ['retrain', 'nl'], [undefined, 'en'], ['unsure', 'de']] as const) {
    it(`when a person in Brussels has no job in mind (goal ${goal ?? 'not said'}, ${lang}), then the Cité des métiers is offered as helping them ${goal ?? 'unsure'}`, () => {
      const profile: Profile = { ...atEase, ...(goal ? { goal } : {}), region: 'BE-BRU' };
      const rec = r.recommendation(profile, lang, {});
      const place = guide(profile, lang);
      expect(place, rec.items.map((i) => i.id).join(' ')).to.not.equal(undefined);
      expect(place!.reasons).to.deep.include({ code: 'goal', params: { goal: goal ?? 'unsure' } });
      expect(rec.undecided).to.equal(true);
    });
  }

  it('when a Dutch speaker in Brussels creates a business, then the Cité des métiers (bilingual) comes first, said to help start a business', () => {
    const profile: Profile = { ...atEase, goal: 'start-business', region: 'BE-BRU' };
    const rec = r.recommendation(profile, 'nl', {});
    expect(rec.items[0].id, rec.items.map((i) => i.id).join(' ')).to.equal('bru-cite-des-metiers');
    expect(rec.items[0].reasons).to.deep.include({ code: 'goal', params: { goal: 'start-business' } });
    expect(rec.items[0].languages).to.include('nl');
  });

  it('when a person names the job they want, or lives outside Brussels, then no place is offered for choosing a job', () => {
    const named = r.recommendation({ ...atEase, goal: 'find-job', interest: 'office', region: 'BE-BRU' }, 'fr', {});
    expect(named.items.flatMap((i) => i.reasons).filter((x) => x.code === 'goal' && x.params?.goal === 'unsure')).to.deep.equal([]);
    expect(guide({ ...atEase, goal: 'unsure', region: 'BE-WAL' }, 'fr')).to.equal(undefined);
    expect(guide({ ...atEase, goal: 'start-business', region: 'LU' }, 'fr')).to.equal(undefined);
  });
});
