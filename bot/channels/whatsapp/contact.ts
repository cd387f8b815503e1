import type { KeyValueStore } from '../../domain/storage/keyValueStore';
import { conversationPrefix } from '../../domain/conversation/conversationRepository';

/** What WhatsApp needs to reach a person: their number and when they last wrote (the 24-hour window). */
export interface WhatsAppContact { waId: string; lastInboundAt: string; /** When the agency's template last invited them back. */ invitedAt?: string }

/**
 * Kept under the conversation's own prefix, so "delete my data" and retention remove the phone number with the
 * rest of the conversation; nowhere else holds it (ids, tickets and logs carry the keyed hash).
 */
export class WhatsAppContacts {
  constructor(private readonly store: KeyValueStore) {}

  async get(conversationId: string): Promise<WhatsAppContact | undefined> {
    const key = this.key(conversationId);
    const item = (await this.store.read([key]))[key];
    return item ? { waId: String(item.waId), lastInboundAt: String(item.lastInboundAt), invitedAt: typeof item.invitedAt === 'string' ? item.invitedAt : undefined } : undefined;
  }

  /** Records a message; a late, older one (platforms deliver out of order) never moves the window back. */
  async seen(conversationId: string, waId: string, sentAt: Date): Promise<void> {
    const known = await this.get(conversationId);
    if (known && known.waId === waId && known.lastInboundAt >= sentAt.toISOString()) return;
    const lastInboundAt = known && known.lastInboundAt > sentAt.toISOString() ? known.lastInboundAt : sentAt.toISOString();
    await this.store.write({ [this.key(conversationId)]: { waId, lastInboundAt, eTag: '*' } });
  }

  /** The template went out: it is not sent again until the person writes (each one is billed). */
  async invited(conversationId: string, at: Date): Promise<void> {
    const known = await this.get(conversationId);
    if (known) await this.store.write({ [this.key(conversationId)]: { ...known, invitedAt: at.toISOString(), eTag: '*' } });
  }

  private key(conversationId: string): string {
    return `${conversationPrefix({ channelId: 'whatsapp', conversationId })}whatsapp-contact`;
  }
}
