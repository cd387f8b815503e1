import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa20, 2026-12-06), replayed through the engine in
 * words written for the test.
 */
describe('Orientation engine: findings of a black-box tester (qa20)', function () {
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
});
