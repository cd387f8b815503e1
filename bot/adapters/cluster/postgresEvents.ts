import { EventEmitter } from 'node:events';
import { Client, type ClientConfig, type Pool } from 'pg';
import { RECONNECTED, type LiveEvents } from '../../domain/cluster/liveEvents';
import { CLUSTER_SQL } from './clusterSql';

/** NOTIFY payloads must stay under 8000 bytes; bigger events go through a table and the notice carries their id. */
const MAX_NOTIFY_BYTES = 7900;

interface Envelope { o: string; t: string; p: unknown }

/**
 * {@link LiveEvents} over PostgreSQL LISTEN/NOTIFY: local subscribers hear an event at once; it is also sent as a
 * notification (from a pooled connection, in publishing order) that every other instance's listening connection
 * receives and hands to its own subscribers.
 *
 * @remarks One dedicated connection per instance listens (a pooled one could be handed to a query). If it drops,
 * it reconnects with a growing pause and then publishes {@link RECONNECTED} locally: what was sent meanwhile is
 * lost, so subscribers re-read the store (web chat streams read their log from their watermark).
 */
export class PostgresEvents implements LiveEvents {
  private readonly local = new EventEmitter();
  private sending: Promise<void> = Promise.resolve();
  private receiving: Promise<void> = Promise.resolve();
  private listener?: Client;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly connection: ClientConfig,
    private readonly channel: string,
    private readonly instance: string,
    private readonly onError: (error: Error, what: string) => void,
  ) {
    this.local.setMaxListeners(1000);
  }

  /** Starts listening; resolves once the LISTEN is in place. */
  async start(): Promise<void> {
    const client = new Client(this.connection);
    client.on('error', (error) => this.onError(error, 'listen'));
    client.on('end', () => { if (!this.closed && this.listener === client) void this.reconnect(); });
    client.on('notification', (message) => {
      if (message.channel !== this.channel) return;
      // in arrival order, also when one of them has to be read from the table first
      this.receiving = this.receiving.then(() => this.received(message.payload ?? ''));
    });
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.listener = client;
  }

  publish(topic: string, payload: unknown): void {
    this.local.emit(topic, payload);
    const json = JSON.stringify({ o: this.instance, t: topic, p: payload } satisfies Envelope);
    this.sending = this.sending.then(() => this.send(json)).catch((error: Error) => this.onError(error, 'notify'));
  }

  subscribe(topic: string, listener: (payload: unknown) => void): () => void {
    this.local.on(topic, listener);
    return () => this.local.off(topic, listener);
  }

  /** Waits for the notifications already published to be sent (tests, shutdown). */
  flush(): Promise<void> {
    return this.sending;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.sending;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async send(json: string): Promise<void> {
    if (Buffer.byteLength(json) <= MAX_NOTIFY_BYTES) {
      await this.pool.query(CLUSTER_SQL.notify, [this.channel, json]);
      return;
    }
    const { rows } = await this.pool.query<{ id: string }>(CLUSTER_SQL.storeEvent, [json]);
    await this.pool.query(CLUSTER_SQL.notify, [this.channel, `@${rows[0].id}`]);
  }

  private async received(payload: string): Promise<void> {
    try {
      let json = payload;
      if (payload.startsWith('@')) {
        const { rows } = await this.pool.query<{ payload: string }>(CLUSTER_SQL.readEvent, [payload.slice(1)]);
        if (rows.length === 0) return;
        json = rows[0].payload;
      }
      const event = JSON.parse(json) as Envelope;
      if (event.o !== this.instance) this.local.emit(event.t, event.p);
    } catch (error) {
      this.onError(error as Error, 'event');
    }
  }

  private async reconnect(): Promise<void> {
    for (let pause = 200; !this.closed; pause = Math.min(pause * 2, 5000)) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      try {
        await this.start();
        this.local.emit(RECONNECTED, {});
        return;
      } catch (error) {
        this.onError(error as Error, 'listen');
      }
    }
  }
}
