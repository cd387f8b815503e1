import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { Profile } from '../../bot/domain/profile/profile';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { whyReasons } from '../../bot/domain/recommend/reasonStrength';
import { forBeginningReaders } from '../../bot/domain/recommend/scoreCourse';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';
import { reasonText } from '../../dialogs/reasonText';
import { useUnderstanding } from './understanding/fixture';

const translations = new Translations(path.resolve(__dirname, '../../locales'));

/**
 * Reading and writing (QA round 16, R5): a delivery driver who wrote "je lis pa bien le fransai" got the highway code and
 * OpenClassrooms' text courses, no Lire et Écrire; a mason with no diploma who never spoke of reading got Lire et Écrire
 * second, "ils aident à débuter avec l'ordinateur". Reading said to be hard brings a place that teaches it first; little
 * schooling alone makes it an option further down, said as one.
 */
describe('Recommendations for people who say reading is hard, and for those who never said so (engine, real knowledge)', function () {
  this.timeout(60000);
  const u = useUnderstanding();
  before(() => { engineFixture(); return warmUp(); });
  const course = (id: string) => realRecommender().kb.courses.find((c) => c.id === id);
  const shown = (items: RecommendationItem[]): string => items.map((i) => `${i.id}(${i.reasons.map((r) => r.code).join(',')})`).join(' ');
  const lists = (out: Output[]): RecommendationItem[][] => out.flatMap((o) => (o.type === 'recommend' ? [o.items] : []));

  it('when a delivery driver writes "je lis pa bien le fransai" (fr, La Louvière), then a place that teaches reading and writing comes first, and no course that assumes reading', () => {
    const { session, out } = converse('fr-BE', ['bjr', 'je sui livreur je lis pa bien le fransai', 'je veu ameliorer', 'pa de diplom', 'un peu', 'telephone', 'le samedi', 'la louviere', '1']);
    const items = recommended(out);
    expect(session.profile, JSON.stringify(session.profile)).to.include({ readsPoorly: true, region: 'BE-WAL' });
    expect(items[0]?.id, shown(items)).to.equal('be-lire-et-ecrire');
    for (const item of items.filter((i) => i.kind === 'course')) {
      const c = course(item.id)!;
      expect(forBeginningReaders(c) || (c.level === 'beginner' && c.topics[0] === 'digital-basics'), `${item.id}: ${shown(items)}`).to.equal(true);
    }
  });

  const SAID: Array<[string, string, 'BE-BRU' | 'BE-WAL']> = [
    ['fr', 'je ne lis pas bien', 'BE-WAL'], ['en', 'reading is hard for me', 'BE-BRU'], ['es', 'me cuesta leer', 'BE-BRU'],
    ['de', 'ich lese schlecht', 'BE-WAL'], ['nl', 'lezen is moeilijk', 'BE-BRU'], ['lb', 'ech ka net gutt liesen', 'BE-WAL'],
  ];
  for (const [lang, text, region] of SAID) {
    it(`when a person with no diploma says "${text}" (${lang}, ${region}), then a place that teaches reading and writing is among the places first`, () => {
      const { recommender } = realRecommender();
      const { readsPoorly } = u().languageNeeds(text, lang);
      expect(readsPoorly, text).to.equal(true);
      const profile: Profile = { goal: 'find-job', field: 'N', eqfLevel: 0, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 4, region, readsPoorly };
      const { items } = recommender.recommendation(profile, lang);
      const literacy = items.findIndex((i) => i.id === 'be-lire-et-ecrire' || i.id === 'bru-bf-tremplin');
      expect(literacy, shown(items)).to.be.within(0, 1);
      expect(items[literacy].reasons.map((r) => r.code), shown(items)).to.include('interest');
    });
  }

  // found chatting as jobseekers (issue 8, nineteenth session): Lire et Écrire, to a German speaker in Eupen who asked to
  // read and write, said "sie helfen beim Einstieg am Computer" and in Brussels Tremplin "ils aident à débuter avec
  // l'ordinateur" first: what they asked for came second, or not at all
  for (const [lang, text, region] of SAID) {
    it(`when a person with no diploma and no ease with computers says "${text}" (${lang}, ${region}), then the Why line of the place that teaches reading says that first`, () => {
      const { recommender } = realRecommender();
      const profile: Profile = { goal: 'find-job', eqfLevel: 0, digitalSkills: 'none', equipment: 'smartphone-only', hoursPerWeek: 4, region, readsPoorly: true };
      const { items } = recommender.recommendation(profile, lang);
      const at = items.findIndex((i) => i.kind === 'support' && i.reasons.some((r) => r.code === 'interest'));
      expect(at, shown(items)).to.be.at.least(0);
      const t = translations.getT(lang);
      const why = reasonText(whyReasons(items)[at], t, (id) => id, lang, 'support');
      expect(why.startsWith(t('recommend:reasonSupport.interestReading')), `${items[at].id}: "${why}"`).to.equal(true);
    });
  }

  it('when a mason with no diploma never spoke of reading (fr, Charleroi), then no literacy place comes among the first items; one comes later, said to be there if he wishes', () => {
    const { session, out } = converse('fr-BE', ['bonjour', 'je voudrais changer de métier', "je suis maçon depuis 20 ans, j'ai mal au dos, je voudrais faire autre chose, peut-être dans la logistique",
      "j'ai pas de diplome", "je sais pas me servir d'un ordinateur", "j'ai un vieux pc à la maison", '2h par jour', 'je suis à Charleroi', 'autre chose ?']);
    expect(session.profile, JSON.stringify(session.profile)).to.include({ eqfLevel: 0 }).and.not.have.property('readsPoorly');
    const [first, more] = lists(out);
    expect(first.slice(0, 2).map((i) => i.id), shown(first)).to.not.include('be-lire-et-ecrire');
    const later = [...first, ...(more ?? [])].find((i) => i.id === 'be-lire-et-ecrire');
    if (later) expect(later.reasons.map((r) => r.code), shown([later])).to.include('literacy').and.not.include('inclusion-first');
  });

  it('when a home carer with no diploma never spoke of reading (fr-FR), then the courses of her trade come before reading and learning-to-learn modules', () => {
    const { out } = converse('fr-FR', ["bonjour je suis aide a domicile depuis 10 ans sans diplome a lyon, je voudrais passer le diplome d'etat d'accompagnant educatif et social",
      "je me debrouille avec l'ordi", "j'ai un ordi", 'pas beaucoup, 2-3h']);
    const [first] = lists(out);
    const reading = (i: RecommendationItem) => i.kind === 'course' && course(i.id)!.topics.includes('basic-skills') && (course(i.id)!.fields ?? []).length === 0;
    const firstReading = first.findIndex(reading);
    const lastTrade = first.map((i) => i.fields.includes('K')).lastIndexOf(true);
    expect(lastTrade, shown(first)).to.be.at.least(0);
    if (firstReading >= 0) expect(firstReading, shown(first)).to.be.above(lastTrade);
  });

  it('when a cleaner with no diploma says her French is weak (fr, Liège), then a French course is in the first list, not learning-to-learn modules first', () => {
    const { session, out } = converse('fr-BE', ['je cherche un travail dans le nettoyage à Liège, mon français est faible', 'pas de diplôme', 'un peu', 'un téléphone', '4 heures']);
    const [first] = lists(out);
    expect(session.profile, JSON.stringify(session.profile)).to.include({ eqfLevel: 0 });
    expect(first.some((i) => (course(i.id)?.teaches ?? []).includes('fr')), shown(first)).to.equal(true);
  });
});
