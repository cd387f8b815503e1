import type { TranscriptEntry } from '../domain/conversation/conversationRecord';
import type { HandoffState } from '../domain/handoff/handoffState';
import type { Ticket, TicketSummary } from '../domain/handoff/ticket';
import type { DeliveryOutcome } from './userDelivery';

/** Something that changed, pushed live to the advisors' console (SSE). Never contains more than the console may show. */
export type DeskEvent =
  | { type: 'ticket'; ticket: TicketSummary }
  | { type: 'message'; ticketId: string; entry: TranscriptEntry }
  | { type: 'advisors'; online: number }
  /** An advisor's or the bot's message did not reach the person now (kept for their next message): the advisor is told. */
  | { type: 'delivery'; ticketId: string; outcome: DeliveryOutcome };

/**
 * What the advisors' console needs from the handoff side, and nothing else: the console routes are thin and
 * call only this. Implemented by `AdvisorDesk`; errors are the domain's `TicketNotFoundError` (→ 404),
 * `AlreadyAssignedError` (→ 409), `InvalidTransitionError` (→ 409), `NotAssignedError` (→ 403).
 */
export interface ConsoleBackend {
  list(state?: HandoffState): Promise<TicketSummary[]>;
  detail(id: string): Promise<{ ticket: Ticket; transcript: TranscriptEntry[] } | undefined>;
  claim(id: string, advisor: string): Promise<Ticket>;
  /** Relays the advisor's message to the person on their channel (only the assigned advisor may). */
  sendMessage(id: string, advisor: string, text: string): Promise<DeliveryOutcome | void>;
  addNote(id: string, advisor: string, text: string): Promise<Ticket>;
  /** Ends the handoff (or marks a callback done): the bot tells the person it is back and carries on. */
  resolve(id: string, advisor: string): Promise<Ticket>;
  /** Presence: the queue is offered to users only while at least one advisor is signed in and on duty. */
  advisorSignedIn(advisor: string): void;
  advisorSignedOut(advisor: string): void;
  subscribe(listener: (event: DeskEvent) => void): () => void;
}

export class NotAssignedError extends Error {
  constructor() { super('only the advisor who took this conversation can do this'); this.name = 'NotAssignedError'; }
}
