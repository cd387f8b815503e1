import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { defaultSchemaDir, languagesOf, loadKnowledge } from '../bot/adapters/knowledgeFiles';
import { KnowledgeError } from '../bot/domain/knowledge/knowledgeError';
import type { KnowledgeBase } from '../bot/domain/knowledge/types';
import { DIGITAL_SKILLS, EQUIPMENT, FIELDS, REGIONS } from '../bot/domain/profile/profile';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures', 'knowledge');
const KNOWLEDGE = path.join(ROOT, 'knowledge');
/** The languages served: the folders of locales/ (the four of the contract until they exist). */
const LANGUAGES = languagesOf(path.join(ROOT, 'locales')).length > 0 ? languagesOf(path.join(ROOT, 'locales')) : ['de', 'en', 'es', 'fr'];

describe('loadKnowledge', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-'));
    fs.cpSync(FIXTURES, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when the files are valid, then it loads the five files and the agency catalogues', () => {
    const kb = loadKnowledge(dir, ['de', 'en', 'es', 'fr']);
    expect(kb.courses.map((c) => c.id)).to.deep.equal(['fx-python-basics', 'fx-office-start', 'fx-agency-cv-workshop']);
  });

  it('when files are absent, malformed or invalid, then one error names each file, malformed JSON by line and column', () => {
    fs.rmSync(path.join(dir, 'qualifications.json'));
    fs.writeFileSync(path.join(dir, 'topics.json'), '{\n  "topics": [\n    { "id": "x", }\n  ]\n}\n');
    const support = JSON.parse(fs.readFileSync(path.join(dir, 'support.json'), 'utf8'));
    support.support[0].url = 'ftp://example.org';
    fs.writeFileSync(path.join(dir, 'support.json'), JSON.stringify(support));
    const lines = problemLines(dir);
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(new RegExp(`^ - ${escape(path.join(dir, 'topics.json'))}: is not valid JSON: line 3, column 18: Expected double-quoted property name$`));
    expect(lines[1]).to.equal(` - ${path.join(dir, 'qualifications.json')}: does not exist`);
    expect(lines[2]).to.contain(`${path.join(dir, 'support.json')}: support[0] (id "fx-digital-space"): field "url" must be an https URL`);
  });

  it('when a course names a trade the trades file does not list, or one of a field it is not for, or the trades file is broken, then start-up stops naming each', () => {
    const courses = JSON.parse(fs.readFileSync(path.join(dir, 'courses.json'), 'utf8'));
    courses.courses[0].fields = ['K'];
    courses.courses[0].trades = ['security', 'nursing'];
    courses.courses[1].fields = ['M'];
    courses.courses[1].trades = ['security'];
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    fs.mkdirSync(path.join(dir, 'occupations'));
    const trades = { trades: { security: { field: 'K', stems: { fr: ['sécurité'] } } } };
    fs.writeFileSync(path.join(dir, 'occupations', 'trades.json'), JSON.stringify(trades));
    expect(problemLines(dir)).to.deep.equal([
      ` - ${path.join(dir, 'courses.json')}: courses[0] (id "fx-python-basics"): field "trades[1]" trade "nursing" is not in ${path.join(dir, 'occupations', 'trades.json')}`,
      ` - ${path.join(dir, 'courses.json')}: courses[1] (id "fx-office-start"): field "trades[0]" trade "security" is a trade of field K, which is not among the course's fields`,
    ]);
    fs.writeFileSync(path.join(dir, 'occupations', 'trades.json'), JSON.stringify({ trades: { security: { field: 'Z', stems: {} } } }));
    expect(problemLines(dir)[0]).to.contain(`${path.join(dir, 'occupations', 'trades.json')}: /trades/security/field must be equal to one of the allowed values`);
  });

  // found chatting as jobseekers: the pastry MOOC named the cooks' trade of G only, and never reached a pâtissier (D)
  it('when a course names a trade filed under several fields (otherFields) but lists only some of them, then start-up stops naming the fields missing', () => {
    const courses = JSON.parse(fs.readFileSync(path.join(dir, 'courses.json'), 'utf8'));
    courses.courses[0].fields = ['G'];
    courses.courses[0].trades = ['pastry-baking'];
    courses.courses[1].fields = ['D', 'G'];
    courses.courses[1].trades = ['pastry-baking'];
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    fs.mkdirSync(path.join(dir, 'occupations'));
    const trades = { trades: { 'pastry-baking': { field: 'D', otherFields: ['G'], stems: { fr: ['pâtiss'] } } } };
    fs.writeFileSync(path.join(dir, 'occupations', 'trades.json'), JSON.stringify(trades));
    expect(problemLines(dir)).to.deep.equal([
      ` - ${path.join(dir, 'courses.json')}: courses[0] (id "fx-python-basics"): field "trades[0]" trade "pastry-baking" is a trade of fields D, G: D not among the course's fields`,
    ]);
    fs.writeFileSync(path.join(dir, 'occupations', 'trades.json'), JSON.stringify({ trades: { 'pastry-baking': { field: 'D', otherFields: ['Z'], stems: {} } } }));
    expect(problemLines(dir)[0]).to.contain(`${path.join(dir, 'occupations', 'trades.json')}: /trades/pastry-baking/otherFields/0 must be equal to one of the allowed values`);
  });

  it('when a course names a licence category that does not exist, then start-up stops naming the file, the entry and the field', () => {
    const courses = JSON.parse(fs.readFileSync(path.join(dir, 'courses.json'), 'utf8'));
    courses.courses[0].licences = ['B'];
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    expect(loadKnowledge(dir, ['de', 'en', 'es', 'fr']).courses[0].licences).to.deep.equal(['B']);
    courses.courses[0].licences = ['B', 'bus'];
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    expect(problemLines(dir).join('\n')).to.contain(`${path.join(dir, 'courses.json')}: courses[0] (id "fx-python-basics"): field "licences[1]" must be one of`).and.to.contain('got "bus"');
  });

  it('when a course is tied to countries that are not two-letter upper-case codes, or to none, then start-up stops naming the file, the entry and the field', () => {
    const courses = JSON.parse(fs.readFileSync(path.join(dir, 'courses.json'), 'utf8'));
    courses.courses[0].countries = ['DE', 'AT'];
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    expect(loadKnowledge(dir, ['de', 'en', 'es', 'fr']).courses[0].countries).to.deep.equal(['DE', 'AT']);
    courses.courses[0].countries = ['DE', 'Germany'];
    courses.courses[1].countries = [];
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    expect(problemLines(dir)).to.deep.equal([
      ` - ${path.join(dir, 'courses.json')}: courses[0] (id "fx-python-basics"): field "countries[1]" must be a two-letter country code (ISO 3166-1 alpha-2, upper case) such as "DE", got "Germany"`,
      ` - ${path.join(dir, 'courses.json')}: courses[1] (id "fx-office-start"): field "countries" must be a list of at least 1 item, got an empty list`,
    ]);
  });
});

