import type { AnalyticsEvent } from './analyticsEvent';
import type { EventLog } from './eventLog';

export interface EventRecorderOptions {
  /** A batch is written this long after its first event at the latest. Default 250 ms. */
  flushMs?: number;
  /** A batch is written as soon as it holds this many events. Default 500. */
  maxBatch?: number;
  /** Events kept at most while the database does not answer (the oldest are dropped beyond). Default 50,000. */
  maxPending?: number;
  /** A batch that could not be written (logged by the caller: error name and count only). */
  onError?: (error: Error, dropped: number) => void;
}

/**
 * Takes events from turns and handoff changes and writes them in batches, off the turn's path: `add` only pushes
 * onto an array (microseconds), and a timer writes the batch in one insert. Analytics never fail or slow a turn:
 * a batch the database refuses is dropped and reported to `onError`.
 *
 * @remarks Erasure goes through here too ({@link erase}), so an event still waiting in the buffer cannot be written
 * after its conversation was erased.
 */
export class EventRecorder {
  private pending: AnalyticsEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly flushMs: number;
  private readonly maxBatch: number;
  private readonly maxPending: number;

  constructor(readonly log: EventLog, private readonly options: EventRecorderOptions = {}) {
    this.flushMs = options.flushMs ?? 250;
    this.maxBatch = options.maxBatch ?? 500;
    this.maxPending = options.maxPending ?? 50_000;
  }

  add(events: readonly AnalyticsEvent[]): void {
    if (events.length === 0 || this.closed) return;
    for (const e of events) this.pending.push(e);
    if (this.pending.length > this.maxPending) this.pending.splice(0, this.pending.length - this.maxPending);
    if (this.pending.length >= this.maxBatch) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushMs);
      this.timer.unref?.();
    }
  }

  /** Writes what is buffered now; resolves once it (and any write before it) is done. */
  flush(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    const batch = this.pending;
    this.pending = [];
    this.writing = this.writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.log.insert(batch);
      } catch (error) {
        this.options.onError?.(error as Error, batch.length);
      }
    });
    return this.writing;
  }

  /** Erasure: drops the conversation's buffered events, then deletes its stored ones. */
  async erase(conversation: string): Promise<number> {
    this.pending = this.pending.filter((e) => e.conversation !== conversation);
    await this.writing;
    return this.log.eraseConversation(conversation);
  }

  /** Writes what is left, then refuses new events. Does not close the log. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }
}
