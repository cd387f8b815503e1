import { EventEmitter } from 'node:events';
import type { Activity } from 'botbuilder';
import type { Translations } from '../adapters/i18n';
import { appendTranscript, type TranscriptEntry } from '../domain/conversation/conversationRecord';
import type { ConversationRepository } from '../domain/conversation/conversationRepository';
import type { HandoffService } from '../domain/handoff/handoffService';
import type { HandoffState } from '../domain/handoff/handoffState';
import { summaryOf, TicketNotFoundError, type Ticket } from '../domain/handoff/ticket';
import type { KeyedSerialQueue } from '../domain/storage/keyedSerialQueue';
import { NotAssignedError, type ConsoleBackend, type DeskEvent } from './consolePort';
import type { DeliveryOutcome, UserDelivery } from './userDelivery';
import { turnKey } from '../channels/turnKey';
import { capabilitiesOf } from '../../dialogs/channels';
import type { LiveEvents } from '../domain/cluster/liveEvents';
import { LocalPresence, type PresenceBoard } from '../domain/cluster/presenceBoard';

export interface AdvisorDeskDeps {
  handoff: HandoffService;
  repository: ConversationRepository;
  queue: KeyedSerialQueue;
  delivery: UserDelivery;
  translations: Translations;
  now?: () => Date;
  /** Advisors online on every instance (default: this process only). */
  presence?: PresenceBoard;
  /** Ticket and message events reach the consoles on every instance (default: this process only). */
  events?: LiveEvents;
}

const DESK_TOPIC = 'desk';

/**
 * The advisors' side of a handoff, behind the console routes: claim, relay, notes, resolve, presence and live
 * events. A message to the person is written to their transcript under the conversation's lock (so it never
 * races a turn), then delivered on their channel; if the channel cannot take it now, it waits in the
 * conversation's outbox and goes out with their next turn. Nothing an advisor says is lost.
 */
export class AdvisorDesk implements ConsoleBackend {
  private readonly events = new EventEmitter();
  private readonly online = new Map<string, number>();

  private readonly presence: PresenceBoard;

  constructor(private readonly deps: AdvisorDeskDeps) {
    this.events.setMaxListeners(500);
    this.presence = deps.presence ?? new LocalPresence();
    this.presence.onChange((online) => this.events.emit('event', { type: 'advisors', online } satisfies DeskEvent));
    deps.events?.subscribe(DESK_TOPIC, (event) => this.events.emit('event', event as DeskEvent));
  }

  list(state?: HandoffState) { return this.deps.handoff.list(state); }

  async detail(id: string): Promise<{ ticket: Ticket; transcript: TranscriptEntry[] } | undefined> {
    const ticket = await this.deps.handoff.get(id);
    if (!ticket) return undefined;
    const { record } = await this.deps.repository.load(ticket.address);
    return { ticket, transcript: record.transcript };
  }

  /**
   * The advisor takes the conversation and the bot tells the person. The ticket records when the notice is saved:
   * if the process stopped in between, claiming again (same advisor) or `resumeAnnouncements` at start-up sends it.
   */
  async claim(id: string, advisor: string): Promise<Ticket> {
    const ticket = await this.deps.handoff.claim(id, advisor);
    this.notifyTicket(ticket);
    return ticket.announced === advisor ? ticket : this.announce(ticket);
  }

  /** Claims whose notice never reached the person's conversation (a crash between the two): tell them now. */
  async resumeAnnouncements(): Promise<number> {
    let sent = 0;
    for (const summary of await this.deps.handoff.list('assigned')) {
      const ticket = await this.deps.handoff.get(summary.id);
      if (ticket?.state === 'assigned' && ticket.assignedTo && ticket.announced !== ticket.assignedTo) { await this.announce(ticket); sent++; }
    }
    return sent;
  }

  /** The bot announces the advisor; the advisor's own words come next, from them. */
  private async announce(ticket: Ticket): Promise<Ticket> {
    const advisor = ticket.assignedTo!;
    await this.tell(ticket, 'bot', this.t(ticket, 'handoff:advisorJoined', { name: advisor }), undefined, 'assigned');
    return this.deps.handoff.markAnnounced(ticket.id, advisor);
  }

