import { expect } from 'chai';
import { KeyedSerialQueue } from '../../bot/domain/storage/keyedSerialQueue';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedSerialQueue', () => {
  it('when 10 tasks of one key take less and less time, then they still complete in arrival order', async () => {
    // Port of Rasa's test_message_order: without the queue the last (fastest) task would finish first.
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      queue.run('conversation-1', async () => {
        log.push(`start ${i}`);
        await sleep((10 - i) * 3);
        log.push(`end ${i}`);
        return i;
      }),
    );
    expect(await Promise.all(tasks)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log).to.deep.equal(Array.from({ length: 10 }, (_, i) => [`start ${i}`, `end ${i}`]).flat());
  });

  it('when tasks have different keys, then they run concurrently', async () => {
    const queue = new KeyedSerialQueue();
    let running = 0;
    let maxRunning = 0;
    const task = async (): Promise<void> => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await sleep(20);
      running -= 1;
    };
    await Promise.all(['a', 'b', 'c', 'd'].map((key) => queue.run(key, task)));
    expect(maxRunning).to.equal(4);
  });

  it('when a task fails, then its caller gets the error and the next task of that key still runs', async () => {
    const queue = new KeyedSerialQueue();
    const failing = queue.run('k', async () => {
      await sleep(5);
      throw new Error('turn failed');
    });
    const throwingSynchronously = queue.run('k', () => {
      throw new Error('sync failure');
    });
    const next = queue.run('k', async () => 'ran');
    const outcomes = await Promise.allSettled([failing, throwingSynchronously, next]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as Error).message : o.value))).to.deep.equal([
      'turn failed',
      'sync failure',
      'ran',
    ]);
  });

  it('when a task of a key starts, then every earlier task of that key has finished', async () => {
    const queue = new KeyedSerialQueue();
    let inside = 0;
    const overlaps: number[] = [];
    const work = async (i: number): Promise<void> => {
      inside += 1;
      overlaps.push(inside);
      await sleep((i * 7) % 5);
      inside -= 1;
    };
    await Promise.all(Array.from({ length: 30 }, (_, i) => queue.run('same', () => work(i))));
    expect(overlaps.every((n) => n === 1)).to.equal(true);
  });

  it('when the tasks of a key have settled, then the key is forgotten (no unbounded growth)', async () => {
    const queue = new KeyedSerialQueue();
    const runs = Array.from({ length: 1000 }, (_, i) => queue.run(`conversation-${i}`, async () => sleep(1)));
    expect(queue.activeKeys).to.equal(1000);
    expect(queue.isBusy('conversation-0')).to.equal(true);
    await Promise.all(runs);
    await sleep(0);
    expect(queue.activeKeys).to.equal(0);
    expect(queue.isBusy('conversation-0')).to.equal(false);
  });

  it('when a key is queued again while busy, then it stays tracked until its last task settles', async () => {
    const queue = new KeyedSerialQueue();
    const first = queue.run('k', () => sleep(5));
    const second = queue.run('k', () => sleep(5));
    await first;
    await sleep(0);
    expect(queue.isBusy('k')).to.equal(true);
    await second;
    await sleep(0);
    expect(queue.isBusy('k')).to.equal(false);
  });

  it('drain waits for every task, including tasks queued while draining', async () => {
    const queue = new KeyedSerialQueue();
    const done: string[] = [];
    void queue.run('a', async () => {
      await sleep(5);
      void queue.run('b', async () => {
        await sleep(5);
        done.push('b');
      });
      done.push('a');
    });
    await queue.drain();
    expect(done).to.deep.equal(['a', 'b']);
    expect(queue.activeKeys).to.equal(0);
  });
});
