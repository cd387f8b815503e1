import { randomUUID } from 'node:crypto';
import type { TranscriptEntry } from '../../bot/domain/conversation/conversationRecord';
import { assertTransition, type HandoffState } from '../../bot/domain/handoff/handoffState';
import { AlreadyAssignedError, TicketNotFoundError, summaryOf, type Ticket } from '../../bot/domain/handoff/ticket';
import { NotAssignedError, type ConsoleBackend, type DeskEvent } from '../../bot/handoff/consolePort';
import type { Profile } from '../../bot/domain/profile/profile';

export interface FakeRequest {
  language?: string;
  profile?: Profile;
  recommendations?: Ticket['recommendations'];
  reason?: Ticket['reason'];
  callback?: { phone: string; preferredTime?: string };
}

/**
 * An in-memory {@link ConsoleBackend} with real behaviour, for console tests that do not need the whole bot:
 * tickets follow the real state machine (`assertTransition`), a claim is check-and-set so two claims at once
 * give one winner, only the assigned advisor may write, every change emits the {@link DeskEvent} the real desk
 * would, and what reaches "the user" is kept in {@link delivered}. The user's side is driven by
 * {@link request} and {@link userSays}.
 */
export class FakeConsoleBackend implements ConsoleBackend {
  readonly tickets = new Map<string, Ticket>();
  readonly transcripts = new Map<string, TranscriptEntry[]>();
  /** Messages the user received from the desk (advisor messages, and the bot's "I am back"). */
  readonly delivered: Array<{ ticketId: string; from: 'advisor' | 'bot'; text: string }> = [];
  readonly online = new Set<string>();
  private readonly listeners = new Set<(event: DeskEvent) => void>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** A user asks for a person (or, with `callback`, for a callback): a new queued ticket. */
  request(input: FakeRequest = {}): Ticket {
    const at = this.now().toISOString();
    const state: HandoffState = input.callback ? 'callback-requested' : 'queued';
    const ticket: Ticket = {
      id: randomUUID(), address: { channelId: 'test', conversationId: randomUUID() },
      state, since: at, createdAt: at, reason: input.reason ?? 'user', language: input.language ?? 'fr', profile: input.profile ?? {},
      recommendations: input.recommendations ?? [], notes: [], history: [{ state, at }],
      ...(input.callback ? { callback: { ...input.callback, consentAt: at } } : {}),
    };
    this.tickets.set(ticket.id, ticket);
    this.transcripts.set(ticket.id, []);
    this.emit({ type: 'ticket', ticket: summaryOf(ticket) });
    return ticket;
  }

  userSays(id: string, text: string): void {
    this.append(id, { at: this.now().toISOString(), from: 'user', text });
  }

  async list(state?: HandoffState) {
    return [...this.tickets.values()].filter((t) => !state || t.state === state).map(summaryOf).sort((a, b) => (a.since < b.since ? -1 : 1));
  }

  async detail(id: string) {
    const ticket = this.tickets.get(id);
    return ticket ? { ticket: structuredClone(ticket), transcript: structuredClone(this.transcripts.get(id) ?? []) } : undefined;
  }

  async claim(id: string, advisor: string): Promise<Ticket> {
    await new Promise((resolve) => setImmediate(resolve)); // let a concurrent claim interleave, as a store round trip would
    const t = this.get(id);
    if (t.state === 'assigned' && t.assignedTo === advisor) return structuredClone(t);
    if (t.state === 'assigned') throw new AlreadyAssignedError(t.assignedTo ?? '');
    return this.move(t, 'assigned', advisor, { assignedTo: advisor });
  }

  async sendMessage(id: string, advisor: string, text: string): Promise<void> {
    const t = this.get(id);
    if (t.state !== 'assigned' || t.assignedTo !== advisor) throw new NotAssignedError();
    this.delivered.push({ ticketId: id, from: 'advisor', text });
    this.append(id, { at: this.now().toISOString(), from: 'advisor', text });
  }

  async addNote(id: string, advisor: string, text: string): Promise<Ticket> {
    const t = this.get(id);
    t.notes.push({ advisor, at: this.now().toISOString(), text });
    this.emit({ type: 'ticket', ticket: summaryOf(t) });
    return structuredClone(t);
  }

  async resolve(id: string, advisor: string): Promise<Ticket> {
    const t = this.get(id);
    if (t.state === 'assigned' && t.assignedTo !== advisor) throw new NotAssignedError();
    const callback = t.callback && !t.callback.doneAt ? { ...t.callback, doneAt: this.now().toISOString(), doneBy: advisor } : t.callback;
    const resolved = this.move(t, 'resolved', advisor, { callback });
    const back = 'Je suis de retour : le robot reprend la conversation.';
    this.delivered.push({ ticketId: id, from: 'bot', text: back });
    this.append(id, { at: this.now().toISOString(), from: 'bot', text: back });
    return resolved;
  }

  advisorSignedIn(advisor: string): void {
    this.online.add(advisor);
    this.emit({ type: 'advisors', online: this.online.size });
  }

  advisorSignedOut(advisor: string): void {
    this.online.delete(advisor);
    this.emit({ type: 'advisors', online: this.online.size });
  }

  subscribe(listener: (event: DeskEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private get(id: string): Ticket {
    const t = this.tickets.get(id);
    if (!t) throw new TicketNotFoundError(id);
    return t;
  }

  private move(t: Ticket, to: HandoffState, by: string, extra: Partial<Ticket>): Ticket {
    assertTransition(t.state, to);
    const at = this.now().toISOString();
    Object.assign(t, { state: to, since: at, history: [...t.history, { state: to, at, by }] }, extra);
    this.emit({ type: 'ticket', ticket: summaryOf(t) });
    return structuredClone(t);
  }

  private append(id: string, entry: TranscriptEntry): void {
    this.get(id);
    this.transcripts.get(id)!.push(entry);
    this.emit({ type: 'message', ticketId: id, entry });
  }

  private emit(event: DeskEvent): void {
    for (const listener of this.listeners) listener(structuredClone(event));
  }
}
