import path from 'node:path';
import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import type { Profile, Region } from '../../bot/domain/profile/profile';
import type { Course, KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';
import { realRecommender } from '../helpers/realCatalogue';
import { useUnderstanding } from './understanding/fixture';

/**
 * People who create their own business (issue 8, found by a tester chatting as jobseekers): one founding a cleaning
 * company in Arlon got a housekeeping-safety course and first aid as a good match, bakery and pâtisserie founders
 * job-search courses beside the business plan, a café founder language apps first. A founder gets business-creation
 * help first, then the courses of their trade that serve a business in it, never job search, nor a language course
 * unless they asked to learn a language; the reasons say why. Real catalogue.
 */
describe('Recommendations for people who create a business (real catalogue)', function () {
  this.timeout(60000);
  const u = useUnderstanding();
  let r: Recommender;
  let kb: KnowledgeBase;
  before(() => ({ recommender: r, kb } = realRecommender()));
  const course = (id: string): Course | undefined => kb.courses.find((c) => c.id === id);
  const atEase: Profile = { eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5 };
  const said = (text: string, lang: string, region: Region, base: Profile = atEase): Profile => ({ ...base, ...u().understand(text, lang).slots, region });
  const business = (i: RecommendationItem): boolean => i.kind === 'course' && i.topics[0] === 'entrepreneurship';
  /** What a founder who asked for none of it is never offered: job search, a language course, a trade's workers' safety. */
  const unasked = (i: RecommendationItem): boolean => {
    const c = course(i.id);
    return !!c && (c.topics[0] === 'job-search' || c.topics[0] === 'languages' || !!c.teaches || !!c.workerSafety);
  };
  /** The first list and the next ("voir plus"), with and without the person's own words searched. */
  const lists = (profile: Profile, lang: string, text: string): Array<{ items: RecommendationItem[]; shown: string }> =>
    [undefined, text].flatMap((query) => {
      const first = r.recommendation(profile, lang, { query }).items;
      const more = r.recommendation(profile, lang, { query, exclude: new Set(first.map((i) => i.id)) }).items;
      const shown = `${query ?? ''} ${JSON.stringify(profile)}: ${first.map((i) => i.id).join(' ')} | ${more.map((i) => i.id).join(' ')}`;
      return [{ items: first, shown }, { items: more, shown }];
    });

  const FOUNDERS: Array<[string, string, Region, Profile?]> = [
    ['je veux créer mon entreprise de nettoyage', 'fr', 'BE-WAL'], ['I want to start a cleaning business', 'en', 'BE-WAL'],
    ['ich will eine Reinigungsfirma gründen', 'de', 'BE-WAL'], ['quiero montar una empresa de limpieza', 'es', 'BE-WAL'],
    ['je veux ouvrir ma boulangerie', 'fr', 'BE-WAL'], ['je veux créer ma pâtisserie', 'fr', 'FR'], ['I want to open a bakery', 'en', 'LU'],
    ['ich möchte eine Bäckerei eröffnen', 'de', 'BE-WAL'], ['ik wil een bakkerij openen', 'nl', 'BE-BRU'],
    ['I want to open a café', 'en', 'BE-BRU'], ['ich will ein Café eröffnen', 'de', 'LU'], ['quiero abrir una cafetería', 'es', 'BE-BRU'],
    ['ik wil een eigen café openen', 'nl', 'BE-VLG'], ['je veux ouvrir un café', 'fr', 'BE-BRU'],
    ['I want to open a café', 'en', 'BE-BRU', { eqfLevel: 3, digitalSkills: 'with-help', equipment: 'smartphone-only' }],
  ];
  for (const [text, lang, region, base] of FOUNDERS) {
    it(`when a person creates a business ("${text}", ${lang}, ${region}${base ? ', a phone and some help' : ''}), then no job-search course, language course nor workers' safety course comes, even under "more", and business-creation courses come before any other after the places`, () => {
      const profile = said(text, lang, region, base);
      expect(profile.goal, JSON.stringify(profile)).to.equal('start-business');
      for (const { items, shown } of lists(profile, lang, text)) {
        expect(items.filter(unasked).map((i) => i.id), shown).to.deep.equal([]);
        const afterPlaces = items.filter((i) => i.kind !== 'support');
        const lastBusiness = afterPlaces.map(business).lastIndexOf(true);
        const firstOther = afterPlaces.findIndex((i) => !business(i));
        if (lastBusiness >= 0 && firstOther >= 0) expect(firstOther, shown).to.be.greaterThan(lastBusiness);
      }
    });
  }

  it('when a person creates a cleaning company in Arlon, then neither first aid nor the housekeeping-safety course is offered as a course for the trade, in French, English or German', () => {
    for (const [text, lang] of [['je veux créer mon entreprise de nettoyage', 'fr'], ['I want to start a cleaning business', 'en'], ['ich will eine Reinigungsfirma gründen', 'de']]) {
      const profile = said(text, lang, 'BE-WAL');
      expect(profile).to.deep.include({ goal: 'start-business', field: 'K', trade: 'cleaning' });
      for (const { items, shown } of lists(profile, lang, text)) {
        expect(items.map((i) => i.id), shown).to.not.include.members(['croix-rouge-be-app-premiers-soins']);
        expect(items.map((i) => i.id), shown).to.not.include.members(['ubo-mooc-sauvtage']);
        expect(items.map((i) => i.id), shown).to.not.include.members(['osha-housekeeping-safety-610']);
      }
      // (after the place that helps create a business, microStart, since issue 8's founders kept their business help)
      expect(r.recommendation(profile, lang, {}).items.filter((i) => i.kind !== 'support')[0]?.id).to.equal('oc-business-plan');
    }
  });

  it('when a cook creates a pâtisserie in France, then the business plan comes first and the cooking and pastry courses of the trade after it, said to be of use to the business', () => {
    const profile: Profile = { ...atEase, goal: 'start-business', field: 'G', trade: 'kitchen', region: 'FR' };
    const { items, match } = r.recommendation(profile, 'fr', {});
    const shown = items.map((i) => i.id).join(' ');
    expect(items[0].id, shown).to.equal('oc-business-plan');
    expect(items.map((i) => i.id), shown).to.include.members(['afpa-mooc-cuisine-101-techniques', 'afpa-mooc-patisserie']);
    expect(match).to.equal('good');
    const t = new Translations(path.join(path.resolve(__dirname, '../..'), 'locales')).getT('fr');
    const pastry = items.find((i) => i.id === 'afpa-mooc-patisserie')!;
    expect(reasonText(pastry.reasons, t, (id) => id, 'fr')).to.contain(t('recommend:reason.fieldBusiness', { field: t('profile:fields.kitchen') }))
      .and.not.contain(t('recommend:reason.field', { field: t('profile:fields.kitchen') }));
  });

  it('when a café founder in Brussels is offered the Cité des métiers, then it is said to help start a business, not to be useful for any job', () => {
    const profile = said('I want to open a café', 'en', 'BE-BRU');
    const items = r.recommendation(profile, 'en', {}).items;
    const place = items.find((i) => i.id === 'bru-cite-des-metiers');
    expect(place, items.map((i) => i.id).join(' ')).to.not.equal(undefined);
    expect(place!.reasons).to.deep.include({ code: 'goal', params: { goal: 'start-business' } });
    expect(place!.reasons.map((x) => x.code)).to.not.include('any-job');
  });

  it('when a person who creates a business asks to learn a language ("I want to open a café and learn Dutch", Brussels), then a course teaching it is offered', () => {
    const profile = said('I want to open a café and learn Dutch', 'en', 'BE-BRU');
    expect(profile).to.deep.include({ goal: 'start-business', learnLanguages: ['nl'] });
    const items = r.recommendation(profile, 'en', {}).items;
    expect(items.some((i) => (course(i.id)?.teaches ?? []).includes('nl')), items.map((i) => i.id).join(' ')).to.equal(true);
  });

  it('when a Dutch speaker in Flanders creates a café and no business-creation course is in a language they read, then the list is not called a good match', () => {
    const profile = said('ik wil een eigen café openen', 'nl', 'BE-VLG');
    const rec = r.recommendation(profile, 'nl', {});
    expect(rec.items.some(business), rec.items.map((i) => i.id).join(' ')).to.equal(false);
    expect(rec.match).to.not.equal('good');
  });

  it('when a cleaner looks for a job in Arlon, then first aid and job-search help are still offered to them', () => {
    const profile = said('je suis femme de ménage et je cherche du travail', 'fr', 'BE-WAL');
    expect(profile).to.deep.include({ goal: 'find-job', field: 'K', trade: 'cleaning' });
    const ids = r.recommendation(profile, 'fr', {}).items.map((i) => i.id);
    expect(ids.some((id) => course(id)?.workerSafety), ids.join(' ')).to.equal(true);
    expect(ids.some((id) => course(id)?.topics[0] === 'job-search'), ids.join(' ')).to.equal(true);
  });
  // found chatting as jobseekers (issue 8, eighteenth session): a master baker who wanted her own bakery in Eupen heard
  // that the business plan "is for beginners: maybe below your level", and the list was only a partial match; her
  // diploma is in baking, not in creating a business
  const GRADUATE_FOUNDERS: Array<[string, string, Region]> = [
    ['je veux ouvrir ma boulangerie', 'fr', 'FR'], ['I want to open a bakery', 'en', 'LU'],
    ['quiero abrir mi propia panadería', 'es', 'BE-BRU'], ['ich will eine Bäckerei eröffnen', 'de', 'BE-WAL'],
  ];
  for (const [text, lang, region] of GRADUATE_FOUNDERS) {
    it(`when a graduate at ease with computers creates a business ("${text}", ${lang}, ${region}), then no business-creation course is said to be below their level`, () => {
      const profile = said(text, lang, region, { eqfLevel: 6, digitalSkills: 'advanced', equipment: 'computer-and-internet', hoursPerWeek: 20 });
      expect(profile.goal, JSON.stringify(profile)).to.equal('start-business');
      const items = r.recommendation(profile, lang, {}).items;
      const business = items.filter((i) => i.kind === 'course' && course(i.id)?.topics.includes('entrepreneurship'));
      expect(business.length, items.map((i) => i.id).join(' ')).to.be.greaterThan(0);
      for (const i of business) expect(i.reasons.map((x) => x.code), i.id).to.not.include('below-level');
    });
  }

  it('when a graduate creates a bakery in France, then the business plan makes the list a good match', () => {
    const profile = said('je veux ouvrir ma boulangerie', 'fr', 'FR', { eqfLevel: 6, digitalSkills: 'advanced', equipment: 'computer-and-internet', hoursPerWeek: 20 });
    const rec = r.recommendation(profile, 'fr', {});
    expect(rec.match, rec.items.map((i) => `${i.id}:${i.reasons.map((x) => x.code)}`).join(' ')).to.equal('good');
  });
  // found chatting as jobseekers (issue 8, eighteenth session): a nurse in Namur who wanted to open her own practice
  // got Y Combinator's Startup School (for tech companies) beside the business plan, and no link to the agency's
  // trainings for health care, neither in the first list nor under "more" (her trade is learnt in person: its field was
  // set aside, and with it what serves only other fields and the agency's search)
  const PRACTICES: Array<[string, string, Region]> = [
    ['je suis infirmière et je veux ouvrir mon cabinet', 'fr', 'BE-WAL'], ['I am a nurse and I want to open my own practice', 'en', 'BE-BRU'],
    ['soy enfermera y quiero abrir mi propia consulta', 'es', 'FR'], ['ich bin Krankenschwester und will meine eigene Praxis eröffnen', 'de', 'LU'],
  ];
  for (const [text, lang, region] of PRACTICES) {
    it(`when a nurse creates her own practice ("${text}", ${lang}, ${region}), then no business course for other fields only comes, and the agency's search for health care is in the first list or under "more"`, () => {
      const profile = said(text, lang, region, { eqfLevel: 6, digitalSkills: 'advanced', equipment: 'computer-and-internet', hoursPerWeek: 5 });
      expect(profile, JSON.stringify(profile)).to.deep.include({ goal: 'start-business', field: 'J', trade: 'nursing' });
      const first = r.recommendation(profile, lang, {}).items;
      const more = r.recommendation(profile, lang, { exclude: new Set(first.map((i) => i.id)) }).items;
      const shown = `${first.map((i) => i.id).join(' ')} | ${more.map((i) => i.id).join(' ')}`;
      for (const i of [...first, ...more].filter((x) => x.kind === 'course')) {
        const fields = course(i.id)?.fields ?? [];
        expect(fields.length === 0 || fields.includes('J'), `${i.id}: ${shown}`).to.equal(true);
      }
      expect([...first, ...more].some((i) => i.kind === 'search' && i.fields.includes('J')), shown).to.equal(true);
    });
  }
});
