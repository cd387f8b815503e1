import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config';
import type { ChannelSender, DeliveryOutcome } from '../../handoff/userDelivery';
import { errorBody } from '../../http/errors';
import type { ChannelContext, ChannelDefinition, MountedChannel } from '../messagingChannel';
import { MessagingPipeline } from '../messagingPipeline';
import { PlatformClient, PlatformError, retryAfterHeader } from '../platformClient';
import { readyJson, REFUSED, webhookBody } from '../rawBody';
import { replyParts } from '../replyParts';
import { sameSecret } from '../secrets';
import { parseTelegram } from './inbound';
import { renderTelegram } from './outbound';

/**
 * Telegram Bot API on the bot's own server (CONTRACT.md: `POST /api/channels/telegram`): the
 * `X-Telegram-Bot-Api-Secret-Token` header (set with `setWebhook`'s `secret_token`) is compared in constant time,
 * 401 and nothing runs when wrong or missing; 200 at once, then the update goes through the shared pipeline.
 */
export const telegramChannel: ChannelDefinition = {
  id: 'telegram',
  enabled: (config: Config) => config.telegram !== undefined,
  mount(server: Server, ctx: ChannelContext): MountedChannel {
    const tg = ctx.config.telegram!;
    const client = new PlatformClient('telegram', `${tg.apiUrl}/bot${tg.botToken}`, {}, (status, body, headers) => {
      const parameters = (body as { parameters?: { retry_after?: unknown } })?.parameters;
      const retryAfter = typeof parameters?.retry_after === 'number' ? parameters.retry_after * 1000 : retryAfterHeader(headers);
      return { code: status, retry: status === 429 || status >= 500, retryAfterMs: retryAfter };
    }, ctx.retry, ctx.logger);
    const send = async (chatId: string, activities: Partial<Activity>[]): Promise<void> => {
      const lang = activities.find((a) => a.locale)?.locale ?? ctx.config.defaultLanguage;
      const t = ctx.translations.getT(ctx.translations.languages.includes(lang) ? lang : ctx.config.defaultLanguage);
      for (const message of renderTelegram(replyParts(activities), t('common:numberedHint'))) {
        await client.post('/sendMessage', { chat_id: chatId, ...message });
      }
    };
    const pipeline = new MessagingPipeline('telegram', ctx, { send });

    server.post('/api/channels/telegram', async (req: Request, res: Response) => {
      if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'] as string | undefined, tg.webhookSecret)) {
        ctx.logger.warn({ event: 'channel.bad_signature', channel: 'telegram' }, 'webhook call with a bad or missing secret token refused');
        res.send(401, errorBody('unauthorized', 'The secret token does not match.'));
        return;
      }
      const raw = await webhookBody(req, res, ctx.config.maxBodyBytes);
      if (!raw) return;
      const payload = readyJson(raw, res, ctx.isReady);
      if (payload === REFUSED) return;
      const message = parseTelegram(payload);
      res.send(200, { status: 'accepted' });
      if (message) pipeline.accept([message]);
    });

    const sender: ChannelSender = {
      async deliver(address, _reference, activities): Promise<DeliveryOutcome> {
        try {
          await send(address.conversationId, activities);
          return { status: 'delivered' };
        } catch (err) {
          // 403: the person blocked the bot; kept for when they write again
          if (err instanceof PlatformError && err.status === 403) return { status: 'kept', reason: 'unreachable' };
          throw err;
        }
      },
    };
    return { sender, idle: () => pipeline.idle() };
  },
};
