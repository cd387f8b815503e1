import WebSocket from 'ws';
import type { StoredActivity } from './conversationLog';

export interface StreamLimits {
  /** Open sockets in the whole process; beyond it new streams are refused (clients retry, or poll). */
  maxSockets: number;
  /**
   * Open sockets per conversation; the oldest is closed to make room (code 4000). One: a client that reconnects
   * while its old socket still looks open must not get every activity twice (or four times).
   */
  maxPerConversation: number;
  /** Ping period; a socket that has not answered the previous ping is dropped. */
  heartbeatMs: number;
  /** A conversation with no new activity for this long has its sockets closed (the client reconnects if alive). */
  idleMs: number;
  /** Unsent bytes a slow client may pile up before it is dropped (it resumes with its watermark). */
  maxBufferedBytes: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = {
  maxSockets: 10000, maxPerConversation: 1, heartbeatMs: 30000, idleMs: 30 * 60000, maxBufferedBytes: 1024 * 1024,
};

/** What a socket was last sent up to, per client; a catch-up reads the log from there. */
interface Client { ws: WebSocket; alive: boolean; sent: number; catching: boolean; again: boolean }

/** Reads the conversation's stored activities after a watermark (a page), to catch a socket up. */
export type LogReader = (conversationId: string, after: number) => Promise<{ activities: StoredActivity[]; watermark: number } | undefined>;
interface Room { clients: Set<Client>; lastActivity: number }

/**
 * The open Direct Line streams, by conversation: pushes `{"activities":[…],"watermark":"N"}` frames.
 *
 * @remarks
 * Memory stays bounded with many open chats: a global and a per-conversation cap, pings that drop dead peers,
 * idle conversations closed, slow readers dropped instead of buffered without end. Dropping a socket never loses
 * a message: the history is durable and every client resumes from its own watermark.
 */
export class StreamHub {
  private readonly rooms = new Map<string, Room>();
  private count = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limits: StreamLimits = DEFAULT_STREAM_LIMITS,
    private readonly now: () => number = Date.now,
    /** With a reader, each socket gets every activity once and in order, whoever stored it (another instance too). */
    private readonly reader?: LogReader,
  ) {
    this.timer = setInterval(() => this.sweep(), limits.heartbeatMs);
    this.timer.unref();
  }

  get size(): number { return this.count; }

  hasRoom(): boolean { return this.count < this.limits.maxSockets; }

  /**
   * Registers an open socket; `backlog` frames (what it missed) are sent first, in order. `upTo` is the watermark
   * the backlog was read up to (the socket has everything before it).
   */
  attach(conversationId: string, ws: WebSocket, backlog: Array<{ activities: StoredActivity[]; watermark: number }>, upTo = 0): void {
    const room = this.rooms.get(conversationId) ?? { clients: new Set<Client>(), lastActivity: this.now() };
    while (room.clients.size >= this.limits.maxPerConversation) {
      const oldest = room.clients.values().next().value as Client;
      oldest.ws.close(4000, 'replaced');
      this.detach(conversationId, oldest);
    }
    this.rooms.set(conversationId, room); // after the eviction, which drops a room left empty
    const client: Client = { ws, alive: true, sent: Math.max(upTo, ...backlog.map((f) => f.watermark)), catching: false, again: false };
    room.clients.add(client);
    room.lastActivity = this.now();
    this.count++;
    ws.on('pong', () => { client.alive = true; });
    ws.on('message', () => { client.alive = true; }); // DirectLineJS sends "" every 20 s to keep Chrome honest
    ws.on('close', () => this.detach(conversationId, client));
    ws.on('error', () => ws.terminate());
    for (const frame of backlog) this.send(conversationId, client, frame.activities, frame.watermark);
  }

  /**
   * Pushes newly stored activities (`watermark` is the last one's) to every open stream of the conversation. A
   * socket that is behind (activities stored by another instance that it has not got yet) is caught up from the
   * log instead, so it never skips nor repeats one.
   */
  publish(conversationId: string, activities: StoredActivity[], watermark: number): void {
    const room = this.rooms.get(conversationId);
    if (!room) return;
    room.lastActivity = this.now();
    const first = watermark - activities.length + 1;
    for (const client of [...room.clients]) {
      if (!this.reader) { this.send(conversationId, client, activities, watermark); continue; }
      if (client.sent >= watermark) continue;
      if (client.sent === first - 1 && !client.catching) {
        this.send(conversationId, client, activities, watermark);
        client.sent = watermark;
      } else {
        void this.catchUp(conversationId, client);
      }
    }
  }

  /** Another instance stored activities up to `watermark`: sockets here that are behind read them from the log. */
  stored(conversationId: string, watermark: number): void {
    const room = this.rooms.get(conversationId);
    if (!room) return;
    room.lastActivity = this.now();
    for (const client of [...room.clients]) if (client.sent < watermark) void this.catchUp(conversationId, client);
  }

  /** Events may have been missed (the database connection came back): every socket re-reads its log. */
  catchUpAll(): void {
    for (const [id, room] of this.rooms) for (const client of [...room.clients]) void this.catchUp(id, client);
  }

  private async catchUp(conversationId: string, client: Client): Promise<void> {
    if (!this.reader) return;
    if (client.catching) { client.again = true; return; }
    client.catching = true;
    try {
      do {
        client.again = false;
        for (;;) {
          const page = await this.reader(conversationId, client.sent);
          if (!page || page.watermark <= client.sent) break;
          if (page.activities.length > 0) this.send(conversationId, client, page.activities, page.watermark);
          client.sent = page.watermark;
        }
      } while (client.again && client.ws.readyState === WebSocket.OPEN);
    } catch {
      // the store is unreachable: the socket is closed and its client resumes from its watermark
      client.ws.close(1011, 'catch-up failed');
    } finally {
      client.catching = false;
    }
  }

  /** Closes every stream (server shutdown): clients see a close and reconnect elsewhere or later. */
  close(): void {
    clearInterval(this.timer);
    for (const [id, room] of this.rooms) {
      for (const client of [...room.clients]) { client.ws.close(1001, 'server stopping'); this.detach(id, client); }
    }
  }

  private send(conversationId: string, client: Client, activities: StoredActivity[], watermark: number): void {
    if (client.ws.readyState !== WebSocket.OPEN) return;
    if (client.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      client.ws.terminate();
      this.detach(conversationId, client);
      return;
    }
    client.ws.send(JSON.stringify({ activities, watermark: String(watermark) }));
  }

  private detach(conversationId: string, client: Client): void {
    const room = this.rooms.get(conversationId);
    if (!room || !room.clients.delete(client)) return;
    this.count--;
    if (room.clients.size === 0) this.rooms.delete(conversationId);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, room] of this.rooms) {
      const idle = now - room.lastActivity > this.limits.idleMs;
      for (const client of [...room.clients]) {
        if (idle) { client.ws.close(1000, 'idle'); this.detach(id, client); continue; }
        if (!client.alive) { client.ws.terminate(); this.detach(id, client); continue; }
        client.alive = false;
        client.ws.ping();
      }
    }
  }
}
