import type { ConversationAddress } from '../conversation/conversationRepository';
import type { Profile } from '../profile/profile';
import type { HandoffState } from './handoffState';

/** What an advisor sees of a conversation handed over to people (structured, so nothing is asked twice). */
export interface Ticket {
  id: string;                       // random, unguessable
  address: ConversationAddress;
  state: HandoffState;
  since: string;                    // ISO time of the last state change
  createdAt: string;
  reason: 'user' | 'not-understood';
  language: string;
  profile: Profile;
  recommendations: Array<{ id: string; kind: string; title: string; reasons: string[] }>;
  assignedTo?: string;
  /** The advisor the person was told has joined (set once the notice is saved in their conversation). */
  announced?: string;
  notes: Array<{ advisor: string; at: string; text: string }>;
  callback?: { phone: string; preferredTime?: string; consentAt: string; doneAt?: string; doneBy?: string };
  history: Array<{ state: HandoffState; at: string; by?: string }>;
  /** The conversation's random analytics id (not its channel id), so handoff events join its other events. */
  analyticsId?: string;
}

/** `channel`: where the person writes from (webchat, whatsapp, telegram...), so the advisor knows what reaches them. */
export interface TicketSummary { id: string; state: HandoffState; since: string; language: string; channel: string; profile: Profile; assignedTo?: string; callback?: Ticket['callback'] }

export class TicketNotFoundError extends Error {
  constructor(id: string) { super(`no handoff "${id}"`); this.name = 'TicketNotFoundError'; }
}

export class AlreadyAssignedError extends Error {
  constructor(public readonly assignedTo: string) { super('this conversation is already taken by another advisor'); this.name = 'AlreadyAssignedError'; }
}

export function summaryOf(t: Ticket): TicketSummary {
  return { id: t.id, state: t.state, since: t.since, language: t.language, channel: t.address.channelId, profile: t.profile, assignedTo: t.assignedTo, callback: t.callback };
}
