import { expect } from 'chai';
import type { Recommender } from '../../bot/domain/recommend/recommender';
import type { Profile } from '../../bot/domain/profile/profile';
import type { KnowledgeBase } from '../../bot/domain/knowledge/types';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';
import { useUnderstanding } from './understanding/fixture';

/**
 * From what a person names as what to learn (real understanding) to the list (real catalogue), with their words
 * searched as the bot searches them (`query`). Found chatting as jobseekers: Power BI, BIM and "la compta et les devis"
 * were not read; and CAD was read as design, whose courses (graphic and UX design, design thinking) came as a good match
 * for AutoCAD. The catalogue has no course on BIM or CAD: the bot says so rather than offer graphic design as one.
 */
describe('Recommendations for a subject named by a tool or a task (understanding, real catalogue)', function () {
  this.timeout(60000);
  const u = useUnderstanding();
  let r: Recommender;
  let kb: KnowledgeBase;
  before(() => ({ recommender: r, kb } = realRecommender()));
  const base: Profile = { goal: 'find-job', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'BE-BRU' };
  const said = (text: string, lang: string, over: Partial<Profile> = {}): Profile => ({ ...base, ...u().understand(text, lang).slots, ...over });
  const topicsOf = (id: string): string[] => kb.courses.find((c) => c.id === id)?.topics ?? [];

  for (const [text, lang] of [['je veux apprendre PowerBI', 'fr'], ['I want to learn PowerBI', 'en'], ['ich möchte PowerBI lernen', 'de'], ['quiero aprender PowerBI', 'es']]) {
    it(`when a person says "${text}" (${lang}), then a data course comes first`, () => {
      const profile = said(text, lang);
      const { items } = r.recommendation(profile, lang, { query: text });
      expect(topicsOf(items.find((i) => i.kind === 'course')!.id), `${JSON.stringify(profile)}: ${items.map((i) => i.id).join(' ')}`).to.include('data');
    });
  }

  const CAD: Array<[string, string]> = [
    ['je veux apprendre le BIM', 'fr'], ['je veux apprendre AutoCAD', 'fr'], ['I want to learn BIM', 'en'], ['I want to learn CAD', 'en'],
    ['quiero aprender BIM', 'es'], ['ich möchte BIM lernen', 'de'], ['ik wil BIM leren', 'nl'],
  ];
  for (const [text, lang] of CAD) {
    it(`when a person says "${text}" (${lang}) and no course of the catalogue teaches it, then no design course is offered as what they asked and the match is not good`, () => {
      const profile = said(text, lang);
      expect(profile.interest).to.equal('design');
      const { match, items } = r.recommendation(profile, lang, { query: text });
      const shown = `${match}: ${items.map((i) => i.id).join(' ')}`;
      expect(match, shown).to.not.equal('good');
      expect(items.filter((i) => i.reasons.some((x) => x.code === 'interest' || x.code === 'search')).map((i) => i.id), shown).to.deep.equal([]);
    });
  }

  it('when a building draughtsman wants to learn BIM, then construction courses may come but the match is not good', () => {
    const text = 'je suis dessinateur en bâtiment et je veux apprendre le BIM';
    const profile = said(text, 'fr', { field: 'F' });
    const { match, items } = r.recommendation(profile, 'fr', { query: text });
    expect(match, `${match}: ${items.map((i) => i.id).join(' ')}`).to.equal('partial');
  });

  it('when a graphic designer asks for graphic design, then design courses still come as a good match', () => {
    const text = 'je veux apprendre le graphisme';
    const profile = said(text, 'fr');
    const { match, items } = r.recommendation(profile, 'fr', { query: text });
    expect(match).to.equal('good');
    expect(topicsOf(items.find((i) => i.kind === 'course')!.id)).to.include('design');
  });

  // bookkeeping is office work; to one who creates a business, the running of it: business-creation courses first
  it('when a painter starting his firm must learn bookkeeping and quotes, then a business-creation course comes first, and a bookkeeping course is in the list', () => {
    const text = 'je lance ma petite entreprise de peinture, je dois apprendre la compta et les devis';
    const profile = said(text, 'fr');
    expect(profile.goal).to.equal('start-business');
    const { items } = r.recommendation(profile, 'fr', { query: text });
    const courses = items.filter((i) => i.kind === 'course');
    const shown = `${JSON.stringify(profile)}: ${items.map((i) => i.id).join(' ')}`;
    expect(topicsOf(courses[0].id), shown).to.include('entrepreneurship');
  });

  it('when a founder says "I need to learn quotes and invoices for my business" (en), then a business-creation course comes first', () => {
    const text = 'I am starting my own cleaning business and I need to learn quotes and invoices';
    const profile = said(text, 'en');
    const { items } = r.recommendation(profile, 'en', { query: text });
    expect(topicsOf(items.find((i) => i.kind === 'course')!.id), `${JSON.stringify(profile)}: ${items.map((i) => i.id).join(' ')}`).to.include('entrepreneurship');
  });

  it('when a jobseeker wants to learn bookkeeping, then an office or accounting course comes first', () => {
    const text = 'je veux apprendre la compta';
    const profile = said(text, 'fr');
    const { items } = r.recommendation(profile, 'fr', { query: text });
    expect(topicsOf(items.find((i) => i.kind === 'course')!.id), `${JSON.stringify(profile)}: ${items.map((i) => i.id).join(' ')}`).to.include('office');
  });
});

