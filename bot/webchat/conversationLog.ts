import type { Activity } from 'botbuilder';
import type { KeyValueStore, StoreItems } from '../domain/storage/keyValueStore';
import { conversationPrefix } from '../domain/conversation/conversationRepository';

/** One web chat conversation's bookkeeping, stored beside its history. Holds no message text. */
export interface ConversationMeta {
  userId: string;
  createdAt: string;
  /** Watermark of the last stored activity; 0 before the first one. Never goes back, even after an erasure. */
  last: number;
  /** True once the welcome (`conversationUpdate`) turn has run. */
  started: boolean;
  /** The locale the conversation started in, for turns whose client sends none. */
  locale?: string;
  /** Recent `[clientActivityID, server id, turn completed]`, newest last, to answer re-sends without a second turn. */
  recent: Array<[string, string, boolean]>;
}

export type StoredActivity = Partial<Activity> & { id: string };

export const MAX_ACTIVITIES = 2000;
const MAX_RECENT = 64;

export class ConversationFullError extends Error {
  constructor() { super('conversation_full'); this.name = 'ConversationFullError'; }
}

/**
 * The durable history of web chat conversations, in the shared {@link KeyValueStore}: what Direct Line clients
 * read with a watermark, so a restart or a dropped connection loses nothing and repeats nothing.
 *
 * @remarks
 * Keys live under the conversation's prefix (`conversations/webchat/<id>/`, as the bot's own record), so
 * erasing a conversation ("delete my data") erases its web chat history too, and retention purges it with the rest. Each activity is its own key
 * (`…/directline/a/<watermark>`), written once, together with the meta record in one all-or-nothing write that is
 * conditional on the meta's eTag: two writers (two instances) cannot hand out the same watermark. Callers serialise
 * appends per conversation (a lock of their own); reads need no lock because an activity and the meta pointing at
 * it are written together.
 */
export class ConversationLog {
  constructor(private readonly store: KeyValueStore, private readonly maxActivities = MAX_ACTIVITIES) {}

  async meta(conversationId: string): Promise<ConversationMeta | undefined> {
    const key = metaKey(conversationId);
    const items = await this.store.read([key]);
    return items[key] as unknown as ConversationMeta | undefined;
  }

  /** A meta for a conversation that has nothing stored yet. */
  fresh(userId: string, locale?: string, now = new Date()): ConversationMeta {
    return { userId, createdAt: now.toISOString(), last: 0, started: false, recent: [], ...(locale ? { locale } : {}) };
  }

  /** The stored activity with this watermark, if it is still there. */
  async get(conversationId: string, watermark: number): Promise<StoredActivity | undefined> {
    return (await this.since(conversationId, watermark - 1, 1))?.activities.find((a) => a.id === activityId(conversationId, watermark));
  }

  /**
   * Gives each activity its id (`<conversation>|<watermark>`), timestamp and conversation, stores them after
   * `meta.last`, and saves `meta` (updated in place) in the same write.
   *
   * @remarks `meta` is the one just read (the write is then conditional on its eTag, so a second writer fails
   * loudly instead of reusing watermarks) or, when nothing is stored, a fresh one or the last known one of a
   * conversation erased meanwhile: its counter goes on, so watermarks never go back.
   */
  async append(conversationId: string, meta: ConversationMeta, activities: Partial<Activity>[], now = new Date()): Promise<StoredActivity[]> {
    if (meta.last + activities.length > this.maxActivities) throw new ConversationFullError();
    const changes: StoreItems = {};
    const stored: StoredActivity[] = activities.map((activity, i) => {
      const watermark = meta.last + i + 1;
      const item: StoredActivity = {
        ...activity, id: activityId(conversationId, watermark), timestamp: now.toISOString() as unknown as Date,
        channelId: 'webchat', conversation: { id: conversationId } as Activity['conversation'],
      };
      changes[activityKey(conversationId, watermark)] = item as unknown as StoreItems[string];
      return item;
    });
    meta.last += activities.length;
    meta.recent = meta.recent.slice(-MAX_RECENT);
    changes[metaKey(conversationId)] = meta as unknown as StoreItems[string];
    await this.store.write(changes);
    delete (meta as { eTag?: string }).eTag; // now stale: read the meta again before the next append
    return stored;
  }

  /** Activities after `watermark`, at most `limit`, and the watermark to ask from next time. */
  async since(conversationId: string, watermark: number, limit: number): Promise<{ activities: StoredActivity[]; watermark: number } | undefined> {
    const meta = await this.meta(conversationId);
    if (!meta) return undefined;
    const from = Math.max(0, Math.floor(watermark)) + 1;
    const to = Math.min(meta.last, from + limit - 1);
    if (to < from) return { activities: [], watermark: meta.last };
    const keys = Array.from({ length: to - from + 1 }, (_, i) => activityKey(conversationId, from + i));
    const items = await this.store.read(keys);
    // An erased conversation keeps its meta but not its history: missing keys are skipped, never re-numbered.
    const activities = keys.map((k) => items[k]).filter((a) => a !== undefined).map(({ eTag: _eTag, ...a }) => a as unknown as StoredActivity);
    return { activities, watermark: to };
  }
}

/** Remembers a client activity id (bounded), or marks its turn completed. */
export function remember(meta: ConversationMeta, clientActivityId: string, id: string, done: boolean): void {
  const existing = meta.recent.find(([c]) => c === clientActivityId);
  if (existing) existing[2] = done;
  else meta.recent.push([clientActivityId, id, done]);
  if (meta.recent.length > MAX_RECENT) meta.recent.splice(0, meta.recent.length - MAX_RECENT);
}

export function watermarkOf(id: string | undefined): number {
  const n = Number(id?.split('|').pop());
  return Number.isInteger(n) ? n : 0;
}

/** Inside the conversation's own prefix (`conversations/webchat/<id>/`), beside the bot's record of it. */
function prefix(conversationId: string): string {
  return `${conversationPrefix({ channelId: 'webchat', conversationId })}directline/`;
}
function metaKey(conversationId: string): string { return `${prefix(conversationId)}meta`; }
function activityKey(conversationId: string, watermark: number): string { return `${prefix(conversationId)}a/${watermark}`; }
/** `<conversation>|0000042`, as the Direct Line service numbers a conversation's activities. */
export function activityId(conversationId: string, watermark: number): string { return `${conversationId}|${String(watermark).padStart(7, '0')}`; }
