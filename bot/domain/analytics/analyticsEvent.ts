/**
 * What the agency's analytics are made of: one small fact per step of a conversation, with no personal data.
 *
 * @remarks An event never holds message text, a phone number, a user id or the channel's conversation id. The
 * only link between the events of one conversation is `conversation`, a random id kept in the conversation's
 * record: erasing the conversation deletes its events, and once retention has purged the record nothing links
 * them to anyone any more. Links opened through `GET /r/:itemId` and erasures carry no conversation at all.
 */
export const EVENT_KINDS = [
  'conversation.started',
  'question.asked', 'question.answered', 'question.misunderstood', 'question.skipped',
  /** Once per conversation: the questions are done (answered or skipped), and its first recommendations shown. */
  'profile.complete', 'conversation.recommended',
  'recommendations.shown', 'item.shown', 'link.opened',
  'field.unmet', 'topic.unmet',
  'handoff.requested', 'handoff.queued', 'handoff.claimed', 'handoff.resolved', 'handoff.expired', 'handoff.cancelled',
  'callback.requested', 'callback.done',
  'erasure',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface AnalyticsEvent {
  kind: EventKind;
  /** Milliseconds since the epoch (UTC). */
  at: number;
  /** The conversation's random analytics id; absent for link openings and erasures. */
  conversation?: string;
  channel?: string;
  language?: string;
  region?: string;
  /** A question's slot id (CONTRACT.md §2). */
  slot?: string;
  /** A catalogue item id, and its kind (`course`, `support`, `search`). */
  item?: string;
  itemKind?: string;
  /** The ROME fields of an item shown. */
  fields?: string[];
  /** The recommendation's `match` (`good`, `partial`, `none`). */
  match?: string;
  /** The person's job field (unmet demand), or their topic of interest. */
  field?: string;
  topic?: string;
  /** Why a person was asked for (`user`, `not-understood`), or who ended a wait (`expiry`, `user`). */
  reason?: string;
  /** Seconds waited (claimed, expired, callback done). */
  value?: number;
}
