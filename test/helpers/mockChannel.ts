import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a Bot Framework channel's connector service (what `serviceUrl` points to), on loopback:
 * it accepts the activities the bot sends outside a turn (proactive messages, such as an advisor's) and keeps
 * them, per conversation, so a test can see what the user's side received.
 */
export class MockChannel {
  readonly received: Array<{ conversationId: string; activity: { type?: string; text?: string; [k: string]: unknown } }> = [];
  private server?: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(req.url ?? '');
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        if (req.method !== 'POST' || !match) {
          res.writeHead(404);
          res.end();
          return;
        }
        try {
          this.received.push({ conversationId: decodeURIComponent(match[1]), activity: JSON.parse(body) });
        } catch { /* not JSON: ignore */ }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `mock-${this.received.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  textsFor(conversationId: string): string[] {
    return this.received.filter((r) => r.conversationId === conversationId && r.activity.type === 'message').map((r) => r.activity.text ?? '');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
