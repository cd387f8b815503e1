import { expect } from 'chai';
import { EventRecorder } from '../../../bot/domain/analytics/eventRecorder';
import type { AnalyticsEvent } from '../../../bot/domain/analytics/analyticsEvent';
import type { EventLog } from '../../../bot/domain/analytics/eventLog';
import { publicFigures, type RawFigures } from '../../../bot/domain/analytics/figures';
import { handoffEvents } from '../../../bot/domain/analytics/handoffEvents';
import { sessionBefore, turnEvents } from '../../../bot/domain/analytics/turnEvents';
import { newSession } from '../../../bot/domain/orientation/session';

const wait = (count: number, averageSeconds = 60, maxSeconds = 90) => ({ count, averageSeconds, maxSeconds });
function raw(n: number): RawFigures {
  return {
    conversations: n, profileComplete: 4, recommended: 5, linksOpened: 0,
    handoffs: { requested: n, queued: 1, claimed: 5, resolved: 0, expired: 0, cancelled: 0, callbacks: 2, callbacksDone: 0 },
    waits: { claimed: wait(5), expired: wait(4), callbacks: wait(0, 0, 0) },
    questions: [{ slot: 'goal', asked: 7, answered: 3, skipped: 0, misunderstood: 5 }],
    questionsByLanguage: [{ slot: 'goal', language: 'fr', asked: 7, answered: 3, skipped: 0, misunderstood: 5 }],
    items: [{ id: 'course-a', shown: 9, opened: 1 }], itemsByRegion: [{ region: 'LU', id: 'course-a', shown: 2, opened: 6 }],
    unmetFields: [{ field: 'F', count: 5 }], unmetTopics: [], languages: { fr: 6, en: 1 }, channels: { webchat: 7 },
    days: [{ day: '2026-12-01', languages: { fr: 6, en: 1 }, channels: { webchat: 7 } }],
  };
}

