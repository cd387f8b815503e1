import type { InboundMessage, NonTextKind } from '../messagingChannel';

/** The fields of a Bot API `Update` the bot reads; everything else is ignored. */
interface TgMessage {
  message_id?: number; date?: number; text?: string; caption?: string;
  from?: { id?: number; is_bot?: boolean; language_code?: string };
  chat?: { id?: number; type?: string };
  location?: { latitude?: number; longitude?: number };
  [kind: string]: unknown;
}
interface TgUpdate { update_id?: number; message?: TgMessage }

const NON_TEXT: Array<[string, NonTextKind]> = [
  ['voice', 'voice'], ['audio', 'voice'], ['video_note', 'video'], ['video', 'video'], ['photo', 'image'], ['sticker', 'sticker'],
  ['animation', 'image'], ['document', 'document'], ['contact', 'contact'],
];

/**
 * A Telegram `Update` → the person's message, or nothing: only private chats' new messages are for the bot
 * (edits, group chats, membership changes and callback queries are accepted and ignored; it never sends inline
 * keyboards). The platform id is `update_id`, unique per bot. A photo's caption is not read: the bot says it
 * reads text only, which is what the person needs to know. Pure.
 */
export function parseTelegram(payload: unknown): InboundMessage | undefined {
  const update = payload as TgUpdate;
  if (!update || typeof update !== 'object' || !Number.isSafeInteger(update.update_id)) return undefined;
  const m = update.message;
  if (!m || m.chat?.type !== 'private' || !Number.isSafeInteger(m.chat.id) || m.from?.is_bot) return undefined;
  const chatId = String(m.chat.id);
  const base = {
    platformId: String(update.update_id), conversationId: chatId, replyTo: chatId,
    sentAt: new Date(typeof m.date === 'number' ? m.date * 1000 : Date.now()),
    locale: typeof m.from?.language_code === 'string' && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(m.from.language_code) ? m.from.language_code : undefined,
  };
  // "/start" is what the app sends when the person taps Start: the conversation begins (the welcome), it is no answer
  if (typeof m.text === 'string') return /^\/start(\s|@|$)/.test(m.text) ? { ...base, start: true } : { ...base, text: m.text };
  const { latitude, longitude } = m.location ?? {};
  if (typeof latitude === 'number' && typeof longitude === 'number') return { ...base, location: { latitude, longitude } };
  const kind = NON_TEXT.find(([field]) => m[field] !== undefined)?.[1];
  return { ...base, nonText: kind ?? 'other' };
}
