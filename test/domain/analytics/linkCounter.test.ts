import { expect } from 'chai';
import { LinkCounter } from '../../../bot/domain/analytics/linkCounter';
import { MemoryStore } from '../../../bot/adapters/storage/memoryStore';

describe('LinkCounter: openings of recommended links, per item and day, no personal data', () => {
  const day = new Date('2026-12-03T10:00:00Z');

  it('when 40 openings of one item arrive at once, then all 40 are counted (conditional writes, retried)', async () => {
    const store = new MemoryStore();
    const counter = new LinkCounter(store, () => day);
    await Promise.all(Array.from({ length: 40 }, () => counter.opened('oc-python')));
    expect(await counter.day('2026-12-03', ['oc-python', 'never-opened'])).to.deep.equal({ 'oc-python': 40, 'never-opened': 0 });
  });

  it('when openings happen on two days, then each day has its own count, and the stored document holds only a number', async () => {
    const store = new MemoryStore();
    let now = day;
    const counter = new LinkCounter(store, () => now);
    await counter.opened('bru-epn-label');
    now = new Date('2026-12-04T08:00:00Z');
    await counter.opened('bru-epn-label');
    await counter.opened('bru-epn-label');
    expect(await counter.day('2026-12-03', ['bru-epn-label'])).to.deep.equal({ 'bru-epn-label': 1 });
    expect(await counter.day('2026-12-04', ['bru-epn-label'])).to.deep.equal({ 'bru-epn-label': 2 });
    const stored = await store.read(['analytics/links/2026-12-04/bru-epn-label']);
    expect(Object.keys(stored['analytics/links/2026-12-04/bru-epn-label']).sort()).to.deep.equal(['count', 'eTag']);
  });
});
