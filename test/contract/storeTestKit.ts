import { EtagConflictError, type KeyValueStore } from '../../bot/domain/storage/keyValueStore';

/** Gives the contract cases the store that the enclosing `beforeEach` created. */
export type CurrentStore = () => KeyValueStore;

/** Resolves to the rejection reason of `promise`; fails if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Keys that real channels produce or that break naive SQL, file or URL handling. */
export const AWKWARD_KEYS: readonly string[] = [
  '!@#$%^&*()~/\\><,.?',
  'key with spaces and \'single\' and "double" quotes',
  "'; DROP TABLE kv_store; --",
  'Ünïcödé/日本語/Ελληνικά/🙂',
  'x'.repeat(500),
  'é'.repeat(500),
  'msteams/conversations/a:1Bx9@thread.tacv2;messageid=1699999999999/ConversationState',
  'tab\tand\nnewline',
  '%_%_',
];

/**
 * Read-modify-write of `{ n }` under `key`, retried on eTag conflicts: what a correct concurrent writer does.
 * Returns how many conflicts it had to retry.
 */
export async function incrementWithRetry(store: KeyValueStore, key: string): Promise<number> {
  for (let conflicts = 0; ; conflicts += 1) {
    const current = (await store.read([key]))[key];
    const n = typeof current?.n === 'number' ? current.n : 0;
    try {
      await store.write({ [key]: { ...current, n: n + 1, eTag: current?.eTag ?? '' } });
      return conflicts;
    } catch (error) {
      if (!(error instanceof EtagConflictError)) throw error;
    }
  }
}
