import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Config } from '../config';
import type { KeyValueStore } from '../domain/storage/keyValueStore';
import type { ConsoleBackend } from '../handoff/consolePort';
import { AdvisorAccounts } from './advisorAccounts';
import { analyticsRoutes } from './analyticsRoutes';
import type { EventLog } from '../domain/analytics/eventLog';
import { ConsoleAuth } from './consoleAuth';
import { conversationRoutes } from './conversationRoutes';
import { EventStreams } from './eventStream';
import { LoginThrottle } from './loginThrottle';
import { Presence } from './presence';
import type { ProxyTrust } from './requestInfo';
import { sessionRoutes } from './sessionRoutes';
import { SessionStore } from './sessions';
import { publicDir, staticFiles } from './staticFiles';

export interface ConsoleDeps {
  backend: ConsoleBackend;
  store: KeyValueStore;
  config: Config;
  logger: Logger;
  /** The agency's analytics (manager accounts only); without it the analytics API answers 404. */
  analytics?: Pick<EventLog, 'figures'>;
  /** The clock of session lifetimes and sign-in limits (tests move it forward). */
  now?: () => Date;
  /** Tests shorten these; defaults: a heartbeat every 20 s, sessions re-checked every 30 s. */
  timings?: { heartbeatMs?: number; sweepMs?: number };
  /**
   * Subscribes to "desk events may have been missed" (several instances: the database's notifications came back
   * after a cut); open pages then reload what they show. Returns the function that unsubscribes.
   */
  missed?: (listener: () => void) => () => void;
}

export interface MountedConsole { close(): Promise<void> }

const LOGIN_WINDOW_MS = 15 * 60_000;
const PURGE_EVERY_MS = 60 * 60_000;

/**
 * Mounts the advisors' console on `server`: the page at `/console`, its assets and texts, and the JSON API
 * under `/console/api` (CONTRACT §4): session, conversations, claim, messages, notes, resolve, and the
 * server-sent event stream. Accounts and sessions live in `store` under `console/`.
 *
 * @remarks A timer re-checks the sessions this process knows of, so an advisor who simply walks away is signed
 * out of the desk (and their event stream closed) when the inactivity limit passes, not at their next click.
 * `close()` stops the timers and ends the event streams; it does not close the store or the server.
 */
export function mountConsole(server: Server, deps: ConsoleDeps): MountedConsole {
  const { backend, store, config, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const trust: ProxyTrust = { trustProxy: config.consoleTrustProxy, publicUrl: config.publicUrl };
  const accounts = new AdvisorAccounts(store, now);
  const sessions = new SessionStore(store, { idleMs: config.consoleIdleMinutes * 60_000, absoluteMs: config.consoleSessionHours * 3_600_000, now });
  const presence = new Presence(backend, config.consolePresenceGraceSeconds * 1000);
  const streams = new EventStreams(backend, logger, deps.timings?.heartbeatMs ?? 20_000, presence);
  const stopMissed = deps.missed?.(() => streams.resync());
  const throttle = new LoginThrottle({ perUser: config.consoleLoginAttempts, perIp: 4 * config.consoleLoginAttempts, windowMs: LOGIN_WINDOW_MS, now });
  const auth = new ConsoleAuth({ sessions, presence, trust, alwaysSecure: config.consoleSecureCookie, onEnded: (hash) => streams.endSession(hash, 'expired') });

  sessionRoutes(server, { accounts, sessions, auth, throttle, presence, streams, trust, logger, idleMinutes: config.consoleIdleMinutes });
  const analytics = deps.analytics;
  if (analytics) analyticsRoutes(server, { auth, accounts, figures: (period) => analytics.figures(period), logger, now });
  conversationRoutes(server, { backend, auth, streams, logger, maxTextLength: config.maxTextLength });
  staticFiles(server, { publicDir: publicDir(), localesDir: config.localesDir });

  let sweeping = false;
  const sweep = async (): Promise<void> => {
    if (sweeping) return;
    sweeping = true;
    try {
      for (const { advisor, hash } of presence.sessions()) {
        const found = await sessions.check(hash);
        if (!('active' in found)) {
          presence.gone(advisor, hash);
          streams.endSession(hash, 'expired');
        }
      }
    } catch (err) {
      logger.error({ event: 'console.sweep.error', error: (err as Error).name }, 'could not check console sessions');
    } finally {
      sweeping = false;
    }
  };
  const purge = (): void => {
    sessions.purge().catch((err: Error) => logger.error({ event: 'console.purge.error', error: err.name }, 'could not purge old console sessions'));
  };
  const sweepTimer = setInterval(() => void sweep(), deps.timings?.sweepMs ?? 30_000);
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  sweepTimer.unref();
  purgeTimer.unref();
  purge();

  return {
    async close() {
      clearInterval(sweepTimer);
      clearInterval(purgeTimer);
      stopMissed?.();
      streams.close();
      presence.close();
      while (sweeping) await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
}
