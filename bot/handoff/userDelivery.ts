import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationAddress } from '../domain/conversation/conversationRepository';
import { serviceUrlAllowed } from '../http/validateActivity';

/** Sends activities to a person outside a turn of theirs (an advisor's message, "I'm back"). */
export interface UserDelivery {
  /** True when the channel accepted them; false means "keep them for the person's next turn". */
  deliver(address: ConversationAddress, reference: Partial<ConversationReference> | undefined, activities: Partial<Activity>[]): Promise<boolean>;
}

export interface WebChatSink { deliver(conversationId: string, activities: Partial<Activity>[]): Promise<void> }

/**
 * Web chat conversations get the activities on their own stream; other channels by a proactive message
 * (`continueConversationAsync`) to the conversation's service URL, only if that URL is on the allow-list
 * (a stored reference is never trusted blindly).
 */
export class ChannelDelivery implements UserDelivery {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly allowList: readonly string[],
    private readonly webChat: () => WebChatSink | undefined,
    private readonly logger: Logger,
  ) {}

  async deliver(address: ConversationAddress, reference: Partial<ConversationReference> | undefined, activities: Partial<Activity>[]): Promise<boolean> {
    try {
      const webChat = this.webChat();
      if (address.channelId === 'webchat' && webChat) {
        await webChat.deliver(address.conversationId, activities);
        return true;
      }
      if (!reference?.serviceUrl || !serviceUrlAllowed(reference.serviceUrl, this.allowList)) return false;
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => { await context.sendActivities(activities); });
      return true;
    } catch (err) {
      this.logger.warn({ event: 'delivery.failed', channel: address.channelId, error: (err as Error).name }, 'proactive delivery failed; kept for the next turn');
      return false;
    }
  }
}
