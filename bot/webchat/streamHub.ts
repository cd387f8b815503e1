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

interface Client { ws: WebSocket; alive: boolean }
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

  constructor(private readonly limits: StreamLimits = DEFAULT_STREAM_LIMITS, private readonly now: () => number = Date.now) {
    this.timer = setInterval(() => this.sweep(), limits.heartbeatMs);
    this.timer.unref();
  }

  get size(): number { return this.count; }

  hasRoom(): boolean { return this.count < this.limits.maxSockets; }

  /** Registers an open socket; `backlog` frames (what it missed) are sent first, in order. */
  attach(conversationId: string, ws: WebSocket, backlog: Array<{ activities: StoredActivity[]; watermark: number }>): void {
    const room = this.rooms.get(conversationId) ?? { clients: new Set<Client>(), lastActivity: this.now() };
    while (room.clients.size >= this.limits.maxPerConversation) {
      const oldest = room.clients.values().next().value as Client;
      oldest.ws.close(4000, 'replaced');
      this.detach(conversationId, oldest);
    }
    this.rooms.set(conversationId, room); // after the eviction, which drops a room left empty
    const client: Client = { ws, alive: true };
    room.clients.add(client);
    room.lastActivity = this.now();
    this.count++;
    ws.on('pong', () => { client.alive = true; });
    ws.on('message', () => { client.alive = true; }); // DirectLineJS sends "" every 20 s to keep Chrome honest
    ws.on('close', () => this.detach(conversationId, client));
    ws.on('error', () => ws.terminate());
    for (const frame of backlog) this.send(conversationId, client, frame.activities, frame.watermark);
  }

  /** Pushes newly stored activities to every open stream of the conversation. */
  publish(conversationId: string, activities: StoredActivity[], watermark: number): void {
    const room = this.rooms.get(conversationId);
    if (!room) return;
    room.lastActivity = this.now();
    for (const client of [...room.clients]) this.send(conversationId, client, activities, watermark);
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
