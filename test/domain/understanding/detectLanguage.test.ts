import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

const ALL = ['fr', 'en', 'es', 'de'];

describe('Understanding.detectLanguage', () => {
  const u = useUnderstanding();
  table<string>([
    ['je veux trouver un travail', 'fr'], ['jai pas de diplome', 'fr'], ['je cherche une formation en informatique', 'fr'],
    ["j'habite a bruxelles", 'fr'], ["bonjour je voudrais de l'aide pour mon cv", 'fr'], ['je veux apprendre a utiliser un ordinateur', 'fr'],
    ['I want to find a job', 'en'], ['looking for a job', 'en'], ['hello i need help', 'en'], ['i live in brussels', 'en'],
    ['quiero encontrar trabajo', 'es'], ['no tengo estudios', 'es'], ['necesito ayuda por favor', 'es'],
    ['quiero aprender ingles', 'es'], ['Hola, quiero aprender a usar el ordenador', 'es'],
    ['ich suche Arbeit', 'de'], ['ich habe kein Abitur', 'de'], ['hallo ich brauche hilfe', 'de'],
    ['ich mochte lernen wie man einen computer benutzt', 'de'],
  ], (text, lang) => expect(u().detectLanguage(text, ALL)).to.equal(lang),
  (text, lang) => `when the message is "${text}", then the language is ${lang}`);

  table<undefined>([['ok', undefined], ['20', undefined], ['Paris', undefined], ['bonjour', undefined],
    ['oui oui', undefined], ['Excel Word', undefined], ['', undefined]],
  (text) => expect(u().detectLanguage(text, ALL)).to.equal(undefined),
  (text) => `when the message is "${text}", then it is too short to tell`);

  it('when the candidates exclude the language, then only candidates are returned', () => {
    expect(u().detectLanguage('quiero encontrar trabajo en Bruselas', ['fr', 'en'])).to.not.equal('es');
  });
});
