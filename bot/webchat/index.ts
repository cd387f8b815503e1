import type { AddressInfo } from 'node:net';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { KeyValueStore } from '../domain/storage/keyValueStore';
import type { KeyedSerialQueue } from '../domain/storage/keyedSerialQueue';
import { ConversationLog } from './conversationLog';
import { reshapeDirectLineErrors } from './directLineErrors';
import { mountDirectLineRoutes } from './directLineRoutes';
import { TurnRunner } from '../channels/turnRunner';
import { OriginPolicy, ownOrigins } from './originPolicy';
import { mountPageRoutes } from './pageRoutes';
import { RateLimiter } from './rateLimiter';
import { listenForStreams } from './streamEndpoint';
import { DEFAULT_STREAM_LIMITS, StreamHub, type StreamLimits } from './streamHub';
import { mountTokenRoute } from './tokenRoute';
import { resolveTokenSecret } from './tokenSecret';
import { DirectLineTokens } from './tokens';
import { textOnlyNotice } from './uploadRoute';
import { ConversationNotFoundError, FRAME, STORED_TOPIC, WebChatConversations, type StoredNotice } from './webChatConversations';
import { LocalEvents, RECONNECTED, type LiveEvents } from '../domain/cluster/liveEvents';
import { loadWebChatTexts } from './webChatTexts';

export { ConversationNotFoundError } from './webChatConversations';

export interface WebChatDeps {
  adapter: CloudAdapter;
  queue: KeyedSerialQueue;
  store: KeyValueStore;
  logger: Logger;
  config: Config;
  logic: (context: TurnContext) => Promise<void>;
  isReady: () => boolean;
  /** What other instances stored, for streams open here (default: one process, nothing to hear). */
  events?: LiveEvents;
  /** The app's one turn runner; built from `adapter`, `queue` and `logic` when absent (tests). */
  runner?: TurnRunner;
  /** Tests shrink heartbeats and caps; production uses the defaults. */
  streamLimits?: Partial<StreamLimits>;
}

export interface WebChat {
  /** Closes the open streams and stops accepting new ones (call before closing the HTTP server). */
  close(): Promise<void>;
  /**
   * Pushes bot-side activities (an advisor's message during a handoff) into a web chat conversation: stored in
   * its history, then streamed live. Rejects with `ConversationNotFoundError` for an unknown conversation.
   */
  deliver(conversationId: string, activities: Partial<Activity>[]): Promise<void>;
}

/**
 * The self-hosted web chat: a Direct Line 3.0 subset under `/v3/directline` that unmodified Web Chat and
 * DirectLineJS speak (REST + WebSocket), the token endpoint `POST /api/directline/token`, the embeddable widget
 * `/webchat/widget.js` and the demo agency page at `/`. Conversations run through the same bot, state and
 * queue as `/api/messages`, on channel `webchat`, with their history kept in the shared store.
 */
export function mountWebChat(server: Server, deps: WebChatDeps): WebChat {
  const { config, logger } = deps;
  const port = (): number | undefined => (server.address() as AddressInfo | null)?.port;
  const httpBase = (): string => config.publicUrl ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port() ?? config.port}`;
  const wsBase = (): string => httpBase().replace(/^http/, 'ws');
  const own = ownOrigins(config.publicUrl, config.host, port);
  const origins = new OriginPolicy(config.webChatAllowedOrigins, own);
  const tokens = new DirectLineTokens(resolveTokenSecret(config, logger), config.webChatTokenMinutes * 60);
  const log = new ConversationLog(deps.store);
  const hub = new StreamHub({ ...DEFAULT_STREAM_LIMITS, ...deps.streamLimits }, Date.now, (id, after) => log.since(id, after, FRAME));
  const events = deps.events ?? new LocalEvents();
  const unsubscribe = [
    events.subscribe(STORED_TOPIC, (notice) => hub.stored((notice as StoredNotice).c, (notice as StoredNotice).w)),
    events.subscribe(RECONNECTED, () => hub.catchUpAll()),
  ];
  const conversations = new WebChatConversations({
    log, hub, queue: deps.queue, logger, serviceUrl: httpBase, events,
    runner: deps.runner ?? new TurnRunner({ adapter: deps.adapter, queue: deps.queue, logic: deps.logic, logger, appId: config.botAuth.MicrosoftAppId }),
    bot: { id: config.botAuth.MicrosoftAppId || 'orientation-bot', name: 'Orientation', role: 'bot' },
  });

  const stopReshaping = reshapeDirectLineErrors(server.server);
  mountTokenRoute(server, {
    tokens, origins, perClient: new RateLimiter(60, 1), overall: new RateLimiter(600, 20),
    owns: (conversationId, userId) => conversations.owned(conversationId, userId).then(() => true, (err: Error) => {
      if (err instanceof ConversationNotFoundError) return false;
      throw err;
    }),
  });
  const texts = loadWebChatTexts(config.localesDir, config.defaultLanguage);
  mountDirectLineRoutes(server, {
    tokens, origins, conversations, log, isReady: deps.isReady, maxBodyBytes: config.maxBodyBytes, logger,
    textOnly: textOnlyNotice(deps.store, texts.byLanguage, texts.languages),
    postLimiter: new RateLimiter(10, 2),
    streamUrl: (id, watermark, streamToken) => `${wsBase()}/v3/directline/conversations/${encodeURIComponent(id)}/stream?watermark=${watermark}&t=${streamToken}`,
  });
  mountPageRoutes(server, {
    texts: texts.byLanguage, languages: texts.languages, publicBase: httpBase,
    // CSP host sources cannot be IPv6 literals: [::1] is left out (the page is not served on it in practice).
    streamOrigins: () => own().filter((o) => !o.includes('[')).map((o) => o.replace(/^http/, 'ws')),
  });
  const stopListening = listenForStreams(server.server, { tokens, origins, conversations, hub, logger });

  return {
    async close() {
      stopListening();
      stopReshaping();
      unsubscribe.forEach((stop) => stop());
      hub.close();
    },
    deliver: (conversationId, activities) => conversations.deliver(conversationId, activities),
  };
}
