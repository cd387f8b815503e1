import http from 'node:http';
import https from 'node:https';
import type { Logger } from 'pino';

/** How a failed send is retried: `attempts` in all, waiting `baseMs`, then twice that... up to `maxMs`. */
export interface RetryPolicy { attempts: number; baseMs: number; maxMs: number }

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseMs: 500, maxMs: 30_000 };

/** A platform refused a call for good, or kept failing after every retry. `code` is the platform's own error code. */
export class PlatformError extends Error {
  constructor(readonly status: number, readonly code?: number, readonly retryable = false) {
    super(`platform answered ${status}${code !== undefined ? ` (code ${code})` : ''}`);
    this.name = 'PlatformError';
  }
}

/** What a platform's error answer means: its own error code, whether to retry, and after how long it asks. */
export type ErrorReader = (status: number, body: unknown, headers: Headers) => { code?: number; retry: boolean; retryAfterMs?: number };

/**
 * POSTs JSON to a messaging platform's API with Node's own http(s) client on kept-alive connections (measured:
 * `fetch` cost about twice the CPU per send, which a turn of several messages pays several times), retrying what may pass later (429, 5xx, the
 * network, the platform's own "too fast" codes) with exponential backoff and the platform's `Retry-After`; what
 * still fails is thrown as {@link PlatformError} and logged (status and code only: never the body, which holds
 * a message and a phone number or chat id).
 */
export class PlatformClient {
  constructor(
    private readonly channelId: string,
    private readonly base: string,
    private readonly headers: Record<string, string>,
    private readonly readError: ErrorReader,
    private readonly policy: RetryPolicy,
    private readonly logger: Logger,
  ) {
    this.agent = this.base.startsWith('https:') ? new https.Agent({ keepAlive: true, maxSockets: 16 }) : new http.Agent({ keepAlive: true, maxSockets: 16 });
  }

  private readonly agent: http.Agent;

  async post(path: string, body: unknown): Promise<unknown> {
    let last: PlatformError | undefined;
    const payload = JSON.stringify(body);
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      let wait: number | undefined;
      try {
        const res = await this.request(`${this.base}${path}`, payload);
        let json: unknown;
        try { json = res.text ? JSON.parse(res.text) : {}; } catch { json = {}; }
        if (res.status >= 200 && res.status < 300) return json;
        const read = this.readError(res.status, json, res.headers);
        last = new PlatformError(res.status, read.code, read.retry);
        if (!read.retry) break;
        wait = read.retryAfterMs;
      } catch {
        last = new PlatformError(0, undefined, true); // network error or timeout: worth another try
      }
      if (attempt < this.policy.attempts) {
        const backoff = Math.min(this.policy.maxMs, this.policy.baseMs * 2 ** (attempt - 1));
        const delay = Math.min(this.policy.maxMs, Math.max(wait ?? 0, backoff * (0.75 + Math.random() * 0.5)));
        this.logger.warn({ event: 'channel.send_retry', channel: this.channelId, status: last.status, code: last.code, attempt, waitMs: Math.round(delay) }, 'platform send retried');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    const failure = last ?? new PlatformError(0);
    this.logger.error({ event: 'channel.send_failed', channel: this.channelId, status: failure.status, code: failure.code }, 'platform send failed');
    throw failure;
  }

  /** One POST; resolves with whatever status came back, rejects on a network error or after 20 s. */
  private request(url: string, payload: string): Promise<{ status: number; headers: Headers; text: string }> {
    const client = url.startsWith('https:') ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.request(url, {
        method: 'POST', agent: this.agent, timeout: 20_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...this.headers },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers = new Headers();
          const retryAfter = res.headers['retry-after'];
          if (typeof retryAfter === 'string') headers.set('retry-after', retryAfter);
          resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(payload);
    });
  }
}

/** `Retry-After` in seconds (the HTTP header) as milliseconds, if given. */
export function retryAfterHeader(headers: Headers): number | undefined {
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
