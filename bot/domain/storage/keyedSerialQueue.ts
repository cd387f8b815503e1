/**
 * The lock of a key could not be taken in time: another instance held it too long, or no connection was free.
 * Nothing ran; the caller says "busy, retry" (a 503 with Retry-After) or tries again itself.
 */
export class TurnLockBusyError extends Error {
  constructor(readonly reason: string) {
    super('the turn lock could not be taken in time');
    this.name = 'TurnLockBusyError';
  }
}

/**
 * Runs async tasks one at a time per key, in arrival order; tasks of different keys run concurrently.
 *
 * @remarks
 * botbuilder saves conversation state with eTag `'*'` (last writer wins), so two overlapping turns of one
 * conversation silently lose an update. Queuing every turn by conversation id makes turns of one conversation
 * strictly sequential, like Rasa's per-conversation lock (`test_message_order`). A failed task does not block the
 * ones behind it. A key is forgotten as soon as its queue is empty, so memory stays proportional to the number of
 * conversations that are busy right now, not to all conversations ever seen.
 *
 * This serialises within one process only. With several instances, route a conversation to one instance or rely
 * on conditional writes (real eTags) in addition.
 *
 * @example
 * const turns = new KeyedSerialQueue();
 * await turns.run(activity.conversation.id, () => bot.run(context));
 */
export class KeyedSerialQueue {
  /** Per key, a promise that settles when the last queued task of that key has settled. */
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Queues `task` behind the tasks already queued for `key` and settles like it.
   * The task is started only after every earlier task of the same key has settled.
   */
  run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => task());
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys with a running or waiting task. */
  get activeKeys(): number {
    return this.tails.size;
  }

  /** True when `key` has a running or waiting task. */
  isBusy(key: string): boolean {
    return this.tails.has(key);
  }

  /**
   * Resolves once every queued task, including tasks queued while waiting, has settled.
   *
   * @remarks
   * For graceful shutdown: stop accepting requests, `await queue.drain()`, then close the stores.
   */
  async drain(): Promise<void> {
    while (this.tails.size > 0) {
      await Promise.all(this.tails.values());
    }
  }
}
