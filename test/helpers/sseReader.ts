/** One server-sent event as the browser would see it. */
export interface SseEvent { event: string; data: string; comment?: string }

/** Reads a text/event-stream response event by event (comments such as heartbeats included), for tests. */
export class SseReader {
  private buffer = '';
  private readonly events: SseEvent[] = [];
  private waiters: Array<() => void> = [];
  ended = false;

  private constructor(private readonly controller: AbortController, readonly status: number) {}

  static async open(url: string, headers: Record<string, string>): Promise<SseReader> {
    const controller = new AbortController();
    const res = await fetch(url, { headers, signal: controller.signal });
    const reader = new SseReader(controller, res.status);
    if (res.ok && res.body) void reader.pump(res.body.getReader());
    else reader.ended = true;
    return reader;
  }

  /** The next event (or comment) matching `match`, waiting up to `ms`. */
  async next(match: (e: SseEvent) => boolean = () => true, ms = 5000): Promise<SseEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const i = this.events.findIndex(match);
      if (i >= 0) return this.events.splice(0, i + 1).pop()!;
      if (this.ended) throw new Error('the event stream ended');
      if (Date.now() > deadline) throw new Error('no matching event in time');
      await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 50); });
    }
  }

  /** Waits until the server closes the stream. */
  async closedByServer(ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error('the stream is still open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close(): void {
    this.controller.abort();
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          const event: SseEvent = { event: 'message', data: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) event.comment = line.slice(1).trim();
            else if (line.startsWith('event:')) event.event = line.slice(6).trim();
            else if (line.startsWith('data:')) event.data += line.slice(5).trim();
          }
          this.events.push(event);
        }
        for (const wake of this.waiters.splice(0)) wake();
      }
    } catch { /* aborted */ }
    this.ended = true;
    for (const wake of this.waiters.splice(0)) wake();
  }
}
