import { newSession, type Session } from '../orientation/session';

export interface TranscriptEntry { at: string; from: 'user' | 'bot' | 'advisor'; text: string }

/**
 * Everything stored for one conversation, written in one piece with a real eTag so that nothing a user said
 * is lost or half-saved: the orientation session, the ids of activities already handled (duplicates are not
 * processed twice), the transcript an advisor will read, the handoff state and the channel's reference.
 */
export interface ConversationRecord {
  session: Session;
  seen: string[];
  transcript: TranscriptEntry[];
  reference?: Record<string, unknown>;
  /** The handoff ticket of this conversation, if it was ever handed to people. */
  ticketId?: string;
  /** Messages for the person that their channel could not take yet (advisor replies): sent with the next turn. */
  outbox?: Array<{ text: string; from: 'advisor' | 'bot'; name?: string }>;
  /**
   * The replies of the last handled activity, saved with it: a channel that re-sends that activity (its instance
   * died after saving, before answering) gets them again from whichever instance it reaches.
   */
  lastReplies?: { id: string; activities: Array<Record<string, unknown>> };
  /** A random id (not the channel's conversation id) that the conversation's analytics events carry; erased with it. */
  analyticsId?: string;
  /** Analytics milestones this conversation passed (`complete`, `recommended`): each is counted once. */
  analyticsMarks?: string[];
  createdAt: string;
  updatedAt: string;
}

const MAX_SEEN = 200;
const MAX_TRANSCRIPT = 500;

export function newRecord(now: Date): ConversationRecord {
  const at = now.toISOString();
  return { session: newSession(), seen: [], transcript: [], createdAt: at, updatedAt: at };
}

export function markSeen(record: ConversationRecord, activityId: string): void {
  record.seen.push(activityId);
  if (record.seen.length > MAX_SEEN) record.seen.splice(0, record.seen.length - MAX_SEEN);
}

export function appendTranscript(record: ConversationRecord, entry: TranscriptEntry): void {
  record.transcript.push(entry);
  if (record.transcript.length > MAX_TRANSCRIPT) record.transcript.splice(0, record.transcript.length - MAX_TRANSCRIPT);
}

/** Records what the bot said (its message texts) in the transcript the advisor will read. */
export function appendBotMessages(record: ConversationRecord, activities: ReadonlyArray<{ type?: string; text?: string }>, at: string): void {
  for (const a of activities) if (a.type === 'message' && a.text) appendTranscript(record, { at, from: 'bot', text: a.text });
}