/**
 * Every course and support entry says where its facts come from (issue 8): a missing source stops start-up, and the
 * shipped entries each carry an https address, the date checked, whether the owner's page was read, and a note.
 */
describe('sources of courses and support entries', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-'));
    fs.cpSync(FIXTURES, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when a course or a support entry has no source, then loading refuses it and names the entry', () => {
    const courses = JSON.parse(fs.readFileSync(path.join(dir, 'courses.json'), 'utf8'));
    delete courses.courses[0].source;
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    const support = JSON.parse(fs.readFileSync(path.join(dir, 'support.json'), 'utf8'));
    delete support.support[0].source.url;
    fs.writeFileSync(path.join(dir, 'support.json'), JSON.stringify(support));
    const lines = problemLines(dir);
    expect(lines.some((l) => l.includes('courses[0] (id "fx-python-basics"): field "source" is missing')), lines.join('\n')).to.equal(true);
    expect(lines.some((l) => l.includes('support[0] (id "fx-digital-space"): field "source.url" is missing')), lines.join('\n')).to.equal(true);
  });

  it('when the shipped knowledge is read, then every course and support entry has a source with url, checked, verified and a note', () => {
    const read = (name: string, key: string): Array<{ id: string; source?: Record<string, unknown> }> => JSON.parse(fs.readFileSync(path.join(KNOWLEDGE, name), 'utf8'))[key];
    const entries = [...read('courses.json', 'courses'), ...read('support.json', 'support')];
    const lacking = entries.filter(({ source }) => !source || !/^https?:\/\//.test(String(source.url ?? '')) || !/^\d{4}-\d{2}-\d{2}$/.test(String(source.checked ?? ''))
      || typeof source.verified !== 'boolean' || typeof source.note !== 'string' || source.note.trim().length < 20).map((e) => e.id);
    expect(lacking).to.deep.equal([]);
  });
});

