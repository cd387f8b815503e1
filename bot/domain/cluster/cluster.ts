import type { KeyedSerialQueue } from '../storage/keyedSerialQueue';
import type { Leadership } from './leadership';
import type { LiveEvents } from './liveEvents';
import type { PresenceBoard } from './presenceBoard';

/**
 * What instances of the bot share besides the store: chosen once, in the composition root, from the
 * configuration (in-process for one instance on SQLite, PostgreSQL for several).
 *
 * @remarks `turnLock` keeps `KeyedSerialQueue`'s API (`run(key, task)`, `drain()`), so every call site that
 * serialises turns of a conversation is the same whichever implementation runs: the PostgreSQL one orders the
 * tasks of a key in the process first, then across instances.
 */
export interface Cluster {
  /** Per-conversation turn lock. */
  turnLock: KeyedSerialQueue;
  events: LiveEvents;
  presence: PresenceBoard;
  leader: Leadership;
  /** Stops heartbeats and listeners and releases connections (after the turns drained). */
  close(): Promise<void>;
}
