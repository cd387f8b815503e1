import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config';
import type { ConversationAddress } from '../../domain/conversation/conversationRepository';
import type { ChannelSender, DeliveryOutcome } from '../../handoff/userDelivery';
import { errorBody } from '../../http/errors';
import type { ChannelContext, ChannelDefinition, MountedChannel } from '../messagingChannel';
import { MessagingPipeline } from '../messagingPipeline';
import { PlatformClient, PlatformError, retryAfterHeader } from '../platformClient';
import { readyJson, REFUSED, webhookBody } from '../rawBody';
import { replyParts } from '../replyParts';
import { hashedId, sameSecret, validHubSignature } from '../secrets';
import { WhatsAppContacts, type WhatsAppContact } from './contact';
import { parseWhatsApp } from './inbound';
import { renderWhatsApp } from './outbound';

const WINDOW_MS = 24 * 3_600_000;
/** Meta's "too many messages" codes (throughput, pair rate): retried like a 429. */
const RETRY_CODES = new Set([130429, 131056, 131000, 133004]);
/** "Re-engagement message": the 24-hour window is closed (Meta's clock says so, whatever ours said). */
const OUTSIDE_WINDOW = 131047;

/**
 * WhatsApp Business Cloud API on the bot's own server (CONTRACT.md: `GET/POST /api/channels/whatsapp`).
 * GET answers Meta's verification handshake; POST checks `X-Hub-Signature-256` over the raw body (401 and nothing
 * runs when it is wrong or missing), answers 200 at once, then handles each message through the shared pipeline.
 */
export const whatsappChannel: ChannelDefinition = {
  id: 'whatsapp',
  enabled: (config: Config) => config.whatsapp !== undefined,
  mount(server: Server, ctx: ChannelContext): MountedChannel {
    const wa = ctx.config.whatsapp!;
    const contacts = new WhatsAppContacts(ctx.store);
    const client = new PlatformClient('whatsapp', wa.apiUrl, { authorization: `Bearer ${wa.accessToken}` }, (status, body, headers) => {
      const code = (body as { error?: { code?: unknown } })?.error?.code;
      const n = typeof code === 'number' ? code : undefined;
      return { code: n, retry: status === 429 || status >= 500 || (n !== undefined && RETRY_CODES.has(n)), retryAfterMs: retryAfterHeader(headers) };
    }, ctx.retry, ctx.logger);
    const labels = (lang: string) => {
      const t = ctx.translations.getT(ctx.translations.languages.includes(lang) ? lang : ctx.config.defaultLanguage);
      return { choose: t('channels:choose'), numberedHint: t('common:numberedHint') };
    };
    const send = async (to: string, activities: Partial<Activity>[]): Promise<void> => {
      const lang = activities.find((a) => a.locale)?.locale ?? ctx.config.defaultLanguage;
      for (const message of renderWhatsApp(replyParts(activities), labels(lang))) {
        await client.post(`/${wa.phoneNumberId}/messages`, { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...message });
      }
    };
    const pipeline = new MessagingPipeline('whatsapp', ctx, {
      beforeTurn: (m) => contacts.seen(m.conversationId, m.replyTo, m.sentAt),
      send,
    });

    server.get('/api/channels/whatsapp', async (req: Request, res: Response) => {
      const query = new URL(req.url ?? '/', 'http://whatsapp.invalid').searchParams;
      const challenge = query.get('hub.challenge') ?? '';
      if (query.get('hub.mode') !== 'subscribe' || !sameSecret(query.get('hub.verify_token') ?? undefined, wa.verifyToken) || !/^[\w-]{1,200}$/.test(challenge)) {
        res.send(403, errorBody('forbidden', 'The verification token does not match.'));
        return;
      }
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.sendRaw(200, challenge);
    });
    server.post('/api/channels/whatsapp', async (req: Request, res: Response) => {
      const raw = await webhookBody(req, res, ctx.config.maxBodyBytes);
      if (!raw) return;
      if (!validHubSignature(raw, req.headers['x-hub-signature-256'] as string | undefined, wa.appSecret)) {
        ctx.logger.warn({ event: 'channel.bad_signature', channel: 'whatsapp' }, 'webhook call with a bad or missing signature refused');
        res.send(401, errorBody('unauthorized', 'The payload signature does not match.'));
        return;
      }
      const payload = readyJson(raw, res, ctx.isReady);
      if (payload === REFUSED) return;
      const parsed = parseWhatsApp(payload, wa.phoneNumberId, (waId) => hashedId('wa-', waId, wa.appSecret));
      res.send(200, { status: 'accepted' });
      // a message of ours WhatsApp could not deliver (131047 window closed, 131026 not on WhatsApp...): codes only
      if (parsed.failedCodes.length > 0) ctx.logger.warn({ event: 'channel.delivery_failed', channel: 'whatsapp', codes: parsed.failedCodes }, 'WhatsApp reported undelivered messages');
      pipeline.accept(parsed.messages);
    });

    const sender: ChannelSender = {
      async deliver(address: ConversationAddress, _reference, activities): Promise<DeliveryOutcome> {
        const contact = await contacts.get(address.conversationId);
        if (!contact) return { status: 'kept', reason: 'unreachable' };
        const outside = (): Promise<DeliveryOutcome> => templateOrCallback(address.conversationId, contact);
        if (ctx.now().getTime() - new Date(contact.lastInboundAt).getTime() >= WINDOW_MS) return outside();
        try {
          await send(contact.waId, activities);
          return { status: 'delivered' };
        } catch (err) {
          if (err instanceof PlatformError && err.code === OUTSIDE_WINDOW) return outside();
          throw err;
        }
      },
    };
    /** Outside the window: the agency's template invites the person back (once until they write), else a callback is offered. */
    const templateOrCallback = async (conversationId: string, contact: WhatsAppContact): Promise<DeliveryOutcome> => {
      const waId = contact.waId;
      ctx.logger.info({ event: 'channel.outside_window', channel: 'whatsapp', template: Boolean(wa.template) }, 'WhatsApp 24-hour window closed');
      if (!wa.template) return { status: 'outside-window', templateSent: false, callbackPhone: `+${waId}` };
      if (contact.invitedAt && contact.invitedAt > contact.lastInboundAt) return { status: 'outside-window', templateSent: true };
      await contacts.invited(conversationId, ctx.now());
      await client.post(`/${wa.phoneNumberId}/messages`, {
        messaging_product: 'whatsapp', recipient_type: 'individual', to: waId, type: 'template', template: { name: wa.template.name, language: { code: wa.template.language } },
      });
      return { status: 'outside-window', templateSent: true };
    };
    return { sender, idle: () => pipeline.idle() };
  },
};
