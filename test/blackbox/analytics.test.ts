import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { recordKey } from '../../bot/domain/conversation/conversationRepository';
import { ConsoleClient } from '../helpers/consoleClient';
import { MockChannel } from '../helpers/mockChannel';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

interface EventRow { kind: string; conv: string | null; channel: string | null; lang: string | null; region: string | null; slot: string | null; item: string | null; item_kind: string | null; match: string | null; field: string | null; reason: string | null; value: number | null }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EN = { goal: 'find a job', interest: 'programming', qualification: 'a bachelor degree', digitalSkills: "I'm ok with computers", equipment: 'a laptop and internet at home', availability: '10 hours', region: 'Brussels' };

/**
 * The agency's analytics events, written by the real app for real conversations through POST /api/messages and the
 * console, read back from the SQLite file itself (`analytics_events`, beside the store's table).
 */
describe('Analytics events of real conversations (black box, SQLite)', function () {
  this.timeout(90_000);
  let running: RunningApp;
  let channel: MockChannel;
  let db: Database.Database;

  before(async () => {
    running = await startTestApp({ OFFICE_HOURS: '24/7' });
    channel = await new MockChannel().start();
    db = new Database(path.join(running.dataDir, 'state.sqlite'), { readonly: true });
  });
  after(async () => {
    db?.close();
    await running?.stop();
    await channel?.stop();
  });

  async function analyticsIdOf(c: Conversation): Promise<string> {
    const key = recordKey({ channelId: 'emulator', conversationId: c.id });
    const id = (await running.app.store.read([key]))[key]?.analyticsId;
    expect(id, 'the record keeps a random analytics id').to.match(UUID);
    return id as string;
  }
  async function eventsOf(conv: string | null): Promise<EventRow[]> {
    await running.app.analytics.flush();
    return (conv === null
      ? db.prepare('SELECT * FROM analytics_events WHERE conv IS NULL ORDER BY id').all()
      : db.prepare('SELECT * FROM analytics_events WHERE conv = ? ORDER BY id').all(conv)) as EventRow[];
  }
  const kinds = (rows: EventRow[], kind: string, column: keyof EventRow = 'slot') => rows.filter((r) => r.kind === kind).map((r) => r[column]);

  it('when a person goes through the whole orientation, then each step is an event, with no personal data', async () => {
    const c = new Conversation(running.url, 'en-GB');
    let last = await c.join();
    const asked: string[] = [...last.asks];
    last = await c.say('qwxz vbnm plok'); // not an answer to the first question
    expect(last.texts.join(' ')).to.match(/understand/i);
    const missedSlot = asked.at(-1)!;
    asked.push(...last.asks);
    last = await c.answerUntilRecommendations(last, EN, 12, (turn) => asked.push(...turn.asks));
    const conv = await analyticsIdOf(c);
    const rows = await eventsOf(conv);

    expect(rows[0]).to.include({ kind: 'conversation.started', channel: 'emulator', lang: 'en' });
    expect(kinds(rows, 'conversation.started')).to.have.length(1);
    const slotsAsked = [...new Set(asked.filter((s) => !['followUp', 'change', 'confirm'].includes(s)))];
    expect(kinds(rows, 'question.asked')).to.deep.equal(slotsAsked);
    expect(kinds(rows, 'question.answered')).to.deep.equal(slotsAsked);
    expect(kinds(rows, 'question.misunderstood')).to.deep.equal([missedSlot]);
    expect(kinds(rows, 'question.skipped')).to.deep.equal([]);
    expect(kinds(rows, 'profile.complete', 'region')).to.deep.equal(['BE-BRU']);
    expect(kinds(rows, 'recommendations.shown', 'match')).to.deep.equal([last.recommendations!.match]);
    expect(kinds(rows, 'item.shown', 'item')).to.deep.equal(last.recommendations!.items.map((i) => i.id));
    expect(kinds(rows, 'item.shown', 'item_kind')).to.deep.equal(last.recommendations!.items.map((i) => i.kind));
    expect(rows.every((r) => r.conv === conv && r.channel === 'emulator' && r.lang === 'en')).to.equal(true);

    const everything = JSON.stringify(db.prepare('SELECT * FROM analytics_events').all());
    for (const personal of [c.id, c.userId, 'qwxz', 'bachelor', 'laptop']) expect(everything, personal).to.not.include(personal);
  });

  it('when a question is never understood, then it is misunderstood and skipped', async () => {
    const c = new Conversation(running.url, 'en-GB');
    await c.join();
    await c.say(EN.goal);
    const slot = 'interest';
    for (let i = 0; i < 3; i++) await c.say('qwxz vbnm plok');
    const rows = await eventsOf(await analyticsIdOf(c));
    expect(kinds(rows, 'question.misunderstood')).to.deep.equal([slot, slot, slot]);
    expect(kinds(rows, 'question.skipped')).to.deep.equal([slot]);
    expect(kinds(rows, 'question.answered')).to.deep.equal(['goal']);
  });

  it('when a job has no course, then the field is recorded as unmet demand', async () => {
    const c = new Conversation(running.url, 'en-GB');
    const last = await c.answerUntilRecommendations(await c.join(), { ...EN, interest: 'gardener', region: 'Luxembourg' }, 12);
    expect(last.recommendations!.match).to.equal('none');
    const rows = await eventsOf(await analyticsIdOf(c));
    expect(kinds(rows, 'field.unmet', 'field')).to.deep.equal(['A']);
    expect(kinds(rows, 'field.unmet', 'region')).to.deep.equal(['LU']);
  });

  it('when nobody is on duty and the person leaves a number, then the request and the callback are events, without the number', async () => {
    const c = new Conversation(running.url, 'fr-FR');
    await c.join();
    expect((await c.say('je veux parler à un conseiller')).asks).to.deep.equal(['region']);
    expect((await c.say('Bruxelles')).asks).to.deep.equal(['consent']);
    await c.say('oui');
    await c.say('0470 12 34 56');
    expect((await c.say('demain matin')).handoff).to.equal('callback-requested');
    const rows = await eventsOf(await analyticsIdOf(c));
    expect(kinds(rows, 'handoff.requested', 'reason')).to.deep.equal(['user']);
    expect(kinds(rows, 'question.answered')).to.include.members(['consent', 'phone', 'callbackTime']);
    expect(kinds(rows, 'callback.requested', 'lang')).to.deep.equal(['fr']);
    // (the number's digits, not any "470": a millisecond timestamp may hold one)
    expect(JSON.stringify(rows)).to.not.match(/470\s?12\s?34|12\s?34\s?56|demain/);
  });

  it('when an advisor takes a queued conversation and ends it, then queued, claimed (with the wait) and resolved are events', async () => {
    await new AdvisorAccounts(running.app.store).add('alice', 'alice-password-1');
    const alice = new ConsoleClient(running.url);
    expect((await alice.signIn('alice', 'alice-password-1')).status).to.equal(200);
    const user = new Conversation(running.url, 'fr-FR');
    await user.post({ type: 'conversationUpdate', membersAdded: [{ id: user.userId }, { id: 'bot' }], serviceUrl: channel.url });
    expect((await user.post({ type: 'message', text: 'je veux parler à un conseiller', serviceUrl: channel.url })).handoff).to.equal('queued');
    const [ticket] = (await alice.get('/console/api/conversations?state=queued')).body.conversations as Array<{ id: string }>;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await alice.post(`/console/api/conversations/${ticket.id}/claim`)).status).to.equal(200);
    expect((await alice.post(`/console/api/conversations/${ticket.id}/resolve`)).status).to.equal(200);
    const rows = await eventsOf(await analyticsIdOf(user));
    // the request is recorded with the turn (after its save), the queueing when the ticket is stored (during it)
    expect(rows.map((r) => r.kind).filter((k) => k.startsWith('handoff.'))).to.have.members(['handoff.requested', 'handoff.queued', 'handoff.claimed', 'handoff.resolved']);
    expect(rows.map((r) => r.kind).slice(-2)).to.deep.equal(['handoff.claimed', 'handoff.resolved']);
    expect(kinds(rows, 'handoff.claimed', 'value')[0]).to.be.a('number').and.greaterThan(0);
    expect(JSON.stringify(rows)).to.not.include('alice');
    await alice.del('/console/api/session');
  });

  it('when a person has their data erased, then their events are deleted and only an anonymous erasure remains', async () => {
    const c = new Conversation(running.url, 'en-GB');
    await c.join();
    await c.say(EN.goal);
    const conv = await analyticsIdOf(c);
    expect((await eventsOf(conv)).length).to.be.greaterThan(2);
    const erasuresBefore = kinds(await eventsOf(null), 'erasure', 'kind').length;
    await c.say('delete my data');
    expect(await eventsOf(conv)).to.deep.equal([]);
    const anonymous = await eventsOf(null);
    expect(kinds(anonymous, 'erasure', 'kind').length).to.equal(erasuresBefore + 1);
    expect(anonymous.filter((r) => r.kind === 'erasure').at(-1)).to.include({ channel: 'emulator', conv: null });
  });

  it('when a recommended link is opened, then link.opened is an event without any conversation, with the region the link was shown in', async () => {
    const before = kinds(await eventsOf(null), 'link.opened', 'item').length;
    const item = running.app.knowledge.courses[0];
    expect((await fetch(`${running.url}/r/${item.id}?r=LU`, { redirect: 'manual' })).status).to.equal(302);
    expect((await fetch(`${running.url}/r/${item.id}?r=<script>`, { redirect: 'manual' })).status).to.equal(302);
    const opened = (await eventsOf(null)).filter((r) => r.kind === 'link.opened');
    expect(opened.length).to.equal(before + 2);
    expect(opened.slice(-2).map((r) => [r.item, r.region])).to.deep.equal([[item.id, 'LU'], [item.id, null]]);
  });
});
