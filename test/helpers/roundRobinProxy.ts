import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A small round-robin load balancer for tests: each HTTP request, and each WebSocket upgrade on
 * `/v3/directline/`, goes to the next backend (no stickiness). A backend that refuses the connection (stopped,
 * killed) is skipped, as a real balancer's health check would; a request cut off mid-way gets a 502 and is not
 * re-sent (the client decides, as with a real balancer).
 */
export class RoundRobinProxy {
  private server?: http.Server;
  /** Keeps connections to the backends open between requests, as a real balancer does. */
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private next = 0;
  /** Which backend (index) each forwarded request went to, in order. */
  readonly routed: number[] = [];

  constructor(private readonly ports: () => number[]) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => void this.forward(req, res));
    this.server.on('upgrade', (req, socket, head) => this.upgrade(req, socket as net.Socket, head));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private pick(): Array<{ index: number; port: number }> {
    const ports = this.ports();
    const start = this.next++ % ports.length;
    return ports.map((_, i) => (start + i) % ports.length).map((index) => ({ index, port: ports[index] }));
  }

  private async forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    for (const { index, port } of this.pick()) {
      const outcome = await new Promise<'refused' | 'done'>((resolve) => {
        const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, agent: this.agent }, (answer) => {
          this.routed.push(index);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => resolve('done'));
          answer.on('error', () => { res.destroy(); resolve('done'); });
        });
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') { resolve('refused'); return; }
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"bad_gateway"}');
          else res.destroy();
          resolve('done');
        });
        upstream.end(body);
      });
      if (outcome === 'done') return;
    }
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"no_backend"}');
  }

  private upgrade(req: http.IncomingMessage, socket: net.Socket, head: Buffer): void {
    if (!(req.url ?? '').startsWith('/v3/directline/')) { socket.destroy(); return; }
    const candidates = this.pick();
    const attempt = (i: number): void => {
      if (i >= candidates.length) { socket.destroy(); return; }
      const upstream = net.connect(candidates[i].port, '127.0.0.1');
      upstream.once('error', () => { if (!upstream.readableEnded && upstream.bytesWritten === 0) attempt(i + 1); else socket.destroy(); });
      upstream.once('connect', () => {
        this.routed.push(candidates[i].index);
        const lines = [`${req.method} ${req.url} HTTP/1.1`];
        for (let h = 0; h < req.rawHeaders.length; h += 2) lines.push(`${req.rawHeaders[h]}: ${req.rawHeaders[h + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length > 0) upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
        upstream.on('close', () => socket.destroy());
        socket.on('close', () => upstream.destroy());
      });
    };
    attempt(0);
  }
}
