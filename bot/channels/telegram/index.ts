import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config';
import type { ChannelSender, DeliveryOutcome } from '../../handoff/userDelivery';
import { errorBody } from '../../http/errors';
import type { ChannelContext, ChannelDefinition, MountedChannel } from '../messagingChannel';
import { MessagingPipeline } from '../messagingPipeline';
import { PlatformClient, PlatformError, retryAfterHeader } from '../platformClient';
import { BodyTooLargeError, readRawBody } from '../rawBody';
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
      let raw: Buffer;
      try { raw = await readRawBody(req, ctx.config.maxBodyBytes); } catch (err) {
        if (err instanceof BodyTooLargeError) { res.send(413, errorBody('payload_too_large', 'The request body is too large.')); return; }
        throw err;
      }
      if (!ctx.isReady()) {
        res.header('Retry-After', '2');
        res.send(503, errorBody('not_ready', 'The bot is starting. Please retry in a moment.'));
        return;
      }
      let payload: unknown;
      try { payload = JSON.parse(raw.toString('utf8')); } catch {
        res.send(400, errorBody('invalid_json', 'The body is not JSON.'));
        return;
      }
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
