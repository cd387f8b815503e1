import { tokenize } from '../../../bot/domain/understanding/text/tokenize';
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOALS, REGIONS, TOPICS } from '../../../bot/domain/profile/profile';
import { loadLexicons, Understanding } from '../../../bot/domain/understanding';
import { KNOWLEDGE_DIR, readKnowledge } from './fixture';

const LEXICON_DIR = join(KNOWLEDGE_DIR, 'lexicon');

/** Writes `fr.json` = the real French lexicon changed by `edit` into a fresh directory. */
function brokenCopy(edit: (lexicon: Record<string, any>) => void, name = 'fr.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  const lexicon = JSON.parse(readFileSync(join(LEXICON_DIR, 'fr.json'), 'utf8'));
  edit(lexicon);
  writeFileSync(join(dir, name), JSON.stringify(lexicon));
  return dir;
}

describe('loadLexicons', () => {
  it('when the shipped lexicons are loaded, then fr, en, es, de, nl and lb are found', () => {
    expect(Object.keys(loadLexicons(LEXICON_DIR)).sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'lb', 'nl']);
  });

  it('when a lexicon misses a field, then the error names the file and the field', () => {
    const dir = brokenCopy((lexicon) => { delete lexicon.time.perDay; });
    expect(() => loadLexicons(dir)).to.throw(/fr\.json: \/time must have required property 'perDay'/);
  });

  it('when a field has the wrong type, then the error names its path', () => {
    const dir = brokenCopy((lexicon) => { lexicon.yes = 'oui'; });
    expect(() => loadLexicons(dir)).to.throw(/fr\.json: \/yes must be array/);
  });

  it('when a phone shorthand is also a word of a phrase, then loading fails naming both (the phrase could never match)', () => {
    const dir = brokenCopy((lexicon) => { lexicon.shorthand = { ...lexicon.shorthand, jveux: 'je veux' }; });
    expect(() => loadLexicons(dir)).to.throw(/fr\.json: \/shorthand\/jveux is a word of the phrase at \/cues\/aspiration\/\d+/);
  });

  it('when a contract goal has no phrases, then loading fails', () => {
    const dir = brokenCopy((lexicon) => { delete lexicon.goals.retrain; });
    expect(() => loadLexicons(dir)).to.throw(/fr\.json: \/goals must have required property 'retrain'/);
  });

  it('when a phrase names an unknown set, then the error names the phrase', () => {
    const dir = brokenCopy((lexicon) => { lexicon.intents.human.anywhere.push('parler @nobody'); });
    expect(() => loadLexicons(dir)).to.throw(/fr\.json: \/intents\/human\/anywhere\/\d+ unknown set "@nobody"/);
  });

  it('when the file name and the language differ, then loading fails', () => {
    const dir = brokenCopy(() => undefined, 'nl.json');
    expect(() => loadLexicons(dir)).to.throw(/nl\.json: \/language is "fr", expected "nl"/);
  });

  it('when a file is not JSON, then the error says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(join(dir, 'fr.json'), '{ nope');
    expect(() => loadLexicons(dir)).to.throw(/fr\.json: not valid JSON/);
  });

  it('when a key is given twice in one object, then loading fails naming it (JSON would keep only the last list)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    const text = readFileSync(join(LEXICON_DIR, 'fr.json'), 'utf8').replace('"cues": {', '"cues": {\n    "pastJob": ["ancien"],');
    writeFileSync(join(dir, 'fr.json'), text);
    expect(() => loadLexicons(dir)).to.throw(/fr\.json: \/cues\/pastJob is given twice/);
  });

  it('when a new language file is added, then the module serves it without code changes', () => {
    const dir = brokenCopy((lexicon) => {
      lexicon.language = 'xx';
      lexicon.languageNames = { xx: ['xxish'], fr: ['frenchy'] };
      lexicon.goals['find-job'] = ['jobbo'];
    }, 'xx.json');
    const { topics, qualifications } = readKnowledge();
    const u = new Understanding({ lexicons: loadLexicons(dir), topics, qualifications });
    expect(u.languages()).to.deep.equal(['xx']);
    expect(u.answer('goal', 'jobbo', 'xx', [])?.profile.goal).to.equal('find-job');
    expect(u.intent('xxish', 'xx')).to.deep.equal({ kind: 'language', language: 'xx' });
  });

  it('when lexicons are compared, then every language names every other one', () => {
    const lexicons = loadLexicons(LEXICON_DIR);
    for (const lexicon of Object.values(lexicons)) {
      expect(Object.keys(lexicon.languageNames), lexicon.language).to.include.members(Object.keys(lexicons));
    }
  });
});

describe('knowledge/topics.json and knowledge/qualifications.json', () => {
  const { topics, qualifications } = readKnowledge();

  it('when topics are read, then the 12 contract topics each have a label and synonyms in fr, en, es and de', () => {
    expect(topics.map((t) => t.id).sort()).to.deep.equal([...TOPICS].sort());
    for (const topic of topics) {
      for (const lang of ['fr', 'en', 'es', 'de']) {
        expect(topic.label[lang], `${topic.id} label ${lang}`).to.be.a('string').and.not.empty;
        expect(topic.synonyms[lang], `${topic.id} synonyms ${lang}`).to.have.length.above(5);
      }
    }
  });

  it('when qualifications are read, then each has a unique id, an EQF level 0-8, names and a dated source', () => {
    const ids = new Set<string>();
    for (const entry of qualifications) {
      expect(ids.has(entry.id), entry.id).to.equal(false);
      ids.add(entry.id);
      expect(entry.eqf).to.be.within(0, 8);
      expect(entry.names).to.not.be.empty;
      for (const name of entry.names) expect(name, entry.id).to.equal(name.toLowerCase());
      expect(entry.source.url).to.match(/^https:\/\//);
      expect(entry.source.checked).to.match(/^2026-(11-2[3-9]|11-30|12-\d\d)$/); // the sessions that wrote them
      expect(entry.source.verified).to.be.a('boolean');
    }
  });

  it('when the framework levels are read, then facts marked unsure in the research are not verified', () => {
    const byId = new Map(qualifications.map((q) => [q.id, q]));
    expect(byId.get('fr-cap-bep')?.source.verified).to.equal(true);
    expect(byId.get('be-cess')?.source.verified).to.equal(true);
    expect(byId.get('be-ceb')?.source.verified).to.equal(false);
    expect(byId.get('es-bachillerato')?.source.verified).to.equal(false);
  });

  it('when topic synonyms are tokenized, then none is reduced to a single letter ("c#" would match the "c" of "c\'est")', () => {
    const single = topics.flatMap((topic) => Object.values(topic.synonyms).flat()
      .filter((phrase) => { const t = tokenize(phrase); return t.length === 1 && t[0].t.length === 1; }));
    expect(single).to.deep.equal([]);
  });

  it('when the JSON files are read as text, then they are pretty-printed', () => {
    for (const file of ['topics.json', 'qualifications.json', ...readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.json')).map((f) => join('lexicon', f))]) {
      expect(readFileSync(join(KNOWLEDGE_DIR, file), 'utf8').split('\n').length, file).to.be.above(50);
    }
  });

  it('when the contract values are listed, then every region and goal is covered by every lexicon', () => {
    for (const lexicon of Object.values(loadLexicons(LEXICON_DIR))) {
      expect(Object.keys(lexicon.regions).sort()).to.deep.equal([...REGIONS].sort());
      expect(Object.keys(lexicon.goals).sort()).to.deep.equal([...GOALS].sort());
    }
  });
});
