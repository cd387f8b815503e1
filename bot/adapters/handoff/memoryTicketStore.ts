import type { HandoffState } from '../../domain/handoff/handoffState';
import type { Ticket } from '../../domain/handoff/ticket';
import type { StoredTicket, TicketStore } from '../../domain/handoff/ticketStore';
import { newEtag } from '../../domain/storage/etag';
import { EtagConflictError } from '../../domain/storage/keyValueStore';

interface Row { json: string; version: string; state: HandoffState; since: string; updatedAt: number }

/** {@link TicketStore} in process memory (tests; lost on restart). Tickets are kept as JSON, like the stores. */
export class MemoryTicketStore implements TicketStore {
  private readonly rows = new Map<string, Row>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(id: string): Promise<StoredTicket | undefined> {
    const row = this.rows.get(id);
    return row && { ticket: JSON.parse(row.json) as Ticket, version: row.version };
  }

  async list(state?: HandoffState): Promise<Ticket[]> {
    return [...this.rows.values()].filter((r) => !state || r.state === state)
      .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0)).map((r) => JSON.parse(r.json) as Ticket);
  }

  async create(ticket: Ticket): Promise<void> {
    if (this.rows.has(ticket.id)) throw new EtagConflictError(ticket.id);
    this.put(ticket);
  }

  async update(ticket: Ticket, version: string): Promise<void> {
    if (this.rows.get(ticket.id)?.version !== version) throw new EtagConflictError(ticket.id);
    this.put(ticket);
  }

  async delete(id: string): Promise<void> {
    this.rows.delete(id);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    let n = 0;
    for (const [id, row] of this.rows) if (row.updatedAt < cutoff.getTime()) { this.rows.delete(id); n++; }
    return n;
  }

  private put(ticket: Ticket): void {
    this.rows.set(ticket.id, { json: JSON.stringify(ticket), version: newEtag(), state: ticket.state, since: ticket.since, updatedAt: this.now() });
  }
}
