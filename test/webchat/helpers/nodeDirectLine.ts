import http from 'node:http';
import WebSocket from 'ws';

/**
 * The smallest XMLHttpRequest that rxjs 5's `Observable.ajax` (inside DirectLineJS) needs, over node:http, so
 * the real DirectLineJS runs in Node the way it runs in a browser: polling, REST calls and uploads (FormData)
 * through this, the stream through the `ws` package. (The library's documented Node setup uses the `xhr2` package and `ws`.)
 */
class NodeXhr {
  readyState = 0;
  status = 0;
  response: unknown = null;
  responseText = '';
  responseType = '';
  timeout = 0;
  withCredentials = false;
  onreadystatechange: ((this: NodeXhr, e: unknown) => void) | null = null;
  onerror: ((this: NodeXhr, e: unknown) => void) | null = null;
  ontimeout: ((this: NodeXhr, e: unknown) => void) | null = null;
  private method = 'GET';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private responseHeaders: http.IncomingHttpHeaders = {};
  private request?: http.ClientRequest;

  open(method: string, url: string): void { this.method = method; this.url = url; this.readyState = 1; }
  setRequestHeader(name: string, value: string): void { this.headers[name] = value; }
  getResponseHeader(name: string): string | null {
    const v = this.responseHeaders[name.toLowerCase()];
    return v === undefined ? null : String(v);
  }
  abort(): void { this.request?.destroy(); }

  send(body?: string | FormData): void {
    if (body instanceof FormData) {
      // An upload (DirectLineJS's postMessageWithAttachments): serialised as a browser would, with its boundary.
      const encoded = new Response(body);
      this.headers['Content-Type'] = encoded.headers.get('content-type')!;
      void encoded.arrayBuffer().then((bytes) => this.send(Buffer.from(bytes) as unknown as string));
      return;
    }
    this.request = http.request(this.url, { method: this.method, headers: this.headers, timeout: this.timeout || undefined }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        this.status = res.statusCode ?? 0;
        this.responseHeaders = res.headers;
        this.responseText = Buffer.concat(chunks).toString('utf8');
        const raw = Buffer.concat(chunks);
        try {
          this.response = this.responseType === 'json' ? JSON.parse(this.responseText || 'null')
            : this.responseType === 'arraybuffer' ? raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length) : this.responseText;
        } catch { this.response = null; }
        this.readyState = 4;
        this.onreadystatechange?.call(this, {});
      });
    });
    this.request.on('timeout', () => { this.request?.destroy(); this.ontimeout?.call(this, {}); });
    this.request.on('error', () => { if (this.readyState !== 4) this.onerror?.call(this, {}); });
    this.request.end(body);
  }
}

/** Puts `XMLHttpRequest` and `WebSocket` on the global object for DirectLineJS; returns the undo. */
export function installBrowserGlobals(): () => void {
  const g = globalThis as Record<string, unknown>;
  const saved = { XMLHttpRequest: g.XMLHttpRequest, WebSocket: g.WebSocket };
  g.XMLHttpRequest = NodeXhr;
  g.WebSocket = WebSocket;
  return () => { g.XMLHttpRequest = saved.XMLHttpRequest; g.WebSocket = saved.WebSocket; };
}
