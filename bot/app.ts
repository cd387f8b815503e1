import fs from 'node:fs';
import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from './config';
import { Translations } from './adapters/i18n';
import { loadKnowledge } from './adapters/knowledgeFiles';
import { loadOccupations } from './adapters/occupationFiles';
import { createStore } from './adapters/storage/createStore';
import type { KeyValueStore } from './domain/storage/keyValueStore';
import { KeyedSerialQueue } from './domain/storage/keyedSerialQueue';
import { ConversationRepository } from './domain/conversation/conversationRepository';
import { OrientationEngine } from './domain/orientation/orientationEngine';
import { SlotOptions } from './domain/orientation/slotOptions';
import { Recommender } from './domain/recommend/recommender';
import type { SearchLanguage } from './domain/recommend/textNormaliser';
import { Understanding, loadLexicons, warmUp } from './domain/understanding';
import type { KnowledgeBase } from './domain/knowledge/types';
import { textIn } from './domain/knowledge/catalogueText';
import type { Region } from './domain/profile/profile';
import { Renderer } from '../dialogs/renderer';
import { OrientationBot } from './orientationBot';
import { ReplyCache } from './replyCache';
import { RateLimiter } from './webchat/rateLimiter';
import { HandoffService } from './domain/handoff/handoffService';
import { OpeningHoursSchedule } from './domain/handoff/advisorSchedule';
import { parseCallbackNumber } from './domain/handoff/phoneNumber';
import { CallbackTimeNormaliser } from './adapters/callbackTimeNormaliser';
import { AdvisorDesk } from './handoff/advisorDesk';
import { ChannelDelivery } from './handoff/userDelivery';
import { HandoffFlow } from './handoff/handoffFlow';
import { QueueExpiry } from './handoff/queueExpiry';
import { CONVERSATIONS_ROOT } from './domain/conversation/conversationRepository';
import { createServer } from './http/server';
import { mountLinkRoute } from './http/linkRoute';
import { EventRecorder } from './domain/analytics/eventRecorder';
import type { EventLog } from './domain/analytics/eventLog';
import { handoffEvents } from './domain/analytics/handoffEvents';
import { createEventLog } from './adapters/analytics/createEventLog';
import { mountWebChat, type WebChat } from './webchat';
import { MAX_UPLOAD_BYTES } from './webchat/uploadedActivity';
import { mountConsole } from './console';

export interface App {
  server: Server;
  store: KeyValueStore;
  knowledge: KnowledgeBase;
  /** The self-hosted Direct Line endpoint, token route, widget and demo page. */
  webChat: WebChat;
  /** The turn logic, for tests that drive it through the SDK's TestAdapter. */
  bot: OrientationBot;
  translations: Translations;
  /** The advisors' side of handoffs (what the console calls). */
  desk: AdvisorDesk;
  handoff: HandoffService;
  /** The agency's analytics events (buffered writer over the event log). */
  analytics: EventRecorder;
  /** Expires unclaimed queue entries and purges data past retention; run every minute once ready. */
  housekeeping(): Promise<void>;
  ready: boolean;
  /** Creates and exercises the language models (seconds of CPU, date-time ones in a worker), then marks the app ready. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface AppOptions {
  logger: Logger;
  /** Tests pass a store of their own (a temp SQLite file, or the in-memory one). */
  store?: KeyValueStore;
  /** Tests pass an event log of their own; default: beside the store (in memory when `store` is given). */
  events?: EventLog;
}

/**
 * The composition root: the only place that builds concrete adapters and wires them. Everything it builds
 * takes its dependencies through constructors, so tests assemble the same parts with their own.
 */
const UPLOAD_PATH = /^\/v3\/directline\/conversations\/[A-Za-z0-9_-]{1,64}\/upload$/;

