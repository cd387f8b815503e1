import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

/** The languages the bot may meet; the engine passes those it speaks. */
const SIX = ['fr', 'en', 'es', 'de', 'nl', 'lb'];
const FOUR = ['fr', 'en', 'es', 'de'];

describe('Understanding.detectLanguage', () => {
  const u = useUnderstanding();
  table<string>([
    ['je voudrais bosser dans la vente', 'fr'], ['jai jamais eu mon bac', 'fr'], ['jcherche des cours en informatique', 'fr'],
    ["j'habite a bruxelles", 'fr'], ["bonjour je voudrais de l'aide pour mon cv", 'fr'], ['je veux apprendre a me servir dun pc', 'fr'],
    ['est-ce que la formation de soudeur est payante', 'fr'],
    ['I want to find a job', 'en'], ['searching for work near me', 'en'], ['hello i need help', 'en'], ['i live in brussels', 'en'],
    ['could you tell me how long the welding course lasts', 'en'],
    ['quiero encontrar trabajo', 'es'], ['no tengo estudios', 'es'], ['necesito ayuda por favor', 'es'],
    ['quiero aprender ingles', 'es'], ['Hola, me gustaría aprender a manejar el ordenador', 'es'],
    ['me gustaría sacarme el carnet de carretillero', 'es'],
    ['ich suche Arbeit', 'de'], ['ich habe kein Abitur', 'de'], ['hallo ich brauche hilfe', 'de'],
    ['ich mochte lernen mit dem laptop umzugehen', 'de'], ['Können Sie mir bei der Bewerbung helfen?', 'de'],
    ['wir sind nach Aachen gezogen und ich möchte eine Umschulung zum Koch machen', 'de'],
  ], (text, lang) => expect(u().detectLanguage(text, SIX)).to.equal(lang),
  (text, lang) => `when the message is "${text}", then the language is ${lang}`);

  describe('Dutch and Flemish are never taken for German', () => {
    table<string>([
      ['ik zoek werk', 'nl'], ['ik wil graag leren programmeren', 'nl'], ['ik heb nooit een diploma gehaald maar wil wel werken', 'nl'],
      ['kan ik een cursus volgen om beter Frans te spreken?', 'nl'], ['hallo, kan iemand mij helpen met mijn cv', 'nl'],
      ['ik woon sinds kort in Leuven en zou graag een job vinden', 'nl'], ['awel, ik ben op zoek naar een opleiding in de zorg', 'nl'],
      ['ge moet mij eens helpen met die computer', 'nl'], ['wij zijn pas verhuisd naar Antwerpen', 'nl'],
      ['ik wil mijn rijbewijs halen en dan als chauffeur werken', 'nl'],
    ], (text, lang) => {
      expect(u().detectLanguage(text, SIX)).to.equal(lang);
      expect(u().detectLanguage(text, FOUR), 'without Dutch among the candidates').to.not.equal('de');
    }, (text, lang) => `when the message is "${text}", then the language is ${lang}, never de`);

    table<string>([['ich will arbeiten', 'de'], ['ich habe kein Diplom, aber ich will arbeiten', 'de'], ['ich wohne in Aachen', 'de']],
      (text, lang) => expect(u().detectLanguage(text, SIX)).to.equal(lang),
      (text, lang) => `when the German message is "${text}", then the language is ${lang}, not nl`);
  });

  describe('Luxembourgish', () => {
    table<string>([
      ['ech hätt gär eng Aarbecht am Verkaf', 'lb'], ['ech wëll gären Franséisch léieren', 'lb'],
      ['ech géif gär eng Formatioun am Informatiksberäich maachen', 'lb'], ['Moien, ech wunnen zu Esch an hunn keen Auto', 'lb'],
      ['ech schaffen net méi an ech sichen eppes Neies', 'lb'], ['kënnt Dir mir w.e.g. hëllefen?', 'lb'],
    ], (text, lang) => expect(u().detectLanguage(text, SIX)).to.equal(lang),
    (text, lang) => `when the message is "${text}", then the language is ${lang}`);
  });

  table<undefined>([['ok', undefined], ['20', undefined], ['Lyon', undefined], ['bonsoir', undefined],
    ['oui oui', undefined], ['Excel Word', undefined], ['', undefined], ['ja', undefined], ['ja graag', undefined],
    ['Gent', undefined], ['dankjewel', undefined], ['ok merci', undefined], ['ech wëll', undefined], ['Luxembourg', undefined],
    ['3 ou 4', undefined], ['B2 C1', undefined], ['?!', undefined]],
  (text) => expect(u().detectLanguage(text, SIX)).to.equal(undefined),
  (text) => `when the message is "${text}", then it is too short to tell`);

  it('when the message is clearly in a language that is not a candidate, then it is not forced into one', () => {
    expect(u().detectLanguage('vorrei trovare un lavoro come cuoco a Milano', SIX)).to.equal(undefined);
    expect(u().detectLanguage('ik wil me laten omscholen tot verpleegkundige', FOUR)).to.equal(undefined);
  });

  it('when the candidates exclude the language, then only candidates are returned', () => {
    expect(u().detectLanguage('quiero encontrar trabajo en Bruselas', ['fr', 'en'])).to.not.equal('es');
  });

  it('when the same message is asked about again, then the answer is remembered (well under a millisecond)', () => {
    const text = 'ik zou graag een opleiding boekhouding volgen';
    u().detectLanguage(text, SIX);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) u().detectLanguage(text, SIX);
    expect(Number(process.hrtime.bigint() - started) / 1e6 / 100).to.be.below(0.5);
  });
});
