import type { KeyValueStore } from '../storage/keyValueStore';
import { CREATE_ONLY_ETAG } from '../storage/etag';
import { newRecord, type ConversationRecord } from './conversationRecord';

export interface ConversationAddress { channelId: string; conversationId: string; userId?: string }

export interface LoadedRecord { record: ConversationRecord; eTag?: string }

const enc = encodeURIComponent;

/** Every conversation's data lives under this prefix, so retention purges one prefix. */
export const CONVERSATIONS_ROOT = 'conversations/';

/** `conversations/<channel>/<id>/` and `users/<channel>/<id>/`: erasing one is deleting one prefix. */
export function conversationPrefix(a: ConversationAddress): string {
  return `${CONVERSATIONS_ROOT}${enc(a.channelId)}/${enc(a.conversationId)}/`;
}
export function userPrefix(a: ConversationAddress): string | undefined {
  return a.userId ? `users/${enc(a.channelId)}/${enc(a.userId)}/` : undefined;
}
/** The key of a conversation's record. */
export function recordKey(a: ConversationAddress): string {
  return `${conversationPrefix(a)}record`;
}

/**
 * Loads and saves conversation records with optimistic concurrency: a save carries the eTag read at the start
 * of the turn, so a concurrent writer (another instance) makes the save fail loudly instead of losing answers.
 */
export class ConversationRepository {
  constructor(private readonly store: KeyValueStore, private readonly now: () => Date = () => new Date()) {}

  async load(address: ConversationAddress): Promise<LoadedRecord> {
    const key = this.key(address);
    const items = await this.store.read([key]);
    const item = items[key];
    if (!item) return { record: newRecord(this.now()) };
    const { eTag, ...record } = item;
    return { record: record as unknown as ConversationRecord, eTag };
  }

  /** Saves; throws `EtagConflictError` if the record changed since it was loaded. */
  async save(address: ConversationAddress, record: ConversationRecord, eTag?: string): Promise<void> {
    record.updatedAt = this.now().toISOString();
    // A record never saved before is created only if still absent ('*' would overwrite a record another instance
    // created meanwhile, losing that turn): the loser gets EtagConflictError, like any stale save.
    await this.store.write({ [this.key(address)]: { ...record, eTag: eTag ?? CREATE_ONLY_ETAG } });
  }

  /** Erases everything stored about the conversation and the user; returns how many items were deleted. */
  async erase(address: ConversationAddress): Promise<number> {
    let count = await this.store.deletePrefix(conversationPrefix(address));
    const user = userPrefix(address);
    if (user) count += await this.store.deletePrefix(user);
    return count;
  }

  private key(address: ConversationAddress): string {
    return recordKey(address);
  }
}
