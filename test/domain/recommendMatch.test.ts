import path from 'node:path';
import fs from 'node:fs';
import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import { servesAnyJob } from '../../bot/domain/recommend/scoreCourse';
import type { Field, Profile } from '../../bot/domain/profile/profile';
import type { KnowledgeBase } from '../../bot/domain/knowledge/types';
import { loadKnowledge, languagesOf } from '../../bot/adapters/knowledgeFiles';
import { fixtureKnowledge, searchSettings, course, service } from '../helpers/fixtureKnowledge';

const LANGS = ['fr', 'en', 'es', 'de'];
const ROOT = path.resolve(__dirname, '../..');
const codes = (reasons: Array<{ code: string }>): string[] => reasons.map((r) => r.code);

/** The fixture catalogue with fields: office and programming serve M, a sales course serves D; the rest any job. */
function withFields(): Pick<KnowledgeBase, 'courses' | 'support' | 'topics'> {
  const kb = fixtureKnowledge();
  const M: Field[] = ['M'];
  kb.courses = kb.courses.map((c) => (['programming', 'web-development', 'office', 'data'].includes(c.topics[0]) ? { ...c, fields: M } : c));
  kb.courses.push(
    course('sales-online', { topics: ['digital-marketing'], fields: ['D', 'E'], digitalSkillsRequired: 'with-help', durationHours: 12 }),
    course('english-basics', { topics: ['languages'], digitalSkillsRequired: 'with-help', durationHours: 30 }),
  );
  kb.support.push(service('job-club-fr', { regions: ['FR'], helpsWith: ['job-search', 'with-help'] }));
  return kb;
}

const base: Profile = { goal: 'find-job', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'FR' };

describe('Recommender match: good, partial, none (fixture catalogue)', () => {
  const r = new Recommender(withFields(), LANGS, searchSettings);

  it('when the person names a field the catalogue serves, then match is good and its course comes first with the field reason', () => {
    const { match, items } = r.recommendation({ ...base, field: 'D' }, 'fr');
    expect(match).to.equal('good');
    expect(items[0].id).to.equal('sales-online');
    expect(codes(items[0].reasons)).to.include('field');
    expect(items[0].reasons.find((x) => x.code === 'field')?.params).to.deep.equal({ field: 'D' });
    expect(items[0].fields).to.deep.equal(['D', 'E']);
  });

  it('when the person names an interest the catalogue serves, then match is good', () => {
    expect(r.recommendation({ ...base, interest: 'programming' }, 'fr').match).to.equal('good');
  });

  // (since the fourth fix of session 15: only help for any job, fewer items rather than courses of a field they did not name)
  it('when the person named neither field nor interest, then match is partial (general help only)', () => {
    const { match, items, general } = r.recommendation(base, 'fr');
    expect(match).to.equal('partial');
    expect(general).to.equal(true);
    expect(items.length).to.be.within(1, 5);
    for (const item of items.filter((i) => i.kind === 'course')) expect(codes(item.reasons), item.id).to.include('any-job');
  });

  for (const field of ['N', 'J', 'G'] as Field[]) {
    it(`when the person works in field ${field}, which no course serves, then match is none and only help for any job is shown, labelled so`, () => {
      const { match, items } = r.recommendation({ ...base, field }, 'fr');
      expect(match).to.equal('none');
      // (a French speaker in France who asked for no language gets no English course as help for any job: fewer items)
      expect(items.length).to.be.within(2, 5);
      expect(items.map((i) => i.id)).to.not.include('english-basics');
      for (const item of items) {
        expect(item.kind === 'support' || servesAnyJob(item), item.id).to.equal(true);
        expect(item.reasons[0].code, item.id).to.equal('any-job');
      }
      const ids = items.map((i) => i.id);
      for (const unrelated of ['python-basics', 'java-advanced', 'html-css', 'excel', 'paid-data', 'sales-online']) expect(ids).to.not.include(unrelated);
    });
  }

  it('when a person in field N also asks for programming, then programming is a match (good), not hidden', () => {
    const { match, items } = r.recommendation({ ...base, field: 'N', interest: 'programming' }, 'fr');
    expect(match).to.equal('good');
    expect(items[0].topics).to.include('programming');
  });

  it('every item carries its fields and the languages it is taught in', () => {
    const { items } = r.recommendation({ ...base, field: 'M' }, 'fr');
    for (const item of items) {
      expect(item.fields).to.be.an('array');
      expect(item.languages).to.be.an('array').that.is.not.empty;
    }
  });
});

