import { randomUUID } from 'node:crypto';
import { createSchema } from '../storage/postgresSchema';
import { Pool } from 'pg';
import type { Cluster } from '../../domain/cluster/cluster';
import { SoleLeader } from '../../domain/cluster/leadership';
import { LocalEvents } from '../../domain/cluster/liveEvents';
import { LocalPresence } from '../../domain/cluster/presenceBoard';
import { KeyedSerialQueue } from '../../domain/storage/keyedSerialQueue';
import { channelName, CLUSTER_SQL } from './clusterSql';
import { PostgresEvents } from './postgresEvents';
import { PostgresLeader } from './postgresLeader';
import { PostgresPresence } from './postgresPresence';
import { PostgresTurnLock } from './postgresTurnLock';

export interface ClusterOptions {
  /** `postgres://…`: share locks, presence, events and housekeeping with the other instances on that database. */
  databaseUrl?: string;
  /**
   * Connections for turn locks and events (one per turn in progress on this instance; more turns wait for one, up
   * to 10 s, then are answered "busy, retry"). Default 20.
   */
  maxConnections?: number;
  /** How long a turn waits for another instance to finish one of the same conversation. Default 10 s. */
  lockTimeoutMs?: number;
  /** Presence heartbeats; an instance's advisors vanish `lifetimeMs` after it stopped. Defaults 10 s / 30 s. */
  presence?: { heartbeatMs: number; lifetimeMs: number };
  /** Errors of background work (listening, heartbeats): logged by the caller, never thrown. */
  onError: (error: Error, what: string) => void;
}

/** The instance id in presence rows and event envelopes: random per process start. */
export type OpenedCluster = Cluster & { instance: string; events: Cluster['events'] & { flush?(): Promise<void> } };

/**
 * Builds the {@link Cluster} the configuration asks for: in-process parts for one instance (no database URL:
 * SQLite), PostgreSQL ones for several. The only place that chooses.
 */
export async function createCluster(options: ClusterOptions): Promise<OpenedCluster> {
  const instance = randomUUID();
  if (!options.databaseUrl) {
    return { instance, turnLock: new KeyedSerialQueue(), events: new LocalEvents(), presence: new LocalPresence(), leader: new SoleLeader(), close: async () => undefined };
  }
  const lockTimeout = options.lockTimeoutMs ?? 10_000;
  const connection = { connectionString: withLockTimeout(options.databaseUrl, lockTimeout), connectionTimeoutMillis: 10_000 };
  const pool = new Pool({ ...connection, max: options.maxConnections ?? 20 });
  pool.on('error', (error) => options.onError(error, 'pool'));
  try {
    const { rows } = await pool.query<{ db: string; schema: string }>(CLUSTER_SQL.namespace);
    const namespace = `${rows[0].db}/${rows[0].schema}`;
    await createSchema(pool, 'orientation-bot cluster schema', [CLUSTER_SQL.createTables]);
    const events = new PostgresEvents(pool, connection, channelName(namespace), instance, options.onError);
    await events.start();
    const presence = new PostgresPresence(pool, events, instance, options.presence ?? { heartbeatMs: 10_000, lifetimeMs: 30_000 }, options.onError);
    await presence.start();
    return {
      instance, events, presence, turnLock: new PostgresTurnLock(pool, namespace), leader: new PostgresLeader(pool),
      async close() {
        await presence.close();
        await events.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** The URL with `-c lock_timeout=…` added to its `options` (kept: a `search_path` set there, for instance). */
function withLockTimeout(databaseUrl: string, ms: number): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `${url.searchParams.get('options') ?? ''} -c lock_timeout=${Math.floor(ms)}`.trim());
  return url.toString();
}
