import type { Agency } from '../domain/knowledge/types';
import type { ConversationRecord } from '../domain/conversation/conversationRecord';
import type { ConversationAddress } from '../domain/conversation/conversationRepository';
import type { AdvisorSchedule } from '../domain/handoff/advisorSchedule';
import type { HandoffService } from '../domain/handoff/handoffService';
import type { Ticket } from '../domain/handoff/ticket';
import type { OrientationEngine } from '../domain/orientation/orientationEngine';
import type { Output } from '../domain/orientation/outputs';
import type { AdvisorDesk } from './advisorDesk';
import { agenciesFor, asksCrossBorder } from '../domain/handoff/agencyChoice';
import { areaOf } from '../domain/profile/profile';

export interface HandoffFlowDeps {
  handoff: HandoffService;
  desk: AdvisorDesk;
  schedule: AdvisorSchedule;
  engine: OrientationEngine;
  agency?: Agency;
  agencies: Agency[];
  timeZone: string;
  /** Escalations also go to an agency's contact-centre platform (Bot Framework handoff protocol). */
  contactCentre: boolean;
  /** Rough minutes per person ahead in the queue, for "a person will answer in about N minutes". */
  minutesPerPerson: number;
  recommendationTitle: (id: string, lang: string) => string;
  now: () => Date;
  /** The preferred time in the person's words → a normalised date and hours where a model reads it. */
  normaliseTime: (text: string, lang: string) => Promise<string>;
}

const WITH_PEOPLE = new Set(['queued', 'assigned']);

/**
 * The bot-turn side of a handoff: asking for a person queues the conversation when advisors are on duty
 * (agency hours and holidays, at least one signed in), else offers a callback; while queued or with an advisor
 * the bot does not run its dialogs, it keeps every message for the advisor; contact-centre status events are
 * honoured. Every state change is saved with the conversation before the person is told.
 */
export class HandoffFlow {
  constructor(private readonly deps: HandoffFlowDeps) {}

  /** The ticket when the conversation is with people now (queued or assigned), else undefined. */
  async activeTicket(record: ConversationRecord): Promise<Ticket | undefined> {
    if (!record.ticketId) return undefined;
    const ticket = await this.deps.handoff.get(record.ticketId);
    return ticket && WITH_PEOPLE.has(ticket.state) ? ticket : undefined;
  }

  /** A message while with people: kept for the advisor (already in the transcript); a short acknowledgement while waiting. */
  async whileWithPeople(ticket: Ticket, record: ConversationRecord, cancel: boolean): Promise<Output[]> {
    const last = record.transcript.at(-1);
    if (last && last.from === 'user') this.deps.desk.notifyMessage(ticket.id, last);
    if (cancel && ticket.state === 'queued') {
      const back = await this.deps.handoff.cancel(ticket.id, 'user');
      this.deps.desk.notifyTicket(back);
      return [{ type: 'handoffState', state: 'bot' }, { type: 'say', key: 'handoff:cancelled' }];
    }
    return ticket.state === 'queued' ? [{ type: 'say', key: 'handoff:waiting' }] : [];
  }

  async request(record: ConversationRecord, address: ConversationAddress, reason: 'user' | 'not-understood', regionAsked = false): Promise<Output[]> {
    const previous = record.ticketId ? await this.deps.handoff.get(record.ticketId) : undefined;
    if (previous && WITH_PEOPLE.has(previous.state)) return [{ type: 'say', key: 'handoff:alreadyQueued' }];
    // a callback already requested ("Wer ruft mich an?" after it was saved) is not asked for again: the person is told it stands
    if (previous?.state === 'callback-requested') {
      const promise = this.deps.agency?.callbackPromise?.[record.session.language!];
      return [promise ? { type: 'say', key: 'handoff:callbackStandsPromise', params: { promise } } : { type: 'say', key: 'handoff:callbackStands' }];
    }
    const now = this.deps.now();
    const onDuty = this.deps.contactCentre || (this.deps.schedule.isOpen(now) && this.deps.desk.onlineCount() > 0);
    if (!onDuty) {
      // within advisor hours but nobody signed in (OFFICE_HOURS=24/7 at night): no time to promise, only "nobody now";
      // no hours at all (no OFFICE_HOURS, an agency that publishes none, or none set: the default), nobody ever
      // answers here: said so, not "right now" with no return to announce (found chatting out of hours)
      const schedule = this.deps.schedule;
      const next = schedule.isOpen(now) ? undefined : schedule.nextOpening(now);
      const lang = record.session.language!;
      const offline: Output = next ? { type: 'say', key: 'handoff:offlineUntil', params: { when: this.when(next, lang) } }
        : { type: 'say', key: schedule.hasHours ? 'handoff:offline' : 'handoff:noLiveChat' };
      // no region known and no deployment's own agency: where they live is asked first, then their service's contacts
      const where = this.deps.agency || regionAsked ? [] : this.deps.engine.regionForContacts(record.session);
      if (where.length > 0) return [offline, ...where];
      // (once the region was asked, "nobody is available" was said already)
      // where they live asked and not said ("no gracias"): every service, one line each, rather than none (found by a tester)
      const agencies = this.agenciesFor(record);
      const contacts: Output = agencies.length > 0 || this.deps.agency ? { type: 'contacts', agencyIds: agencies.map((a) => a.id) }
        : { type: 'contacts', agencyIds: this.deps.agencies.filter((a) => !a.namedToSpeakersOf || a.namedToSpeakersOf.includes(lang)).map((a) => a.id), brief: true };
      // beside ADEM, those who live in another country are told that its service may register them too (issue 8)
      // (not to one who said they live in its country: qa24 q22)
      const crossBorder: Output[] = agencies.some((a) => asksCrossBorder(a, record.session.residence)) ? [{ type: 'say', key: 'common:answers.crossBorder' }] : [];
      return [
        ...(regionAsked ? [] : [offline]),
        contacts,
        ...crossBorder,
        ...this.deps.engine.offerCallback(record.session, this.lastSaid(record, regionAsked ? 2 : 1)),
      ];
    }
    const ticket = await this.deps.handoff.queue(record.ticketId, this.ticketInput(record, address, reason));
    record.ticketId = ticket.id;
    this.deps.desk.notifyTicket(ticket);
    const position = Math.max(1, (await this.deps.handoff.list('queued')).findIndex((t) => t.id === ticket.id) + 1);
    const out: Output[] = [{ type: 'handoffState', state: 'queued' }, { type: 'say', key: 'handoff:queued', params: { count: position * this.deps.minutesPerPerson } }];
    if (this.deps.contactCentre) {
      out.push({ type: 'handoffInitiate', ticketId: ticket.id, summary: { ...ticket.profile, reason, recommendations: ticket.recommendations }, transcript: record.transcript });
    }
    return out;
  }