describe('Recommender match over the real catalogue (knowledge/)', function () {
  this.timeout(60000);
  let r: Recommender;
  before(() => {
    const languages = languagesOf(path.join(ROOT, 'locales'));
    const kb = loadKnowledge(path.join(ROOT, 'knowledge'), languages);
    const search = JSON.parse(fs.readFileSync(path.join(ROOT, 'knowledge/search.json'), 'utf8')).languages;
    r = new Recommender(kb, languages, search);
  });

  const people: Array<[string, Profile, string]> = [
    ['a farm worker in Brussels (A)', { ...base, field: 'A', region: 'BE-BRU' }, 'fr'],
    ['a factory worker in France (H)', { ...base, field: 'H', eqfLevel: 3 }, 'fr'],
    ['a stage technician in Luxembourg (L), in English', { ...base, field: 'L', region: 'LU' }, 'en'],
    ['a gardener in Wallonia (A) with weak skills', { ...base, field: 'A', region: 'BE-WAL', digitalSkills: 'with-help' }, 'fr'],
  ];
  for (const [who, profile, lang] of people) {
    it(`when ${who} asks, then match is none and no unrelated course (Python, Linux, data, web) is offered`, () => {
      const { match, items } = r.recommendation(profile, lang);
      expect(match).to.equal('none');
      expect(items.length).to.be.within(3, 5);
      for (const item of items) {
        expect(item.kind === 'support' || item.kind === 'search' || servesAnyJob(item), `${item.id} (${item.topics.join(',')})`).to.equal(true);
        expect(item.topics.some((t) => ['programming', 'data', 'web-development'].includes(t)), item.id).to.equal(false);
        expect(codes(item.reasons), item.id).to.include(item.kind === 'search' ? 'agency-search' : 'any-job');
      }
    });
  }

  it('when a person wants to work in sales (D), then a course for sales comes with the field reason (good)', () => {
    const { match, items } = r.recommendation({ ...base, field: 'D' }, 'fr');
    expect(match).to.equal('good');
    expect(items.some((i) => i.fields.includes('D') && codes(i.reasons).includes('field'))).to.equal(true);
  });
});

