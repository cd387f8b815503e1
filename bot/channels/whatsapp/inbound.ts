import type { InboundMessage, NonTextKind } from '../messagingChannel';

/** The fields of Meta's webhook payload the bot reads (messages webhook reference); everything else is ignored. */
interface WaMessage {
  from?: string; id?: string; timestamp?: string; type?: string;
  text?: { body?: string };
  interactive?: { type?: string; button_reply?: { id?: string; title?: string }; list_reply?: { id?: string; title?: string } };
  button?: { text?: string; payload?: string };
  location?: { latitude?: number; longitude?: number };
}
interface WaStatus { status?: string; errors?: Array<{ code?: unknown }> }
interface WaPayload { object?: string; entry?: Array<{ changes?: Array<{ field?: string; value?: { metadata?: { phone_number_id?: string }; messages?: WaMessage[]; statuses?: WaStatus[] } }> }> }

const NON_TEXT: Record<string, NonTextKind> = { audio: 'voice', voice: 'voice', image: 'image', sticker: 'sticker', document: 'document', video: 'video', contacts: 'contact' };

/** `failedCodes`: Meta's error codes of `failed` statuses (a message of ours that never arrived), for the logs. */
export interface ParsedWhatsApp { messages: InboundMessage[]; statuses: number; failedCodes: number[]; ignored: number }

/**
 * Meta's webhook payload → the person's messages. Status callbacks (sent, delivered, read, failed) are counted and
 * otherwise ignored; changes for another phone number id, reactions and malformed items are skipped. Pure.
 *
 * @param conversationIdOf the phone number (`wa_id`) → the bot's conversation id (a keyed hash)
 */
export function parseWhatsApp(payload: unknown, phoneNumberId: string, conversationIdOf: (waId: string) => string): ParsedWhatsApp {
  const result: ParsedWhatsApp = { messages: [], statuses: 0, failedCodes: [], ignored: 0 };
  const body = payload as WaPayload;
  if (!body || typeof body !== 'object' || body.object !== 'whatsapp_business_account' || !Array.isArray(body.entry)) return result;
  for (const entry of body.entry) {
    for (const change of entry?.changes ?? []) {
      const value = change?.value;
      if (change?.field !== 'messages' || !value) { result.ignored++; continue; }
      if (value.metadata?.phone_number_id !== phoneNumberId) { result.ignored++; continue; }
      for (const status of Array.isArray(value.statuses) ? value.statuses : []) {
        result.statuses++;
        if (status?.status === 'failed') result.failedCodes.push(...(status.errors ?? []).map((e) => (typeof e?.code === 'number' ? e.code : 0)));
      }
      for (const m of Array.isArray(value.messages) ? value.messages : []) {
        const message = readMessage(m, conversationIdOf);
        if (message) result.messages.push(message); else result.ignored++;
      }
    }
  }
  return result;
}

function readMessage(m: WaMessage, conversationIdOf: (waId: string) => string): InboundMessage | undefined {
  if (!m || typeof m.from !== 'string' || !/^\d{5,20}$/.test(m.from) || typeof m.id !== 'string' || m.id === '' || m.id.length > 256) return undefined;
  const seconds = Number(m.timestamp);
  const base = { platformId: m.id, conversationId: conversationIdOf(m.from), replyTo: m.from, sentAt: new Date(Number.isFinite(seconds) ? seconds * 1000 : Date.now()) };
  switch (m.type) {
    case 'text': return typeof m.text?.body === 'string' ? { ...base, text: m.text.body } : undefined;
    // a tapped reply button or list row: its id is the option's label, which the bot reads like typed text
    case 'interactive': {
      const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
      const text = reply?.id ?? reply?.title;
      return typeof text === 'string' ? { ...base, text } : undefined;
    }
    case 'button': {
      const text = m.button?.payload || m.button?.text;
      return typeof text === 'string' ? { ...base, text } : undefined;
    }
    case 'location': {
      const { latitude, longitude } = m.location ?? {};
      return typeof latitude === 'number' && typeof longitude === 'number' ? { ...base, location: { latitude, longitude } } : undefined;
    }
    case 'reaction': return undefined; // an emoji on one of the bot's messages: nothing to answer
    default: return { ...base, nonText: NON_TEXT[m.type ?? ''] ?? 'other' };
  }
}
