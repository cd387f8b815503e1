import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool, PoolClient } from 'pg';
import { KeyedSerialQueue, TurnLockBusyError } from '../../domain/storage/keyedSerialQueue';
import { CLUSTER_SQL, lockKey } from './clusterSql';

/**
 * The per-conversation turn lock across instances: tasks of one key run in arrival order in this process (the
 * in-process queue), and each one holds a PostgreSQL session advisory lock on the key while it runs, so turns of
 * one conversation on different instances run one at a time.
 *
 * @remarks A session lock (not a transaction one) because the turn's own queries go through the store's pool,
 * not this connection. When a process dies, PostgreSQL sees its connection close and frees its locks at once, so
 * the next turn goes on through another instance. A task that takes a second lock inside the first (a web chat
 * turn appending to its history, an advisor's message delivered under the conversation's lock) takes it on the
 * same connection, so nested locks never need a second connection from a pool that could be exhausted. Waiting
 * for a lock is bounded by the connection's `lock_timeout` (set by the factory), waiting for a connection by the
 * pool's `connectionTimeoutMillis`; either way, or when the database refuses a connection, the task does not run
 * and {@link TurnLockBusyError} says so (the route answers 503 with Retry-After).
 */
export class PostgresTurnLock extends KeyedSerialQueue {
  private readonly held = new AsyncLocalStorage<PoolClient>();

  constructor(private readonly pool: Pool, private readonly namespace: string) {
    super();
  }

  override run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    return super.run(key, () => this.locked(key, task));
  }

  private async locked<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    const outer = this.held.getStore();
    let client: PoolClient;
    try {
      client = outer ?? await this.pool.connect();
    } catch (error) {
      throw new TurnLockBusyError(`no connection: ${(error as Error).message}`);
    }
    const id = lockKey(this.namespace, key);
    try {
      await client.query(CLUSTER_SQL.lock, [id]);
    } catch (error) {
      if (!outer) client.release(error as Error);
      throw new TurnLockBusyError(`not locked: ${(error as Error).message}`);
    }
    let unlockError: Error | undefined;
    try {
      return await this.held.run(client, () => Promise.resolve(task()));
    } finally {
      await client.query(CLUSTER_SQL.unlock, [id]).catch((error: Error) => { unlockError = error; });
      // a connection whose unlock failed is closed rather than reused: closing it frees whatever it held
      if (!outer) client.release(unlockError);
    }
  }
}
