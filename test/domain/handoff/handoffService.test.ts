import { expect } from 'chai';
import { MemoryStore } from '../../../bot/adapters/storage/memoryStore';
import { HandoffService } from '../../../bot/domain/handoff/handoffService';
import { canTransition, InvalidTransitionError } from '../../../bot/domain/handoff/handoffState';
import { AlreadyAssignedError } from '../../../bot/domain/handoff/ticket';

class FakeClock { constructor(public t = new Date('2026-11-23T09:00:00Z')) {} now(): Date { return this.t; } advance(min: number): void { this.t = new Date(this.t.getTime() + min * 60_000); } }
const input = { address: { channelId: 'emulator', conversationId: 'c1', userId: 'u1' }, reason: 'user' as const, language: 'fr', profile: { goal: 'find-job' as const }, recommendations: [] };

describe('Handoff state machine', () => {
  it('when moves are checked, then only the table allows them', () => {
    expect(canTransition('bot', 'queued')).to.equal(true);
    expect(canTransition('queued', 'assigned')).to.equal(true);
    expect(canTransition('assigned', 'queued')).to.equal(false);
    expect(canTransition('bot', 'assigned')).to.equal(false);
    expect(canTransition('resolved', 'assigned')).to.equal(false);
  });
});

describe('HandoffService', () => {
  let clock: FakeClock;
  let service: HandoffService;
  beforeEach(() => { clock = new FakeClock(); service = new HandoffService(new MemoryStore(), clock); });

  it('when a conversation is queued twice, then there is one ticket', async () => {
    const first = await service.queue(undefined, input);
    const second = await service.queue(first.id, input);
    expect(second.id).to.equal(first.id);
    expect((await service.list('queued')).map((t) => t.id)).to.deep.equal([first.id]);
  });

  it('when two advisors claim at once, then exactly one wins and the other gets AlreadyAssignedError', async () => {
    const t = await service.queue(undefined, input);
    const results = await Promise.allSettled([service.claim(t.id, 'alice'), service.claim(t.id, 'bob')]);
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).to.be.instanceOf(AlreadyAssignedError);
    expect((await service.get(t.id))?.state).to.equal('assigned');
  });

  it('when a ticket is resolved, then it is listed as resolved and can be queued again later', async () => {
    const t = await service.queue(undefined, input);
    await service.claim(t.id, 'alice');
    await service.resolve(t.id, 'alice');
    expect((await service.list('resolved')).map((x) => x.id)).to.deep.equal([t.id]);
    expect((await service.queue(t.id, input)).state).to.equal('queued');
  });

  it('when an illegal move is asked, then InvalidTransitionError is thrown and nothing changes', async () => {
    const t = await service.queue(undefined, input);
    await service.claim(t.id, 'alice');
    try { await service.cancel(t.id); expect.fail('should throw'); } catch (err) { expect(err).to.be.instanceOf(InvalidTransitionError); }
    expect((await service.get(t.id))?.state).to.equal('assigned');
  });

  it('when nobody takes a queued ticket in time, then it expires back to the bot (fake clock, no waiting)', async () => {
    const t = await service.queue(undefined, input);
    clock.advance(10);
    expect(await service.expireStale(15)).to.be.empty;
    clock.advance(6);
    const expired = await service.expireStale(15);
    expect(expired.map((x) => x.id)).to.deep.equal([t.id]);
    expect((await service.get(t.id))?.state).to.equal('bot');
  });

  it('when a callback is requested, then the number and the consent time are stored, and done is recorded on resolve', async () => {
    const t = await service.requestCallback(undefined, input, { phone: '+32470000000', preferredTime: 'morning' });
    expect(t.state).to.equal('callback-requested');
    expect(t.callback).to.include({ phone: '+32470000000', consentAt: '2026-11-23T09:00:00.000Z' });
    const done = await service.resolve(t.id, 'alice');
    expect(done.callback?.doneBy).to.equal('alice');
  });

  it('when a ticket is forgotten (erasure), then it is gone from the store and the lists', async () => {
    const t = await service.queue(undefined, input);
    await service.forget(t.id);
    expect(await service.get(t.id)).to.equal(undefined);
    expect(await service.list()).to.be.empty;
  });
});
