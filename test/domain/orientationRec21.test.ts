import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
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
