import { expect } from 'chai';
import type { Profile } from '../../../bot/domain/profile/profile';
import { table, useUnderstanding } from './fixture';

describe('Understanding.extract', () => {
  const u = useUnderstanding();
  table<[string, Partial<Profile>]>([
    ["j'ai un bac et je veux apprendre Python, 10 heures par semaine", ['fr', { eqfLevel: 4, interest: 'programming', hoursPerWeek: 10 }]],
    ["Bonjour, j'habite à Liège, je cherche du travail et j'ai juste mon téléphone",
      ['fr', { region: 'BE-WAL', goal: 'find-job', equipment: 'smartphone-only' }]],
    ["je cherche du travail, j'ai un master et je veux apprendre le marketing digital",
      ['fr', { goal: 'find-job', eqfLevel: 7, interest: 'digital-marketing' }]],
    ["je suis nul en informatique et j'ai un CAP", ['fr', { eqfLevel: 3, digitalSkills: 'none' }]],
    ["je n'ai pas d'ordinateur", ['fr', { equipment: 'smartphone-only' }]],
    ['I have a bachelor\'s degree and I want to learn Excel, I live in Brussels', ['en', { eqfLevel: 6, interest: 'office', region: 'BE-BRU' }]],
    ['I have A levels, 2 hours a day', ['en', { eqfLevel: 4, hoursPerWeek: 14 }]],
    ['tengo el bachillerato y quiero aprender inglés, vivo en Bruselas', ['es', { eqfLevel: 4, interest: 'languages', region: 'BE-BRU' }]],
    ['Ich habe das Abitur und möchte Python lernen, ich wohne in Luxemburg, 10 Stunden pro Woche',
      ['de', { eqfLevel: 4, interest: 'programming', region: 'LU', hoursPerWeek: 10 }]],
    ['Ich möchte eine Ausbildung machen', ['de', { goal: 'certify' }]],
    ['je veux passer mon bac', ['fr', {}]],
    ["j'ai un pc mais pas internet", ['fr', { equipment: 'smartphone-only' }]],
    ["j'ai arrêté l'école à 16 ans", ['fr', { eqfLevel: 2 }]],
  ], (text, [lang, profile]) => expect(u().extract(text, lang)).to.deep.equal(profile),
  (text, [lang, profile]) => `when a ${lang} user writes "${text}", then ${JSON.stringify(profile)} is extracted`);

  table<string>([
    ["j'ai 25 ans et 2 enfants", 'fr'], ['je veux parler à un conseiller', 'fr'],
    ["j'ai internet", 'fr'], ['20', 'fr'], ['je sais pas', 'fr'], ['je me débrouille', 'fr'], ['un peu', 'fr'],
    ['Programmieren', 'de'], ['Abitur', 'de'], ['sehr gut', 'de'], ["I'm ok with computers", 'en'], ['websites', 'en'],
    ['A levels', 'en'], ['vingt heures', 'fr'], ['Nice', 'en'], ["je sais pas me servir d'un ordinateur", 'fr'],
    ["I can't use a computer", 'en'], ['I manage on my own', 'en'], ["non j'ai rien compris", 'fr'], ["j'ai un diplôme", 'fr'],
    ['solo el móvil', 'es'],
  ], (text, lang) => expect(u().extract(text, lang)).to.deep.equal({}),
  (text, lang) => `when a ${lang} user writes only "${text}", then nothing is extracted from free text`);

  it('when a sentence states a goal and a diploma, then the diploma word is not also read as the goal certify', () => {
    expect(u().extract("I have a bachelor's degree", 'en')).to.deep.equal({ eqfLevel: 6 });
  });

  it('when a job is wanted full time, then that is not read as availability', () => {
    expect(u().extract('je cherche un emploi à temps plein', 'fr')).to.deep.equal({ goal: 'find-job' });
  });
});
