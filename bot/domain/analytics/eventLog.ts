import type { AnalyticsEvent } from './analyticsEvent';
import type { RawFigures } from './figures';

/** A period of time, `from` included, `to` excluded. */
export interface Period { from: Date; to: Date }

/**
 * Where analytics events are kept: their own table in the bot's database (SQLite or PostgreSQL), apart from the
 * key-value store, and aggregated there (SQL), so a year of events is summed without being read into memory.
 *
 * @remarks Every adapter passes `test/contract/eventLog.contract.ts`. Writes come in batches from
 * {@link EventRecorder}, never from inside a turn.
 */
export interface EventLog {
  /** Appends the events, all or none. */
  insert(events: readonly AnalyticsEvent[]): Promise<void>;
  /** Erasure: deletes every event of one conversation; returns how many. */
  eraseConversation(conversation: string): Promise<number>;
  /** Retention: deletes the events older than `cutoff`; returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
  /** The exact counts of a period (small counts are hidden later, by {@link publicFigures}). */
  figures(period: Period): Promise<RawFigures>;
  /** Refreshes the planner's statistics (and on PostgreSQL the visibility map index-only scans need); hourly. */
  optimise?(): Promise<void>;
  close(): Promise<void>;
}
