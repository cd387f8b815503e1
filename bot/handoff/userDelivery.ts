import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationAddress } from '../domain/conversation/conversationRepository';
import { serviceUrlAllowed } from '../http/validateActivity';

/**
 * What became of a proactive message: `delivered`; `kept` (the channel cannot take it now: it waits for the
 * person's next turn); `outside-window` (WhatsApp's 24 hours are over: kept too, and the advisor is told, with
 * whether the agency's template went out to invite the person back, or else the number to call back).
 */
export type DeliveryOutcome =
  | { status: 'delivered' }
  | { status: 'kept'; reason: 'unreachable' | 'failed' }
  | { status: 'outside-window'; templateSent: boolean; callbackPhone?: string };

/** Sends activities to a person outside a turn of theirs (an advisor's message, "I'm back"). */
export interface UserDelivery {
  deliver(address: ConversationAddress, reference: Partial<ConversationReference> | undefined, activities: Partial<Activity>[]): Promise<DeliveryOutcome>;
}

/** One channel's way of reaching a person proactively (the web chat's stream, WhatsApp's Cloud API, ...). */
export interface ChannelSender {
  deliver(address: ConversationAddress, reference: Partial<ConversationReference> | undefined, activities: Partial<Activity>[]): Promise<DeliveryOutcome>;
}

export interface WebChatSink { deliver(conversationId: string, activities: Partial<Activity>[]): Promise<void> }

/**
 * Proactive delivery as one map from channel id to sender: the web chat, WhatsApp and Telegram each register
 * theirs; any other channel (the Bot Framework's: Teams, the Emulator...) gets a proactive message
 * (`continueConversationAsync`) to the conversation's service URL, only if that URL is on the allow-list (a
 * stored reference is never trusted blindly). A sender that throws means "keep it for the next turn".
 */
export class ChannelDelivery implements UserDelivery {
  private readonly senders = new Map<string, ChannelSender>();

  constructor(private readonly fallback: ChannelSender, private readonly logger: Logger) {}

  register(channelId: string, sender: ChannelSender): void {
    if (this.senders.has(channelId)) throw new Error(`a sender for channel "${channelId}" is already registered`);
    this.senders.set(channelId, sender);
  }

  async deliver(address: ConversationAddress, reference: Partial<ConversationReference> | undefined, activities: Partial<Activity>[]): Promise<DeliveryOutcome> {
    try {
      return await (this.senders.get(address.channelId) ?? this.fallback).deliver(address, reference, activities);
    } catch (err) {
      this.logger.warn({ event: 'delivery.failed', channel: address.channelId, error: (err as Error).name }, 'proactive delivery failed; kept for the next turn');
      return { status: 'kept', reason: 'failed' };
    }
  }
}

/** The Bot Framework channels' sender: a proactive message through CloudAdapter to an allowed service URL. */
export class BotConnectorSender implements ChannelSender {
  constructor(private readonly adapter: CloudAdapter, private readonly appId: string, private readonly allowList: readonly string[]) {}

  async deliver(_address: ConversationAddress, reference: Partial<ConversationReference> | undefined, activities: Partial<Activity>[]): Promise<DeliveryOutcome> {
    if (!reference?.serviceUrl || !serviceUrlAllowed(reference.serviceUrl, this.allowList)) return { status: 'kept', reason: 'unreachable' };
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => { await context.sendActivities(activities); });
    return { status: 'delivered' };
  }
}

/** The self-hosted web chat's sender: the activities go into the conversation's history and live stream. */
export class WebChatSender implements ChannelSender {
  constructor(private readonly sink: WebChatSink) {}

  async deliver(address: ConversationAddress, _reference: unknown, activities: Partial<Activity>[]): Promise<DeliveryOutcome> {
    await this.sink.deliver(address.conversationId, activities);
    return { status: 'delivered' };
  }
}
