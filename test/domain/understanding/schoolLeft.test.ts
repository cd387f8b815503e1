import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

/** No schooling (0) and school left early (2, or 1 at 14 or younger), as people say it: [text, [language, EQF level]]. */
const ROWS: Array<[string, [string, number | undefined]]> = [
  ["je n'ai jamais été scolarisée", ['fr', 0]], ["j'ai abandonné l'école à 16 ans", ['fr', 2]], ['déscolarisé à 13 ans', ['fr', 1]],
  ['sorti du système scolaire sans rien', ['fr', 2]], ["I didn't go to school", ['en', 0]], ['dropped out of high school', ['en', 2]],
  ['left school with no qualifications', ['en', 0]], ['no fui a la escuela', ['es', 0]], ['abandoné el colegio a los 15', ['es', 2]],
  ['nie in die Schule gegangen', ['de', 0]], ['Schule geschmissen mit 16', ['de', 2]], ['niet naar school geweest', ['nl', 0]],
  ['school vroegtijdig verlaten', ['nl', 2]], ["net an d'Schoul gaangen", ['lb', 0]], ["ech hunn d'Schoul opginn", ['lb', 2]],
];

describe('Understanding: no schooling and school left early, in six languages', () => {
  const u = useUnderstanding();
  table(ROWS, (text, [lang, level]) => {
    expect(u().answer('qualification', text, lang, [])?.profile.eqfLevel).to.equal(level);
  }, (text, [lang, level]) => `when the user answers "${text}" (${lang}), then the EQF level is ${level}`);

  it('when a French message says a job was landed ("décroché un CDI", "décrocher un emploi"), then no school was left', () => {
    for (const text of ["j'ai décroché un CDI l'an dernier", 'je veux décrocher un emploi']) {
      expect(u().extract(text, 'fr').eqfLevel, text).to.equal(undefined);
    }
  });
});
