import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Translations } from '../adapters/i18n';
import type { ConversationRepository } from '../domain/conversation/conversationRepository';
import type { KeyValueStore } from '../domain/storage/keyValueStore';
import type { SeenIds } from '../domain/storage/seenIds';
import type { ChannelSender } from '../handoff/userDelivery';
import type { RetryPolicy } from './platformClient';
import type { TurnRunner } from './turnRunner';

/** What is not text: answered kindly ("I read text only") with the question again, never with silence. */
export type NonTextKind = 'voice' | 'image' | 'sticker' | 'document' | 'contact' | 'video' | 'other';
export const NON_TEXT_KINDS: readonly NonTextKind[] = ['voice', 'image', 'sticker', 'document', 'contact', 'video', 'other'];

/** One person's message as a platform delivered it, already checked and parsed (pure data, no platform types). */
export interface InboundMessage {
  /** The platform's id for it (`wamid…`, `update_id`): claimed once, so a re-delivery is ignored. */
  platformId: string;
  /** The conversation on the bot's side (for WhatsApp a keyed hash of the phone number, never the number). */
  conversationId: string;
  /** When the person sent it, by the platform's clock (WhatsApp's 24-hour window counts from it). */
  sentAt: Date;
  text?: string;
  /** The person opened the conversation (Telegram's /start): the bot welcomes them, as when someone joins. */
  start?: boolean;
  nonText?: NonTextKind;
  location?: { latitude: number; longitude: number };
  /** A language hint from the platform (Telegram's `language_code`). */
  locale?: string;
  /** Where replies go (a phone number, a chat id): channel-private, never logged. */
  replyTo: string;
}

/** What a channel folder gets from the composition root. */
export interface ChannelContext {
  config: Config;
  runner: TurnRunner;
  seen: SeenIds;
  store: KeyValueStore;
  repository: ConversationRepository;
  translations: Translations;
  logger: Logger;
  retry: RetryPolicy;
  isReady: () => boolean;
  now: () => Date;
}

export interface MountedChannel {
  sender: ChannelSender;
  /** Waits for the messages accepted so far to be handled (shutdown, tests). */
  idle(): Promise<void>;
}

/**
 * A messaging app the bot speaks on. Adding one is adding a folder under `bot/channels/` that exports a
 * definition, and one line in app.ts's list: it mounts its webhook routes and returns its proactive sender; the
 * turn itself (lock, dedupe, bot, state, logs) is {@link MessagingPipeline}'s, the same for all.
 */
export interface ChannelDefinition {
  readonly id: string;
  enabled(config: Config): boolean;
  mount(server: Server, ctx: ChannelContext): MountedChannel;
}

/** The activity the bot reads for an inbound message: as any channel's, on a synthetic `<channel>://` service URL. */
export function toActivity(channelId: string, m: InboundMessage): Partial<Activity> {
  const user = { id: m.conversationId, name: '', role: 'user' };
  const bot = { id: `${channelId}-bot`, name: 'Orientation', role: 'bot' };
  const conversation = { id: m.conversationId, isGroup: false, name: '', conversationType: 'personal' };
  if (m.start) {
    return { type: 'conversationUpdate', id: m.platformId, channelId, serviceUrl: `${channelId}://`, timestamp: m.sentAt, locale: m.locale, conversation, from: user, recipient: bot, membersAdded: [user] };
  }
  return {
    type: 'message', id: m.platformId, channelId, serviceUrl: `${channelId}://`, timestamp: m.sentAt, locale: m.locale,
    conversation, from: user, recipient: bot,
    text: m.text,
    // the bot reads text only; what else came is said by its kind, the content itself is never fetched nor kept
    attachments: m.nonText ? [{ contentType: 'application/vnd.orientation.non-text', name: m.nonText }] : undefined,
    entities: m.location ? [{ type: 'GeoCoordinates', latitude: m.location.latitude, longitude: m.location.longitude }] : undefined,
  };
}
