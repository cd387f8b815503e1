import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall { path: string; body: any; at: number }

/**
 * A messaging platform's send API on loopback (WhatsApp's Graph API or Telegram's Bot API, whichever base URL
 * the bot is given): records every call the bot makes and answers success, or the scripted failures queued in
 * `failNext` (status and body as the platforms document them: a 429 with WhatsApp's code 130429, Telegram's
 * `retry_after`...). No test reaches the internet.
 */
export class FakePlatform {
  readonly calls: RecordedCall[] = [];
  /** Failures to answer, in order, before answering success again. */
  readonly failNext: Array<{ status: number; body: unknown; headers?: Record<string, string> }> = [];
  refused = 0;
  url = '';
  private server?: http.Server;
  private counter = 0;

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const failure = this.failNext.shift();
        if (failure) {
          this.refused++;
          res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
          res.end(JSON.stringify(failure.body));
          return;
        }
        let body: any = {};
        try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { /* not JSON */ }
        this.calls.push({ path: req.url ?? '', body, at: Date.now() });
        const id = ++this.counter;
        res.writeHead(200, { 'content-type': 'application/json' });
        // WhatsApp answers { messages: [{ id: wamid }] }, Telegram { ok: true, result: Message }: both shapes, harmless
        res.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.fake${id}` }], ok: true, result: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id) || 0, type: 'private' } } }));
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Calls to one recipient (WhatsApp `to`, Telegram `chat_id`). */
  to(recipient: string): RecordedCall[] {
    return this.calls.filter((c) => String(c.body.to ?? c.body.chat_id) === recipient);
  }

  /** Waits until `check` holds (polling), or fails after `ms`. */
  async until(check: () => boolean, ms = 10_000, what = 'the expected calls'): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

/** The text a recorded call shows the person (WhatsApp text or interactive body, Telegram text). */
export function shownText(call: RecordedCall): string {
  const b = call.body;
  return b.text?.body ?? b.interactive?.body?.text ?? (typeof b.text === 'string' ? b.text : '') ?? '';
}