  /**
   * Relays the advisor's message. Resolves with what became of it: delivered, or kept for the person's next
   * message (their channel refused or failed, or WhatsApp's 24-hour window is closed), so the console can say so.
   */
  async sendMessage(id: string, advisor: string, text: string): Promise<DeliveryOutcome> {
    const ticket = await this.ticket(id);
    if (ticket.state !== 'assigned' || ticket.assignedTo !== advisor) throw new NotAssignedError();
    return this.tell(ticket, 'advisor', text, advisor);
  }

  async addNote(id: string, advisor: string, text: string): Promise<Ticket> {
    const ticket = await this.deps.handoff.addNote(id, advisor, text);
    this.notifyTicket(ticket);
    return ticket;
  }

  async resolve(id: string, advisor: string): Promise<Ticket> {
    const before = await this.ticket(id);
    if (before.state === 'assigned' && before.assignedTo !== advisor) throw new NotAssignedError();
    const ticket = await this.deps.handoff.resolve(id, advisor);
    this.notifyTicket(ticket);
    if (before.state !== 'callback-requested') await this.tell(ticket, 'bot', this.t(ticket, 'handoff:back'), undefined, 'resolved');
    return ticket;
  }

  advisorSignedIn(advisor: string): void { this.online.set(advisor, (this.online.get(advisor) ?? 0) + 1); this.presence.update(new Set(this.online.keys())); }
  advisorSignedOut(advisor: string): void {
    const n = (this.online.get(advisor) ?? 0) - 1;
    if (n > 0) this.online.set(advisor, n); else this.online.delete(advisor);
    this.presence.update(new Set(this.online.keys()));
  }
  /** Advisors signed in on any instance (the 'advisors' event tells the consoles when it changes). */
  onlineCount(): number { return this.presence.count(); }

  subscribe(listener: (event: DeskEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  notifyTicket(ticket: Ticket): void { this.emit({ type: 'ticket', ticket: summaryOf(ticket) }); }
  notifyMessage(ticketId: string, entry: TranscriptEntry): void { this.emit({ type: 'message', ticketId, entry }); }

  /**
   * Writes a message to the person's transcript (under the conversation lock), then delivers or keeps it; with
   * `state`, the contract's `handoff.state` trace goes with it on channels that show traces (CONTRACT.md §2).
   */
  private async tell(ticket: Ticket, from: 'advisor' | 'bot', text: string, name?: string, state?: HandoffState): Promise<DeliveryOutcome> {
    const address = ticket.address;
    const entry: TranscriptEntry = { at: this.now().toISOString(), from, text };
    const outcome = await this.deps.queue.run(turnKey(address), async () => {
      const { record, eTag } = await this.deps.repository.load(address);
      appendTranscript(record, entry);
      const activity: Partial<Activity> = { type: 'message', text, ...(name ? { channelData: { advisor: name } } : {}) };
      const traced: Array<Partial<Activity>> = state && capabilitiesOf(address.channelId).traces
        ? [{ type: 'trace', name: 'handoff.state', label: 'handoff.state', valueType: 'handoff.state', value: { state } }] : [];
      const result = await this.deps.delivery.deliver(address, record.reference, [...traced, activity]);
      if (result.status !== 'delivered') record.outbox = [...(record.outbox ?? []), { text, from, name }].slice(-100);
      await this.deps.repository.save(address, record, eTag);
      return result;
    });
    this.notifyMessage(ticket.id, entry);
    if (outcome.status !== 'delivered') {
      // every signed-in advisor gets the event: the number to call back stays in the sender's own answer
      const { callbackPhone: _phone, ...shared } = outcome as DeliveryOutcome & { callbackPhone?: string };
      this.emit({ type: 'delivery', ticketId: ticket.id, outcome: shared as DeliveryOutcome });
    }
    return outcome;
  }

  private async ticket(id: string): Promise<Ticket> {
    const ticket = await this.deps.handoff.get(id);
    if (!ticket) throw new TicketNotFoundError(id);
    return ticket;
  }

  private t(ticket: Ticket, key: string, params?: Record<string, unknown>): string {
    const lang = this.deps.translations.languages.includes(ticket.language) ? ticket.language : this.deps.translations.languages[0];
    return this.deps.translations.getT(lang)(key, params);
  }

  /** Ticket and message events go to every instance's consoles (through the live events when there are several). */
  private emit(event: DeskEvent): void {
    if (this.deps.events) this.deps.events.publish(DESK_TOPIC, event);
    else this.events.emit('event', event);
  }
  private now(): Date { return (this.deps.now ?? (() => new Date()))(); }
}
