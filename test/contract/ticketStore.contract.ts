import { expect } from 'chai';
import type { Ticket } from '../../bot/domain/handoff/ticket';
import type { TicketStore } from '../../bot/domain/handoff/ticketStore';
import { EtagConflictError } from '../../bot/domain/storage/keyValueStore';
import { rejectionOf } from './storeTestKit';

let n = 0;
export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  n++;
  return {
    id: `t-${n}-${Math.random().toString(36).slice(2)}`, address: { channelId: 'test', conversationId: `c-${n}` }, state: 'queued',
    since: new Date(Date.UTC(2026, 0, 1, 10, n % 60)).toISOString(), createdAt: '2026-01-01T10:00:00.000Z', reason: 'user', language: 'fr',
    profile: {}, recommendations: [], notes: [], history: [], ...overrides,
  } as Ticket;
}

/**
 * What every {@link TicketStore} does. `create(now)` gives an empty store whose write times come from `now`.
 */
export function describeTicketStore(name: string, create: (now: () => number) => Promise<TicketStore>): void {
  describe(`${name} satisfies TicketStore`, () => {
    let store: TicketStore;
    let clock = Date.UTC(2026, 0, 1);
    beforeEach(async () => { clock = Date.UTC(2026, 0, 1); store = await create(() => clock); });
    afterEach(async () => { await store.close?.(); });

    it('when a ticket is created, then it reads back equal with a version; an unknown id reads as absent', async () => {
      const t = aTicket({ callback: { phone: '+32470000000', consentAt: '2026-01-01T10:00:00.000Z' } });
      await store.create(t);
      const got = await store.get(t.id);
      expect(got?.ticket).to.deep.equal(t);
      expect(got?.version).to.be.a('string').with.length.above(0);
      expect(await store.get('nope')).to.equal(undefined);
    });

    it('when an id is created twice, then the second is a conflict and the first stays', async () => {
      const t = aTicket();
      await store.create(t);
      expect(await rejectionOf(store.create({ ...t, language: 'en' }))).to.be.instanceOf(EtagConflictError);
      expect((await store.get(t.id))?.ticket.language).to.equal('fr');
    });

    it('lists by state, oldest state change first; without a state, all of them', async () => {
      const late = aTicket({ since: '2026-01-02T00:00:00.000Z' });
      const early = aTicket({ since: '2026-01-01T00:00:00.000Z' });
      const taken = aTicket({ state: 'assigned', assignedTo: 'ana' });
      const callback = aTicket({ state: 'callback-requested' });
      for (const t of [late, early, taken, callback]) await store.create(t);
      expect((await store.list('queued')).map((t) => t.id)).to.deep.equal([early.id, late.id]);
      expect((await store.list('assigned')).map((t) => t.id)).to.deep.equal([taken.id]);
      expect((await store.list('callback-requested')).map((t) => t.id)).to.deep.equal([callback.id]);
      expect(await store.list()).to.have.length(4);
    });

    it('when updated with the version read, then it changes (and moves between lists); with a stale version, a conflict and nothing changes', async () => {
      const t = aTicket();
      await store.create(t);
      const read = (await store.get(t.id))!;
      await store.update({ ...t, state: 'assigned', assignedTo: 'ana' }, read.version);
      expect(await store.list('queued')).to.deep.equal([]);
      expect((await store.list('assigned')).map((x) => x.assignedTo)).to.deep.equal(['ana']);
      expect(await rejectionOf(store.update({ ...t, state: 'assigned', assignedTo: 'bob' }, read.version))).to.be.instanceOf(EtagConflictError);
      expect((await store.get(t.id))?.ticket.assignedTo).to.equal('ana');
    });

    it('when 8 claims of one ticket race with the same version, then exactly one wins', async () => {
      const t = aTicket();
      await store.create(t);
      const { version } = (await store.get(t.id))!;
      const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => store.update({ ...t, state: 'assigned', assignedTo: `a${i}` }, version)));
      const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [`a${i}`] : []));
      expect(won).to.have.length(1);
      outcomes.filter((o) => o.status === 'rejected').forEach((o) => expect((o as PromiseRejectedResult).reason).to.be.instanceOf(EtagConflictError));
      expect((await store.get(t.id))?.ticket.assignedTo).to.equal(won[0]);
    });

    it('when a ticket is deleted (erasure), then nothing refers to it: not get, not any list; deleting again is fine', async () => {
      const t = aTicket();
      await store.create(t);
      await store.delete(t.id);
      await store.delete(t.id);
      expect(await store.get(t.id)).to.equal(undefined);
      expect(await store.list()).to.deep.equal([]);
      expect(await store.list('queued')).to.deep.equal([]);
    });

    it('retention: deletes the tickets last written before the cutoff, keeps the others', async () => {
      const old = aTicket();
      await store.create(old);
      clock += 40 * 86_400_000;
      const recent = aTicket();
      await store.create(recent);
      expect(await store.purgeOlderThan(new Date(clock - 86_400_000))).to.equal(1);
      expect((await store.list()).map((t) => t.id)).to.deep.equal([recent.id]);
    });
  });
}
