import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import type { Profile, Region } from '../../bot/domain/profile/profile';
import type { Course, KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { readLanguages, REGION_LANGUAGES } from '../../bot/domain/recommend/scoringRules';
import { realRecommender } from '../helpers/realCatalogue';
import { useUnderstanding } from './understanding/fixture';

/**
 * Basic skills, arithmetic and one's own language (issue 8, found by a tester chatting as jobseekers): a Spanish speaker
 * in Charleroi with lower secondary who said "No hablo bien francés" got a literacy association, Khan Academy's
 * arithmetic and no French course; the arithmetic came as "useful for any job" to a plumber with no diploma, a bus driver
 * and a warehouse worker; a Flemish care worker was told she would learn Dutch, a Luxembourger German. Real catalogue.
 */
describe('Recommendations of basic skills, arithmetic and languages (real catalogue)', function () {
  this.timeout(60000);
  const u = useUnderstanding();
  let r: Recommender;
  let kb: KnowledgeBase;
  before(() => ({ recommender: r, kb } = realRecommender()));
  const course = (id: string): Course | undefined => kb.courses.find((c) => c.id === id);
  const said = (text: string, lang: string, base: Profile): Profile => ({ ...base, ...u().understand(text, lang).slots });
  /** The first list and two more ("voir plus"), each with what was shown, for the messages. */
  const rounds = (profile: Profile, lang: string, query?: string): { lists: RecommendationItem[][]; shown: string } => {
    const seen = new Set<string>();
    const lists: RecommendationItem[][] = [];
    for (let round = 0; round < 3; round++) {
      const items = r.recommendation(profile, lang, { query, exclude: seen }).items;
      items.forEach((i) => seen.add(i.id));
      lists.push(items);
    }
    return { lists, shown: `${JSON.stringify(profile)}: ${lists.map((l) => l.map((i) => i.id).join(' ')).join(' | ')}` };
  };
  const arithmetic = (i: RecommendationItem): boolean => !!course(i.id)?.numeracy;
  /** Self-study on reading, writing, counting or learning to learn, for no job and teaching no language. */
  const literacyModule = (i: RecommendationItem): boolean => {
    const c = course(i.id);
    return !!c && c.topics[0] === 'basic-skills' && !c.teaches && !c.fields;
  };
  /** A place that teaches reading and writing and not the region's language (Lire et Écrire). */
  const literacyPlace = (i: RecommendationItem): boolean => {
    const place = kb.support.find((s) => s.id === i.id);
    return !!place && place.helpsWith.includes('literacy') && !place.helpsWith.includes('language');
  };

  const NEWCOMERS: Array<[string, string, Region, Profile]> = [
    ['trabajo de mozo de almacén en Charleroi y quiero sacarme el carnet de carretillero. No hablo bien francés', 'es', 'BE-WAL',
      { eqfLevel: 2, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 5 }],
    ['hola! soy peluquera, vivo en Bruselas desde hace un año y quiero abrir mi propia peluquería pero no hablo francés', 'es', 'BE-BRU',
      { eqfLevel: 4, digitalSkills: 'with-help', equipment: 'computer-and-internet', hoursPerWeek: 6 }],
    ['ich spreche kein Französisch', 'de', 'FR', { goal: 'find-job', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5 }],
  ];
  for (const [text, lang, region, base] of NEWCOMERS) {
    it(`when a person with some schooling says they do not speak the region's language ("${text}", ${lang}, ${region}), then a course of that language comes first, and no literacy place, reading module nor arithmetic comes, even under "more"`, () => {
      const profile = { ...said(text, lang, base), region };
      expect(profile.interest, JSON.stringify(profile)).to.equal('basic-skills');
      const { match } = r.recommendation(profile, lang);
      const { lists, shown } = rounds(profile, lang);
      const firstCourse = lists[0].find((i) => i.kind === 'course');
      expect(course(firstCourse?.id ?? '')?.teaches ?? [], shown).to.include(REGION_LANGUAGES[region][0]);
      expect(match, shown).to.equal('good');
      const wrong = lists.flat().filter((i) => arithmetic(i) || literacyModule(i) || literacyPlace(i));
      expect(wrong.map((i) => i.id), shown).to.deep.equal([]);
    });
  }

  it('when a newcomer with little schooling asks for basic skills, then a place that teaches reading and writing still comes first', () => {
    const profile: Profile = { goal: 'find-job', interest: 'basic-skills', eqfLevel: 1, digitalSkills: 'with-help', equipment: 'smartphone-only', region: 'BE-WAL' };
    const { items } = r.recommendation(profile, 'es');
    expect(items[0].id, items.map((i) => i.id).join(' ')).to.equal('be-lire-et-ecrire');
  });

  const ASKED_NOTHING: Array<[string, Profile, string]> = [
    ['a plumber with no diploma and only a phone in Charleroi', { goal: 'find-job', field: 'F', trade: 'plumbing-heating', eqfLevel: 0, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 2.5, region: 'BE-WAL' }, 'fr'],
    ['a bus driver with no diploma and only a phone in Esch', { goal: 'find-job', field: 'N', trade: 'heavy-driving', eqfLevel: 0, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 10, region: 'LU' }, 'lb'],
    ['a warehouse worker with primary school in Liège', { goal: 'find-job', field: 'N', trade: 'warehouse', eqfLevel: 1, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 5, region: 'BE-WAL' }, 'fr'],
    ['a hairdresser with no diploma in Brussels', { goal: 'find-job', field: 'D', trade: 'beauty', eqfLevel: 0, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 6, region: 'BE-BRU' }, 'es'],
    ['a person with no diploma who named no job, in France', { goal: 'find-job', eqfLevel: 0, digitalSkills: 'with-help', equipment: 'smartphone-only', region: 'FR' }, 'en'],
    ['a care worker with no diploma in Hasselt who wants computer basics', { goal: 'basics', interest: 'digital-basics', field: 'J', eqfLevel: 0, digitalSkills: 'none', equipment: 'smartphone-only', hoursPerWeek: 3, region: 'BE-VLG' }, 'nl'],
  ];
  for (const [who, profile, lang] of ASKED_NOTHING) {
    it(`when ${who} (${lang}) asks for no basic skills, then no arithmetic course comes, even under "more"`, () => {
      expect(course('khan-arithmetic')?.numeracy, "Khan Academy's arithmetic is marked numeracy").to.equal(true);
      const { lists, shown } = rounds(profile, lang);
      expect(lists.flat().filter(arithmetic).map((i) => i.id), shown).to.deep.equal([]);
    });
  }

  it('when a person asks for basic skills in the region\'s language, or their words ask for maths, then arithmetic is offered', () => {
    const learner = said('je veux apprendre à calculer', 'fr', { goal: 'find-job', eqfLevel: 1, digitalSkills: 'with-help', equipment: 'smartphone-only', region: 'BE-WAL' });
    expect(r.recommendation(learner, 'fr').items.some(arithmetic)).to.equal(true);
    // a newcomer's basic skills are the region's language, unless their own words ask for maths
    const newcomer: Profile = { goal: 'find-job', interest: 'basic-skills', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', region: 'BE-BRU' };
    expect(r.recommendation(newcomer, 'es').items.some(arithmetic)).to.equal(false);
    expect(r.recommendation(newcomer, 'es', { query: 'quiero aprender matemáticas' }).items.some(arithmetic)).to.equal(true);
  });

  // found by a tester: Oefenen.nl "je leert er Nederlands" to a Flemish care worker, the vhs-Lernportal "Dir léiert do
  // Däitsch" to a Luxembourger looking for work as a bus driver (Luxembourg's schools teach in German and French)
  it('when a person who asked for no language is offered a course, then none is a language course teaching only languages they read, and no reason says they will learn one of them, even under "more"', () => {
    const wrong: string[] = [];
    const spoken: Array<[string, Region]> = [['fr', 'BE-WAL'], ['fr', 'FR'], ['nl', 'BE-VLG'], ['nl', 'BE-BRU'], ['de', 'BE-WAL'], ['lb', 'LU'], ['fr', 'LU'], ['de', 'LU']];
    for (const [lang, region] of spoken) for (const base of [
      { goal: 'find-job', eqfLevel: 0, digitalSkills: 'with-help', equipment: 'smartphone-only' },
      { goal: 'find-job', field: 'N', eqfLevel: 0, digitalSkills: 'with-help', equipment: 'smartphone-only' },
      { goal: 'basics', interest: 'digital-basics', field: 'J', eqfLevel: 0, digitalSkills: 'none', equipment: 'smartphone-only' },
      { goal: 'find-job', field: 'K', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet' },
    ] as Profile[]) {
      const profile = { ...base, region };
      const reads = readLanguages(lang);
      const { lists, shown } = rounds(profile, lang);
      for (const item of lists.flat()) {
        const c = course(item.id);
        if (c?.teaches && c.topics[0] === 'languages' && c.teaches.every((l) => reads.includes(l))) wrong.push(`${lang} ${item.id} in ${shown}`);
        const taught = String(item.reasons.find((x) => x.code === 'teaches' || x.code === 'local-language')?.params?.languages ?? '').split(',');
        if (taught.some((l) => reads.includes(l))) wrong.push(`${lang} ${item.id} "teaches ${taught}" in ${shown}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('when a person asks to learn a language they read (a Luxembourger who wants German), then it is offered and named', () => {
    const profile = said('Ech wëll Däitsch léieren', 'lb', { goal: 'find-job', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', region: 'LU' });
    const first = r.recommendation(profile, 'lb').items.find((i) => i.kind === 'course')!;
    expect(course(first.id)?.teaches ?? []).to.include('de');
    expect(first.reasons.find((x) => x.code === 'teaches')?.params?.languages).to.match(/^de/);
  });
  it('when a person in Flanders cannot use a computer, then no course that assumes its use (VDAB\'s information security) is offered as a first step, in any list', () => {
    // found by a tester: "Informatieveiligheid" came in six lists of people with no computer skills, "het begint bij de basis"
    for (const [digitalSkills, equipment] of [['none', 'smartphone-only'], ['none', 'none'], ['none', 'computer-and-internet']] as const) {
      const profile: Profile = { language: 'nl', goal: 'find-job', field: 'F', eqfLevel: 0, digitalSkills, equipment, region: 'BE-VLG' };
      const { shown } = rounds(profile, 'nl');
      expect(shown, `${digitalSkills}/${equipment}`).to.not.include('vdab-online-informatieveiligheid');
    }
  });
});
