import type { HandoffState } from './handoffState';
import type { Ticket } from './ticket';

/** A ticket as stored, with the version a conditional update must send back. */
export interface StoredTicket { ticket: Ticket; version: string }

/**
 * Where handoff tickets live: one row (or item) per ticket, the queue, assigned and callback lists being queries,
 * not a document every change rewrites. Every adapter passes `test/contract/ticketStore.contract.ts`.
 *
 * @remarks Concurrency is optimistic: `update` writes only if the version is still the one read, else it rejects
 * with `EtagConflictError` and writes nothing; two advisors claiming at once therefore cannot both win (the loser
 * reads again and finds the ticket taken). Deleting a ticket leaves nothing behind that refers to it.
 */
export interface TicketStore {
  get(id: string): Promise<StoredTicket | undefined>;
  /** Tickets in `state` (all when absent), oldest state change (`since`) first. */
  list(state?: HandoffState): Promise<Ticket[]>;
  /** Stores a new ticket; rejects with `EtagConflictError` if its id is taken. */
  create(ticket: Ticket): Promise<void>;
  /** Replaces the ticket if its stored version is still `version`, else rejects with `EtagConflictError`. */
  update(ticket: Ticket, version: string): Promise<void>;
  /** Erasure: the ticket is gone (no error if it was not there). */
  delete(id: string): Promise<void>;
  /** Retention: deletes the tickets last written strictly before `cutoff`; returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
  /** Makes deleted tickets unreadable on disk where the engine keeps them (as `KeyValueStore.scrub`). */
  scrub?(): Promise<void>;
  close?(): Promise<void>;
}
