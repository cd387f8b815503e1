import { expect } from 'chai';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { SoleLeader } from '../../bot/domain/cluster/leadership';
import { LocalEvents, RECONNECTED } from '../../bot/domain/cluster/liveEvents';
import { LocalPresence } from '../../bot/domain/cluster/presenceBoard';
import { KeyedSerialQueue } from '../../bot/domain/storage/keyedSerialQueue';
import { ConsoleClient } from '../helpers/consoleClient';
import { SseReader } from '../helpers/sseReader';
import { startTestApp, type RunningApp } from '../helpers/testApp';

/**
 * Issue 10: with several instances, desk events reach a console through the database's notifications; while that
 * connection is cut they are lost. When it comes back (the cluster publishes RECONNECTED locally), every open
 * console is told `ready` again, as after a reconnection of its own, and the page reloads its lists.
 */
describe('Console after the database notifications came back (several instances)', function () {
  this.timeout(60_000);
  let running: RunningApp;
  const events = new LocalEvents();

  before(async () => {
    const cluster = { turnLock: new KeyedSerialQueue(), events, presence: new LocalPresence(), leader: new SoleLeader(), close: async () => undefined };
    running = await startTestApp({ OFFICE_HOURS: '24/7' }, { cluster });
    await new AdvisorAccounts(running.app.store).add('carla', 'carla-password-1');
  });
  after(async () => { await running?.stop(); });

  it('then every open console stream gets "ready" again (the page reloads what it may have missed), and only then', async () => {
    const carla = new ConsoleClient(running.url);
    expect((await carla.signIn('carla', 'carla-password-1')).status).to.equal(200);
    const stream = await SseReader.open(`${running.url}/console/api/events`, { cookie: carla.cookie! });
    try {
      await stream.next((e) => e.event === 'ready');
      await expectNoReady(stream);
      events.publish(RECONNECTED, {});
      expect((await stream.next((e) => e.event === 'ready', 2000)).event).to.equal('ready');
    } finally {
      stream.close();
      await carla.del('/console/api/session');
    }
  });
});

async function expectNoReady(stream: SseReader): Promise<void> {
  const again = await stream.next((e) => e.event === 'ready', 500).then(() => true, () => false);
  expect(again, 'no second "ready" before the reconnection').to.equal(false);
}
