import { randomUUID } from 'node:crypto';
import type { KeyValueStore, StoreItem } from '../storage/keyValueStore';
import { retryOnConflict } from '../storage/retryOnConflict';
import { assertTransition, type HandoffState } from './handoffState';
import { AlreadyAssignedError, TicketNotFoundError, summaryOf, type Ticket, type TicketSummary } from './ticket';

export interface Clock { now(): Date }

type NewTicket = Pick<Ticket, 'address' | 'reason' | 'language' | 'profile' | 'recommendations' | 'analyticsId'>;

export interface HandoffServiceOptions {
  /** Told of every change of a ticket's state once it is stored (for analytics); what it throws is ignored. */
  onTransition?: (before: Ticket, after: Ticket) => void;
}
type IndexDoc = StoreItem & { tickets: Record<string, { state: HandoffState; since: string }> };

const INDEX_KEY = 'handoff/index';
const ticketKey = (id: string): string => `handoff/tickets/${id}`;
const MAX_RETRIES = 8;

/**
 * The handoff of conversations to advisors, durable in the project's store: open (queue), callback, claim,
 * note, resolve, cancel, expire. Every state change goes through `assertTransition`.
 *
 * @remarks A ticket and the index of open tickets are written together in one atomic write carrying both
 * eTags, so two advisors claiming at once cannot both win, and a crash never leaves one without the other.
 */
export class HandoffService {
  constructor(private readonly store: KeyValueStore, private readonly clock: Clock, private readonly options: HandoffServiceOptions = {}) {}

  async get(id: string): Promise<Ticket | undefined> {
    const items = await this.store.read([ticketKey(id)]);
    const item = items[ticketKey(id)];
    if (!item) return undefined;
    const { eTag: _eTag, ...ticket } = item;
    return ticket as unknown as Ticket;
  }

  async list(state?: HandoffState): Promise<TicketSummary[]> {
    const index = await this.index();
    const ids = Object.entries(index.tickets).filter(([, e]) => !state || e.state === state).map(([id]) => id);
    if (ids.length === 0) return [];
    const items = await this.store.read(ids.map(ticketKey));
    return ids.map((id) => items[ticketKey(id)]).filter(Boolean)
      .map((item) => summaryOf(item as unknown as Ticket)).sort((a, b) => (a.since < b.since ? -1 : 1));
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

  /** Erasure: removes the ticket and its index entry. */
  async forget(id: string): Promise<void> {
    await this.retry(async () => {
      const index = await this.index();
      delete index.tickets[id];
      await this.store.write({ [INDEX_KEY]: index });
      await this.store.delete([ticketKey(id)]);
    });
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
      const index = await this.index();
      const ticket = apply(fresh);
      index.tickets[ticket.id] = { state: ticket.state, since: ticket.since };
      await this.store.write({ [ticketKey(ticket.id)]: { ...ticket, eTag: '*' }, [INDEX_KEY]: index });
      this.changed(fresh, ticket);
      return ticket;
    });
  }

  private async update(id: string, apply: (t: Ticket) => Ticket): Promise<Ticket> {
    return this.retry(async () => {
      const items = await this.store.read([ticketKey(id), INDEX_KEY]);
      const item = items[ticketKey(id)];
      if (!item) throw new TicketNotFoundError(id);
      const { eTag, ...current } = item;
      const next = apply(current as unknown as Ticket);
      if ((next as unknown) === current) return next;
      const index = prune((items[INDEX_KEY] as IndexDoc | undefined) ?? { tickets: {} }, this.clock.now());
      index.tickets[id] = { state: next.state, since: next.since };
      await this.store.write({ [ticketKey(id)]: { ...next, eTag }, [INDEX_KEY]: index });
      this.changed(current as unknown as Ticket, next);
      return next;
    });
  }

  private changed(before: Ticket, after: Ticket): void {
    if (before.state === after.state || !this.options.onTransition) return;
    try { this.options.onTransition(before, after); } catch { /* a listener never breaks a handoff */ }
  }

  private async index(): Promise<IndexDoc> {
    const items = await this.store.read([INDEX_KEY]);
    return (items[INDEX_KEY] as IndexDoc | undefined) ?? { tickets: {} };
  }

  private retry<T>(attempt: () => Promise<T>): Promise<T> {
    return retryOnConflict(attempt, MAX_RETRIES);
  }
}

const CLOSED_KEPT_DAYS = 30;

/** Closed tickets (back to the bot, or resolved) leave the index after a while, so it stays small. */
function prune(index: IndexDoc, now: Date): IndexDoc {
  const limit = now.getTime() - CLOSED_KEPT_DAYS * 86_400_000;
  for (const [id, e] of Object.entries(index.tickets)) {
    if ((e.state === 'bot' || e.state === 'resolved') && new Date(e.since).getTime() < limit) delete index.tickets[id];
  }
  return index;
}
