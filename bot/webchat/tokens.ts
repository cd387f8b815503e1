import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a web chat token grants: one conversation, one user, until `exp` (seconds since the epoch). */
export interface TokenClaims {
  /** The conversation the token is scoped to. */
  conv: string;
  /** The user id the bot sees; Web Chat reads it from the `user` claim, so the page never picks its own. */
  user: string;
  /**
   * `conversation` for the REST routes; `stream` for the short-lived token inside a WebSocket `streamUrl`;
   * `resume` for the token endpoint only, where it proves that a page owned the conversation (see `RESUME_SECONDS`).
   */
  scope: 'conversation' | 'stream' | 'resume';
  iat: number;
  exp: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'scope' };

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/** A stream token only opens a socket. */
export const STREAM_SECONDS = 300;
/**
 * How long a page may come back to its conversation after its conversation token expired (a tab left in the
 * background, a laptop asleep): the widget keeps the resume token for the tab and trades it for a new token.
 */
export const RESUME_SECONDS = 24 * 3600;

/**
 * Signs and checks the self-hosted Direct Line tokens: compact HS256 JWTs (node:crypto only).
 *
 * @remarks
 * A JWT because Web Chat decodes `directLine.token` and takes its `user` claim as the user id (Direct Line
 * "enhanced authentication"): the id is chosen by the server and the bot never trusts `from.id` from a client.
 * Only `HS256` with our own header is accepted, so `alg: none` or a token re-signed with another algorithm is
 * refused; the signature is compared in constant time. There is no secret in the browser: the page only ever holds
 * a token that opens its own conversation and expires.
 */
export class DirectLineTokens {
  constructor(private readonly secret: string, private readonly lifetimeSeconds: number, private readonly now: () => number = Date.now) {
    if (secret.length < 32) throw new Error('the web chat token secret must have at least 32 characters');
  }

  /** Seconds a conversation token stays valid. */
  get expiresIn(): number { return this.lifetimeSeconds; }

  /** A token for one conversation and user; `stream` tokens live 5 minutes, `resume` tokens a day. */
  issue(conv: string, user: string, scope: TokenClaims['scope'] = 'conversation'): string {
    const iat = Math.floor(this.now() / 1000);
    const exp = iat + (scope === 'stream' ? STREAM_SECONDS : scope === 'resume' ? RESUME_SECONDS : this.lifetimeSeconds);
    const payload = base64url(JSON.stringify({ conv, user, scope, iat, exp }));
    return `${HEADER}.${payload}.${this.sign(`${HEADER}.${payload}`)}`;
  }

  /** Checks signature, expiry and scope; never throws. */
  check(token: string | undefined, scope: TokenClaims['scope'] = 'conversation'): TokenCheck {
    if (typeof token !== 'string' || token.length > 2048) return { ok: false, reason: 'malformed' };
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (typeof claims.conv !== 'string' || typeof claims.user !== 'string' || typeof claims.exp !== 'number') return { ok: false, reason: 'malformed' };
    if (claims.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    if (claims.scope !== scope) return { ok: false, reason: 'scope' };
    return { ok: true, claims };
  }

  private sign(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest('base64url');
  }
}

/** A random, unguessable id (conversation ids, Direct Line user ids `dl_…`). */
export function randomId(prefix = ''): string {
  return `${prefix}${randomBytes(16).toString('base64url')}`;
}

/** The `Authorization: Bearer <token>` value of a request, if any. */
export function bearer(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match?.[1];
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
