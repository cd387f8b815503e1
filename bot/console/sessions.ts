import { createHash, randomBytes } from 'node:crypto';
import { EtagConflictError, type KeyValueStore } from '../domain/storage/keyValueStore';
import { accountKey, type AdvisorAccount } from './advisorAccounts';

/** A signed-in advisor, stored under `console/sessions/<sha256 of the cookie value>`. */
export interface ConsoleSession {
  advisor: string;
  /** Synchronizer token: the page sends it back in `x-csrf-token` on every change. */
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  /** The account's `credentialId` at sign-in; a new password (or a removed account) ends this session. */
  credentialId: string;
  revokedAt?: string;
}

export interface ActiveSession { hash: string; session: ConsoleSession; eTag?: string }
export type EndReason = 'signed-out' | 'idle' | 'expired' | 'account-changed';
export type Lookup = { active: ActiveSession } | { ended: { hash: string; advisor: string; reason: EndReason } } | { unknown: true };

export interface SessionTimes { idleMs: number; absoluteMs: number; now: () => Date }

const ID = /^[A-Za-z0-9_-]{43}$/;
/** Activity is written at most this often, so browsing the console does not mean one write per request. */
const TOUCH_EVERY_MS = 30_000;
export const SESSION_PREFIX = 'console/sessions/';
const key = (hash: string): string => `${SESSION_PREFIX}${hash}`;
const hashOf = (id: string): string => createHash('sha256').update(id).digest('hex');
const token = (): string => randomBytes(32).toString('base64url');

/**
 * Server-side console sessions in the bot's {@link KeyValueStore}: they survive restarts and are shared by
 * several instances on PostgreSQL.
 *
 * @remarks
 * Only a hash of the session id is stored, so a copy of the database does not hand out valid cookies. Every
 * sign-in makes a new random id (no fixation). A session ends at sign-out (marked revoked, not deleted, so a
 * concurrent "touch" cannot bring it back: touches are conditional on the eTag), after `idleMs` without a
 * request, `absoluteMs` after sign-in, or when the account was removed or got a new password. Old entries are
 * purged by {@link purge}.
 */
export class SessionStore {
  constructor(private readonly store: KeyValueStore, private readonly times: SessionTimes) {}

  async create(account: AdvisorAccount): Promise<{ id: string; hash: string; session: ConsoleSession }> {
    const id = token();
    const at = this.times.now().toISOString();
    const session: ConsoleSession = { advisor: account.name, csrfToken: token(), createdAt: at, lastSeenAt: at, credentialId: account.credentialId };
    await this.store.write({ [key(hashOf(id))]: { ...session } });
    return { id, hash: hashOf(id), session };
  }

  /** Looks a cookie value up; only a well-formed, stored, live session is `active`. */
  async find(id: string | undefined): Promise<Lookup> {
    if (!id || !ID.test(id)) return { unknown: true };
    return this.check(hashOf(id));
  }

  async check(hash: string): Promise<Lookup> {
    const item = (await this.store.read([key(hash)]))[key(hash)];
    if (!item) return { unknown: true };
    const { eTag, ...rest } = item;
    const session = rest as unknown as ConsoleSession;
    const reason = this.endReason(session);
    if (reason) return { ended: { hash, advisor: session.advisor, reason } };
    const account = (await this.store.read([accountKey(session.advisor)]))[accountKey(session.advisor)] as unknown as AdvisorAccount | undefined;
    if (!account || account.credentialId !== session.credentialId) return { ended: { hash, advisor: session.advisor, reason: 'account-changed' } };
    return { active: { hash, session, eTag } };
  }

  /** When this session will end if nothing more happens. */
  expiresAt(session: ConsoleSession): Date {
    const idle = Date.parse(session.lastSeenAt) + this.times.idleMs;
    const absolute = Date.parse(session.createdAt) + this.times.absoluteMs;
    return new Date(Math.min(idle, absolute));
  }

  /** Records activity (keeps the session from idling out). A lost race with a sign-out is ignored: sign-out wins. */
  async touch(active: ActiveSession): Promise<void> {
    const now = this.times.now();
    if (now.getTime() - Date.parse(active.session.lastSeenAt) < TOUCH_EVERY_MS) return;
    try {
      await this.store.write({ [key(active.hash)]: { ...active.session, lastSeenAt: now.toISOString(), eTag: active.eTag } });
    } catch (err) {
      if (!(err instanceof EtagConflictError)) throw err;
    }
  }

  /** Ends a session for good (sign-out); the cookie is worthless afterwards, even replayed. */
  async revoke(hash: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const item = (await this.store.read([key(hash)]))[key(hash)];
      if (!item || item.revokedAt) return;
      try {
        await this.store.write({ [key(hash)]: { ...item, revokedAt: this.times.now().toISOString() } });
        return;
      } catch (err) {
        if (!(err instanceof EtagConflictError)) throw err;
      }
    }
  }

  /**
   * Deletes sessions last written longer ago than the absolute lifetime (all of them are dead by then).
   * The cutoff is on the wall clock on purpose: it is compared with the store's own write times.
   */
  purge(): Promise<number> {
    return this.store.purgeOlderThan(SESSION_PREFIX, new Date(Date.now() - this.times.absoluteMs - TOUCH_EVERY_MS));
  }

  private endReason(session: ConsoleSession): EndReason | undefined {
    if (session.revokedAt) return 'signed-out';
    const now = this.times.now().getTime();
    if (now >= Date.parse(session.createdAt) + this.times.absoluteMs) return 'expired';
    if (now >= Date.parse(session.lastSeenAt) + this.times.idleMs) return 'idle';
    return undefined;
  }
}