describe('Analytics domain: the small-count rule, events of turns and handoffs, the recorder', () => {
  it('when counts are under 5 (zero included), then they are null, and names, ids and days are kept', () => {
    const f = publicFigures(raw(7), { from: '2026-12-01', to: '2026-12-01' });
    expect(f).to.include({ conversations: 7, profileComplete: null, recommended: 5, linksOpened: null });
    expect(f.handoffs).to.deep.equal({ requested: 7, queued: null, claimed: 5, resolved: null, expired: null, cancelled: null, callbacks: null, callbacksDone: null });
    expect(f.questions).to.deep.equal([{ slot: 'goal', asked: 7, answered: null, skipped: null, misunderstood: 5 }]);
    expect(f.items).to.deep.equal([{ id: 'course-a', shown: 9, opened: null }]);
    expect(f.itemsByRegion).to.deep.equal([{ region: 'LU', id: 'course-a', shown: null, opened: 6 }]);
    expect(f.languages).to.deep.equal({ fr: 6, en: null });
    expect(f.days).to.deep.equal([{ day: '2026-12-01', languages: { fr: 6, en: null }, channels: { webchat: 7 } }]);
  });

  it('when fewer than 5 waits make an average, then the average and the longest are hidden too', () => {
    const f = publicFigures(raw(7), { from: 'a', to: 'b' });
    expect(f.waits.claimed).to.deep.equal({ count: 5, averageSeconds: 60, maxSeconds: 90 });
    expect(f.waits.expired).to.deep.equal({ count: null, averageSeconds: null, maxSeconds: null });
  });

  it('when a ticket is taken, expires or a callback is done, then the event carries the seconds waited, never who', () => {
    const base = { channel: 'webchat', language: 'fr', conversation: 'c1', fromSince: '2026-12-01T10:00:00Z', at: '2026-12-01T10:05:00Z' };
    expect(handoffEvents({ ...base, from: 'queued', to: 'assigned', by: 'marie' })).to.deep.equal([{ kind: 'handoff.claimed', value: 300, at: Date.parse(base.at), conversation: 'c1', channel: 'webchat', language: 'fr' }]);
    expect(handoffEvents({ ...base, from: 'queued', to: 'bot', by: 'expiry' })[0]).to.include({ kind: 'handoff.expired', value: 300 });
    expect(handoffEvents({ ...base, from: 'queued', to: 'bot', by: 'user' })[0]).to.include({ kind: 'handoff.cancelled' });
    expect(handoffEvents({ ...base, from: 'callback-requested', to: 'resolved', by: 'marie' })[0]).to.include({ kind: 'callback.done', value: 300 });
    expect(handoffEvents({ ...base, from: 'assigned', to: 'resolved', by: 'marie' })[0]).to.include({ kind: 'handoff.resolved' });
    expect(JSON.stringify(handoffEvents({ ...base, from: 'queued', to: 'assigned', by: 'marie' }))).to.not.include('marie');
  });

  it('when the same question is asked again after a miss, then it is one question asked and one misunderstanding', () => {
    const session = newSession();
    Object.assign(session, { stage: 'collecting', language: 'en', pending: { slot: 'goal', misses: 0 } });
    const before = sessionBefore(session);
    session.pending = { slot: 'goal', misses: 1 };
    const events = turnEvents({ conversation: 'c1', channel: 'webchat', at: 1, before, session, marks: [], outputs: [
      { type: 'say', key: 'common:notUnderstood' }, { type: 'ask', slot: 'goal', key: 'profile:goal.retry', options: [] },
    ] });
    expect(events.map((e) => [e.kind, e.slot])).to.deep.equal([['question.misunderstood', 'goal']]);
  });

  it('when the reply says a job is learnt in person, to an entrant or to a graduate, then its field is unmet', () => {
    for (const key of ['recommend:inPerson.nursing', 'recommend:inPersonGraduate.nursing', 'recommend:noneForFieldGraduate']) {
      const session = newSession();
      Object.assign(session, { stage: 'recommended', language: 'en', profile: { field: 'J', region: 'BE-BRU' } });
      const events = turnEvents({ conversation: 'c1', channel: 'webchat', at: 1, before: { stage: 'recommended', skipped: 0 }, session, marks: [],
        outputs: [{ type: 'say', key }] });
      expect(events.map((e) => [e.kind, e.field]), key).to.deep.include(['field.unmet', 'J']);
    }
  });

  it('when the profile is complete twice in one conversation (after a restart), then it is counted once', () => {
    const marks: string[] = [];
    const session = newSession();
    Object.assign(session, { stage: 'recommended', language: 'en' });
    const turn = () => turnEvents({ conversation: 'c1', channel: 'webchat', at: 1, before: { stage: 'collecting', skipped: 0 }, session, marks, outputs: [
      { type: 'summary', profile: {} }, { type: 'recommend', match: 'good', items: [{ id: 'x', kind: 'course', topics: [], fields: [], languages: [], score: 1, reasons: [] }] },
    ] }).map((e) => e.kind);
    expect(turn()).to.deep.equal(['profile.complete', 'conversation.recommended', 'recommendations.shown', 'item.shown']);
    expect(turn()).to.deep.equal(['recommendations.shown', 'item.shown']);
  });

  it('when a conversation is erased while its events wait in the buffer, then they are never written', async () => {
    const written: AnalyticsEvent[] = [];
    const erased: string[] = [];
    const log = { insert: async (e: readonly AnalyticsEvent[]) => { written.push(...e); }, eraseConversation: async (c: string) => { erased.push(c); return 0; } } as unknown as EventLog;
    const recorder = new EventRecorder(log, { flushMs: 10_000 });
    recorder.add([{ kind: 'conversation.started', at: 1, conversation: 'gone' }, { kind: 'conversation.started', at: 1, conversation: 'kept' }]);
    await recorder.erase('gone');
    await recorder.flush();
    expect(written.map((e) => e.conversation)).to.deep.equal(['kept']);
    expect(erased).to.deep.equal(['gone']);
  });

  it('when the database refuses a batch, then it is reported and dropped, and later batches are written', async () => {
    let fail = true;
    const written: AnalyticsEvent[] = [];
    const errors: number[] = [];
    const log = { insert: async (e: readonly AnalyticsEvent[]) => { if (fail) throw new Error('down'); written.push(...e); } } as unknown as EventLog;
    const recorder = new EventRecorder(log, { onError: (_e, dropped) => errors.push(dropped) });
    recorder.add([{ kind: 'erasure', at: 1 }]);
    await recorder.flush();
    fail = false;
    recorder.add([{ kind: 'erasure', at: 2 }]);
    await recorder.close();
    expect(errors).to.deep.equal([1]);
    expect(written.map((e) => e.at)).to.deep.equal([2]);
  });
});
