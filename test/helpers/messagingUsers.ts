import { createHmac } from 'node:crypto';
import { recordKey } from '../../bot/domain/conversation/conversationRepository';
import { hashedId } from '../../bot/channels/secrets';
import type { ConversationRecord } from '../../bot/domain/conversation/conversationRecord';
import type { RunningApp } from './testApp';
import type { FakePlatform, RecordedCall } from './fakePlatform';

export const WA = {
  VERIFY_TOKEN: 'verify-token-for-tests', APP_SECRET: 'app-secret-for-tests-0123456789abcdef', ACCESS_TOKEN: 'EAAG-test-token',
  PHONE_NUMBER_ID: '106540352242922', DISPLAY_NUMBER: '15550783881',
};
export const TG = { BOT_TOKEN: '123456:ABC-test-token', SECRET: 'telegram-secret-for-tests_01' };

export function whatsappEnv(api: FakePlatform, extra: Record<string, string> = {}): Record<string, string> {
  return {
    WHATSAPP_VERIFY_TOKEN: WA.VERIFY_TOKEN, WHATSAPP_APP_SECRET: WA.APP_SECRET, WHATSAPP_ACCESS_TOKEN: WA.ACCESS_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: WA.PHONE_NUMBER_ID, WHATSAPP_API_URL: `${api.url}/v23.0`, ...extra,
  };
}
export function telegramEnv(api: FakePlatform): Record<string, string> {
  return { TELEGRAM_BOT_TOKEN: TG.BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET: TG.SECRET, TELEGRAM_API_URL: api.url };
}

export function sign(body: string, secret = WA.APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

let wamids = 0;
let seconds = Math.floor(Date.now() / 1000) - 3600;

/** A message object as in Meta's messages webhook reference (text, interactive, audio, location, ...). */
export type WaMessageFields = Record<string, unknown> & { type: string };

/** Meta's webhook payload for messages from one person (shape from the messages webhook reference). */
export function waPayload(phone: string, messages: Array<WaMessageFields & { id?: string; timestamp?: string }>, statuses: unknown[] = []): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp', metadata: { display_phone_number: WA.DISPLAY_NUMBER, phone_number_id: WA.PHONE_NUMBER_ID },
          ...(messages.length > 0 ? { contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: phone }] } : {}),
          ...(messages.length > 0 ? { messages: messages.map((m) => ({ from: phone, id: m.id ?? `wamid.HBgL${++wamids}${phone}`, timestamp: m.timestamp ?? String(++seconds), ...m })) } : {}),
          ...(statuses.length > 0 ? { statuses } : {}),
        },
      }],
    }],
  };
}

/** A person on WhatsApp: posts signed webhook calls to the real app, reads what the fake Graph API received. */
export class WhatsAppUser {
  constructor(readonly running: RunningApp, readonly api: FakePlatform, readonly phone: string) {}

  get conversationId(): string { return hashedId('wa-', this.phone, WA.APP_SECRET); }

  async post(payload: unknown, signature?: string | null): Promise<Response> {
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature !== null) headers['x-hub-signature-256'] = signature ?? sign(body);
    return fetch(`${this.running.url}/api/channels/whatsapp`, { method: 'POST', headers, body });
  }

  /** Sends messages, waits until they are handled, returns the calls the bot made to this person meanwhile. */
  async send(...messages: Array<WaMessageFields & { id?: string; timestamp?: string }>): Promise<RecordedCall[]> {
    const before = this.api.to(this.phone).length;
    const res = await this.post(waPayload(this.phone, messages));
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    await this.running.app.messagingIdle();
    return this.api.to(this.phone).slice(before);
  }

  say(text: string, extra: Record<string, unknown> = {}): Promise<RecordedCall[]> {
    return this.send({ type: 'text', text: { body: text }, ...extra });
  }

  async record(): Promise<ConversationRecord | undefined> {
    const key = recordKey({ channelId: 'whatsapp', conversationId: this.conversationId });
    return (await this.running.app.store.read([key]))[key] as unknown as ConversationRecord | undefined;
  }
}

let updates = 500_000;

/** A person on Telegram: posts `Update` objects with the secret token header, reads the fake Bot API's calls. */
export class TelegramUser {
  private messageId = 0;
  constructor(readonly running: RunningApp, readonly api: FakePlatform, readonly chatId: number, readonly languageCode?: string) {}

  update(fields: Record<string, unknown>, updateId = ++updates): Record<string, unknown> {
    const from = { id: this.chatId, is_bot: false, first_name: 'Test', ...(this.languageCode ? { language_code: this.languageCode } : {}) };
    return { update_id: updateId, message: { message_id: ++this.messageId, from, chat: { id: this.chatId, first_name: 'Test', type: 'private' }, date: Math.floor(Date.now() / 1000), ...fields } };
  }

  async post(update: unknown, secret: string | null = TG.SECRET): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret;
    return fetch(`${this.running.url}/api/channels/telegram`, { method: 'POST', headers, body: JSON.stringify(update) });
  }

  async send(fields: Record<string, unknown>): Promise<RecordedCall[]> {
    const before = this.api.to(String(this.chatId)).length;
    const res = await this.post(this.update(fields));
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    await this.running.app.messagingIdle();
    return this.api.to(String(this.chatId)).slice(before);
  }

  say(text: string): Promise<RecordedCall[]> { return this.send({ text }); }

  async record(): Promise<ConversationRecord | undefined> {
    const key = recordKey({ channelId: 'telegram', conversationId: String(this.chatId) });
    return (await this.running.app.store.read([key]))[key] as unknown as ConversationRecord | undefined;
  }
}
