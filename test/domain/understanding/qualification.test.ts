import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

/** [how people write their highest diploma, EQF level] per language of the conversation. */
const ROWS: Record<string, Array<[string, number]>> = {
  fr: [
    ['CAP', 3], ['un BEP', 3], ["j'ai un bac pro", 4], ['baccalauréat', 4], ['baccalaureat', 4], ['le bac', 4],
    ['BP', 4], ['BTS', 5], ['DUT', 5], ['bac+2', 5], ['bac + 2', 5], ['licence', 6], ['licens', 6], ['BUT', 6], ['un BUT', 6], ['BUT informatique', 6],
    ['bac+3', 6], ['master 2', 7], ['mastre', 7], ['bac+5', 7], ['diplôme d\'ingénieur', 7], ['doctorat', 8],
    ['CEB', 1], ['CE1D', 2], ['CESS', 4], ['bachelier', 6], ['CCP', 2], ['DAP', 3], ['DT', 4], ['DFESG', 4],
    ["diplôme de fin d'études secondaires", 4], ['brevet de maîtrise', 5], ['aucun diplôme', 0], ['rien', 0],
    ["j'ai pas de diplôme", 0], ["je n'ai aucun diplôme", 0], ["j'ai arrêté l'école à 16 ans", 2],
    ["j'ai arrêté en 3ème", 2], ['le brevet des collèges', 2], ["j'ai un CAP et un bac", 4],
    ['pas de bac mais un CAP', 3], ["j'ai fait la fac", 6], ['un master en droit au Maroc', 7],
    ['diplome obtenu au Maroc, bac+2', 5], ["jai fait jusqu'en 1ère", 3], ['BEPC', 2], ["un diplôme d'aide-soignante", 4],
    ['graduat en comptabilité', 5], ['rhéto', 4],
  ],
  en: [
    ['no diploma', 0], ['nothing', 0], ["I don't have any qualifications", 0], ['I left school at 15', 2],
    ['GCSEs', 3], ['A levels', 4], ['HND', 5], ['a degree', 6], ["bachelor's degree", 6], ["master's", 7],
    ['PhD', 8], ['high school diploma', 4], ['I have a BSc in biology', 6], ['masters degree', 7],
  ],
  es: [
    ['sin estudios', 0], ['primaria', 1], ['la ESO', 2], ['graduado escolar', 2], ['bachillerato', 4],
    ['FP grado medio', 4], ['grado superior', 5], ['grado en psicología', 6], ['máster', 7], ['master', 7],
    ['doctorado', 8], ['no tengo nada', 0], ['dejé el colegio a los 16', 2], ['tengo el bachillerato', 4],
  ],
  de: [
    ['kein Abschluss', 0], ['ich habe keinen Abschluss', 0], ['Hauptschulabschluss', 2], ['Realschulabschluss', 3],
    ['Mittlere Reife', 3], ['Ausbildung', 4], ['abgeschlossene Berufsausbildung', 4], ['Lehre', 4], ['Abitur', 4],
    ['Abi', 4], ['Meister', 6], ['Techniker', 6], ['Bachelor', 6], ['Master', 7], ['Diplom', 7], ['Promotion', 8],
  ],
};

describe('Understanding.answer(qualification)', () => {
  const u = useUnderstanding();
  for (const [lang, rows] of Object.entries(ROWS)) {
    describe(`in ${lang}`, () => {
      table(rows, (text, level) => {
        expect(u().answer('qualification', text, lang, [])?.profile.eqfLevel).to.equal(level);
      }, (text, level) => `when the user says "${text}", then the EQF level is ${level}`);
    });
  }

  table<string>([
    ["je n'ai pas le bac", 'fr'], ['je veux passer mon bac', 'fr'], ['permis de conduire', 'fr'], ['aucun master', 'fr'],
    ['I have a driving licence', 'en'], ['Ich möchte eine Ausbildung machen', 'de'], ["j'ai un diplôme", 'fr'],
    ['a diploma', 'en'], ['mon but est de trouver un travail', 'fr'],
  ], (text, lang) => {
    expect(u().answer('qualification', text, lang, [])?.profile.eqfLevel).to.equal(undefined);
  }, (text) => `when the user says "${text}" (negated, wished for or a look-alike), then no level is read`);

  it('when an English answer says "but", then it is a conjunction, not the French BUT', () => {
    expect(u().answer('qualification', 'GCSEs but no A levels', 'en', [])?.profile.eqfLevel).to.equal(3);
  });

  it('when the user does not know, then it is a don\'t-know', () => {
    expect(u().answer('qualification', 'je sais pas', 'fr', [])).to.deep.equal({ profile: {}, dontKnow: true });
  });

  it('when options are listed, then an option number picks the option\'s level', () => {
    const options = [{ value: '0', label: 'Aucun diplôme' }, { value: '3', label: 'CAP / BEP' }, { value: '4', label: 'Bac' }];
    expect(u().answer('qualification', '2', 'fr', options)?.profile.eqfLevel).to.equal(3);
    expect(u().answer('qualification', 'la troisième', 'fr', options)?.profile.eqfLevel).to.equal(4);
  });
});
