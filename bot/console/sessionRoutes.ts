import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { AdvisorAccounts } from './advisorAccounts';
import type { ConsoleAuth } from './consoleAuth';
import { clearedSessionCookie, sessionCookie } from './cookies';
import type { EventStreams } from './eventStream';
import { HttpError } from './httpErrors';
import { readJsonObject } from './jsonBody';
import type { LoginThrottle } from './loginThrottle';
import type { Presence } from './presence';
import { clientIp, type ProxyTrust } from './requestInfo';
import { sendJson } from './responses';
import { route } from './routeKit';
import type { SessionStore } from './sessions';

export interface SessionRouteDeps {
  accounts: AdvisorAccounts; sessions: SessionStore; auth: ConsoleAuth; throttle: LoginThrottle;
  presence: Presence; streams: EventStreams; trust: ProxyTrust; logger: Logger; idleMinutes: number;
}

const PATH = '/console/api/session';
const SIGN_IN_MAX_BYTES = 4096;

/**
 * Sign-in, "who am I" and sign-out. Sign-in checks the origin, the rate limits (429 before any hashing), then
 * name and password (one generic 401 for both), replaces any session the browser had by a new one (new id at
 * each sign-in) and answers the CSRF token. Sign-out ends the session server-side and closes its streams.
 */
export function sessionRoutes(server: Server, d: SessionRouteDeps): void {
  server.post(PATH, route(d.logger, async (req, res) => {
    d.auth.requireSameOrigin(req);
    const body = await readJsonObject(req, SIGN_IN_MAX_BYTES);
    const { username, password } = body;
    if (typeof username !== 'string' || typeof password !== 'string') throw new HttpError(400, 'bad_request', 'Send "username" and "password".');
    const user = username.trim().toLowerCase().slice(0, 64); // a bounded key for the throttle
    const ip = clientIp(req, d.trust);
    const wait = d.throttle.retryAfter(user, ip);
    if (wait > 0) {
      d.logger.warn({ event: 'console.signin.throttled' }, 'sign-in refused: too many attempts');
      throw new HttpError(429, 'too_many_attempts', 'Too many sign-in attempts. Please wait and try again.', { 'Retry-After': String(wait) });
    }
    const account = await d.accounts.verify(user, password);
    if (!account) {
      d.throttle.failed(user, ip);
      d.logger.info({ event: 'console.signin.failed' }, 'sign-in refused');
      throw new HttpError(401, 'invalid_credentials', 'Wrong user name or password.');
    }
    d.throttle.succeeded(user);
    const previous = await d.sessions.find(d.auth.sessionId(req));
    if ('active' in previous) await endSession(d, previous.active.hash, previous.active.session.advisor, 'replaced');
    const { id, hash, session } = await d.sessions.create(account);
    d.presence.seen(account.name, hash);
    d.logger.info({ event: 'console.signin', advisor: account.name }, 'advisor signed in');
    sendJson(res, 200, { csrfToken: session.csrfToken, advisor: account.name, role: account.role ?? 'advisor', idleMinutes: d.idleMinutes, expiresAt: d.sessions.expiresAt(session).toISOString() },
      { 'Set-Cookie': sessionCookie(id, d.auth.secure(req)) });
  }));

  server.get(PATH, route(d.logger, async (req, res) => {
    const me = await d.auth.require(req, res, { changes: false });
    const role = (await d.accounts.roleOf(me.advisor)) ?? 'advisor';
    sendJson(res, 200, { csrfToken: me.session.csrfToken, advisor: me.advisor, role, idleMinutes: d.idleMinutes, expiresAt: d.sessions.expiresAt(me.session).toISOString() });
  }));

  server.del(PATH, route(d.logger, async (req, res) => {
    const me = await d.auth.require(req, res, { changes: true, touch: false });
    await endSession(d, me.hash, me.advisor, 'signed-out');
    d.logger.info({ event: 'console.signout', advisor: me.advisor }, 'advisor signed out');
    sendJson(res, 200, { signedOut: true }, { 'Set-Cookie': clearedSessionCookie(d.auth.secure(req)) });
  }));
}

async function endSession(d: SessionRouteDeps, hash: string, advisor: string, reason: string): Promise<void> {
  await d.sessions.revoke(hash);
  d.presence.gone(advisor, hash);
  d.streams.endSession(hash, reason);
}
