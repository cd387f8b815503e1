import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession } from '../../bot/domain/orientation/session';
import { converse, engineFixture } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Found chatting through the engine as jobseekers (rec21, issue 8, 2026-12-06): the flow after the list and around the
 * questions.
 */
describe('Orientation engine: "te duur" after the list is about the cost (rec21)', function () {
  this.timeout(60000);

  it('when a Dutch speaker says the list is too expensive ("te duur"), then the bot says which courses are free, as for "trop cher", not how long they last', () => {
    for (const remark of ['te duur', 'dat is veel te duur']) {
      const engine = engineFixture();
      const { session, out } = converse('nl-BE', ['ik wil grafisch ontwerp leren', 'bachelor', 'zonder hulp', 'laptop', '10', 'gent'], engine);
      expect(out.some((o) => o.type === 'recommend')).to.equal(true);
      const after = engine.handle(session, { text: remark });
      expect(after.some((o) => o.type === 'recommend'), remark).to.equal(false);
      expect(says(after).some((k) => k.startsWith('recommend:listCost.')), `${remark}: ${says(after)}`).to.equal(true);
      expect(asks(after).at(-1)).to.equal('followUp');
    }
  });
});

describe('Orientation engine: a callback given up after bad numbers (rec21)', function () {
  this.timeout(60000);

  it('when the number was given up after three tries, then the question asked before comes again in its first wording and is not skipped at the next miss', () => {
    for (const [locale, numbers, miss] of [['fr-BE', ['12345', 'abc', 'je sais pas'], 'ok'], ['nl-BE', ['12345', 'abc', 'weet ik niet'], 'ok'],
      ['de-DE', ['12345', 'abc', 'keine Ahnung'], 'ok']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.handle(s, { text: miss }); // the goal put a second time
      engine.offerCallback(s);
      engine.handle(s, { text: locale === 'de-DE' ? 'ja' : locale === 'nl-BE' ? 'ja' : 'oui' });
      const out = numbers.flatMap((text) => engine.handle(s, { text }));
      expect(says(out), locale).to.include('handoff:callbackGiveUp');
      const goal = out.filter((o): o is Extract<Output, { type: 'ask' }> => o.type === 'ask' && o.slot === 'goal');
      expect(goal.map((g) => g.key), locale).to.deep.equal(['profile:ask.goal']);
      // one word not understood is a first miss, not the third time the question is put
      const next = engine.handle(s, { text: miss });
      expect(says(next), locale).to.not.include('common:skipping');
      expect(asks(next).at(-1), locale).to.equal('goal');
    }
  });
});
