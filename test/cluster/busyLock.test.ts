import { expect } from 'chai';
import { SoleLeader } from '../../bot/domain/cluster/leadership';
import { LocalEvents } from '../../bot/domain/cluster/liveEvents';
import { LocalPresence } from '../../bot/domain/cluster/presenceBoard';
import { KeyedSerialQueue, TurnLockBusyError } from '../../bot/domain/storage/keyedSerialQueue';
import type { ConversationRecord } from '../../bot/domain/conversation/conversationRecord';
import { recordKey } from '../../bot/domain/conversation/conversationRepository';
import { FakePlatform, shownText } from '../helpers/fakePlatform';
import { TelegramUser, telegramEnv } from '../helpers/messagingUsers';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

/**
 * A turn lock that says "busy" for the next `failures` turns, as PostgreSQL's does when another instance held a
 * conversation past the lock timeout or no connection was free (the real one is tested in cluster.test.ts).
 */
class SometimesBusyLock extends KeyedSerialQueue {
  failures = 0;
  override run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    if (this.failures > 0 && /^(emulator|telegram)\|/.test(key)) {
      this.failures--;
      return Promise.reject(new TurnLockBusyError('test'));
    }
    return super.run(key, task);
  }
}

/** Issue 10: a turn whose lock cannot be taken is answered "busy, retry" and loses nothing. */
describe('When the turn lock cannot be taken in time (another instance holds the conversation)', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let api: FakePlatform;
  const lock = new SometimesBusyLock();

  before(async () => {
    api = await new FakePlatform().start();
    const cluster = { turnLock: lock, events: new LocalEvents(), presence: new LocalPresence(), leader: new SoleLeader(), close: async () => undefined };
    running = await startTestApp(telegramEnv(api), { cluster, channelRetry: { attempts: 3, baseMs: 5, maxMs: 20 } });
  });
  after(async () => { await running?.stop(); await api?.stop(); });

  it('then POST /api/messages answers 503 "busy" with Retry-After, nothing of it is stored, and the same activity sent again is handled once', async () => {
    const user = new Conversation(running.url, 'en-GB');
    expect((await user.join()).status).to.equal(200);
    lock.failures = 1;
    const body = {
      id: `${user.id}-x`, channelId: 'emulator', serviceUrl: running.url, conversation: { id: user.id }, from: { id: user.userId, role: 'user' },
      recipient: { id: 'bot', role: 'bot' }, locale: 'en-GB', deliveryMode: 'expectReplies', type: 'message', text: 'I need to find a job',
    };
    const send = () => fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const busy = await send();
    expect(busy.status).to.equal(503);
    expect(busy.headers.get('retry-after')).to.equal('1');
    expect(await busy.json()).to.deep.equal({ error: 'busy', message: 'The conversation is busy. Please retry.' });
    const key = recordKey({ channelId: 'emulator', conversationId: user.id });
    const stored = () => running.app.store.read([key]).then((r) => r[key] as unknown as ConversationRecord);
    expect((await stored()).transcript.filter((e) => e.from === 'user')).to.deep.equal([]);

    expect((await send()).status).to.equal(200);
    expect((await send()).status).to.equal(200); // a channel's re-delivery of the same id: not handled twice
    const record = await stored();
    expect(record.transcript.filter((e) => e.from === 'user').map((e) => e.text)).to.deep.equal(['I need to find a job']);
    expect(record.session.profile).to.include({ goal: 'find-job' });
  });

  it('then a messaging app\'s message (already answered 200) is retried by the bot, in order with the person\'s next one', async () => {
    const user = new TelegramUser(running, api, 91_001, 'en');
    await user.say('/start');
    lock.failures = 2;
    const before = api.to(String(user.chatId)).length;
    expect((await user.post(user.update({ text: 'I need to find a job' }))).status).to.equal(200);
    expect((await user.post(user.update({ text: 'websites' }))).status).to.equal(200);
    await running.app.messagingIdle();
    const record = await user.record();
    expect(record!.transcript.filter((e) => e.from === 'user').map((e) => e.text)).to.deep.equal(['I need to find a job', 'websites']);
    expect(record!.session.profile).to.include({ goal: 'find-job', interest: 'web-development' });
    expect(api.to(String(user.chatId)).slice(before).map(shownText).join('\n')).to.not.equal('');
  });
});
