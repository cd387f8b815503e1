import { randomBytes } from 'node:crypto';
import { EtagConflictError, type KeyValueStore, type StoreItem } from '../domain/storage/keyValueStore';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

/** `manager`: also sees the agency's analytics (`/console/analytics`); `advisor` (the default) does not. */
export type AccountRole = 'advisor' | 'manager';
export const ROLES: readonly AccountRole[] = ['advisor', 'manager'];

/** What is stored per advisor under `console/advisors/<name>`: never the password, only its scrypt hash. */
export interface AdvisorAccount {
  name: string;
  /** Absent on accounts made before roles existed: an advisor. */
  role?: AccountRole;
  passwordHash: string;
  createdAt: string;
  passwordChangedAt: string;
  /** Random, new with each password: sessions remember it, so a new password signs the advisor out everywhere. */
  credentialId: string;
}

export const MIN_PASSWORD_LENGTH = 12;
/** scrypt's cost does not grow with length, but a megabyte "password" is still not one. */
export const MAX_PASSWORD_LENGTH = 1024;
const NAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;
const INDEX_KEY = 'console/advisor-index';
export const accountKey = (name: string): string => `console/advisors/${name}`;

export class AccountError extends Error {
  constructor(public readonly code: 'invalid-name' | 'weak-password' | 'exists' | 'unknown', message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

/** Lower-cases and checks an advisor name (letters, digits, `.`, `_`, `-`; 2 to 40 characters). */
export function normaliseName(raw: string): string {
  const name = raw.trim().toLowerCase();
  if (!NAME.test(name)) throw new AccountError('invalid-name', 'An advisor name has 2 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit.');
  return name;
}

function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new AccountError('weak-password', `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

type IndexDoc = StoreItem & { names: string[] };

const newCredentialId = (): string => randomBytes(12).toString('base64url');

/**
 * Advisor accounts in the bot's own {@link KeyValueStore}, so they live in the same SQLite file or PostgreSQL
 * database as everything else and survive restarts. Used by the console's sign-in and by `npm run advisor`.
 *
 * @remarks The store cannot list keys, so an index document holds the names. An account is written together
 * with the index (one atomic write, the index conditional on its eTag); on removal the account goes first, so
 * a crash can leave a name in the index without an account (ignored by {@link list}) but never an account
 * that can sign in without being listed.
 */
export class AdvisorAccounts {
  constructor(private readonly store: KeyValueStore, private readonly now: () => Date = () => new Date()) {}

  async get(rawName: string): Promise<AdvisorAccount | undefined> {
    let name: string;
    try { name = normaliseName(rawName); } catch { return undefined; }
    const item = (await this.store.read([accountKey(name)]))[accountKey(name)];
    if (!item) return undefined;
    const { eTag: _eTag, ...account } = item;
    return account as unknown as AdvisorAccount;
  }

  /** The account when name and password match; `undefined` otherwise, after the same amount of work. */
  async verify(rawName: string, password: string): Promise<AdvisorAccount | undefined> {
    const account = password.length <= MAX_PASSWORD_LENGTH ? await this.get(rawName) : undefined;
    const ok = await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), account?.passwordHash ?? DUMMY_HASH);
    return ok && account ? account : undefined;
  }

  async add(rawName: string, password: string, role: AccountRole = 'advisor'): Promise<AdvisorAccount> {
    const name = normaliseName(rawName);
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    return this.withIndex(async (index) => {
      if (await this.get(name)) throw new AccountError('exists', `An advisor named "${name}" already exists.`);
      const at = this.now().toISOString();
      const account: AdvisorAccount = { name, role, passwordHash, createdAt: at, passwordChangedAt: at, credentialId: newCredentialId() };
      index.names = [...new Set([...index.names, name])].sort();
      await this.store.write({ [accountKey(name)]: { ...account }, [INDEX_KEY]: index });
      return account;
    });
  }

  /** Sets a new password; every open session of this advisor ends. */
  async setPassword(rawName: string, password: string): Promise<void> {
    const name = normaliseName(rawName);
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    const current = await this.get(name);
    if (!current) throw new AccountError('unknown', `There is no advisor named "${name}".`);
    await this.store.write({ [accountKey(name)]: { ...current, passwordHash, passwordChangedAt: this.now().toISOString(), credentialId: newCredentialId() } });
  }

  /** Deletes the account (its sessions stop working at their next request); false if there was none. */
  async remove(rawName: string): Promise<boolean> {
    const name = normaliseName(rawName);
    const existed = (await this.get(name)) !== undefined;
    await this.store.delete([accountKey(name)]);
    await this.withIndex(async (index) => {
      index.names = index.names.filter((n) => n !== name);
      await this.store.write({ [INDEX_KEY]: index });
    });
    return existed;
  }

  /** The account's role; an unknown account has none. */
  async roleOf(rawName: string): Promise<AccountRole | undefined> {
    const account = await this.get(rawName);
    return account ? account.role ?? 'advisor' : undefined;
  }

  async list(): Promise<string[]> {
    const index = (await this.store.read([INDEX_KEY]))[INDEX_KEY] as IndexDoc | undefined;
    const names = index?.names ?? [];
    if (names.length === 0) return [];
    const items = await this.store.read(names.map(accountKey));
    return names.filter((n) => items[accountKey(n)] !== undefined);
  }

  private async withIndex<T>(change: (index: IndexDoc) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const index = ((await this.store.read([INDEX_KEY]))[INDEX_KEY] as IndexDoc | undefined) ?? { names: [] };
      try {
        return await change(index);
      } catch (err) {
        if (!(err instanceof EtagConflictError) || attempt >= 5) throw err;
      }
    }
  }
}
