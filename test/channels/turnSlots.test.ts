import { expect } from 'chai';
import { TurnSlots } from '../../bot/channels/turnSlots';

describe('TurnSlots', () => {
  it('when more tasks come than slots, then at most that many run at once, in arrival order, and a failure frees its slot', async () => {
    const slots = new TurnSlots(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => slots.run(async () => {
      started.push(i);
      running++; peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (i === 1) throw new Error('boom');
      return i;
    });
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(task));
    expect(peak).to.equal(2);
    expect(started).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });
});
