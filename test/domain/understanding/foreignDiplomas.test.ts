import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

/**
 * Diplomas of the countries jobseekers in our regions come from, named as they type them (`knowledge/qualifications.json`,
 * general knowledge of the national frameworks, unverified): [answer to the diploma question, language, EQF level].
 */
const ANSWERS: Array<[string, [string, number]]> = [
  // Portugal and Brazil
  ['9.º ano', ['fr', 2]], ['12º ano', ['fr', 4]], ['décimo segundo ano', ['en', 4]], ['ensino fundamental completo', ['es', 2]],
  ['ensino secundário', ['fr', 4]], ['doutoramento', ['en', 8]],
  // Italy, Poland, Romania
  ['licenza media', ['fr', 2]], ['diploma di ragioneria', ['en', 4]], ['laureata', ['fr', 6]], ['licencjat', ['en', 6]],
  ['gimnazjum', ['de', 2]], ['studia magisterskie', ['en', 7]], ['licență', ['fr', 6]], ['școală profesională', ['fr', 3]],
  // Switzerland, German trade masters and Diplom compounds
  ['CFC de cuisinier', ['fr', 4]], ['AFP', ['fr', 3]], ['brevet fédéral', ['fr', 5]], ['Dachdeckermeister', ['de', 6]],
  ['Bäckermeisterin', ['de', 6]], ['Diplom-Kaufmann', ['de', 7]],
  // North and West Africa
  ['diplôme de technicien spécialisé', ['fr', 5]], ['le BEM', ['fr', 2]], ['le probatoire', ['fr', 3]], ['SSCE', ['en', 4]],
  ['OND', ['en', 5]], ['B.Ed', ['en', 6]],
  // South Asia, the Middle East, former Soviet countries
  ['10th pass', ['en', 3]], ['FSc pre-medical', ['en', 4]], ['intermediate pass', ['en', 4]], ['DAE', ['en', 5]],
  ['institute diploma', ['en', 5]], ['MBBS', ['en', 7]], ['11 classes', ['en', 4]], ['junior specialist', ['en', 5]],
  ["specialist's degree", ['en', 7]], ['candidate of sciences', ['en', 8]],
  // Latin America
  ['perito contador', ['es', 4]], ['enseñanza media completa', ['es', 4]], ['enseñanza básica', ['es', 2]], ['técnico laboral', ['es', 3]],
  ['tecnicatura', ['es', 5]], ['técnico universitario', ['es', 5]], ['contador público', ['es', 6]],
  // our own regions and the UK: names the first lists missed
  ['City & Guilds', ['en', 3]], ['NVQ level 1', ['en', 2]], ['HiSET', ['en', 4]], ['DEAES', ['fr', 3]], ['DEA ambulancier', ['fr', 3]],
  ['BTSA', ['fr', 5]], ['DCG', ['fr', 6]], ['DSCG', ['fr', 7]], ['CE2D', ['fr', 2]], ['6ème secondaire', ['fr', 4]],
  ['brevet infirmier', ['fr', 5]], ['AESI', ['fr', 6]], ['lager secundair', ['nl', 2]], ['getuigschrift 2de graad', ['nl', 2]],
  ['PBA', ['nl', 6]], ['CITP', ['lb', 2]],
  // the Balkans, Greece, Hungary, Czechia, Turkey, China and the Philippines; German and Austrian names the first lists missed
  ['srednja stručna sprema', ['en', 4]], ['gimnazija', ['en', 4]], ['fakultet', ['en', 6]], ['shkolla e mesme', ['fr', 4]],
  ['érettségi', ['en', 4]], ['výuční list', ['en', 3]], ['meslek lisesi', ['de', 4]], ['yüksek lisans', ['en', 7]],
  ['college undergraduate', ['en', 4]], ['Förderschule', ['de', 1]], ['Werkrealschulabschluss', ['de', 3]], ['IHK-Prüfung', ['de', 4]],
  ['Diplom (FH)', ['de', 6]], ['BHS-Matura', ['de', 5]],
  // older and foreign school certificates: Irish Inter and Group Certs, English CSEs, the Volksschule, Tunisia's basic
  // education, East Africa's forms four and six, the Dutch MTS and MEAO, the Flemish Se-n-Se, the Berufsfachschule;
  // German chamber qualifications named by their sector
  ['the Inter Cert, long ago', ['en', 2]], ['Group Cert', ['en', 2]], ['three CSEs', ['en', 2]], ['Volksschulabschluss in Österreich', ['de', 2]],
  ["diplôme de fin d'études de base en Tunisie", ['fr', 2]], ['form four, in Kenya', ['en', 3]], ['form 6 certificate', ['en', 4]],
  ['de MTS elektriciteit', ['nl', 4]], ['eerst LBO, dan de MEAO', ['nl', 4]], ['een Se-n-Se jaar', ['nl', 4]],
  ['Berufsfachschule für Kinderpflege', ['de', 4]], ['Industriefachwirtin', ['de', 6]], ['geprüfter Bankfachwirt', ['de', 6]],
];

/** [a first message in free text, language, EQF level read from it (undefined: none)]. */
const FREE_TEXT: Array<[string, [string, number | undefined]]> = [
  ["j'ai un CFC de cuisinier et je cherche du travail à Genève", ['fr', 4]],
  ['ich bin Kfz-Meister und suche Arbeit in Luxemburg', ['de', 6]],
  ['licencjat z ekonomii, szukam pracy w biurze, I speak English', ['en', 6]],
  // look-alikes: a caretaker is no master craftsman, "9 años" no Portuguese school year, "facultad" no Romanian degree
  ['ich bin Hausmeister und suche Arbeit', ['de', undefined]], ['trabajé 9 años en la obra', ['es', undefined]],
  ['estudié en la facultad de medicina', ['es', undefined]], ['mi diploma es de Marruecos', ['es', undefined]],
  ['tengo el secundario completo y busco trabajo de cajera', ['es', 4]], ['HND and OND from Nigeria, looking for work', ['en', 5]],
  // a skill level, a probation period, a Dutch citizen number, a Dutch job title are no diplomas
  ['I have intermediate computer skills', ['en', undefined]], ['je suis en période probatoire', ['fr', undefined]],
  ["j'ai un brevet d'infirmière hospitalière, je cherche du travail à Liège", ['fr', 5]], ['deme un curso de Excel', ['es', undefined]],
  ['ich habe das Gymnasium in Serbien abgeschlossen, gimnazija, und suche Arbeit', ['de', 4]], ['I get SSP since March', ['en', undefined]],
  ['I left with a few CSEs and I want to work in a warehouse', ['en', 2]], ['ik heb een MTS diploma en zoek werk', ['nl', 4]],
  ['mijn BSN heb ik al', ['nl', undefined]], ['ik werk als IT specialist', ['nl', undefined]], ['el profesorado es bueno', ['es', undefined]],
];

describe('Understanding: diplomas of other countries', () => {
  const u = useUnderstanding();
  table(ANSWERS, (text, [lang, level]) => {
    expect(u().answer('qualification', text, lang, [])?.profile.eqfLevel).to.equal(level);
  }, (text, [lang, level]) => `when the user answers "${text}" (${lang}), then the EQF level is ${level}`);
  table(FREE_TEXT, (text, [lang, level]) => {
    expect(u().extract(text, lang).eqfLevel).to.equal(level);
  }, (text, [lang, level]) => `when a first message says "${text}" (${lang}), then the EQF level is ${level ?? 'not filled'}`);
});
