import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import type { Output } from '../../bot/domain/orientation/outputs';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture } from '../helpers/engineFixture';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const tr = new Translations(path.resolve(__dirname, '../../locales'));

/**
 * Found by a black-box tester (qa19 A2): a Spanish speaker asking "¿habla usted neerlandés?" had the chat switched to
 * Dutch. A question whether the bot speaks a language is answered (yes, and the word to write to switch), and the chat
 * stays in its language; a request for the language still switches.
 */
describe('Orientation engine: asked whether it speaks a language', function () {
  this.timeout(180000);
  before(() => { engineFixture(); return warmUp(); });

  it('when the person asks whether the bot speaks another language, then it says it does and how to switch, and stays in the chat language', () => {
    const chats: Array<[string, string, string]> = [
      ['es-ES', 'busco trabajo de cajera en Bruselas', '¿habla usted francés?'],
      ['en-GB', 'I am looking for a job in a warehouse in Liège', 'do you speak German?'],
      ['de-BE', 'Ich suche Arbeit als Verkäuferin in Eupen', 'sprechen Sie Englisch?'],
      ['fr-BE', 'je cherche du travail comme vendeuse à Namur', 'parlez-vous espagnol ?'],
      ['nl-BE', 'ik zoek werk als verkoopster in Gent', 'spreekt u Engels?'],
    ];
    for (const [locale, first, asked] of chats) {
      const { out, session } = converse(locale, [first, asked]);
      expect(says(out), asked).to.include('common:languageSpoken');
      expect(says(out), asked).to.not.include('common:languageChanged');
      expect(session.language, asked).to.equal(locale.slice(0, 2));
      expect(out.some((o) => o.type === 'language'), asked).to.equal(false);
    }
    // the reply names the language and the word to write
    expect(tr.getT('es')('common:languageSpoken', { language: 'nl', word: 'Nederlands' })).to.include('neerlandés').and.include('Nederlands');
    // a request switches
    const { session } = converse('es-ES', ['busco trabajo de cajera en Bruselas', 'en francés por favor']);
    expect(session.language).to.equal('fr');
  });
});

/**
 * Found by a black-box tester (qa19 A1): "…je parle pas bien français, I speak english better" kept the chat in French.
 * A served language said to be spoken, read or understood better is a request for it; what the rest of the message says,
 * in the chat's language, is kept.
 */
describe('Orientation engine: a language said to be spoken better', function () {
  this.timeout(180000);
  before(() => { engineFixture(); return warmUp(); });

  it('when the person says they speak or read another served language better, then the chat switches to it and keeps the rest', () => {
    const chats: Array<[string, string, string, string]> = [
      ['fr-BE', "je cherche du travail comme vendeuse à Namur, mon français n'est pas top, I understand English better", 'en', 'D'],
      ['fr-BE', 'je cherche un travail de cuisinier à Liège, je parle mieux espagnol', 'es', 'G'],
      ['en-GB', 'I want to work in a warehouse in Brussels, ich spreche besser Deutsch', 'de', 'N'],
      ['es-ES', 'busco trabajo de cajera en Bruselas, pero entiendo mejor el inglés', 'en', 'D'],
    ];
    for (const [locale, text, language, field] of chats) {
      const { out, session } = converse(locale, [text]);
      expect(session.language, text).to.equal(language);
      expect(says(out), text).to.include('common:languageChanged');
      expect(session.profile.field, text).to.equal(field);
      expect(out.filter((o) => o.type === 'ask').map((o) => (o as { slot: string }).slot), text).to.not.include('goal');
    }
    // better than another: a description, no switch
    const { session } = converse('fr-BE', ['je cherche du travail à Namur, je parle mieux anglais que néerlandais']);
    expect(session.language).to.equal('fr');
  });
});
