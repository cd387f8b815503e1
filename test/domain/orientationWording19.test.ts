import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import type { Output } from '../../bot/domain/orientation/outputs';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture } from '../helpers/engineFixture';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const tr = new Translations(path.resolve(__dirname, '../../locales'));
const LANGS = ['fr', 'en', 'es', 'de', 'nl', 'lb'];

/**
 * Wording a black-box tester found wrong while chatting as jobseekers (qa19, 2026-12-06), replayed through the engine
 * in words written for the test, in every language: "Gut." before "pick the closest option" to an answer not taken, "I now
 * write in German" to one already answered in German, "sorry, I did not understand" before saying where the bot helps to
 * one who named a place abroad, and Dutch field names without their article after "werk in".
 */
describe('Orientation engine: wording found by a black-box tester (qa19)', function () {
  this.timeout(180000);
  before(() => { engineFixture(); return warmUp(); });

  it('when an answer is only vague words, then the reply does not open as if it were accepted (no "OK.", "Gut.", "De acuerdo.")', () => {
    const chats: Array<[string, string[]]> = [
      ['de-BE', ['Ich suche Arbeit als Verkäuferin in Eupen, ich habe Abitur, ich habe einen Laptop', 'geht so']],
      ['es-ES', ['busco trabajo de cajera en Bruselas, tengo el bachillerato y un portátil', 'más o menos']],
    ];
    for (const [locale, texts] of chats) {
      const { out } = converse(locale, texts);
      expect(says(out), texts.join(' / ')).to.include('common:vague');
    }
    for (const lang of LANGS) {
      const vague = tr.getT(lang)('common:vague');
      const ack = tr.getT(lang)('common:languageChanged').split(/[.,]/)[0];
      expect(vague.startsWith(ack), `${lang}: ${vague}`).to.equal(false);
    }
  });

  it('when the person asks for the language they already write in and are answered in, then the reply says so, not that it now switches', () => {
    const chats: Array<[string, string[]]> = [
      ['de-BE', ['Ich suche Arbeit als Verkäuferin in Eupen', 'auf Deutsch bitte']],
      ['fr-BE', ['je cherche du travail comme vendeuse à Namur', 'en français svp']],
      ['en-GB', ['I am looking for a job as a shop assistant in Brussels', 'in English please']],
      ['es-ES', ['busco trabajo de cajera en Bruselas', 'en español por favor']],
      ['nl-BE', ['ik zoek werk als verkoopster in Gent', 'in het Nederlands graag']],
    ];
    for (const [locale, texts] of chats) {
      const { out, session } = converse(locale, texts);
      expect(says(out), texts.join(' / ')).to.include('common:languageKept');
      expect(says(out), texts.join(' / ')).to.not.include('common:languageChanged');
      expect(session.language).to.equal(locale.slice(0, 2));
    }
    const { out } = converse('fr-BE', ['je cherche du travail comme vendeuse à Namur', 'auf Deutsch bitte']);
    expect(says(out)).to.include('common:languageChanged');
  });

  it('when the place named is not one the bot serves (a city abroad), then the reply says at once where it helps, with no "sorry, I did not understand" first', () => {
    const chats: Array<[string, string[]]> = [
      ['es-ES', ['busco trabajo de camarero, tengo el bachillerato, portátil, bien, 10 horas', 'Madrid']],
      ['de-DE', ['Ich suche Arbeit als Verkäuferin, ich habe Abitur, Laptop, gut, 10 Stunden', 'Trier']],
    ];
    for (const [locale, texts] of chats) {
      const before = converse(locale, texts.slice(0, -1));
      expect(asks(before.out).at(-1), texts.join(' / ')).to.equal('region');
      const { out } = converse(locale, texts);
      expect(says(out), texts.join(' / ')).to.not.include('common:notUnderstood');
      expect(out.some((o) => o.type === 'ask' && o.key === 'profile:ask.region_retry'), texts.join(' / ')).to.equal(true);
    }
  });

  it('nl: every field name reads after "werk in" with its article ("werk in de bouw")', () => {
    const t = tr.getT('nl');
    for (const field of 'ABCDEFGHIJKLMN') {
      const text = t('profile:summary.field', { field: t(`profile:fields.${field}`) });
      expect(text, field).to.match(/^werk in (de|het) /);
    }
  });
  it('when the person asks, while a question is pending, for help with their CV, then the reply names the job-search help the bot offers, not "I cannot answer that", and the question comes again', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-BE', ['je cherche un emploi de vendeuse à Namur', "vous pouvez m'aider à faire mon CV ?"]],
      ['en-GB', ['I am looking for a job as a shop assistant in Brussels', 'can you help me write my CV?']],
      ['es-ES', ['busco trabajo de cajera en Bruselas', '¿me puede ayudar a hacer mi currículum?']],
    ];
    for (const [locale, texts] of chats) {
      const before = converse(locale, texts.slice(0, -1));
      const { out } = converse(locale, texts);
      expect(says(out), texts.join(' / ')).to.include('common:answers.jobSearchHelp');
      expect(says(out), texts.join(' / ')).to.not.include('common:answers.other');
      expect(asks(out).at(-1), texts.join(' / ')).to.equal(asks(before.out).at(-1));
    }
  });
  it('when a property of an item shown is asked, then the answer names the item (its title, a place\'s name), not "number 2", in every language', () => {
    const chats: Array<[string, string, string]> = [
      ['fr-BE', 'je cherche un emploi dans la vente à Bruxelles, j\'ai un bachelier, je suis très à l\'aise avec un ordinateur, j\'ai un portable, 20 heures par semaine', 'le deuxième est gratuit ?'],
      ['en-GB', 'I am looking for a job in sales in Brussels, I have a bachelor\'s degree, I am very good with computers, I have a laptop, 20 hours a week', 'is the second one free?'],
      ['es-ES', 'busco trabajo en ventas en Bruselas, tengo un grado universitario, uso muy bien el ordenador, tengo un portátil, 20 horas por semana', '¿cuánto dura el segundo?'],
      ['de-DE', 'ich suche Arbeit im Verkauf in Brüssel, ich habe einen Bachelor, ich kann sehr gut mit dem Computer umgehen, ich habe einen Laptop, 20 Stunden pro Woche', 'wie lange dauert der zweite?'],
      ['nl-BE', 'ik zoek werk in de verkoop in Brussel, ik heb een bachelor, ik kan goed met de computer, ik heb een laptop, 20 uur per week', 'hoelang duurt de tweede?'],
      ['lb-LU', "ech sichen eng Aarbecht am Verkaf zu Lëtzebuerg, ech hunn e Bac, ech kann gutt mam Computer, ech hunn e Laptop, 20 Stonnen d'Woch", 'wéi laang dauert deen zweeten?'],
    ];
    for (const [locale, first, question] of chats) {
      const { out } = converse(locale, [first, question]);
      const said = out.filter((o): o is Extract<Output, { type: 'say' }> => o.type === 'say' && o.key.startsWith('common:answers.item.')).at(-1);
      expect(said, question).to.not.equal(undefined);
      const item = String(said!.params?.item ?? '');
      expect(item, question).to.not.equal('');
      const text = tr.getT(locale.slice(0, 2))(said!.key, said!.params);
      expect(text, question).to.contain(item);
      expect(text, question).to.not.match(/\b(number|numéro|número|nummer)\s*2\b/i);
    }
  });
});