describe('knowledge/schema', () => {
  it('keeps the value sets of profile.ts that the validator substitutes at start-up (editors read the file as is)', () => {
    const defs = JSON.parse(fs.readFileSync(path.join(defaultSchemaDir(), 'common.schema.json'), 'utf8')).$defs;
    expect(defs.region.enum).to.deep.equal([...REGIONS]);
    expect(defs.digitalSkills.enum).to.deep.equal([...DIGITAL_SKILLS]);
    expect(defs.equipment.enum).to.deep.equal([...EQUIPMENT]);
    expect(defs.romeField.enum).to.deep.equal([...FIELDS]);
  });
});

describe(`the knowledge base in knowledge/ (languages ${LANGUAGES.join(', ')})`, () => {
  let kb: KnowledgeBase;
  before(() => {
    kb = loadKnowledge(KNOWLEDGE, LANGUAGES);
  });

  it('has at least 60 courses and 20 support services', () => {
    expect(kb.courses.length).to.be.at.least(60);
    expect(kb.support.length).to.be.at.least(20);
  });

  // The schema asks one language at least (real catalogues are not translated: see catalogueText.ts); the starter
  // catalogue keeps the four languages it was written in, so those readers never see the not-translated reason.
  it('gives every course and service of the starter catalogue a title and a summary in fr, en, es and de', () => {
    const gaps = [...kb.courses, ...kb.support].flatMap((c) => ['fr', 'en', 'es', 'de'].flatMap((lng) =>
      (['title', 'summary'] as const).filter((field) => !c[field][lng]?.trim()).map((field) => `${c.id}.${field}.${lng}`)));
    expect(gaps).to.deep.equal([]);
  });

  // the reply shows "label: value"; a label holding its value showed "France Travail by phone: 3949: 3949"
  it('gives every agency contact a label that does not repeat its value', () => {
    const repeated = kb.agencies.flatMap((a) => a.contacts.flatMap((c, i) => Object.entries(c.label)
      .filter(([, label]) => label.includes(c.value)).map(([lng]) => `${a.id}.contacts[${i}].label.${lng}`)));
    expect(repeated).to.deep.equal([]);
  });

  // the bot speaks to Spanish readers as "usted"; course summaries said "tú" ("a tu ritmo") beside it (titles are the
  // courses' own names, some in the imperative, and are left as they are)
  it('writes the Spanish summaries of courses and services with usted, as the bot\'s own texts', () => {
    // "tu ritmo", "tus cualidades", and an imperative opening a sentence ("Aprende a…"; "se aprende" is impersonal)
    const pronoun = /(?<!\p{L})(tú|tu|tus|te|ti|contigo)(?!\p{L})/iu;
    const imperative = /(^|[.:;!?]\s+)(aprende|construye|define|conoce|crea|usa|empieza|descubre)(?!\p{L})/iu;
    const found = [...kb.courses, ...kb.support].filter((c) => pronoun.test(c.summary.es ?? '') || imperative.test(c.summary.es ?? ''))
      .map((c) => `${c.id}: ${c.summary.es}`);
    expect(found).to.deep.equal([]);
  });

  // a Dutch reader of a Dutch-language site was shown its title in French (the first text written)
  it('gives every course a title and a summary in each served language it is taught in', () => {
    const gaps = kb.courses.flatMap((c) => c.taughtIn.filter((lng) => LANGUAGES.includes(lng)).flatMap((lng) =>
      (['title', 'summary'] as const).filter((field) => !c[field][lng]?.trim()).map((field) => `${c.id}.${field}.${lng}`)));
    expect(gaps).to.deep.equal([]);
  });

  // a language course's reason names the languages it teaches (issue 8): each needs a name in every locale
  it('names every language a course teaches in every locale (recommend:languageName)', () => {
    const missing = LANGUAGES.flatMap((lng) => {
      const names = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lng, 'recommend.json'), 'utf8')).languageName ?? {};
      return [...new Set(kb.courses.flatMap((c) => c.teaches ?? []))].filter((code) => !names[code]).map((code) => `${lng}: ${code}`);
    });
    expect(missing).to.deep.equal([]);
  });

  // found by a tester: Pix was both a support service saying "the certificate costs money for adults" and a course saying
  // "free · recognised certificate", and the course came in Brussels, Wallonia and Luxembourg, where its certificate
  // (registered in France, RS5875) is not recognised
  it('has Pix once, tied to France, saying in every language it is written in that its certificate is paid for adults', () => {
    const pix = [...kb.courses, ...kb.support].filter((x) => new URL(x.url).host.replace(/^www\./, '') === 'pix.fr');
    expect(pix.map((x) => x.id)).to.deep.equal(['pix-competences-numeriques']);
    const course = kb.courses.find((c) => c.id === 'pix-competences-numeriques')!;
    expect(course.countries).to.deep.equal(['FR']);
    expect(course.certification.kind).to.equal('state-recognised');
    const paid: Record<string, RegExp> = { fr: /payante pour les adultes/, en: /costs money for adults/, es: /de pago para los adultos/, de: /für Erwachsene kostenpflichtig/, nl: /betalend voor volwassenen/ };
    for (const [lng, said] of Object.entries(paid)) expect(course.summary[lng], lng).to.match(said);
  });

  it('uses every topic of topics.json in at least one course', () => {
    const used = new Set(kb.courses.flatMap((c) => c.topics));
    expect(kb.topics.map((t) => t.id).filter((id) => !used.has(id))).to.deep.equal([]);
  });
});

