import { expect } from 'chai';
import { EventEmitter } from 'node:events';
import type WebSocket from 'ws';
import type { StoredActivity } from '../../bot/webchat/conversationLog';
import { DEFAULT_STREAM_LIMITS, StreamHub } from '../../bot/webchat/streamHub';

/** A socket that records the frames it is sent (the hub only uses these members). */
class RecordingSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly frames: Array<{ activities: StoredActivity[]; watermark: string }> = [];
  send(data: string): void { this.frames.push(JSON.parse(data)); }
  close(): void { this.readyState = 3; }
  terminate(): void { this.readyState = 3; }
  ping(): void { /* alive */ }
  ids(): string[] { return this.frames.flatMap((f) => f.activities.map((a) => a.id)); }
}

const activity = (w: number): StoredActivity => ({ id: `c|${String(w).padStart(7, '0')}`, type: 'message', text: `m${w}` });

/**
 * Issue 10: a web chat stream on one instance must get what other instances stored, once and in order. The hub
 * knows what each socket got and reads the durable log for the rest.
 */
describe('StreamHub catch-up from the log (activities stored by another instance)', () => {
  let log: StoredActivity[];
  let hub: StreamHub;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
  beforeEach(() => {
    log = [1, 2].map(activity);
    hub = new StreamHub(DEFAULT_STREAM_LIMITS, Date.now, async (_id, after) => {
      const page = log.slice(after, after + 100);
      return { activities: page, watermark: after + page.length };
    });
  });
  afterEach(() => hub.close());

  it('when another instance stored activities, then the socket reads them from the log, once, in order', async () => {
    const ws = new RecordingSocket();
    hub.attach('c', ws as unknown as WebSocket, [{ activities: log.slice(0, 2), watermark: 2 }], 2);
    log.push(activity(3), activity(4));
    hub.stored('c', 4);
    hub.stored('c', 4); // the notice twice (or late): nothing twice
    await settle();
    expect(ws.ids()).to.deep.equal([1, 2, 3, 4].map((w) => activity(w).id));
    expect(ws.frames.at(-1)!.watermark).to.equal('4');
  });

  it('when a local append comes after a gap (what another instance stored before it), then the gap is read first: no skip, no repeat', async () => {
    const ws = new RecordingSocket();
    hub.attach('c', ws as unknown as WebSocket, [], 2);
    log.push(activity(3), activity(4), activity(5));
    hub.publish('c', [activity(5)], 5); // this instance stored 5; 3 and 4 came from elsewhere
    await settle();
    hub.publish('c', [activity(5)], 5); // the same again (its own notice coming back): ignored
    log.push(activity(6));
    hub.publish('c', [activity(6)], 6);
    await settle();
    expect(ws.ids()).to.deep.equal([3, 4, 5, 6].map((w) => activity(w).id));
  });

  it('when events may have been missed (the database connection came back), then every socket re-reads its log', async () => {
    const ws = new RecordingSocket();
    hub.attach('c', ws as unknown as WebSocket, [], 2);
    log.push(activity(3));
    hub.catchUpAll();
    await settle();
    expect(ws.ids()).to.deep.equal([activity(3).id]);
  });
});