export async function buildApp(config: Config, options: AppOptions): Promise<App> {
  const { logger } = options;
  const translations = new Translations(config.localesDir);
  if (!translations.languages.includes(config.defaultLanguage)) {
    throw new Error(`DEFAULT_LANGUAGE "${config.defaultLanguage}" has no folder in ${config.localesDir}`);
  }
  const languages = translations.languages;
  const knowledge = loadKnowledge(config.knowledgeDir, languages);
  const agency = config.agency ? knowledge.agencies.find((a) => a.id === config.agency) : undefined;
  if (config.agency && !agency) {
    throw new Error(`AGENCY "${config.agency}" is not in ${path.join(config.knowledgeDir, 'agencies.json')} (known: ${knowledge.agencies.map((a) => a.id).join(', ')})`);
  }
  const searchSettings = readSearchSettings(config.knowledgeDir, languages);
  const understanding = new Understanding({ lexicons: loadLexicons(path.join(config.knowledgeDir, 'lexicon')), topics: knowledge.topics, qualifications: knowledge.qualifications, occupations: loadOccupations(path.join(config.knowledgeDir, 'occupations')) });
  const missingLexicon = languages.filter((l) => !understanding.languages().includes(l));
  if (missingLexicon.length > 0) throw new Error(`no lexicon in ${path.join(config.knowledgeDir, 'lexicon')} for: ${missingLexicon.join(', ')}`);

  const store = options.store ?? await createStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, onPoolError: (e) => logger.error({ event: 'db.pool', error: e.name }, 'database pool error') });
  const recommender = new Recommender(knowledge, languages, searchSettings, agency?.id);
  const topicLabel = (lang: string, id: string): string => knowledge.topics.find((t) => t.id === id)?.label[lang] ?? id;
  const regions: Region[] = agency ? [agency.region] : ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR'];
  const slotOptions = new SlotOptions((lang, key) => translations.getT(lang)(key), knowledge.topics, languages, regions);
  const engine = new OrientationEngine({
    understanding, recommender, options: slotOptions, languages, defaultLanguage: config.defaultLanguage, fixedRegion: agency?.region,
    callback: { phone: parseCallbackNumber, preferredTime: (text) => (/[\p{L}\d]/u.test(text) ? text.trim().slice(0, 200) : undefined) },
  });
  const renderer = new Renderer({
    course: (id) => recommender.course(id), support: (id) => recommender.support(id), agency: (id) => knowledge.agencies.find((a) => a.id === id),
    agencySearch: (id) => recommender.agencySearch(id),
    // links go through GET /r/:itemId (counted, then redirected): on PUBLIC_URL, else on the address listened on
    link: (id) => `${config.publicUrl ?? listenedOn()}/r/${encodeURIComponent(id)}`,
  });
  const listenedOn = (): string => {
    const address = app.server?.address();
    const port = address && typeof address === 'object' ? address.port : config.port;
    return `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ ...config.botAuth }));
  const queue = new KeyedSerialQueue();
  const repository = new ConversationRepository(store);
  const eventLog = options.events ?? await createEventLog({
    dataDir: config.dataDir, databaseUrl: config.databaseUrl, inMemory: options.store !== undefined,
    onPoolError: (e) => logger.error({ event: 'db.pool', error: e.name }, 'analytics database pool error'),
  });
  const analytics = new EventRecorder(eventLog, {
    onError: (err, dropped) => logger.warn({ event: 'analytics.write_failed', error: err.name, dropped }, 'analytics events not written'),
  });
  const handoff = new HandoffService(store, { now: () => new Date() }, {
    onTransition: (before, after) => analytics.add(handoffEvents({
      from: before.state, to: after.state, fromSince: before.since, at: after.since, by: after.history.at(-1)?.by,
      channel: after.address.channelId, language: after.language, conversation: after.analyticsId,
    })),
  });
  let webChatSink: App['webChat'] | undefined;
  const delivery = new ChannelDelivery(adapter, config.botAuth.MicrosoftAppId, config.serviceUrlAllowList, () => webChatSink, logger);
  const desk = new AdvisorDesk({ handoff, repository, queue, delivery, translations });
  const hours = config.officeHours ?? agency?.advisorHours.openingHours ?? null;
  const timeZone = agency?.advisorHours.timeZone ?? config.timeZone;
  const schedule = new OpeningHoursSchedule(hours, timeZone, agency?.advisorHours.holidays ?? 'BE');
  const callbackTimes = new CallbackTimeNormaliser();
  const flow = new HandoffFlow({
    handoff, desk, schedule, engine, agency, agencies: knowledge.agencies, timeZone, contactCentre: config.handoffTarget === 'contact-centre',
    minutesPerPerson: 5, now: () => new Date(), normaliseTime: (text, lang) => callbackTimes.normalise(text, lang),
    recommendationTitle: (id, lang) => {
      const course = recommender.course(id);
      return (course && textIn(course.title, lang, course.taughtIn).text) || recommender.support(id)?.name || recommender.agencySearch(id)?.agency.name || id;
    },
  });
  const replyCache = new ReplyCache<Partial<Activity>[]>({
    maxKeys: config.replyCacheSize, ttlSeconds: 600,
    onError: (err) => logger.warn({ event: 'replycache.failed', error: err.name }, 'reply cache refused an entry'),
  });
  const bot = new OrientationBot({
    engine, repository, translations, renderer, topicLabel, logger, handoff: flow,
    replyCache, analytics,
    maxTextLength: config.maxTextLength, contactCentre: config.handoffTarget === 'contact-centre' ? config.contactCentre : undefined,
  });
  const expiry = new QueueExpiry({ handoff, desk, engine, repository, queue, delivery, renderer, translations, topicLabel, timeoutMinutes: config.queueTimeoutMinutes, logger });
  const timers: NodeJS.Timeout[] = [];
  let housekeepingRuns = 0;
  const closers: Array<() => Promise<void>> = [];
  const app: App = {
    server: undefined as unknown as Server, webChat: undefined as unknown as WebChat, bot, translations, desk, handoff, analytics, store, knowledge, ready: false,
    async warm() {
      // The first French number and date parses block for seconds, the language model loads: pay them now, before /readyz says yes.
      await warmUp();
      await callbackTimes.warm;
      app.ready = true;
      // an advisor's claim whose notice a stop cut off: the person is told now
      void desk.resumeAnnouncements()
        .then((sent) => { if (sent > 0) logger.info({ event: 'handoff.announcements_resumed', count: sent }, 'advisor notices re-sent'); })
        .catch((err: Error) => logger.error({ event: 'handoff.resume_failed', error: err.name }, 'advisor notices not re-sent'));
      const tick = setInterval(() => void app.housekeeping().catch((err: Error) => logger.error({ event: 'housekeeping.failed', error: err.name }, 'housekeeping failed')), 60_000);
      tick.unref();
      timers.push(tick);
    },
    async housekeeping() {
      await expiry.run();
      const cutoff = new Date(Date.now() - config.retentionDays * 86_400_000);
      const purged = await store.purgeOlderThan(CONVERSATIONS_ROOT, cutoff) + await store.purgeOlderThan('handoff/tickets/', cutoff);
      if (purged > 0) logger.info({ event: 'retention.purged', count: purged }, 'old conversations purged');
      const eventsCutoff = new Date();
      eventsCutoff.setUTCMonth(eventsCutoff.getUTCMonth() - config.analyticsRetentionMonths);
      const purgedEvents = await eventLog.purgeOlderThan(eventsCutoff);
      if (purgedEvents > 0) logger.info({ event: 'retention.analytics_purged', count: purgedEvents }, 'old analytics events purged');
      // once an hour (the tick is a minute): PostgreSQL's VACUUM, so erased rows do not linger in its files
      if (++housekeepingRuns % 60 === 1) {
        await store.scrub?.();
        await eventLog.optimise?.();
      }
    },
    async close() {
      app.ready = false;
      timers.forEach(clearInterval);
      await callbackTimes.close();
      for (const close of closers) await close();
      await app.webChat.close();
      app.server.close();
      await queue.drain();
      replyCache.close();
      await analytics.close();
      await eventLog.close();
      await store.close();
    },
  };
  app.server = createServer({
    adapter, queue, logger, logic: (context: TurnContext) => bot.run(context), isReady: () => app.ready,
    acceptsActivities: config.localMode || config.botAuth.MicrosoftAppId !== '',
    serviceUrlAllowList: config.serviceUrlAllowList, maxBodyBytes: config.maxBodyBytes,
    // Web Chat's upload reads the message and drops the files as they stream in: a photo must not cost the text
    bodyLimitFor: (method, urlPath) => (method === 'POST' && UPLOAD_PATH.test(urlPath) ? MAX_UPLOAD_BYTES : undefined),
    perConversation: new RateLimiter(config.messagesPerConversation.burst, config.messagesPerConversation.perSecond), tooFast: (context: TurnContext) => bot.tooFast(context),
  });
  mountLinkRoute(app.server, { itemUrl: (id) => recommender.itemUrl(id), opened: async (id) => analytics.add([{ kind: 'link.opened', at: Date.now(), item: id }]), logger });
  app.webChat = mountWebChat(app.server, {
    adapter, queue, store, logger, config, logic: (context: TurnContext) => bot.run(context), isReady: () => app.ready,
  });
  webChatSink = app.webChat;
  const consoleMount = mountConsole(app.server, { backend: desk, store, config, logger, analytics: eventLog });
  closers.push(() => consoleMount.close());
  return app;
}

function readSearchSettings(dir: string, languages: string[]): Record<string, SearchLanguage> {
  const file = path.join(dir, 'search.json');
  let json: { languages?: Record<string, SearchLanguage> };
  try { json = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (err) { throw new Error(`${file}: ${(err as Error).message}`); }
  const problems = languages.filter((l) => !json.languages?.[l] || typeof json.languages[l].stemmer !== 'string' || !Array.isArray(json.languages[l].stopWords))
    .map((l) => `${file}: languages.${l}: needs "stemmer" (a Snowball algorithm name) and "stopWords" (a list)`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return json.languages!;
}
