import type { Pool } from 'pg';
import type { LiveEvents } from '../../domain/cluster/liveEvents';
import type { PresenceBoard } from '../../domain/cluster/presenceBoard';
import { CLUSTER_SQL } from './clusterSql';

const TOPIC = 'presence';

/**
 * {@link PresenceBoard} in a PostgreSQL table: one row per (instance, advisor) with an expiry that this instance
 * renews every `heartbeatMs`; rows of an instance that died expire after `lifetimeMs`. A change is announced on
 * the live events, so the other instances recount at once rather than at their next heartbeat.
 */
export class PostgresPresence implements PresenceBoard {
  private local = new Set<string>();
  private known = 0;
  private readonly listeners = new Set<(count: number) => void>();
  private syncing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly pool: Pool,
    private readonly events: LiveEvents,
    private readonly instance: string,
    private readonly timings: { heartbeatMs: number; lifetimeMs: number },
    private readonly onError: (error: Error, what: string) => void,
  ) {
    this.unsubscribe = events.subscribe(TOPIC, () => this.schedule(false));
    this.timer = setInterval(() => this.schedule(true), timings.heartbeatMs);
    this.timer.unref();
  }

  /** Reads the current count once (start-up). */
  async start(): Promise<void> {
    this.schedule(true);
    await this.syncing;
  }

  update(advisors: ReadonlySet<string>): void {
    this.local = new Set(advisors);
    this.changed(); // this instance's own advisors count at once
    this.syncing = this.syncing.then(() => this.write()).then(() => this.events.publish(TOPIC, {}), (error: Error) => this.onError(error, 'presence'));
  }

  count(): number {
    return Math.max(this.known, this.local.size);
  }

  onChange(listener: (count: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.unsubscribe();
    await this.syncing;
    await this.pool.query(CLUSTER_SQL.presenceLeave, [this.instance]).catch((error: Error) => this.onError(error, 'presence'));
  }

  private schedule(renew: boolean): void {
    this.syncing = this.syncing.then(async () => {
      if (renew) {
        await this.write();
        await this.pool.query(CLUSTER_SQL.presencePurge);
        await this.pool.query(CLUSTER_SQL.purgeEvents);
      } else {
        await this.recount();
      }
    }).catch((error: Error) => this.onError(error, 'presence'));
  }

  private async write(): Promise<void> {
    const advisors = [...this.local];
    await this.pool.query(CLUSTER_SQL.presenceKeep, [this.instance, advisors]);
    if (advisors.length > 0) await this.pool.query(CLUSTER_SQL.presenceRenew, [this.instance, advisors, this.timings.lifetimeMs / 1000]);
    await this.recount();
  }

  private async recount(): Promise<void> {
    const { rows } = await this.pool.query<{ n: number }>(CLUSTER_SQL.presenceCount);
    this.known = rows[0]?.n ?? 0;
    this.changed();
  }

  private last = 0;
  private changed(): void {
    const now = this.count();
    if (now === this.last) return;
    this.last = now;
    for (const listener of this.listeners) listener(now);
  }
}
