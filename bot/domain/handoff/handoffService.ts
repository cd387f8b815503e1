import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from '../storage/keyValueStore';
import { retryOnConflict } from '../storage/retryOnConflict';
import { assertTransition, type HandoffState } from './handoffState';
import { KeyValueTicketStore } from './keyValueTicketStore';
import { AlreadyAssignedError, TicketNotFoundError, summaryOf, type Ticket, type TicketSummary } from './ticket';
import type { TicketStore } from './ticketStore';

export interface Clock { now(): Date }

type NewTicket = Pick<Ticket, 'address' | 'reason' | 'language' | 'profile' | 'recommendations' | 'analyticsId'>;

export interface HandoffServiceOptions {
  /** Told of every change of a ticket's state once it is stored (for analytics); what it throws is ignored. */
  onTransition?: (before: Ticket, after: Ticket) => void;
}

const MAX_RETRIES = 8;

/**
 * The handoff of conversations to advisors: open (queue), callback, claim, note, resolve, cancel, expire. Every
 * state change goes through `assertTransition`.
 *
 * @remarks Tickets live in a {@link TicketStore} (a table with PostgreSQL or SQLite; given a plain key/value
 * store, the key/value layout). Every change is a read, then an update conditional on the version read: two
 * advisors claiming at once cannot both win, the loser re-reads and finds the ticket taken.
 */
export class HandoffService {
  private readonly tickets: TicketStore;

  constructor(store: KeyValueStore | TicketStore, private readonly clock: Clock, private readonly options: HandoffServiceOptions = {}) {
    this.tickets = 'deletePrefix' in store ? new KeyValueTicketStore(store, () => clock.now()) : store;
  }

  async get(id: string): Promise<Ticket | undefined> {
    return (await this.tickets.get(id))?.ticket;
  }

  async list(state?: HandoffState): Promise<TicketSummary[]> {
    return (await this.tickets.list(state)).map(summaryOf);
  }

  /** Queues a conversation for an advisor; an already open ticket is returned as is (one per conversation). */
  async queue(existingId: string | undefined, input: NewTicket): Promise<Ticket> {
    return this.change(existingId, input, (t) => (['queued', 'assigned', 'callback-requested'].includes(t.state) ? t : this.move(t, 'queued')));
  }

  /** Records a callback request (after the person's consent); state callback-requested. */
  async requestCallback(existingId: string | undefined, input: NewTicket, callback: { phone: string; preferredTime?: string }): Promise<Ticket> {
    return this.change(existingId, input, (t) => {
      const moved = t.state === 'callback-requested' ? t : this.move(t, 'callback-requested');
      return { ...moved, callback: { ...callback, consentAt: this.clock.now().toISOString() } };
    });
  }

  /** The advisor takes the conversation; exactly one of two simultaneous claims wins. */
  async claim(id: string, advisor: string): Promise<Ticket> {
    return this.update(id, (t) => {
      if (t.state === 'assigned' && t.assignedTo === advisor) return t;
      if (t.state === 'assigned') throw new AlreadyAssignedError(t.assignedTo ?? '');
      return { ...this.move(t, 'assigned', advisor), assignedTo: advisor };
    });
  }

  /** Records that the person was told this advisor joined: a claim whose notice is missing is known and re-sent. */
  async markAnnounced(id: string, advisor: string): Promise<Ticket> {
    return this.update(id, (t) => (t.assignedTo === advisor ? { ...t, announced: advisor } : t));
  }

  async resolve(id: string, advisor: string): Promise<Ticket> {
    return this.update(id, (t) => {
      const moved = this.move(t, 'resolved', advisor);
      return t.callback && !t.callback.doneAt ? { ...moved, callback: { ...t.callback, doneAt: moved.since, doneBy: advisor } } : moved;
    });
  }

  /** The person goes back to the bot (or nobody took the ticket in time): queued → bot. */
  async cancel(id: string, by = 'user'): Promise<Ticket> {
    return this.update(id, (t) => this.move(t, 'bot', by));
  }

  async addNote(id: string, advisor: string, text: string): Promise<Ticket> {
    return this.update(id, (t) => ({ ...t, notes: [...t.notes, { advisor, at: this.clock.now().toISOString(), text }] }));
  }

  /** Queued tickets older than `maxWaitMinutes` go back to the bot; returns them so the person can be told. */
  async expireStale(maxWaitMinutes: number): Promise<Ticket[]> {
    const limit = this.clock.now().getTime() - maxWaitMinutes * 60_000;
    const stale = (await this.list('queued')).filter((t) => new Date(t.since).getTime() <= limit);
    const expired: Ticket[] = [];
    for (const t of stale) {
      try { expired.push(await this.update(t.id, (cur) => (cur.state === 'queued' ? this.move(cur, 'bot', 'expiry') : cur))); } catch { /* claimed meanwhile */ }
    }
    return expired.filter((t) => t.state === 'bot');
  }

  /** Erasure: removes the ticket (nothing refers to it afterwards). */
  async forget(id: string): Promise<void> {
    await this.retry(() => this.tickets.delete(id));
  }

  /** Retention: deletes tickets last changed before `cutoff`; returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number> {
    return this.tickets.purgeOlderThan(cutoff);
  }

  private move(t: Ticket, to: HandoffState, by?: string): Ticket {
    assertTransition(t.state, to);
    const at = this.clock.now().toISOString();
    return { ...t, state: to, since: at, assignedTo: to === 'assigned' || to === 'resolved' ? t.assignedTo : undefined,
      history: [...t.history, { state: to, at, ...(by ? { by } : {}) }].slice(-100) };
  }

  private async change(existingId: string | undefined, input: NewTicket, apply: (t: Ticket) => Ticket): Promise<Ticket> {
    const existing = existingId ? await this.get(existingId) : undefined;
    if (existing) return this.update(existing.id, (t) => apply({ ...t, profile: input.profile, recommendations: input.recommendations, language: input.language, reason: input.reason }));
    const at = this.clock.now().toISOString();
    const fresh: Ticket = { id: randomUUID(), state: 'bot', since: at, createdAt: at, notes: [], history: [], ...input };
    return this.retry(async () => {
      const ticket = apply(fresh);
      await this.tickets.create(ticket);
      this.changed(fresh, ticket);
      return ticket;
    });
  }

  private async update(id: string, apply: (t: Ticket) => Ticket): Promise<Ticket> {
    return this.retry(async () => {
      const stored = await this.tickets.get(id);
      if (!stored) throw new TicketNotFoundError(id);
      const next = apply(stored.ticket);
      if (next === stored.ticket) return next;
      await this.tickets.update(next, stored.version);
      this.changed(stored.ticket, next);
      return next;
    });
  }

  private changed(before: Ticket, after: Ticket): void {
    if (before.state === after.state || !this.options.onTransition) return;
    try { this.options.onTransition(before, after); } catch { /* a listener never breaks a handoff */ }
  }

  private retry<T>(attempt: () => Promise<T>): Promise<T> {
    return retryOnConflict(attempt, MAX_RETRIES);
  }
}