  async callback(record: ConversationRecord, address: ConversationAddress, phone: string, words?: string): Promise<Output[]> {
    const preferredTime = words ? await this.deps.normaliseTime(words, record.session.language ?? 'fr') : undefined;
    const ticket = await this.deps.handoff.requestCallback(record.ticketId, this.ticketInput(record, address, 'user'), { phone, preferredTime });
    record.ticketId = ticket.id;
    this.deps.desk.notifyTicket(ticket);
    const promise = this.deps.agency?.callbackPromise?.[record.session.language!];
    // the number (its last digits only) and the time said back, so a mistake can be seen (found by a tester)
    const digits = lastDigits(phone);
    const time = words?.trim().replace(/\s+/g, ' ').slice(0, 80);
    return [
      { type: 'handoffState', state: 'callback-requested' },
      promise ? { type: 'say', key: 'handoff:callbackSavedPromise', params: { promise } } : { type: 'say', key: 'handoff:callbackSaved' },
      time ? { type: 'say', key: 'handoff:callbackNumberTime', params: { digits, time } } : { type: 'say', key: 'handoff:callbackNumber', params: { digits } },
    ];
  }

  /** `handoff.status` from a contact-centre platform: accepted → assigned, completed → resolved, failed → callback offer. */
  async status(record: ConversationRecord, state: string): Promise<Output[]> {
    if (!record.ticketId) return [];
    const id = record.ticketId;
    if (state === 'accepted') { this.deps.desk.notifyTicket(await this.deps.handoff.claim(id, 'contact-centre')); return [{ type: 'handoffState', state: 'assigned' }]; }
    if (state === 'completed') { this.deps.desk.notifyTicket(await this.deps.handoff.resolve(id, 'contact-centre')); return [{ type: 'handoffState', state: 'resolved' }, { type: 'say', key: 'handoff:back' }, ...this.deps.engine.resume(record.session)]; }
    if (state === 'failed') {
      this.deps.desk.notifyTicket(await this.deps.handoff.cancel(id, 'contact-centre'));
      return [{ type: 'handoffState', state: 'bot' }, { type: 'say', key: 'handoff:offline' }, ...this.deps.engine.offerCallback(record.session)];
    }
    return [];
  }

  /** The texts of the person's last messages (the request, and the answer to "where do you live?" when asked). */
  private lastSaid(record: ConversationRecord, count: number): string[] {
    return record.transcript.filter((entry) => entry.from === 'user').slice(-count).map((entry) => entry.text);
  }

  forget(record: ConversationRecord): Promise<void> {
    return record.ticketId ? this.deps.handoff.forget(record.ticketId) : Promise.resolve();
  }

  private ticketInput(record: ConversationRecord, address: ConversationAddress, reason: 'user' | 'not-understood') {
    const lang = record.session.language ?? 'fr';
    return {
      address, reason, language: lang, profile: { ...record.session.profile }, analyticsId: record.analyticsId,
      recommendations: (record.session.lastItems ?? []).map(({ id, kind, reasons }) => ({ id, kind, reasons, title: this.deps.recommendationTitle(id, lang) })),
    };
  }

  private agenciesFor(record: ConversationRecord): Agency[] {
    if (this.deps.agency) return [this.deps.agency];
    return agenciesFor(this.deps.agencies, record.session.profile.region, record.session.language ?? 'fr', areaOf(record.session.profile));
  }

  private when(date: Date, lang: string): string {
    return new Intl.DateTimeFormat(lang, { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: this.deps.timeZone }).format(date);
  }
}

/** The last four digits of a number, in two pairs ("+32 470 12 34 56" → "34 56"): enough to check it, not to read it. */
function lastDigits(phone: string): string {
  const d = phone.replace(/\D/g, '').slice(-4);
  return `${d.slice(0, 2)} ${d.slice(2)}`;
}
