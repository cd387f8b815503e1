import type { Request, Response } from 'restify';

/** Request headers a Direct Line client sends (DirectLineJS adds its agent string; rxjs adds X-Requested-With). */
const ALLOWED_HEADERS = 'Authorization, Content-Type, x-ms-bot-agent, X-Requested-With';

/**
 * Which web pages may use the web chat: the agencies' origins (`WEBCHAT_ALLOWED_ORIGINS`) plus the bot's own
 * (`PUBLIC_URL`, or the loopback address it listens on). Requests without an `Origin` header do not come from a
 * page's script (an agency's server fetching a token, a test, curl) and are let through: the Origin check stops
 * other websites from embedding the chat through their visitors' browsers (R4, R18), it is not authentication.
 *
 * @remarks CORS answers name the one allowed origin (never `*`), with `Vary: Origin`, and no credentials:
 * the widget sends no cookie and the API sets none.
 */
export class OriginPolicy {
  private readonly allowed: Set<string>;

  constructor(allowed: readonly string[], private readonly own: () => string[]) {
    this.allowed = new Set(allowed.map(normalise));
  }

  allows(origin: string | undefined): boolean {
    if (origin === undefined) return true;
    const o = normalise(origin);
    return this.allowed.has(o) || this.own().map(normalise).includes(o);
  }

  /** Adds CORS headers for an allowed Origin; false when the Origin is not allowed (answer 403). */
  cors(req: Request, res: Response): boolean {
    const origin = header(req, 'origin');
    if (!this.allows(origin)) return false;
    if (origin !== undefined) {
      res.header('Access-Control-Allow-Origin', origin);
      res.header('Vary', 'Origin');
    }
    return true;
  }

  /** Answers a CORS preflight: 204 with the allowed methods and headers, or 403. */
  preflight(req: Request, res: Response): void {
    if (!this.cors(req, res)) {
      res.send(403, { error: 'origin_not_allowed', message: 'This website may not use this chat.' });
      return;
    }
    res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
  }
}

/** Origins of this server itself, for the Origin check: its public URL, else what it listens on. */
export function ownOrigins(publicUrl: string | undefined, host: string, port: () => number | undefined): () => string[] {
  return () => {
    if (publicUrl) return [new URL(publicUrl).origin];
    const p = port();
    if (p === undefined) return [];
    const hosts = new Set([host.includes(':') ? `[${host}]` : host, '127.0.0.1', 'localhost', '[::1]']);
    return [...hosts].map((h) => `http://${h}:${p}`);
  };
}

export function header(req: Request, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function normalise(origin: string): string {
  try {
    return new URL(origin).origin.toLowerCase();
  } catch {
    return origin.toLowerCase();
  }
}
