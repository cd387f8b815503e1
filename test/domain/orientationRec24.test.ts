import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';

const said = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const saidWith = (out: Output[], key: string): Record<string, unknown> | undefined =>
  out.flatMap((o) => (o.type === 'say' && o.key === key ? [o.params ?? {}] : []))[0];

/**
 * Issue 8, rec24 (left by rec22 and rec23, qa23 q20 and q22). The first step named a place and nothing a person needs
 * to go there: not that they speak only Dutch there (to an English speaker in Flanders), nor its hours. And "in French
 * please" after the list switched the chat only: the list above stayed in the other language.
 */
describe('The first step says the language spoken there and the hours, or how to check them (engine, real knowledge)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  const FLANDERS: Array<[string, string[]]> = [
    ['en-GB', ['I want to find a job as a cleaner', 'I live in Antwerp', 'no diploma', 'I have no computer and no phone', 'not at all', '5 hours']],
    ['es-ES', ['busco trabajo de limpieza', 'vivo en Amberes', 'ningún título', 'no tengo ni ordenador ni móvil', 'nada', '5 horas']],
    ['de-DE', ['ich suche Arbeit als Reinigungskraft', 'ich wohne in Antwerpen', 'kein Abschluss', 'ich habe weder Computer noch Handy', 'gar nicht', '5 Stunden']],
    ['fr-BE', ['je cherche un emploi dans le nettoyage', "j'habite à Anvers", 'aucun diplôme', "je n'ai ni ordinateur ni téléphone", 'pas du tout', '5 heures']],
  ];
  for (const [locale, texts] of FLANDERS) {
    it(`[${locale}] when one with no device and no ease is sent first to a place in Flanders, then they are told they speak only Dutch there, and that its hours are not known`, () => {
      const { out } = converse(locale, texts);
      const keys = said(out);
      expect(keys, keys.join(' ')).to.include('recommend:firstStep');
      expect(saidWith(out, 'recommend:firstStepLanguage'), keys.join(' ')).to.deep.equal({ language: 'nl' });
      expect(keys.slice(keys.indexOf('recommend:firstStep'))).to.include('recommend:firstStepNoHours');
    });
  }

  it('[nl-BE] when a Dutch speaker is sent first to the Digibanken, then no word of another language is said', () => {
    const { out } = converse('nl-BE', ['ik zoek werk in de schoonmaak', 'ik woon in Gent', 'geen diploma', 'ik heb geen computer en geen gsm', 'helemaal niet', '5 uur']);
    expect(said(out)).to.include('recommend:firstStep').and.not.include('recommend:firstStepLanguage');
  });

  it('[fr-BE] when the first place has published hours (Maks in Anderlecht), then they are said with it, never "not known"', () => {
    const { out } = converse('fr-BE', ['je cherche un emploi de vendeuse', "j'habite à Anderlecht", 'aucun diplôme', "je n'ai ni ordinateur ni téléphone", 'pas du tout', '5 heures']);
    expect(recommended(out)[0].id).to.equal('bru-maks-computer-rooms');
    expect(String(saidWith(out, 'recommend:firstStepHours')?.hours)).to.match(/lundi–vendredi/);
    expect(said(out)).to.not.include('recommend:firstStepNoHours');
  });
});

describe('A change of language after the list shows the list again in that language (engine, real knowledge)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  const CASES: Array<[string, string[], string, string]> = [
    ['en-GB', ['I want to find a job as a cleaner', 'I live in Antwerp', 'no diploma', 'I have no computer and no phone', 'not at all', '5 hours'], 'in French please', 'fr'],
    ['fr-BE', ['je cherche un emploi de vendeuse', "j'habite à Charleroi", 'CESS', "j'ai un ordinateur", "je me débrouille seule", '5 heures'], 'in English please', 'en'],
    ['es-ES', ['busco trabajo de limpieza', 'vivo en Bruselas', 'ningún título', 'solo el móvil', 'con ayuda', '5 horas'], 'en français svp', 'fr'],
    ['de-DE', ['ich suche Arbeit als Verkäufer', 'ich wohne in Luxemburg', 'Abitur', 'ich habe einen Computer', 'gut', '10 Stunden'], 'auf Französisch bitte', 'fr'],
  ];
  for (const [locale, texts, change, lang] of CASES) {
    it(`[${locale}] when "${change}" is said after the list, then the chat switches to ${lang} and the list comes again, its reasons in ${lang}`, () => {
      const { engine, session, out } = converse(locale, texts);
      expect(recommended(out)).to.not.be.empty;
      const after = engine.handle(session, { text: change });
      expect(after.some((o) => o.type === 'language' && o.language === lang), JSON.stringify(after)).to.equal(true);
      const again = recommended(after);
      expect(again, said(after).join(' ')).to.not.be.empty;
      // (what is in the new language is no longer said to be in another language)
      for (const item of again.filter((i) => i.languages.includes(lang))) {
        expect(item.reasons.map((r) => r.code), item.id).to.not.include('other-language');
      }
      expect(after.at(-1)).to.include({ type: 'ask', slot: 'followUp' });
    });
  }
});

/**
 * Polite requests to be called back (found by a tester, qa23 q22, left by rec23: "can I be called back please" was not
 * understood): a question or a wish to be called, rung or phoned (back), in six languages; a no to it stays no request.
 */
