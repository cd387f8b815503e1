import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { loadKnowledge } from '../../bot/adapters/knowledgeFiles';
import { knowledgeForImports, ROOT, runImporter, type ImporterRun } from './importerRun';
import { writeLheoFile } from './lheoFile';

const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'catalogues');
const FIXTURE_LANGUAGES = ['de', 'en', 'es', 'fr'];

interface Written { courses: Array<Record<string, unknown> & { id: string }> }

describe('import-catalogue with offer formats (child process)', function () {
  this.timeout(120000);
  let dir: string;
  let knowledge: string;
  let target: string;
  beforeEach(() => ({ dir, knowledge, target } = knowledgeForImports()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (file: string, ...extra: string[]): ImporterRun =>
    runImporter(['--agency', 'example-agency', '--knowledge-dir', knowledge, ...extra, file]);
  const written = (): Written => JSON.parse(fs.readFileSync(target, 'utf8')) as Written;
  const course = (id: string): Record<string, unknown> => {
    const found = written().courses.find((c) => c.id === id);
    expect(found, `course ${id} in ${written().courses.map((c) => c.id).join(', ')}`).not.to.equal(undefined);
    return found as Record<string, unknown>;
  };
  const today = new Date().toISOString().slice(0, 10);

  describe('LHEO 2.3', () => {
    it('when a distance offer has every mapped element, then each becomes its course field', () => {
      const result = run(path.join(SAMPLES, 'lheo-sample.xml'));
      expect(result.stdout).to.match(/^Catalogue of agency "example-agency" from .*lheo-sample\.xml \(LHEO\)$/m);
      expect(course('example-agency-f-dev-01-a-dev-01-dist')).to.deep.equal({
        id: 'example-agency-f-dev-01-a-dev-01-dist',
        provider: 'Exemple Numérique Formation',
        url: 'https://formation.example.org/dev-web',
        topics: ['programming', 'web-development'], // FORMACODE 31088 PROGRAMMATION, 30867 LANGAGE JAVASCRIPT
        fields: ['M'], // code-ROME M1805
        level: 'intermediate', // code-niveau-entree 13 = EQF 3
        minEqfLevel: 3,
        digitalSkillsRequired: 'autonomous', // modalites-enseignement 2: entirely distance
        equipment: 'computer-and-internet',
        durationHours: 400, // nombre-heures-total
        taughtIn: ['fr', 'en'], // langue-formation fr, EN
        certification: { kind: 'state-recognised', name: 'RNCP31114' }, // code-RNCP 31114
        cost: { default: 'free' }, // prix-total-TTC 0
        regions: ['FR'],
        title: { fr: 'Développeur web et web mobile' },
        summary: { fr: 'Concevoir et développer des applications web & mobiles accessibles. Maquetter une application, réaliser une interface utilisateur web statique et adaptable, développer une interface dynamique, réaliser une interface avec une solution de gestion de contenu.' },
        source: {
          url: 'https://formation.example.org/dev-web', checked: today, verified: false,
          note: 'imported from the LHEO file lheo-sample.xml (formation[1] (numero "F-DEV-01") action[1] (numero "A-DEV-01-DIST")); not read on the provider\'s page',
        },
      });
    });

    it('when a mixed offer uses an old level key, a price with a comma and an RS code, then they map too', () => {
      run(path.join(SAMPLES, 'lheo-sample.xml'));
      const care = course('example-agency-f-care-02-a-care-02');
      expect(care).to.include({ provider: 'Institut Exemple de Soins', url: 'https://www.example.org/aide-soignant', level: 'intermediate', minEqfLevel: 3 });
      expect(care).to.include({ digitalSkillsRequired: 'with-help', durationHours: null }); // modalites-enseignement 1; no nombre-heures-total
      expect(care.topics).to.deep.equal(['basic-skills']); // a trade offer: matched by its field
      expect(care.fields).to.deep.equal(['J']); // code-ROME J1501
      expect(care.taughtIn).to.deep.equal(['fr']); // no langue-formation: French assumed, and noted
      expect(care.certification).to.deep.equal({ kind: 'state-recognised', name: 'RS5080' });
      expect(care.cost).to.deep.equal({ default: 'paid', note: 'total price 1250.5 € incl. VAT (prix-total-TTC); funding of the costs possible (prise-en-charge-frais-possible)' });
      expect((care.source as { note: string }).note).to.contain('langue-formation absent: French assumed').and.contain('https assumed');
      const english = course('example-agency-f-lang-05-a1'); // an action without numero is named by its position
      expect(english).to.include({ level: 'beginner', minEqfLevel: 0 });
      expect(english).to.deep.include({ topics: ['languages'], taughtIn: ['en'], teaches: ['en'], certification: { kind: 'attestation' } });
      expect(english).not.to.have.property('fields'); // a language serves any job
    });

    it('when offers are on site or about nothing we recommend, then they are skipped and counted, not rejected', () => {
      const result = run(path.join(SAMPLES, 'lheo-sample.xml'));
      expect(result.stdout).to.contain('offers read: 6\naccepted: 3\nrejected: 1\nskipped: 2 (1 on site, 1 no topic nor job field of ours)\n');
      expect(result.stdout).to.match(/^took: \d+\.\d s, \d+ offers\/s$/m);
      const ids = written().courses.map((c) => c.id);
      expect(ids).not.to.include('example-agency-f-dev-01-a-dev-01-site');
      expect(ids.some((id) => id.includes('f-math-04'))).to.equal(false);
      expect(result.stderr).to.equal(`import-catalogue: read 6 offers (${fs.statSync(path.join(SAMPLES, 'lheo-sample.xml')).size} bytes)\n`);
    });

    it('when an offer is wrong, then the report names the file, the entry, the element and why, and exits 1', () => {
      const result = run(path.join(SAMPLES, 'lheo-sample.xml'));
      expect(result.status).to.equal(1);
      const entry = 'line 129: formation[3] (numero "F-BAD-03") action[1] (numero "A-BAD-03") (id "example-agency-f-bad-03-a-bad-03")';
      expect(result.stdout).to.contain(`${entry}: element "code-niveau-entree" is "9": not a key of dict-niveaux (0–8, 11–18)`);
      expect(result.stdout).to.contain(`${entry}: element "nombre-heures-total" is "environ 35": expected a whole number of hours above 0`);
      expect(result.stdout).to.contain(`${entry}: element "prix-total-TTC" is "sur devis": expected an amount in euros`);
      expect(result.stdout).to.contain(`${entry}: element "url-formation (course url)" must be an https URL (https://host/path, no spaces), got "http://bureau.example.org/offre"`);
      expect(loadKnowledge(knowledge, FIXTURE_LANGUAGES).courses.map((c) => c.id)).to.include('example-agency-f-dev-01-a-dev-01-dist');
    });

    it('when the file holds 10,000 offers, then it streams them, skips the on-site ones, and reports time and memory', async () => {
      const file = path.join(dir, 'offers.xml');
      const made = await writeLheoFile(file, 10000);
      const result = run(file);
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stdout).to.contain(`offers read: 10000\naccepted: ${made.online}\nrejected: 0\nskipped: ${made.onSite} (${made.onSite} on site)\n`);
      expect(result.stdout).to.match(/^took: \d+\.\d s, \d+ offers\/s$/m);
      expect(written().courses).to.have.length(made.online);
      expect(loadKnowledge(knowledge, FIXTURE_LANGUAGES).courses.length).to.be.above(made.online);
      // Measured on the 2-core build machine: about 250 MB at 10,000 offers, 460 MB at 100,000 (test/cli/importScale.ts).
      expect(result.maxRssMb).to.be.below(400);
    });

    it('when the XML is broken or not LHEO, then it says where or what, and exits 2 without writing', () => {
      const before = fs.readFileSync(target, 'utf8');
      const broken = path.join(dir, 'broken.xml');
      fs.writeFileSync(broken, '<?xml version="1.0"?>\n<lheo><offres>\n<formation numero="1"><intitule-formation>x</formation>\n</offres></lheo>\n');
      const result = run(broken);
      expect(result.status).to.equal(2);
      expect(result.stderr).to.match(/broken\.xml: 3:\d+: unexpected close tag/); // line 3: </formation> closes <intitule-formation>
      const other = path.join(dir, 'other.xml');
      fs.writeFileSync(other, '<?xml version="1.0"?><!-- a feed --><rss version="2.0"></rss>');
      expect(run(other).stderr).to.contain('other.xml: XML whose root is <rss>, not an LHEO file (<lheo>)');
      expect(fs.readFileSync(target, 'utf8')).to.equal(before);
    });

    it('when an LHEO file is named .csv or is in ISO-8859-1, then it is still read as LHEO', () => {
      const renamed = path.join(dir, 'export.csv');
      fs.copyFileSync(path.join(SAMPLES, 'lheo-sample.xml'), renamed);
      expect(run(renamed, '--dry-run').stdout).to.contain('(LHEO)\noffers read: 6\n');
      const latin1 = path.join(dir, 'latin1.xml');
      const text = fs.readFileSync(path.join(SAMPLES, 'lheo-sample.xml'), 'utf8').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
      fs.writeFileSync(latin1, Buffer.from(text, 'latin1'));
      run(latin1);
      expect((course('example-agency-f-dev-01-a-dev-01-dist').title as { fr: string }).fr).to.equal('Développeur web et web mobile');
    });
  });

  describe('schema.org Course / CourseInstance JSON-LD', () => {
    const sample = path.join(SAMPLES, 'jsonld-sample.json');

    it('when an online Course has every mapped property, then each becomes its course field', () => {
      run(sample);
      expect(course('example-agency-excel-01')).to.deep.equal({
        id: 'example-agency-excel-01', // courseCode
        provider: 'Académie Exemple', // provider.name
        url: 'https://academie.example.org/cours/excel-emploi',
        topics: ['office'], // about: DefinedTerm FORMACODE 30979 LOGICIEL EXCEL
        fields: ['M'], // FORMACODE semantic field 309
        level: 'beginner', // educationalLevel Beginner
        minEqfLevel: 0,
        digitalSkillsRequired: 'autonomous', // an instance with courseMode online
        equipment: 'computer-and-internet',
        durationHours: 12.5, // courseWorkload PT12H30M
        taughtIn: ['fr', 'en'], // availableLanguage "French", Language { alternateName "en" }
        certification: { kind: 'state-recognised', name: 'Certification bureautique (RS5252)' }, // educationalCredentialAwarded
        cost: { default: 'free' }, // offers category Free, price 0
        title: { fr: "Excel pour l'emploi", en: 'Excel for work' }, // name as @language value objects
        summary: { fr: 'Tableaux, formules et graphiques pour le travail de bureau.', en: 'Tables, formulas and charts for office work.' },
        source: {
          url: 'https://academie.example.org/cours/excel-emploi', checked: today, verified: false,
          note: 'imported from the schema.org JSON-LD file jsonld-sample.json (@graph[1] (@id "https://academie.example.org/cours/excel-emploi")); topics read from its words; not read on the provider\'s page',
        },
      });
    });

    it('when a Course is blended, has a ROME code, one language and a price, then they map too', () => {
      run(sample);
      const sales = course('example-agency-vendeur-conseil'); // no courseCode: the URL's last segment
      expect(sales).to.include({ digitalSkillsRequired: 'with-help', level: 'intermediate', durationHours: null }); // courseMode blended; P3W is not hours
      expect(sales).to.deep.include({ topics: ['basic-skills'], fields: ['D'], taughtIn: ['fr'] }); // ROME D1106; inLanguage fr-BE
      expect(sales).to.deep.include({ certification: { kind: 'certificate-of-achievement', name: 'Attestation de suivi' } });
      expect(sales).to.deep.include({ cost: { default: 'paid', note: 'price 150 EUR (schema.org offers)' }, title: { fr: 'Vendeur conseil en magasin' } });
    });

    it('when Courses are on site, say no mode, or are about nothing we recommend, then they are skipped and counted', () => {
      const result = run(sample);
      expect(result.stdout).to.contain('(schema.org JSON-LD)\noffers read: 6\naccepted: 2\nrejected: 1\n'
        + 'skipped: 3 (1 on site, 1 mode not said to be online, 1 no topic nor job field of ours)\n');
      expect(result.stdout).to.match(/^took: \d+\.\d s/m);
      expect(written().courses.map((c) => c.id)).to.deep.equal(['example-agency-excel-01', 'example-agency-vendeur-conseil']);
    });

    it('when a Course is wrong, then the report names the file, the entry, the property and why, and exits 1', () => {
      const result = run(sample);
      expect(result.status).to.equal(1);
      const entry = '@graph[5] (@id "https://academie.example.org/cours/python-express") (id "example-agency-python-express")';
      expect(result.stdout).to.contain(`${entry}: field "availableLanguage" is "Klingon": not a language code or name we know`);
      expect(result.stdout).to.contain(`${entry}: field "educationalLevel" is "Guru": expected Beginner, Intermediate or Advanced`);
      expect(result.stdout).to.contain(`${entry}: field "courseWorkload" is "twelve hours": expected an ISO 8601 duration such as PT22H`);
      expect(result.stdout).to.contain(`${entry}: field "description" is missing`);
      expect(result.stdout).to.contain(`${entry}: field "url" must be an https URL (https://host/path, no spaces), got "http://academie.example.org/cours/python-express"`);
      expect(loadKnowledge(knowledge, FIXTURE_LANGUAGES).courses.map((c) => c.id)).to.include('example-agency-excel-01');
    });

    it('when the JSON-LD is a single Course or a list, in a file named .txt, then it is still detected', () => {
      const graph = JSON.parse(fs.readFileSync(sample, 'utf8')) as { '@graph': unknown[] };
      const single = path.join(dir, 'course.txt');
      fs.writeFileSync(single, JSON.stringify({ '@context': 'https://schema.org', ...(graph['@graph'][1] as object) }));
      expect(run(single, '--dry-run').stdout).to.contain('(schema.org JSON-LD)\noffers read: 1\naccepted: 1\n');
      const listed = path.join(dir, 'courses.txt');
      fs.writeFileSync(listed, JSON.stringify(graph['@graph'].slice(1, 3)));
      expect(run(listed, '--dry-run').stdout).to.contain('(schema.org JSON-LD)\noffers read: 2\naccepted: 2\n');
      const neither = path.join(dir, 'other.json');
      fs.writeFileSync(neither, JSON.stringify({ courses: [] }));
      const result = run(neither);
      expect(result.status).to.equal(2);
      expect(result.stderr).to.contain('other.json: JSON, but neither schema.org JSON-LD (@context, @type Course) nor a Richie course API answer ({ meta, objects })');
    });
  });

  describe('Richie course API (FUN MOOC)', () => {
    const sample = path.join(SAMPLES, 'richie-sample.json');

    it('when a course has every mapped key, then each becomes its course field, its URL on FUN MOOC', () => {
      run(sample);
      expect(course('example-agency-101')).to.deep.equal({
        id: 'example-agency-101', // id
        provider: 'Université Exemple', // organization_highlighted
        url: 'https://www.fun-mooc.fr/fr/cours/python-pour-debuter/', // absolute_url joined to FUN MOOC
        topics: ['programming'], // "Programmer" in the title
        fields: ['M'], // the README's convention for programming
        level: 'beginner',
        minEqfLevel: 0,
        digitalSkillsRequired: 'autonomous', // a MOOC
        equipment: 'computer-and-internet',
        durationHours: 35, // effort "35 heures"
        taughtIn: ['fr'], // course_runs[].languages
        certification: { kind: 'certificate-of-achievement', name: 'certificate (paid)' }, // certificate_offer
        cost: { default: 'free' }, // offer free
        title: { fr: 'Programmer en Python pour débuter' },
        summary: { fr: 'Apprendre la programmation avec Python, pas à pas, sans prérequis.' }, // introduction without HTML
        source: {
          url: 'https://www.fun-mooc.fr/fr/cours/python-pour-debuter/', checked: today, verified: false,
          note: 'imported from the Richie course API file richie-sample.json (objects[0] (id "101")); topics read from its title; not read on the course page',
        },
      });
    });

    it('when texts are per language, runs have several languages, effort is in minutes and the offer partly free, then they map too', () => {
      run(sample);
      const data = course('example-agency-102');
      expect(data).to.deep.include({ title: { en: 'Data analysis', fr: 'Analyse de données' }, taughtIn: ['en', 'fr'], topics: ['data'] });
      expect(data).to.deep.include({ url: 'https://mooc.example.org/en/courses/data-analysis/', durationHours: 1.5, certification: { kind: 'unknown' } });
      expect(data.cost).to.deep.equal({ default: 'paid', note: 'Richie offer "partially_free", price 49 EUR' });
      expect((data.summary as Record<string, string>).en).to.equal('Clean, explore and chart data with a spreadsheet and Python.');
    });

    it('when a course is about nothing we recommend, then it is skipped; when it is empty, rejected by key and why', () => {
      const result = run(sample);
      expect(result.status).to.equal(1);
      expect(result.stdout).to.contain('(Richie course API)\noffers read: 4\naccepted: 2\nrejected: 1\nskipped: 1 (1 no topic nor job field of ours)\n');
      const entry = 'objects[3] (id "104") (id "example-agency-104")';
      expect(result.stdout).to.contain(`${entry}: field "course_runs[].languages" is empty: no run says its language`);
      expect(result.stdout).to.contain(`${entry}: field "introduction" is empty`);
      expect(result.stdout).to.contain(`${entry}: field "organization_highlighted" is empty`);
      expect(written().courses.map((c) => c.id)).to.deep.equal(['example-agency-101', 'example-agency-102']);
    });

    it('when another Richie site is imported, then --base-url is joined to its relative URLs; a plain http one is refused', () => {
      run(sample, '--base-url', 'https://lms.example.org/');
      expect(course('example-agency-101').url).to.equal('https://lms.example.org/fr/cours/python-pour-debuter/');
      const refused = run(sample, '--base-url', 'http://lms.example.org');
      expect(refused.status).to.equal(2);
      expect(refused.stderr).to.contain('--base-url must be an https URL');
    });

    it('when the answer is saved under another name, then it is detected by its { meta, objects }', () => {
      const renamed = path.join(dir, 'courses-page-1.dat');
      fs.copyFileSync(sample, renamed);
      expect(run(renamed, '--dry-run').stdout).to.contain('(Richie course API)\noffers read: 4\n');
    });
  });
});
