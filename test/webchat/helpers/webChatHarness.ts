import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig, type Config } from '../../../bot/config';
import { createServer } from '../../../bot/http/server';
import { KeyedSerialQueue } from '../../../bot/domain/storage/keyedSerialQueue';
import type { KeyValueStore } from '../../../bot/domain/storage/keyValueStore';
import { conversationPrefix } from '../../../bot/domain/conversation/conversationRepository';
import { MemoryStore } from '../../../bot/adapters/storage/memoryStore';
import { mountWebChat, type WebChat, type WebChatDeps } from '../../../bot/webchat';

export interface Harness {
  url: string; server: Server; webChat: WebChat; store: KeyValueStore; queue: KeyedSerialQueue; config: Config;
  turns: Array<{ type: string; text?: string; from?: string; locale?: string; channelId?: string }>;
  ready: { value: boolean };
  stop(): Promise<void>;
}

/**
 * The web chat mounted on the real HTTP server, with a tiny bot instead of the orientation one: it welcomes on
 * `conversationUpdate`, echoes messages with two buttons, throws on "boom" and erases the conversation on "erase"
 * (as the real bot's "delete my data" does). Every turn it sees is recorded.
 */
export async function startHarness(env: Record<string, string> = {}, options: Partial<WebChatDeps> = {}): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: '0', ...env }, path.resolve(__dirname, '../../..'));
  const logger = pino({ level: 'silent' });
  const store = options.store ?? new MemoryStore();
  const queue = new KeyedSerialQueue();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const turns: Harness['turns'] = [];
  const ready = { value: true };
  const logic = async (context: TurnContext): Promise<void> => {
    const a = context.activity;
    turns.push({ type: a.type, text: a.text, from: a.from?.id, locale: a.locale, channelId: a.channelId });
    if (a.type === 'conversationUpdate') { await context.sendActivity('welcome'); return; }
    if (a.text === 'boom') throw new Error('bot failure with internal detail');
    if (a.text === 'erase') {
      await store.deletePrefix(conversationPrefix({ channelId: 'webchat', conversationId: a.conversation.id }));
      await context.sendActivity('erased');
      return;
    }
    await context.sendActivity(MessageFactory.suggestedActions(['yes', 'no'], `echo: ${a.text}`));
  };
  const server = createServer({
    adapter, queue, logger, logic, isReady: () => ready.value, acceptsActivities: true,
    serviceUrlAllowList: config.serviceUrlAllowList, maxBodyBytes: config.maxBodyBytes,
  });
  const webChat = mountWebChat(server, { adapter, queue, store, logger, config, logic, isReady: () => ready.value, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`, server, webChat, store, queue, config, turns, ready,
    async stop() {
      await webChat.close();
      server.close();
      await queue.drain();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** JSON over fetch, with an optional bearer token and Origin. */
export async function call(url: string, init: { method?: string; token?: string; origin?: string; body?: unknown } = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.origin) headers.origin = init.origin;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, body: init.body !== undefined ? JSON.stringify(init.body) : undefined });
  const text = await res.text();
  let body: any = text;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body, headers: res.headers };
}

/** A token from the token endpoint, and the started conversation (welcome turn done). */
export async function startConversation(h: Harness, locale = 'fr-FR'): Promise<{ token: string; conversationId: string; streamUrl: string }> {
  const issued = await call(`${h.url}/api/directline/token`, { method: 'POST' });
  const started = await call(`${h.url}/v3/directline/conversations`, { token: issued.body.token, body: { locale } });
  if (started.status !== 201) throw new Error(`start failed: ${started.status} ${JSON.stringify(started.body)}`);
  return { token: started.body.token, conversationId: issued.body.conversationId, streamUrl: started.body.streamUrl };
}
