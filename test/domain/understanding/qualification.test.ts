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
    ['diplome obtenu au Maroc, bac+2', 5], ["jai fait jusqu'en 1ère", 2], ['BEPC', 2], ["un diplôme d'aide-soignante", 4],
    ['graduat en comptabilité', 5], ['rhéto', 4], ['școală postliceală en Roumanie', 5],
    // not obtained, studying, self-corrections, foreign and Belgian school years (conventions 9)
    ["je n'ai pas le bac", 2], ["niveau terminale mais j'ai raté le bac", 2], ["jai pas eu mon brevet", 1],
    ["un bts... non pardon un bac pro", 4], ["je suis étudiante en master", 6], ["en 2ème année de licence", 4],
    ['je prépare un BTS en alternance', 4], ["j'ai arrêté l'école à 13 ans", 1], ["j'ai arrêté en 3ème secondaire", 2],
    // "not finished" said past its pronoun and verb; "no diploma" beside the school year one stopped in
    ["un bachelier que je n'ai jamais terminé", 4], ['une licence pas validée, donc un BTS', 5],
    ["jusqu'en 4ème, pas de diplôme", 0], ['pas de diplôme, juste le brevet', 2],
    ['bac obtenu en Algérie', 4], ['CAPa jardinier paysagiste', 3], ['titre pro niveau 5 gestionnaire de paie', 5],
    ["diplome d'etat au Cameroun", 4], ['un truc 2 ans après le bac', 5], ['ingénieur de formation', 7],
    ['licencié économique, aucun diplôme', 0],
    // someone else's diploma counts only when the person names none of their own
    ["ma femme a un master mais moi j'ai juste un CAP", 3], ['mon fils a un CAP', 3],
  ],
  en: [
    ['a bachelor that I sadly never completed', 4], ['left school at 15, no qualifications', 0],
    ['no diploma', 0], ['nothing', 0], ["I don't have any qualifications", 0], ['I left school at 15', 2],
    ['GCSEs', 3], ['A levels', 4], ['12th pass', 4], ['higher secondary certificate', 4], ['HND', 5], ['a degree', 6], ["bachelor's degree", 6], ["master's", 7],
    ['PhD', 8], ['high school diploma', 4], ['I have a BSc in biology', 6], ['masters degree', 7],
    ["I'm in my second year of uni", 4], ["doing my master's at the moment", 6], ["I didn't finish high school", 2],
    ['left school at 16 with no qualifications', 0], ['my husband has a degree but I only got GCSEs', 3], ["I've got an NVQ level 2 in catering", 3], ['BTEC level 3', 4],
    ['Leaving Cert', 4], ['WASSCE', 4], ['B.Tech from India', 6], ['an MBA... sorry I mean a BBA', 6],
    ['completed an apprenticeship as a joiner', 4], ["associate's degree", 5], ['12th grade in the Philippines', 4],
  ],
  es: [
    ['sin estudios', 0], ['primaria', 1], ['la ESO', 2], ['graduado escolar', 2], ['bachillerato', 4],
    ['FP grado medio', 4], ['grado superior', 5], ['grado en psicología', 6], ['máster', 7], ['master', 7],
    ['doctorado', 8], ['no tengo nada', 0], ['dejé el colegio a los 16', 2], ['tengo el bachillerato', 4],
    ['no terminé la ESO', 1], ['estoy cursando un máster', 6], ['la carrera sin terminar, tengo bachillerato', 4],
    ['licenciada en derecho en Colombia', 6], ['grado en ingeniería informática', 6], ['preparatoria terminada', 4],
    ['tengo un máster, bueno no, solo el grado', 6], ['técnico superior en electricidad', 5], ['secundaria incompleta', 1],
  ],
  de: [
    ['kein Abschluss', 0], ['ich habe keinen Abschluss', 0], ['Hauptschulabschluss', 2], ['Realschulabschluss', 3],
    ['Mittlere Reife', 3], ['Ausbildung', 4], ['abgeschlossene Berufsausbildung', 4], ['Lehre', 4], ['Abitur', 4],
    ['Abi', 4], ['Meister', 6], ['Techniker', 6], ['Bachelor', 6], ['Master', 7], ['Uni-Diplom', 7], ['Diplom-Ingenieur', 7], ['Promotion', 8],
    ['ich studiere noch im Bachelor', 4], ['Studium abgebrochen, davor Abitur', 4], ['EFZ als Koch', 4],
    ['Lehrabschluss in Österreich', 4], ['Matura', 4], ['bin gelernte Friseurin', 4], ['mit 14 die Schule verlassen', 1],
    ['Realschulabschluss habe ich nicht geschafft', 2], ['Hauptschule, nein Realschule', 3], ['Masterabschluss', 7],
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
    ['je veux passer mon bac', 'fr'], ['permis C et CACES', 'fr'], ['SSIAP 1', 'fr'], ['forklift licence', 'en'], ['permis de conduire', 'fr'], ['aucun master', 'fr'],
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

/** [a first message in free text, EQF level read from it (undefined: none)] per language. */
const FREE_TEXT: Record<string, Array<[string, number | undefined]>> = {
  fr: [
    ['bonjour, étudiant en licence à Namur, je cherche un job le week-end', 4], ['ingénieur chimiste de formation, je veux me reconvertir', 7],
    ["je suis au chômage, pas de diplôme, je voudrais apprendre l'informatique", 0], ["je n'ai que le CE1D et je cherche du travail", 2],
    ['je veux faire un CAP cuisine', undefined], ['je cherche un master en alternance', undefined],
    ["j'ai une bonne maîtrise d'Excel", undefined], ['je veux changer de cap et travailler dehors', undefined],
    ["j'ai le permis B et le CACES 3", undefined], ['licencié en mars, je cherche une formation', undefined],
  ],
  en: [
    ['Hi, nurse from Kenya (BSc Nursing), looking for work in Liège', 6], ["I'm a master's student, need a part-time job", 6],
    ['no qualifications, want to learn to use a computer', 0], ['I want to get a degree', undefined],
    ['I passed my driving licence last year', undefined], ['my primary goal is to find a job', undefined],
    // found chatting as jobseekers: a diploma in a question is what is asked about; schools of a trade
    ['does the forklift course give me the licence i need?', undefined], ['I have a bachelor, is it free?', 6],
    ['I went to vocational school for plumbing', 3], ['technikum in Poland, then I worked as a welder', 4],
    // Turkish secondary (lise) and two-year higher (önlisans) diplomas; "Polish" is a nationality, not "polish up"
    ['Turkish lise, then a two-year önlisans in accounting, looking for work', 5], ['a Polish magister, looking for office work', 7],
  ],
  es: [
    ['busco trabajo de camarero, tengo la ESO', 2], ['soy ingeniera civil, quiero trabajar en Bruselas', 7],
    ['por eso quiero aprender informática', undefined], ['quiero sacarme la ESO', undefined], ['no tengo estudios, busco trabajo', 0],
    // vocational training named without its grade is the usual one, grado medio (found chatting)
    ['soy electricista, tengo el titulo de formacion profesional de españa', 4],
    // a lack said with its verb after a wish ("busco trabajo") is held
    ['hola busco trabajo no tengo estudios', 0],
  ],
  de: [
    ['Hallo, gelernter Maurer, suche Arbeit in Eupen', 4], ['Ich mache gerade meinen Bachelor und suche einen Nebenjob', 4],
    ['suche eine Ausbildung als Koch', undefined], ['ich bin Lehrer und möchte programmieren lernen', undefined],
    ['keinen Schulabschluss, suche Arbeit', 0],
    // "Diplom" alone in a sentence is any diploma, not the university Diplom
    ['Wie bekomme ich die Anerkennung von meinem Diplom in Luxemburg?', undefined], ['war auf der Berufsschule in Polen, Kraftfahrer', 3],
    ['türkisches Lise-Diplom, suche Arbeit im Lager', 4],
  ],
  nl: [
    ['Turkse lise gedaan, nu zoek ik werk in de zorg', 4],
  ],
  lb: [
    // "déi" (those) is no French nursing diploma "DEI"
    ['sinn déi serieux?', undefined], ['sinn déi Coursen gratis?', undefined],
  ],
};

describe('Understanding.extract(eqfLevel) from free text', () => {
  const u = useUnderstanding();
  for (const [lang, rows] of Object.entries(FREE_TEXT)) {
    describe(`in ${lang}`, () => {
      table(rows, (text, level) => {
        expect(u().extract(text, lang).eqfLevel).to.equal(level);
      }, (text, level) => `when a first message says "${text}", then the EQF level is ${level ?? 'not filled'}`);
    });
  }
});

describe('Understanding: a diploma held in formal words is no wish for one', () => {
  const u = useUnderstanding();
  it('when a formal letter says "poseo el título de…", then the level is read and no certificate is wished', () => {
    const read = u().understand('Estimados señores: poseo el título de graduado en ESO y resido en Lieja.', 'es');
    expect(read.slots).to.include({ eqfLevel: 2, region: 'BE-WAL' }).and.not.have.property('goal');
  });
});

// found by a tester: after the list, "et le 4eme il dure cmb de temps" replaced the diploma with primary school
describe('Understanding: a bare school-year ordinal in free text', () => {
  const u = useUnderstanding();
  it('when a French message names an item by its rank ("le 4eme", "la 3eme formation"), then it is no diploma', () => {
    for (const text of ['et le 4eme il dure combien de temps', 'la 3eme formation elle est en quelle langue', 'la cinquième est gratuite']) {
      expect(u().understand(text, 'fr').slots, text).to.not.have.property('eqfLevel');
    }
  });
  it('when a French message says where school stopped ("jusqu\'en 4ème", "en troisième"), then it is that level', () => {
    expect(u().understand("j'ai arrêté l'école en 4ème", 'fr').slots.eqfLevel).to.equal(1);
    expect(u().understand("j'ai fait jusqu'en troisième", 'fr').slots.eqfLevel).to.equal(2);
  });
});

describe('Understanding: the Luxembourg secondary school finished, said in Luxembourgish', () => {
  const u = useUnderstanding();
  it('when a person says they finished the lycée or the Gymnasium ("Lycée fäerdeg gemaach", "Diplom vum Lycée"), then it is level 4; not finished, below', () => {
    for (const text of ['ech hunn den Diplom vum Lycée', 'ech hunn de Lycée fäerdeg gemaach', 'ech hunn zu Tirana de Gymnasium ofgeschloss']) {
      expect(u().understand(text, 'lb').slots.eqfLevel, text).to.equal(4);
    }
    expect(u().understand('ech hunn de Lycée net fäerdeg gemaach', 'lb').slots.eqfLevel).to.be.below(4);
  });
});

// found by testers: "12 años de experiencia" was read as the Portuguese "12.º ano" (level 4)
describe('Understanding: years of experience are no diploma', () => {
  const u = useUnderstanding();
  it('when a person says how many years they have worked ("12 años de experiencia", "12 Jahre Erfahrung"), then no level is read', () => {
    for (const [text, lang] of [['12 años de experiencia', 'es'], ['tengo 12 años de experiencia como cocinero', 'es'],
      ['I have 12 years of experience', 'en'], ['12 Jahre Erfahrung', 'de'], ['12 jaar ervaring', 'nl'], ["12 ans d'expérience", 'fr']] as const) {
      expect(u().understand(text, lang, { pending: 'qualification' }).slots.eqfLevel, text).to.equal(undefined);
      expect(u().understand(text, lang).slots.eqfLevel, text).to.equal(undefined);
    }
  });
});

// found by testers: "ik ben apotheker", "ich bin Bauingenieur", "I'm a pharmacist" gave no level
describe('Understanding: a profession that needs a university degree, said as held', () => {
  const u = useUnderstanding();
  it('when a person says they are a pharmacist, a psychologist, a civil engineer…, then the level is a bachelor\'s (6); wished for or denied, none', () => {
    for (const [text, lang] of [['ik ben apotheker', 'nl'], ['ich bin Bauingenieur', 'de'], ["I'm a pharmacist", 'en'],
      ['je suis pharmacienne', 'fr'], ['soy fisioterapeuta', 'es'], ['ech sinn Apdikter', 'lb']] as const) {
      expect(u().understand(text, lang).slots.eqfLevel, text).to.equal(6);
    }
    expect(u().understand('pharmacien', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(6);
    for (const [text, lang] of [['I want to become a pharmacist', 'en'], ['je ne suis pas pharmacien', 'fr'], ['ich möchte Apotheker werden', 'de']] as const) {
      expect(u().understand(text, lang).slots.eqfLevel, text).to.equal(undefined);
    }
  });
});