describe('A polite request to be called back is a request for a person, in six languages (engine, real knowledge)', function () {
  this.timeout(180000);
  const ROWS: Array<[string, string, string[], string]> = [
    ['en-GB', 'I want a job in a shop in Namur', ['can I be called back please', 'may I be called back tomorrow', 'could I get a call back', 'can you ring me back please'], 'I do not want to be called back'],
    ['es-ES', 'busco empleo de dependienta en Namur', ['¿pueden devolverme la llamada, por favor?', 'me podrían volver a llamar', 'me gustaría recibir una llamada'], 'no quiero recibir una llamada'],
    ['fr-BE', 'je cherche un emploi de vendeuse à Namur', ["est-ce que je peux avoir un rappel s'il vous plaît", "j'aimerais recevoir un appel", 'je voudrais être appelée demain'], 'je ne veux pas être appelée'],
    ['de-BE', 'ich suche eine Stelle als Verkäuferin in Namur', ['kann ich bitte angerufen werden?', 'ich hätte gerne einen Anruf'], 'ich möchte nicht angerufen werden'],
    ['nl-BE', 'ik zoek een baan als verkoopster in Namen', ['kan ik gebeld worden alstublieft?', 'ik zou graag opgebeld worden'], 'ik wil niet gebeld worden'],
    ['lb-LU', 'ech sichen eng Plaz als Verkeeferin zu Ettelbréck', ['kann ech w.e.g. ugeruff ginn?', 'ech wéilt gär ugeruff ginn'], 'ech wëll net ugeruff ginn'],
  ];
  for (const [locale, first, asks, refused] of ROWS) {
    for (const asked of asks) {
      it(`when "${asked}" (${locale}) follows a first message, then it is a request for a person`, () => {
        const before = converse(locale, [first]);
        const { out } = converse(locale, [first, asked], before.engine);
        const after = out.slice(before.out.length);
        expect(after.some((o) => o.type === 'understood' && o.intent === 'human'), JSON.stringify(after.map((o) => o.type === 'say' || o.type === 'ask' ? o.key : o.type))).to.equal(true);
      });
    }
    it(`when "${refused}" (${locale}) is said, then it is no request for a person`, () => {
      const before = converse(locale, [first]);
      const { out } = converse(locale, [first, refused], before.engine);
      expect(out.slice(before.out.length).some((o) => o.type === 'understood' && o.intent === 'human')).to.equal(false);
    });
  }
});

/**
 * What an item is, asked after the list, in the person's language or said to be in another (found by a tester, qa23 q19:
 * a Luxembourgish speaker read a French description with no word of it, where the card says so).
 */
describe('An item\'s description given after the list says its language when it is not the person\'s (engine, real knowledge)', function () {
  this.timeout(60000);
  const LIST = ['ech sichen Aarbecht als Verkeefer', 'ech wunnen zu Esch', 'Premiere', 'ech hunn en Computer', 'gutt', '10 Stonnen'];
  for (const [asked, rank] of [['wat ass déi zweet?', 1], ['wat ass déi drëtt?', 2]] as const) {
    it(`[lb-LU] when "${asked}" is asked of an item described only in another language, then the answer names that language`, () => {
      const { engine, session, out } = converse('lb-LU', LIST);
      const item = recommended(out)[rank];
      const about = engine.deps.recommender.aboutItem(item.id, 'lb')!;
      expect(about.shownIn, item.id).to.be.a('string').and.not.equal('lb');
      const answer = engine.handle(session, { text: asked }).find((o) => o.type === 'say' && o.key.startsWith('common:answers.about'));
      expect(answer).to.deep.include({ key: 'common:answers.aboutItemIn' });
      expect((answer as { params: Record<string, unknown> }).params.language).to.equal(about.shownIn);
    });
  }

  it('[fr-BE] when an item is described in the person\'s language, then the answer says no language', () => {
    const { engine, session, out } = converse('fr-BE', ['je cherche un emploi de secrétaire', "j'habite à Namur", 'CESS', "j'ai un ordinateur", 'je me débrouille seule', '10 heures']);
    expect(engine.deps.recommender.aboutItem(recommended(out)[0].id, 'fr')?.shownIn).to.equal(undefined);
    const answer = engine.handle(session, { text: "c'est quoi le premier ?" }).find((o) => o.type === 'say' && o.key.startsWith('common:answers.about'));
    expect(answer).to.deep.include({ key: 'common:answers.aboutItem' });
  });
});

/**
 * The `understood` trace after a change of mind within one field (found by a tester, qa23 q23: "eigentlich lieber
 * Friseur" after a list for a shop assistant showed nothing understood, the trade being left out of the traces): the
 * field the new job belongs to is shown, as what the message said.
 */
describe('A change of job within the same field shows in the understood trace (engine, real knowledge)', function () {
  this.timeout(60000);
  const CASES: Array<[string, string[], string]> = [
    ['de-DE', ['ich suche Arbeit als Verkäufer', 'ich wohne in Luxemburg', 'Abitur', 'ich habe einen Computer', 'gut', '10 Stunden'], 'eigentlich lieber Friseur'],
    ['fr-BE', ['je cherche un emploi de vendeuse', "j'habite à Namur", 'CESS', "j'ai un ordinateur", 'je me débrouille seule', '10 heures'], 'finalement plutôt coiffeuse'],
    ['en-GB', ['I want a job as a shop assistant', 'I live in Brussels', 'secondary school', 'I have a laptop', 'on my own', '10 hours'], 'actually I would rather be a hairdresser'],
  ];
  for (const [locale, texts, change] of CASES) {
    it(`[${locale}] when "${change}" follows the list, then the understood output carries the field of the new job`, () => {
      const { engine, session } = converse(locale, texts);
      expect(session.profile.trade).to.equal('sales');
      const out = engine.handle(session, { text: change });
      expect(session.profile.trade).to.equal('beauty');
      const understood = out.find((o) => o.type === 'understood');
      expect(understood).to.deep.include({ slots: { ...(understood as { slots: object }).slots, field: 'D' } });
    });
  }
});
