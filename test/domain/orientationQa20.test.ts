import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession } from '../../bot/domain/orientation/session';
import { converse, engineFixture } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa20, 2026-12-06), replayed through the engine:
 * the flow and the wording around the questions (F1, T3, T5 of the report).
 */
describe('Orientation engine: flow findings of a black-box tester (qa20)', function () {
  this.timeout(60000);

  it('when a question is put again after "ok", "thanks" or answers to other questions, then it is put at most three times in all', () => {
    const chats: Array<[string, string[], string]> = [
      ['fr-BE', ['ok', 'ok', 'ok', 'ok'], 'goal'],
      ['de-DE', ['danke', 'danke', 'danke', 'danke'], 'goal'],
    ];
    for (const [locale, texts, slot] of chats) {
      const { out } = converse(locale, texts);
      expect(asks(out).filter((s) => s === slot).length, texts.join(' / ')).to.be.at.most(3);
    }
  });

  // (qa21 q27: such a message is progress, no try of the question; it is no longer left aside for it)
  // (qa22 q03: the second such answer sets the question aside, the others are asked, and it comes back after them)
  it('when the third message to a question answers another one (a town, the hours), then the bot says it noted it and asks one question, never skipping it', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-FR', ['je veux creer mon entreprise de paysagiste', 'bts', 'ordi', '5 heures', 'toulouse']],
      ['en-GB', ["I'm a chef, want to open my own restaurant", 'hnd', 'ok-ish', 'computer', '5 hours']],
      ['fr-BE', ['agricultrice reconversion', 'secondaire inferieur', 'bof', 'smartphone', '2h']],
    ];
    for (const [locale, texts] of chats) {
      const { out } = converse(locale, texts);
      const last = out.slice(out.map((o) => o.type === 'understood').lastIndexOf(true));
      expect(says(out), texts.join(' / ')).to.include('common:noted');
      expect(says(out).filter((k) => k === 'common:skipping' || k === 'common:skippingNoted'), texts.join(' / ')).to.deep.equal([]);
      expect(asks(last), texts.join(' / ')).to.have.length(1);
    }
  });

  it('when a callback is saved or declined after the goal was first asked, then the goal comes next in its first wording, not as a retry', () => {
    for (const [locale, finish] of [['en-GB', ['yes', '0470123456', 'tomorrow morning']], ['fr-BE', ['non merci']]] as const) {
      const engine = engineFixture();
      const s = newSession();
      const start = engine.start(s, { locale });
      expect(asks(start), locale).to.deep.equal(['goal']);
      engine.offerCallback(s);
      const out = finish.flatMap((text) => engine.handle(s, { text }));
      const goal = out.filter((o): o is Extract<Output, { type: 'ask' }> => o.type === 'ask' && o.slot === 'goal');
      expect(goal.length, locale).to.equal(1);
      expect(goal[0].key, locale).to.equal('profile:ask.goal');
    }
  });
});

describe('Orientation engine: the cost of the list remarked on (qa20 R5)', function () {
  this.timeout(60000);

  it('when the person says the list is too expensive, then the bot says which courses are free for them, and does not show the list again', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-BE', ['je veux apprendre le graphisme', 'licence', 'oui', 'ordinateur portable', '10', 'saint-gilles', 'trop cher']],
      ['en-GB', ['I want to learn graphic design', 'bachelor', 'on my own', 'laptop', '10', 'brussels', "it's too expensive"]],
      ['es-ES', ['quiero aprender diseño gráfico', 'licenciatura', 'sin ayuda', 'portátil', '10', 'bruselas', 'es demasiado caro']],
      ['de-DE', ['ich möchte Grafikdesign lernen', 'Bachelor', 'ohne Hilfe', 'Laptop', '10', 'Eupen', 'das ist zu teuer']],
    ];
    for (const [locale, texts] of chats) {
      const engine = engineFixture();
      const { session, out } = converse(locale, texts.slice(0, -1), engine);
      expect(out.some((o) => o.type === 'recommend'), texts.join(' / ')).to.equal(true);
      const after = engine.handle(session, { text: texts.at(-1)! });
      expect(after.some((o) => o.type === 'recommend'), texts.join(' / ')).to.equal(false);
      expect(says(after).some((k) => k.startsWith('recommend:listCost.')), `${texts.join(' / ')}: ${says(after)}`).to.equal(true);
      expect(asks(after).at(-1)).to.equal('followUp');
    }
  });
});
