import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession } from '../../bot/domain/orientation/session';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import type { Profile } from '../../bot/domain/profile/profile';
import { warmUp } from '../../bot/domain/understanding';
import { engineFixture } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

/**
 * Experienced tradespeople (found chatting as jobseekers: a mason of 15 years who wanted a certificate got beginner
 * renovation MOOCs, "elle est adaptée à votre niveau", from his CAP alone; a cook of 20 years the basics of French
 * cooking). A job the person says they hold or held (`heldField`, read by the understanding's held-job rules, which the
 * understood profile does not change) says their level in its trade is not their diploma's: a course of that field is
 * never said to fit their level, and a beginner's one says it is maybe below it (unless they have little schooling, EQF 2
 * at most: then neither is said).
 */
describe('Recommendations for experienced tradespeople (engine, real knowledge)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const listed = (out: Output[]): RecommendationItem[] => out.flatMap((o) => (o.type === 'recommend' ? o.items : []));

  const MASONS: Array<[string, string, string[]]> = [
    ['fr-BE', 'fr', ['Bonjour', 'je suis maçon depuis 15 ans et je veux un certificat', 'CAP', 'je me débrouille', 'ordinateur et internet', '5 heures', 'Liège']],
    ['en-GB', 'en', ['Hello', 'I have been a bricklayer for 15 years and want to get certified', 'GCSEs', 'I manage on my own', 'a laptop with internet', '5 hours', 'Liège']],
    // (not ESO, lower secondary: to one with little schooling a beginner's course is not said to be below their level, see
    // recommendLevelFit.test.ts)
    ['es-ES', 'es', ['Hola', 'soy albañil desde hace 15 años y quiero un certificado', 'FP de grado medio', 'me defiendo bien', 'ordenador e internet', '5 horas', 'Lieja']],
    ['de-DE', 'de', ['Hallo', 'ich bin seit 15 Jahren Maurer und will ein Zertifikat', 'Abitur', 'ohne Hilfe', 'Computer und Internet', '5 Stunden', 'Lüttich']],
    ['nl-BE', 'nl', ['Hallo', 'ik ben al 15 jaar metselaar en wil een certificaat', 'middelbaar', 'ik kan het alleen', 'computer en internet', '5 uur', 'Luik', 'weet ik niet']],
  ];
  for (const [locale, lang, messages] of MASONS) {
    it(`when a mason says "${messages[1]}" (${lang}), then no building course says it fits their level, and a beginner's one says it is maybe below it`, () => {
      const engine = engineFixture();
      const session = newSession();
      engine.start(session, { locale });
      let items: RecommendationItem[] = [];
      for (const text of messages) items = [...items, ...listed(engine.handle(session, { text }))];
      const shown = `${JSON.stringify(session.profile)}: ${items.map((i) => `${i.id}(${i.reasons.map((r) => r.code).join(',')})`).join(' ')}`;
      expect(session.profile, shown).to.include({ field: 'F', heldField: 'F' });
      const building = items.filter((i) => i.fields.includes('F'));
      expect(building.length, shown).to.be.above(0);
      for (const item of building) expect(item.reasons.map((r) => r.code), `${item.id}: ${shown}`).to.not.include('level');
      const { kb } = realRecommender();
      for (const item of building.filter((i) => kb.courses.find((c) => c.id === i.id)?.level === 'beginner')) {
        expect(item.reasons.map((r) => r.code), `${item.id}: ${shown}`).to.include('below-level');
      }
    });
  }

  it('when one looks for a first job in a trade they never held, then its beginner courses still fit their level', () => {
    const { recommender } = realRecommender();
    const profile: Profile = { goal: 'find-job', field: 'F', trade: 'building', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5, region: 'BE-WAL' };
    const beginner = recommender.recommendation(profile, 'fr').items.find((i) => i.id === 'mbd-renovation-performante');
    expect(beginner?.reasons.map((r) => r.code)).to.include('level').and.not.include('below-level');
    const held = recommender.recommendation({ ...profile, heldField: 'F' }, 'fr', { exclude: new Set() }).items;
    const all = [...held, ...recommender.recommendation({ ...profile, heldField: 'F' }, 'fr', { exclude: new Set(held.map((i) => i.id)) }).items];
    expect(all.find((i) => i.id === 'mbd-renovation-performante')?.reasons.map((r) => r.code)).to.include('below-level').and.not.include('level');
  });

  it('when the job held is of another field than the one wanted (a mason who wants to work in sales), then the courses of the field wanted keep their level', () => {
    const { recommender } = realRecommender();
    const profile: Profile = { goal: 'retrain', field: 'D', trade: 'sales', heldField: 'F', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5, region: 'BE-WAL' };
    const items = recommender.recommendation(profile, 'fr').items.filter((i) => i.fields.includes('D'));
    expect(items.length).to.be.above(0);
    for (const item of items) expect(item.reasons.map((r) => r.code)).to.not.include('below-level');
  });
  // found chatting as jobseekers (issue 8, eighteenth session): a Spanish-speaking cook with ESO in Brussels, a phone and
  // some help, who said she is a cook, heard "No tengo ningún curso en línea para trabajar en la hostelería", where one who
  // never held the job got the Afpa's cooking MOOC (in French); the job held had taken the level points from a person
  // with little schooling, for whom the beginner's course is where the written side of the trade starts
  const COOKS: Array<[string, string, string[]]> = [
    ['es-ES', 'es', ['Hola', 'soy cocinera y busco trabajo', 'tengo la ESO', 'con ayuda', 'solo el móvil', '20 horas', 'Bruselas']],
    ['de-DE', 'de', ['Hallo', 'ich bin Koch und suche Arbeit', 'Hauptschulabschluss', 'mit Hilfe', 'nur Handy', '20 Stunden', 'Brüssel']],
    ['fr-BE', 'fr', ['Bonjour', 'je suis cuisinière et je cherche du travail', 'CE1D', "avec de l'aide", 'seulement un smartphone', '20 heures', 'Bruxelles']],
  ];
  for (const [locale, lang, messages] of COOKS) {
    it(`when a cook with little schooling says "${messages[1]}" (${lang}, Brussels, a phone), then the cooking MOOC is offered as for one who never held the job, without "fits your level"`, () => {
      const engine = engineFixture();
      const session = newSession();
      engine.start(session, { locale });
      const out = messages.flatMap((text) => engine.handle(session, { text }));
      const items = listed(out);
      const match = out.flatMap((o) => (o.type === 'recommend' ? [o.match] : []))[0];
      const shown = `${JSON.stringify(session.profile)}: ${match} ${items.map((i) => `${i.id}(${i.reasons.map((r) => r.code).join(',')})`).join(' ')}`;
      expect(session.profile, shown).to.include({ field: 'G', heldField: 'G', trade: 'kitchen' });
      expect(session.profile.eqfLevel, shown).to.be.at.most(2);
      const cooking = items.find((i) => i.id === 'afpa-mooc-cuisine-101-techniques');
      expect(cooking, shown).to.not.equal(undefined);
      expect(cooking!.reasons.map((r) => r.code), shown).to.not.include('level').and.not.include('below-level');
      expect(match, shown).to.not.equal('none');
    });
  }
});
