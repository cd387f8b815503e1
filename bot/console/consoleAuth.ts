import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clearedSessionCookie, readCookie, SESSION_COOKIE } from './cookies';
import { HttpError } from './httpErrors';
import type { Presence } from './presence';
import { isSameOrigin, isTls, type ProxyTrust } from './requestInfo';
import type { ConsoleSession, SessionStore } from './sessions';

export interface SignedIn { advisor: string; hash: string; session: ConsoleSession }

export interface ConsoleAuthDeps {
  sessions: SessionStore;
  presence: Presence;
  trust: ProxyTrust;
  /** Mark cookies `Secure` even on plain HTTP (a TLS proxy in front that we do not trust for headers). */
  alwaysSecure: boolean;
  /** A session was found ended (expired, revoked elsewhere): close its event streams. */
  onEnded(hash: string): void;
}

/**
 * The checks every console call goes through, in one place so no route can forget one (ASVS 8.3.1):
 * session cookie → live session (401), and for calls that change something, same origin (403) and the
 * session's CSRF token in `x-csrf-token` (403, compared in constant time).
 */
export class ConsoleAuth {
  constructor(private readonly deps: ConsoleAuthDeps) {}

  secure(req: IncomingMessage): boolean {
    return this.deps.alwaysSecure || isTls(req, this.deps.trust);
  }

  sessionId(req: IncomingMessage): string | undefined {
    return readCookie(req.headers.cookie, SESSION_COOKIE);
  }

  /** Refuses a cross-site request (also used for sign-in itself, against login CSRF). */
  requireSameOrigin(req: IncomingMessage): void {
    if (!isSameOrigin(req, this.deps.trust)) throw new HttpError(403, 'cross_origin', 'Requests must come from the console page itself.');
  }

  async require(req: IncomingMessage, res: ServerResponse, options: { changes: boolean; touch?: boolean }): Promise<SignedIn> {
    const found = await this.deps.sessions.find(this.sessionId(req));
    if ('ended' in found) {
      this.deps.presence.gone(found.ended.advisor, found.ended.hash);
      this.deps.onEnded(found.ended.hash);
      res.setHeader('Set-Cookie', clearedSessionCookie(this.secure(req)));
      throw new HttpError(401, 'session_expired', 'Your session has ended. Please sign in again.');
    }
    if (!('active' in found)) throw new HttpError(401, 'unauthenticated', 'Please sign in.');
    const { hash, session } = found.active;
    if (options.changes) {
      this.requireSameOrigin(req);
      if (!sameToken(req.headers['x-csrf-token'], session.csrfToken)) throw new HttpError(403, 'csrf', 'The request lacks a valid x-csrf-token header.');
    }
    this.deps.presence.seen(session.advisor, hash);
    if (options.touch !== false) await this.deps.sessions.touch(found.active);
    return { advisor: session.advisor, hash, session };
  }
}

function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
