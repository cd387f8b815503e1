import type { KeyValueStore, StoreItem } from '../storage/keyValueStore';
import { CREATE_ONLY_ETAG } from '../storage/etag';
import type { HandoffState } from './handoffState';
import type { Ticket } from './ticket';
import type { StoredTicket, TicketStore } from './ticketStore';

type IndexDoc = StoreItem & { tickets: Record<string, { state: HandoffState; since: string }> };

export const INDEX_KEY = 'handoff/index';
export const TICKETS_PREFIX = 'handoff/tickets/';
const ticketKey = (id: string): string => `${TICKETS_PREFIX}${id}`;
const CLOSED_KEPT_DAYS = 30;

/**
 * {@link TicketStore} on any key/value store: each ticket under `handoff/tickets/<id>` and an index document of
 * them, written together in one conditional write. The layout of the bot before issue 10: kept for stores that
 * have no tables (tests on the memory store) and as the source that {@link importKeyValueTickets} moves into a
 * table store. With several instances the index is a hot key; use a table store there.
 */
export class KeyValueTicketStore implements TicketStore {
  constructor(private readonly store: KeyValueStore, private readonly now: () => Date = () => new Date()) {}

  async get(id: string): Promise<StoredTicket | undefined> {
    const item = (await this.store.read([ticketKey(id)]))[ticketKey(id)];
    if (!item) return undefined;
    const { eTag, ...ticket } = item;
    return { ticket: ticket as unknown as Ticket, version: eTag ?? '' };
  }

  async list(state?: HandoffState): Promise<Ticket[]> {
    const index = await this.index();
    const ids = Object.entries(index.tickets).filter(([, e]) => !state || e.state === state).map(([id]) => id);
    if (ids.length === 0) return [];
    const items = await this.store.read(ids.map(ticketKey));
    return ids.map((id) => items[ticketKey(id)]).filter(Boolean)
      .map(({ eTag: _e, ...t }) => t as unknown as Ticket).sort((a, b) => (a.since < b.since ? -1 : 1));
  }

  async create(ticket: Ticket): Promise<void> {
    const index = await this.index();
    index.tickets[ticket.id] = { state: ticket.state, since: ticket.since };
    await this.store.write({ [ticketKey(ticket.id)]: { ...ticket, eTag: CREATE_ONLY_ETAG }, [INDEX_KEY]: index });
  }

  async update(ticket: Ticket, version: string): Promise<void> {
    const index = prune(await this.index(), this.now());
    index.tickets[ticket.id] = { state: ticket.state, since: ticket.since };
    await this.store.write({ [ticketKey(ticket.id)]: { ...ticket, eTag: version }, [INDEX_KEY]: index });
  }

  async delete(id: string): Promise<void> {
    const index = await this.index();
    delete index.tickets[id];
    await this.store.write({ [INDEX_KEY]: index });
    await this.store.delete([ticketKey(id)]);
  }

  purgeOlderThan(cutoff: Date): Promise<number> {
    return this.store.purgeOlderThan(TICKETS_PREFIX, cutoff);
  }

  private async index(): Promise<IndexDoc> {
    return ((await this.store.read([INDEX_KEY]))[INDEX_KEY] as IndexDoc | undefined) ?? { tickets: {} };
  }
}

/** Closed tickets (back to the bot, or resolved) leave the index after a while, so it stays small. */
function prune(index: IndexDoc, now: Date): IndexDoc {
  const limit = now.getTime() - CLOSED_KEPT_DAYS * 86_400_000;
  for (const [id, e] of Object.entries(index.tickets)) {
    if ((e.state === 'bot' || e.state === 'resolved') && new Date(e.since).getTime() < limit) delete index.tickets[id];
  }
  return index;
}

/**
 * Moves the tickets of the old layout (key/value items and their index) into `target`, then deletes them from
 * the key/value store; returns how many moved. Idempotent: run at every start-up, it finds nothing the second time.
 */
export async function importKeyValueTickets(store: KeyValueStore, target: TicketStore): Promise<number> {
  const index = (await store.read([INDEX_KEY]))[INDEX_KEY] as IndexDoc | undefined;
  if (!index) return 0;
  const ids = Object.keys(index.tickets);
  const items = ids.length > 0 ? await store.read(ids.map(ticketKey)) : {};
  let moved = 0;
  for (const id of ids) {
    const item = items[ticketKey(id)];
    if (!item || (await target.get(id))) continue;
    const { eTag: _e, ...ticket } = item;
    await target.create(ticket as unknown as Ticket);
    moved++;
  }
  await store.deletePrefix(TICKETS_PREFIX);
  await store.delete([INDEX_KEY]);
  return moved;
}
