import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ConsoleBackend, DeskEvent } from '../handoff/consolePort';
import type { Presence } from './presence';
import { setSecurityHeaders } from './responses';

interface Stream { res: ServerResponse; advisor: string; hash: string }

/** A client that reads this slowly is dropped rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * Live updates for the console as server-sent events: every {@link DeskEvent} of the backend goes to every
 * signed-in advisor's open stream as `data: <json>`; a comment line every `heartbeatMs` keeps proxies from
 * closing an idle connection. When a session ends (sign-out, expiry, removed account) its streams get an
 * `event: session-ended` and are closed, so an expired page stops receiving anything.
 *
 * @remarks SSE rather than a WebSocket: one-way is all the console needs (its actions are plain POSTs with the
 * CSRF token), it goes through HTTP proxies unchanged, it carries the SameSite cookie like any request, and the
 * browser reconnects by itself. Streams do not count as activity: an open tab nobody uses still idles out. They
 * are what makes an advisor present (see {@link Presence}): a closed page stops counting after a grace period.
 */
export class EventStreams {
  private readonly streams = new Set<Stream>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  /** The latest presence count, given to each new stream so the page shows it at once. */
  private advisors?: DeskEvent;

  constructor(backend: Pick<ConsoleBackend, 'subscribe'>, private readonly logger: Logger, heartbeatMs: number,
    private readonly presence?: Pick<Presence, 'streamOpened' | 'streamClosed'>) {
    this.unsubscribe = backend.subscribe((event) => this.broadcast(event));
    this.heartbeat = setInterval(() => this.writeAll(': ping\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  open(req: IncomingMessage, res: ServerResponse, who: { advisor: string; hash: string }): void {
    setSecurityHeaders(res);
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    const stream: Stream = { res, ...who };
    this.streams.add(stream);
    req.socket.setTimeout(0);
    this.presence?.streamOpened(who.advisor, who.hash);
    res.on('close', () => {
      this.streams.delete(stream);
      this.presence?.streamClosed(who.hash);
    });
    res.write(`retry: 3000\nevent: ready\ndata: {}\n\n${this.advisors ? `data: ${JSON.stringify(this.advisors)}\n\n` : ''}`);
  }

  /**
   * Events may have been missed (the instance's listening connection to the database came back): every open page
   * is told `ready` again, as on a reconnection of its own, and reloads its lists and the open conversation.
   */
  resync(): void {
    this.writeAll('event: ready\ndata: {}\n\n');
  }

  /** Ends the streams of one session (it was signed out or expired). */
  endSession(hash: string, reason: string): void {
    for (const stream of [...this.streams].filter((s) => s.hash === hash)) {
      stream.res.end(`event: session-ended\ndata: ${JSON.stringify({ reason })}\n\n`);
      this.streams.delete(stream);
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const stream of this.streams) stream.res.end();
    this.streams.clear();
  }

  private broadcast(event: DeskEvent): void {
    if (event.type === 'advisors') this.advisors = event;
    try {
      this.writeAll(`data: ${JSON.stringify(event)}\n\n`);
    } catch (err) {
      this.logger.error({ event: 'console.events.error', error: (err as Error).name }, 'could not forward a desk event');
    }
  }

  private writeAll(chunk: string): void {
    for (const stream of this.streams) {
      if (stream.res.writableLength > MAX_BUFFERED_BYTES) {
        stream.res.destroy();
        this.streams.delete(stream);
        continue;
      }
      stream.res.write(chunk);
    }
  }
}
