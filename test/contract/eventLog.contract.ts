import { expect } from 'chai';
import type { AnalyticsEvent } from '../../bot/domain/analytics/analyticsEvent';
import type { EventLog } from '../../bot/domain/analytics/eventLog';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9); // 2 Nov 2026, 09:00 UTC
const period = { from: new Date(T0 - DAY), to: new Date(T0 + 3 * DAY) };

/** A conversation's events: started, two questions, complete, one recommendation of two items. */
function conversation(id: string, at: number, lang: string, channel: string): AnalyticsEvent[] {
  const base = { conversation: id, channel, language: lang, at };
  return [
    { ...base, kind: 'conversation.started', region: 'BE-BRU' },
    { ...base, kind: 'question.asked', slot: 'goal' },
    { ...base, kind: 'question.answered', slot: 'goal' },
    { ...base, kind: 'question.asked', slot: 'interest' },
    { ...base, kind: 'question.misunderstood', slot: 'interest' },
    { ...base, kind: 'question.skipped', slot: 'interest' },
    { ...base, kind: 'profile.complete', region: 'BE-BRU' },
    { ...base, kind: 'conversation.recommended', region: 'BE-BRU' },
    { ...base, kind: 'recommendations.shown', region: 'BE-BRU', match: 'none' },
    { ...base, kind: 'recommendations.shown', region: 'BE-BRU', match: 'none' },
    { ...base, kind: 'item.shown', region: 'BE-BRU', item: 'course-a', itemKind: 'course', fields: ['D', 'N'], match: 'none' },
    { ...base, kind: 'item.shown', region: 'BE-BRU', item: 'support-b', itemKind: 'support', fields: [], match: 'none' },
    { ...base, kind: 'field.unmet', region: 'BE-BRU', field: 'F' },
    { ...base, kind: 'handoff.requested', reason: 'user' },
    { ...base, kind: 'handoff.claimed', value: 60 },
  ];
}

/**
 * The behaviour every {@link EventLog} adapter must have (memory, SQLite, PostgreSQL): the same events give the
 * same figures, erasure and retention delete what they must and nothing else.
 */
export function describeEventLog(name: string, create: () => Promise<EventLog>): void {
  describe(`${name} satisfies EventLog`, () => {
    let log: EventLog;
    beforeEach(async () => { log = await create(); });
    afterEach(async () => { await log.close(); });

    it('when no event was written, then every figure is zero or empty', async () => {
      const f = await log.figures(period);
      expect(f).to.include({ conversations: 0, profileComplete: 0, recommended: 0, linksOpened: 0 });
      expect(f.questions).to.deep.equal([]);
      expect(f.items).to.deep.equal([]);
    });

    it('when conversations are written, then the figures are their SQL aggregation', async () => {
      const events: AnalyticsEvent[] = [];
      for (let i = 0; i < 6; i++) events.push(...conversation(`c${i}`, T0 + i * 1000, i < 4 ? 'fr' : 'en', i < 5 ? 'webchat' : 'telegram'));
      // one link carried the region it was shown in (?r=), one did not (a link shown before regions were added)
      events.push({ kind: 'link.opened', at: T0, item: 'course-a', region: 'BE-BRU' }, { kind: 'link.opened', at: T0 + DAY, item: 'course-a' });
      await log.insert(events);
      const f = await log.figures(period);
      expect(f).to.include({ conversations: 6, profileComplete: 6, recommended: 6, linksOpened: 2 });
      expect(f.languages).to.deep.equal({ fr: 4, en: 2 });
      expect(f.channels).to.deep.equal({ webchat: 5, telegram: 1 });
      expect(f.questions).to.deep.equal([
        { slot: 'goal', asked: 6, answered: 6, skipped: 0, misunderstood: 0 },
        { slot: 'interest', asked: 6, answered: 0, skipped: 6, misunderstood: 6 },
      ]);
      expect(f.questionsByLanguage.find((q) => q.slot === 'interest' && q.language === 'en')).to.deep.equal({ slot: 'interest', language: 'en', asked: 2, answered: 0, skipped: 2, misunderstood: 2 });
      expect(f.items).to.deep.equal([{ id: 'course-a', shown: 6, opened: 2 }, { id: 'support-b', shown: 6, opened: 0 }]);
      expect(f.itemsByRegion).to.deep.equal([{ region: 'BE-BRU', id: 'course-a', shown: 6, opened: 1 }, { region: 'BE-BRU', id: 'support-b', shown: 6, opened: 0 }]);
      expect(f.unmetFields).to.deep.equal([{ field: 'F', count: 6 }]);
      expect(f.handoffs).to.include({ requested: 6, claimed: 6 });
      expect(f.waits.claimed).to.deep.equal({ count: 6, averageSeconds: 60, maxSeconds: 60 });
      expect(f.days).to.deep.equal([{ day: '2026-11-02', languages: { fr: 4, en: 2 }, channels: { webchat: 5, telegram: 1 } }]);
    });

    it('when a period is asked, then only its events count (from included, to excluded)', async () => {
      await log.insert([...conversation('in', T0, 'fr', 'webchat'), ...conversation('before', T0 - 2 * DAY, 'fr', 'webchat'), ...conversation('after', T0 + 3 * DAY, 'fr', 'webchat')]);
      expect((await log.figures(period)).conversations).to.equal(1);
    });

    it('when a conversation is erased, then its events are gone and the others stay', async () => {
      await log.insert([...conversation('keep', T0, 'fr', 'webchat'), ...conversation('erase-me', T0, 'fr', 'webchat')]);
      expect(await log.eraseConversation('erase-me')).to.equal(15);
      const f = await log.figures(period);
      expect(f.conversations).to.equal(1);
      expect(f.items.map((i) => i.shown)).to.deep.equal([1, 1]);
    });

    it('when events are older than the retention cutoff, then the purge deletes them only', async () => {
      await log.insert([...conversation('old', T0 - 400 * DAY, 'fr', 'webchat'), ...conversation('new', T0, 'fr', 'webchat')]);
      expect(await log.purgeOlderThan(new Date(T0 - DAY))).to.equal(15);
      expect((await log.figures({ from: new Date(0), to: new Date(T0 + DAY) })).conversations).to.equal(1);
    });
  });
}
