import { expect } from 'chai';
import type { Profile } from '../../bot/domain/profile/profile';
import type { Course, KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { Recommendation } from '../../bot/domain/recommend/reasons';
import type { Recommender } from '../../bot/domain/recommend/recommender';
import { realRecommender } from '../helpers/realCatalogue';
import { converse, recommended } from '../helpers/engineFixture';

/**
 * Recommendations a black-box tester found wrong chatting as jobseekers (qa20, 2026-12-06): R1 a customer adviser got
 * the pastry MOOC first; R2 computer classes first, or six items, to people at ease with their own computer.
 */
describe('Recommendations: the qa20 tester\'s findings (real catalogue)', function () {
  this.timeout(120000);
  let r: Recommender;
  let kb: KnowledgeBase;
  before(() => ({ recommender: r, kb } = realRecommender()));
  const course = (id: string): Course | undefined => kb.courses.find((c) => c.id === id);
  const shown = (rec: Recommendation): string => `${rec.match} ${rec.items.map((i) => `${i.id}[${i.languages}]`).join(' ')}`;
  const atEase = (more: Partial<Profile>): Profile => ({ goal: 'find-job', eqfLevel: 6, equipment: 'computer-and-internet', digitalSkills: 'autonomous', hoursPerWeek: 10, ...more });

  it('when a customer adviser ("conseiller clientèle", "Kundenberaterin") looks for work, then no food-trade course is listed and customer service comes first', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-FR', ['je cherche un emploi de conseiller clientèle', 'bac', 'oui', 'ordi', '10h', 'marseille']],
      ['de-BE', ['ich suche eine Stelle als Kundenberaterin', 'Abitur', 'gut', 'Laptop', '10 Stunden', 'Eupen']],
    ];
    for (const [locale, texts] of chats) {
      const { session, out } = converse(locale, texts);
      expect(session.profile, texts[0]).to.include({ field: 'D', trade: 'sales' });
      const items = recommended(out);
      const food = items.filter((i) => (course(i.id)?.trades ?? []).some((t) => t === 'pastry-baking' || t === 'food-craft' || t === 'kitchen'));
      expect(food.map((i) => i.id), texts[0]).to.deep.equal([]);
      const first = items.find((i) => i.kind === 'course');
      expect(course(first!.id)?.trades ?? [], texts[0]).to.include('sales');
    }
  });

  it('when a nurse at ease with her own computer is listed in Luxembourg in German, then computer classes do not come first', () => {
    const rec = r.recommendation(atEase({ field: 'J', trade: 'care', heldField: 'J', region: 'LU' }), 'de');
    expect(rec.items[0]?.id, shown(rec)).to.not.equal('lu-digital-inclusion-skills');
    expect(rec.items.slice(0, 2).some((i) => i.kind === 'support' && kb.support.find((s) => s.id === i.id)?.kind === 'basic-skills-module'), shown(rec)).to.equal(false);
  });

  it('when a German speaker at ease in Eupen is offered the ADG\'s place before the Forem\'s search, then the list still holds five items at most', () => {
    for (const [field, trade] of [['K', 'childcare'], ['K', 'cleaning'], ['J', 'care'], ['D', 'sales'], ['N', 'warehouse']] as const) {
      const rec = r.recommendation(atEase({ field, trade, eqfLevel: 4, region: 'BE-WAL' }), 'de');
      expect(rec.items.length, shown(rec)).to.be.at.most(5);
    }
  });
});