/** The problems `loadKnowledge` reports for `dir`, one line each (it must refuse the directory with a KnowledgeError). */
function problemLines(dir: string): string[] {
  try {
    loadKnowledge(dir, ['de', 'en', 'es', 'fr']);
  } catch (err) {
    expect(err).to.be.instanceOf(KnowledgeError);
    return (err as Error).message.split('\n').slice(1);
  }
  return expect.fail('expected a KnowledgeError');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The Spanish texts speak to the person as "usted", as the es locale does (found by a tester: "si apruebas", "elige",
 * "protegerte" beside "elija", "escriba"). Every "es" string of the knowledge files and every text of locales/es.
 */
describe('Spanish texts use one register (usted)', () => {
  // "tú" words anywhere; imperatives of "tú" where a title starts ("Aprende a…": "empieza por lo básico" is "it starts")
  const TU = /(?<![\p{L}])(apruebas|elige|protegerte|tu|tus|puedes|tienes|quieres|necesitas)(?![\p{L}])/iu;
  const TITLE_TU = /^(aprende|crea|usa|empieza|gestiona|aumenta|diseña|desarrolla)(?![\p{L}])/iu;
  const strings = (value: unknown, key = ''): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${key}[${i}]`));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
    return [];
  };
  it('when the knowledge files and the es locale are read, then no text says "tú"', () => {
    const found: string[] = [];
    for (const file of ['courses.json', 'support.json', 'agencies.json']) {
      const json = JSON.parse(fs.readFileSync(path.join(KNOWLEDGE, file), 'utf8'));
      for (const [key, text] of strings(json)) {
        if (/(^|\.)es$/.test(key) && (TU.test(text) || (/title\.es$/.test(key) && TITLE_TU.test(text)))) found.push(`${file} ${key}: ${text}`);
      }
    }
    const dir = path.join(ROOT, 'locales', 'es');
    for (const file of fs.readdirSync(dir)) {
      for (const [key, text] of strings(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')))) if (TU.test(text)) found.push(`locales/es/${file} ${key}: ${text}`);
    }
    expect(found).to.deep.equal([]);
  });
});

/** Found by a tester: a UX course was "about Grafikdesign", accounting courses "about Büro-Software". */
describe('Topic labels say what their courses are about', () => {
  const topics = JSON.parse(fs.readFileSync(path.join(KNOWLEDGE, 'topics.json'), 'utf8')).topics as Array<{ id: string; label: Record<string, string> }>;
  const label = (id: string) => topics.find((t) => t.id === id)!.label;
  it('when a topic holds UX design, then its label names UX in every language; office work names the work, not only software', () => {
    for (const [lang, text] of Object.entries(label('design'))) expect(text, lang).to.contain('UX');
    const office: Record<string, RegExp> = { fr: /travail de bureau/, en: /office work/i, es: /trabajo de oficina/, de: /Büroarbeit/, nl: /Kantoorwerk/, lb: /Büroaarbecht/ };
    for (const [lang, text] of Object.entries(label('office'))) expect(text, lang).to.match(office[lang]);
  });
});