/**
 * Found chatting as jobseekers (issue 8, nineteenth session): the words of a message that names a topic are searched in
 * the catalogue, and the town said in it was searched too: "Quiero aprender francés, vivo en Bruselas" got Digitalcity's
 * and Campus 19's coding courses (their texts name Brussels), "I only want to learn Dutch, I live in Brussels" Campus 19,
 * "Ich möchte Französisch lernen, ich wohne in Luxemburg" LLO.lu's Luxembourgish; and "I live in" found the end-of-life
 * MOOC ("live" is a letter from "life"). A place named and the words saying where one lives are no search words.
 * Engine conversations, real understanding and catalogue.
 */
describe('A town or "I live in" said beside a topic is no search word (engine, real catalogue)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const topicsOf = (id: string): string[] => realRecommender().kb.courses.find((c) => c.id === id)?.topics ?? [];

  const CASES: Array<[string, string[]]> = [
    ['es-ES', ['Quiero aprender francés, vivo en Bruselas', 'no lo sé', 'bachillerato', 'tengo un ordenador', 'sin ayuda', '5 horas']],
    ['en-GB', ['I only want to learn Dutch, I live in Brussels', "I don't know", "bachelor's degree", 'laptop', 'very well', '3 hours']],
    ['de-LU', ['Ich möchte Französisch lernen, ich wohne in Luxemburg', 'ich weiß nicht', 'Abitur', 'Laptop', 'ohne Hilfe', '5 Stunden']],
    ['en-GB', ['I want to learn French, I live in Luxembourg', "I don't know", "bachelor's degree", 'laptop', 'very well', '5 hours']],
  ];
  for (const [locale, texts] of CASES) {
    it(`[${locale}] "${texts[0]}": every course listed teaches a language they asked for`, () => {
      const { session, out } = converse(locale, texts);
      const wanted = session.profile.learnLanguages ?? [];
      expect(wanted, JSON.stringify(session.profile)).to.have.length.greaterThan(0);
      const courses = recommended(out).filter((i) => i.kind === 'course');
      const shown = courses.map((i) => i.id).join(' ');
      expect(courses.length, shown).to.be.greaterThan(0);
      for (const item of courses) {
        const course = realRecommender().kb.courses.find((c) => c.id === item.id)!;
        expect(topicsOf(item.id), `${item.id} in ${shown}`).to.include('languages');
        expect((course.teaches ?? []).some((l) => wanted.includes(l)), `${item.id} in ${shown}`).to.equal(true);
      }
    });
  }
});
