import { EventEmitter } from 'node:events';

/**
 * Live events shared by every instance of the bot: what one instance publishes reaches the subscribers of the
 * topic on every instance, its own first (synchronously), the others' as soon as the database forwards it.
 *
 * @remarks Fire-and-forget, like the consoles and web chat streams they feed: an instance that was not listening
 * misses the event, so payloads are small and say what changed; the durable state stays in the store (a console
 * re-reads its list, a web chat stream reads the log from its watermark). Payloads must be JSON.
 */
export interface LiveEvents {
  publish(topic: string, payload: unknown): void;
  /** Returns the function that unsubscribes. */
  subscribe(topic: string, listener: (payload: unknown) => void): () => void;
}

/** A local topic published when events may have been missed (the listening connection came back): catch up from the store. */
export const RECONNECTED = 'cluster.reconnected';

/** {@link LiveEvents} within one process: one instance, nothing to forward. */
export class LocalEvents implements LiveEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(1000);
  }

  publish(topic: string, payload: unknown): void {
    this.emitter.emit(topic, payload);
  }

  subscribe(topic: string, listener: (payload: unknown) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }
}
