import type { Logger } from 'pino';
import type { Translations } from '../adapters/i18n';
import { appendBotMessages } from '../domain/conversation/conversationRecord';
import type { ConversationRepository } from '../domain/conversation/conversationRepository';
import type { HandoffService } from '../domain/handoff/handoffService';
import type { OrientationEngine } from '../domain/orientation/orientationEngine';
import type { KeyedSerialQueue } from '../domain/storage/keyedSerialQueue';
import type { Renderer } from '../../dialogs/renderer';
import type { AdvisorDesk } from './advisorDesk';
import type { UserDelivery } from './userDelivery';
import { turnKey } from '../channels/turnKey';

export interface QueueExpiryDeps {
  handoff: HandoffService;
  desk: AdvisorDesk;
  engine: OrientationEngine;
  repository: ConversationRepository;
  queue: KeyedSerialQueue;
  delivery: UserDelivery;
  renderer: Renderer;
  translations: Translations;
  topicLabel: (lang: string, id: string) => string;
  timeoutMinutes: number;
  /** Queued requests wait for console advisors (not an agency's contact centre): with none present, they end now. */
  waitsForConsole: boolean;
  logger: Logger;
}

/**
 * Nobody took a queued request in time, or no advisor is at the console any more (the last one closed it or
 * signed out): the conversation goes back to the bot, and the person is told and offered a callback (on their
 * channel now, or with their next turn).
 */
export class QueueExpiry {
  constructor(private readonly deps: QueueExpiryDeps) {}

  async run(): Promise<number> {
    const nobodyThere = this.deps.waitsForConsole && this.deps.desk.onlineCount() === 0;
    const expired = await this.deps.handoff.expireStale(nobodyThere ? 0 : this.deps.timeoutMinutes);
    for (const ticket of expired) {
      this.deps.desk.notifyTicket(ticket);
      const address = ticket.address;
      await this.deps.queue.run(turnKey(address), async () => {
        const { record, eTag } = await this.deps.repository.load(address);
        const lang = record.session.language ?? ticket.language;
        const t = this.deps.translations.getT(lang);
        const outputs = [{ type: 'say' as const, key: 'handoff:expired' }, ...this.deps.engine.offerCallback(record.session)];
        const activities = this.deps.renderer.render(outputs, { t, lang, channelId: address.channelId, profile: record.session.profile, topicLabel: (id) => this.deps.topicLabel(lang, id) });
        appendBotMessages(record, activities, new Date().toISOString());
        const delivered = await this.deps.delivery.deliver(address, record.reference, activities);
        if (delivered.status !== 'delivered') record.outbox = [...(record.outbox ?? []), ...activities.filter((a) => a.type === 'message' && a.text).map((a) => ({ text: a.text!, from: 'bot' as const }))];
        await this.deps.repository.save(address, record, eTag);
      });
    }
    if (expired.length > 0) this.deps.logger.info({ event: 'queue.expired', count: expired.length }, 'queued requests expired');
    return expired.length;
  }
}
