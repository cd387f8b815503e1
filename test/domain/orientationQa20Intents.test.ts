import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa20, 2026-12-06), replayed through the engine in
 * words written for the test.
 */
describe('Orientation engine: intents and language a black-box tester used (qa20: ok, goodbye, why this one, a language after a correction)', function () {
  this.timeout(60000);

  it('when "ok" is typed again and again to the goal question, then it is no thanks and the question is not put more than three times', () => {
    for (const [locale, word] of [['fr-BE', 'ok'], ['de-DE', 'gut'], ['en-GB', 'okay']]) {
      const { out } = converse(locale, [word, word, word, word, word]);
      expect(says(out), word).to.not.include('common:thanksReply');
      expect(asks(out).filter((s) => s === 'goal').length, word).to.be.at.most(3);
    }
  });

  it('when thanks say goodbye in the middle of the questions, then the bot says goodbye and does not ask again', () => {
    for (const [locale, texts] of [['fr-BE', ['je cherche du travail dans la vente', 'merci, au revoir']],
      ['de-DE', ['ich suche Arbeit im Verkauf', 'danke, tschüss']], ['nl-BE', ['ik zoek werk in de verkoop', 'bedankt, tot ziens']]] as const) {
      const first = converse(locale, texts.slice(0, 1)).out;
      const { out } = converse(locale, [...texts]);
      const last = out.slice(first.length);
      expect(says(last), texts.join(' / ')).to.include('common:farewell');
      expect(asks(last), texts.join(' / ')).to.deep.equal([]);
    }
  });

  it('when "why this one?" is asked after the list, then the answer is about the items, not why the bot asks its questions', function () {
    this.timeout(240000);
    for (const [locale, first, why] of [
      ['en-GB', 'I want to work as a programmer, I have a bachelor, very good with computers, I have a laptop with internet, 10 hours, I live in Liege', 'why that one?'],
      ['fr-BE', "je veux travailler comme programmeur, j'ai un bachelier, très à l'aise en informatique, j'ai un ordi avec internet, 10 heures, j'habite à Liège", 'pourquoi celui-là ?'],
    ] as const) {
      const { out } = converse(locale, [first, why]);
      const after = out.slice(out.map((o) => o.type).lastIndexOf('recommend') + 1);
      expect(says(after), why).to.include('common:answers.whyListed');
      expect(says(after), why).to.not.include('common:answers.why');
    }
    expect(says(converse('en-GB', ['find a job', 'why?']).out)).to.include('common:answers.why');
  });
});
