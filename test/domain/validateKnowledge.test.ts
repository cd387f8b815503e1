import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { readKnowledgeSchemas } from '../../bot/adapters/knowledgeFiles';
import { KnowledgeError } from '../../bot/domain/knowledge/knowledgeError';
import { validateKnowledge, type KnowledgeFile } from '../../bot/domain/knowledge/validateKnowledge';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'knowledge');
const LANGUAGES = ['de', 'en', 'es', 'fr'];
const schemas = readKnowledgeSchemas();
const NAMES = ['courses.json', 'support.json', 'agencies.json', 'topics.json', 'qualifications.json', 'catalogues/example-agency.json'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The fixture files, freshly parsed (so each test may damage its own copy), named as in production. */
function fixtureFiles(): Record<string, Json> {
  return Object.fromEntries(NAMES.map((name) => [name, JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'))]));
}

function asFiles(files: Record<string, Json>): KnowledgeFile[] {
  return Object.entries(files).map(([name, json]) => ({ fileName: `knowledge/${name}`, json }));
}

/** The problem lines of the KnowledgeError thrown once `damage` has been applied to the fixtures. */
function problemsAfter(damage: (files: Record<string, Json>) => void, languages = LANGUAGES): string[] {
  const files = fixtureFiles();
  damage(files);
  try {
    validateKnowledge(asFiles(files), languages, schemas);
  } catch (err) {
    expect(err).to.be.instanceOf(KnowledgeError);
    return (err as Error).message.split('\n').slice(1).map((line) => line.replace(/^ - /, ''));
  }
  throw new Error('expected a KnowledgeError');
}

describe('validateKnowledge', () => {
  it('when every file is valid, then it returns the knowledge base, agency catalogues after the main courses', () => {
    const kb = validateKnowledge(asFiles(fixtureFiles()), LANGUAGES, schemas);
    expect(kb.courses.map((c) => c.id)).to.deep.equal(['fx-python-basics', 'fx-office-start', 'fx-agency-cv-workshop']);
    expect([kb.support.length, kb.agencies.length, kb.topics.length, kb.qualifications.length]).to.deep.equal([1, 1, 4, 2]);
  });

  it('when the deployment serves fewer languages, then texts in other languages are still accepted', () => {
    expect(() => validateKnowledge(asFiles(fixtureFiles()), ['en', 'fr'], schemas)).not.to.throw();
  });

  it('when a required field is absent, then it names the file, the entry and the field', () => {
    expect(problemsAfter((f) => { delete f['courses.json'].courses[1].provider; }))
      .to.deep.equal(['knowledge/courses.json: courses[1] (id "fx-office-start"): field "provider" is missing']);
  });

  it('when a value is not in its enumeration, then it lists the allowed values and the value found', () => {
    expect(problemsAfter((f) => { f['courses.json'].courses[0].level = 'expert'; })).to.deep.equal([
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "level" must be one of "beginner", "intermediate", "advanced", got "expert"',
    ]);
  });

  it('when a course or service names ROME fields, then letters A to N are accepted and anything else is refused', () => {
    const files = fixtureFiles();
    files['courses.json'].courses[0].fields = ['M'];
    files['support.json'].support[0].fields = ['N', 'J'];
    expect(validateKnowledge(asFiles(files), LANGUAGES, schemas).courses[0].fields).to.deep.equal(['M']);
    const problems = problemsAfter((f) => { f['courses.json'].courses[0].fields = ['Z']; f['support.json'].support[0].fields = []; });
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^knowledge\/courses\.json: courses\[0\] \(id "fx-python-basics"\): field "fields\[0\]" must be one of "A", .*"N", got "Z"$/);
    expect(problems[1]).to.match(/^knowledge\/support\.json: support\[0\].*field "fields"/);
  });

  it('when a UI text lacks a language, then the missing language is named as a field', () => {
    expect(problemsAfter((f) => { delete f['topics.json'].topics[0].label.de; }))
      .to.deep.equal(['knowledge/topics.json: topics[0] (id "programming"): field "label.de" is missing']);
  });

  it('when a course or service has its title and summary in one language only, then it is accepted (shown in that language)', () => {
    const files = fixtureFiles();
    files['courses.json'].courses[0].title = { fr: 'Python pour débuter' };
    files['courses.json'].courses[0].summary = { en: 'Python from scratch.' };
    files['support.json'].support[0].title = { nl: 'Digitaal huis' };
    const kb = validateKnowledge(asFiles(files), LANGUAGES, schemas);
    expect(kb.courses[0].title).to.deep.equal({ fr: 'Python pour débuter' });
    expect(kb.support[0].title).to.deep.equal({ nl: 'Digitaal huis' });
  });

  it('when a course or service title or summary has no language at all, then it is refused', () => {
    expect(problemsAfter((f) => { f['courses.json'].courses[0].title = {}; f['support.json'].support[0].summary = { nl: ' ' }; })).to.deep.equal([
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "title" must be a text in one language at least, keyed by its two-letter code ({"nl": "…"}), got an object',
      'knowledge/support.json: support[0] (id "fx-digital-space"): field "summary.nl" must be a text that is not blank, got " "',
    ]);
  });

  it('when the deployment serves a language the data lacks, then every UI text without it is reported, not the catalogue\'s', () => {
    const problems = problemsAfter(() => undefined, ['de', 'en', 'es', 'fr', 'nl']);
    expect(problems).to.include('knowledge/agencies.json: agencies[0] (id "example-agency"): field "contacts[1].label.nl" is missing');
    expect(problems).to.include('knowledge/topics.json: topics[3] (id "job-search"): field "synonyms.nl" is missing');
    expect(problems).to.include('knowledge/topics.json: topics[3] (id "job-search"): field "label.nl" is missing');
    expect(problems.filter((p) => /courses|support\.json/.test(p))).to.deep.equal([]);
  });

  it('when a URL is not https or a date is not YYYY-MM-DD, then the field and the value are named', () => {
    const problems = problemsAfter((f) => {
      f['courses.json'].courses[0].url = 'http://courses.example.org/python-basics';
      f['courses.json'].courses[0].source.checked = '15/01/2025';
      f['agencies.json'].agencies[0].contacts[0].value = 'www.example.org';
    });
    expect(problems).to.deep.equal([
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "url" must be an https URL (https://host/path, no spaces), got "http://courses.example.org/python-basics"',
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "source.checked" must be a date written YYYY-MM-DD, got "15/01/2025"',
      'knowledge/agencies.json: agencies[0] (id "example-agency"): field "contacts[0].value" must be an https URL (https://host/path, no spaces), got "www.example.org"',
    ]);
  });

  it('when a course names a topic absent from topics.json, then the topic and its position are named', () => {
    expect(problemsAfter((f) => { f['courses.json'].courses[0].topics = ['programming', 'cooking']; })).to.deep.equal([
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "topics[1]": topic "cooking" is not in knowledge/topics.json',
    ]);
  });

  it('when a catalogue reuses a course id, then the later entry is reported with the first one', () => {
    expect(problemsAfter((f) => { f['catalogues/example-agency.json'].courses[0].id = 'fx-python-basics'; })).to.deep.equal([
      'knowledge/catalogues/example-agency.json: courses[0] (id "fx-python-basics"): field "id": the same id is already used by knowledge/courses.json courses[0]',
    ]);
  });

  it('when an id repeats inside another file, then it is reported too', () => {
    expect(problemsAfter((f) => { f['support.json'].support.push(f['support.json'].support[0]); })).to.deep.equal([
      'knowledge/support.json: support[1] (id "fx-digital-space"): field "id": the same id is already used by knowledge/support.json support[0]',
    ]);
  });

  it('when a field is unknown, then it is refused by name, however deep', () => {
    expect(problemsAfter((f) => {
      f['courses.json'].courses[0].colour = 'blue';
      f['courses.json'].courses[0].cost.byRegion = { 'BE-XXX': 'free' };
      f['courses.json'].courses[1].title.english = 'Office';
    })).to.deep.equal([
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "colour" is not allowed (unknown field)',
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "cost.byRegion.BE-XXX" is not allowed: the key must be one of "BE-BRU", "BE-WAL", "BE-VLG", "LU", "FR"',
      'knowledge/courses.json: courses[1] (id "fx-office-start"): field "title.english" is not allowed: the key must be a two-letter language code (ISO 639-1) such as "fr"',
    ]);
  });

  it("when an agency's training search has a {keywords} template, then its search words are required; a catalogue page needs none", () => {
    const source = { url: 'https://training.example.org', checked: '2026-12-06', verified: false, note: 'fixture' };
    expect(problemsAfter((f) => {
      f['agencies.json'].agencies[0].trainingSearch = { urlTemplate: 'https://training.example.org/search?q={keywords}', source };
    })).to.deep.equal(['knowledge/agencies.json: agencies[0] (id "example-agency"): field "trainingSearch.keywords" is missing']);
    const files = fixtureFiles();
    files['agencies.json'].agencies[0].trainingSearch = { urlTemplate: 'https://training.example.org/catalogue/', source };
    expect(() => validateKnowledge(asFiles(files), LANGUAGES, schemas)).not.to.throw();
  });

  it('when numbers, booleans or regions are wrong, then each says what was expected', () => {
    expect(problemsAfter((f) => {
      f['qualifications.json'].qualifications[0].eqf = 9;
      f['qualifications.json'].qualifications[1].source.verified = 'yes';
      f['support.json'].support[0].regions = ['BE-XXX'];
    })).to.deep.equal([
      'knowledge/support.json: support[0] (id "fx-digital-space"): field "regions[0]" must be one of "BE-BRU", "BE-WAL", "BE-VLG", "LU", "FR", got "BE-XXX"',
      'knowledge/qualifications.json: qualifications[0] (id "fr-bac"): field "eqf" must be at most 8, got 9',
      'knowledge/qualifications.json: qualifications[1] (id "int-none"): field "source.verified" must be true or false, got "yes"',
    ]);
  });

  it('when several files have problems, then every problem is listed, file by file, and counted', () => {
    const files = fixtureFiles();
    delete files['topics.json'].topics[0].label.de;
    files['courses.json'].courses[1].minEqfLevel = -1;
    files['support.json'].support[0].helpsWith = [];
    files['agencies.json'].agencies[0].advisorHours.timeZone = 'Brussels';
    try {
      validateKnowledge(asFiles(files), LANGUAGES, schemas);
      expect.fail('expected a KnowledgeError');
    } catch (err) {
      const error = err as KnowledgeError;
      expect(error.problems.map((p) => [p.file, p.entry?.index, p.field, p.code])).to.deep.equal([
        ['knowledge/courses.json', 1, 'minEqfLevel', 'invalid'],
        ['knowledge/support.json', 0, 'helpsWith', 'invalid'],
        ['knowledge/agencies.json', 0, 'advisorHours.timeZone', 'invalid'],
        ['knowledge/topics.json', 0, 'label.de', 'missing'],
      ]);
      expect(error.message.split('\n')[0]).to.equal('The knowledge base has 4 problems:');
      expect(error.message).to.contain('field "helpsWith" must be a list of at least 1 item, got an empty list');
    }
  });

  it('when an entry has no usable id, then it is named by its index alone', () => {
    expect(problemsAfter((f) => { f['topics.json'].topics[0].id = 42; })).to.deep.equal([
      'knowledge/courses.json: courses[0] (id "fx-python-basics"): field "topics[0]": topic "programming" is not in knowledge/topics.json',
      'knowledge/topics.json: topics[0]: field "id" must be a text, got 42',
    ]);
  });

  it('when a file is absent, misnamed or has the wrong shape, then the file itself is named', () => {
    expect(problemsAfter((f) => {
      delete f['qualifications.json'];
      f['notes.json'] = {};
      f['support.json'] = { services: [] };
    })).to.deep.equal([
      'knowledge/support.json: field "support" is missing',
      'knowledge/support.json: field "services" is not allowed (unknown field)',
      'knowledge/notes.json: is not a knowledge file (expected courses.json, support.json, agencies.json, topics.json, qualifications.json or catalogues/<agencyId>.json)',
      'qualifications.json: is missing: the knowledge base needs it',
    ]);
  });

  it('when a catalogue is not named after an agency, then the file is reported', () => {
    const files = fixtureFiles();
    files['catalogues/nobody.json'] = files['catalogues/example-agency.json'];
    delete files['catalogues/example-agency.json'];
    expect(() => validateKnowledge(asFiles(files), LANGUAGES, schemas)).to.throw(KnowledgeError,
      'knowledge/catalogues/nobody.json: "nobody" is not an agency id in knowledge/agencies.json (a catalogue is named after its agency)');
  });
});