describe("The agency's own training search (kind search)", function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let search: Record<string, any>;
  let languages: string[];
  before(() => {
    languages = languagesOf(path.join(ROOT, 'locales'));
    kb = loadKnowledge(path.join(ROOT, 'knowledge'), languages);
    search = JSON.parse(fs.readFileSync(path.join(ROOT, 'knowledge/search.json'), 'utf8')).languages;
  });

  it('when nothing online fits a field in France, then the agency search for that field comes first, with its URL', () => {
    const r = new Recommender(kb, languages, search);
    const { match, items } = r.recommendation({ ...base, field: 'A', region: 'FR' }, 'fr');
    expect(match).to.equal('none');
    expect(items[0]).to.include({ id: 'search-france-travail-a', kind: 'search' });
    expect(items[0].fields).to.deep.equal(['A']);
    expect(codes(items[0].reasons)).to.deep.equal(['agency-search']);
    expect(r.agencySearch('search-france-travail-a')?.url).to.equal('https://candidat.francetravail.fr/formations/recherche?quoi=agriculture%20espaces%20verts');
  });

  it('when courses in their language fit the field, then the search comes last and only if there is room; "show me more" does not repeat it', () => {
    const r = new Recommender(kb, languages, search);
    const first = r.recommendation({ ...base, field: 'J', region: 'FR' }, 'fr', { limit: 5 });
    expect(first.items.some((i) => i.kind === 'course' && i.fields.includes('J') && i.languages.includes('fr'))).to.equal(true);
    const at = first.items.findIndex((i) => i.kind === 'search');
    if (at >= 0) expect(at).to.equal(first.items.length - 1);
    const more = r.recommendation({ ...base, field: 'J', region: 'FR' }, 'fr', { exclude: new Set(first.items.map((i) => i.id)) });
    expect(more.items.some((i) => i.kind === 'search' && first.items.some((f) => f.id === i.id))).to.equal(false);
  });

  // a forklift driver in Lyon was offered an English forklift course, France Travail's own search only under "more"
  it('when no course for the field is in a language they read, then the agency\'s search comes first after the places', () => {
    const r = new Recommender(kb, languages, search);
    for (const field of ['N', 'D'] as const) {
      const { items } = r.recommendation({ ...base, field, region: 'FR' }, 'fr', { limit: 5 });
      const fitting = items.filter((i) => i.kind === 'course' && i.fields.includes(field) && i.languages.includes('fr'));
      if (fitting.length > 0) continue;
      const at = items.findIndex((i) => i.kind === 'search');
      expect(at, `${field}: ${items.map((i) => i.id).join(' ')}`).to.equal(items.findIndex((i) => i.kind !== 'support'));
    }
  });

  it('when the agency publishes no training search, then an agency serving the region gives its own; an unknown field gives no search', () => {
    // Actiris has no catalogue of its own: its Brussels jobseekers are offered Bruxelles Formation's
    const actiris = new Recommender(kb, languages, search, 'actiris');
    expect(actiris.recommendation({ ...base, field: 'A', region: 'BE-BRU' }, 'fr').items.some((i) => i.id === 'search-bruxelles-formation-a')).to.equal(true);
    const anyRegion = new Recommender(kb, languages, search);
    expect(anyRegion.agencySearch('search-france-travail-z')).to.equal(undefined);
    expect(anyRegion.agencySearch('search-actiris-a')).to.equal(undefined);
    // ADEM has no search of its own: the national portal it points to is named, not ADEM
    expect(anyRegion.searchAgency('search-adem-a')).to.equal('lifelong-learning.lu');
  });

  // found by a tester: only France Travail's search was offered; a jobseeker of Brussels, Wallonia, Flanders or Luxembourg
  // whose field the catalogue covers badly got no lead to their agency's own offer
  for (const [agency, region, lang, url] of [
    ['bruxelles-formation', 'BE-BRU', 'fr', 'https://www.bruxellesformation.brussels/catalogue-dorifor/'],
    ['forem', 'BE-WAL', 'fr', 'https://www.leforem.be/catalogue-des-formations/formations/'],
    ['vdab', 'BE-VLG', 'nl', 'https://www.vdab.be/opleidingen'],
    ['adem', 'LU', 'fr', 'https://www.lifelong-learning.lu/'],
  ] as const) {
    it(`when nothing online fits a field in ${region}, then ${agency}'s training catalogue comes first (the catalogue's page, no keywords)`, () => {
      for (const own of [agency, undefined]) {
        const r = new Recommender(kb, languages, search, own);
        const { match, items } = r.recommendation({ ...base, field: 'A', region }, lang);
        expect(match, `${own}`).to.equal('none');
        expect(items[0], `${own}: ${items.map((i) => i.id).join(' ')}`).to.include({ id: `search-${agency}-a`, kind: 'search' });
        expect(r.agencySearch(`search-${agency}-a`)?.url).to.equal(url);
      }
    });
  }

  it('when the deployment is the ADG (no search of its own), then a person in Wallonia gets the Forem\'s catalogue', () => {
    const r = new Recommender(kb, languages, search, 'adg');
    expect(r.recommendation({ ...base, field: 'A', region: 'BE-WAL' }, 'de').items.some((i) => i.id === 'search-forem-a')).to.equal(true);
  });
});
