import fs from 'node:fs';
import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from './config';
import { Translations } from './adapters/i18n';
import { loadKnowledge } from './adapters/knowledgeFiles';
import { loadOccupations, loadTrades } from './adapters/occupationFiles';
import { loadAreas, loadPlaces } from './adapters/placeFiles';
import { createStore } from './adapters/storage/createStore';
import type { KeyValueStore } from './domain/storage/keyValueStore';
import { createCluster } from './adapters/cluster/createCluster';
import type { Cluster } from './domain/cluster/cluster';
import { RECONNECTED } from './domain/cluster/liveEvents';
import { ConversationRepository } from './domain/conversation/conversationRepository';
import { OrientationEngine } from './domain/orientation/orientationEngine';
import { CourseLanguages, coursesByLanguage } from './domain/orientation/courseLanguages';
import { SlotOptions } from './domain/orientation/slotOptions';
import { Recommender } from './domain/recommend/recommender';
import type { SearchLanguage } from './domain/recommend/textNormaliser';
import { Understanding, loadLexicons, warmUp } from './domain/understanding';
import type { KnowledgeBase } from './domain/knowledge/types';
import { textIn } from './domain/knowledge/catalogueText';
import type { Region } from './domain/profile/profile';
import { parseRegionOutlines, regionAt } from './domain/profile/regionAt';
import { Renderer } from '../dialogs/renderer';
import { OrientationBot } from './orientationBot';
import { ReplyCache } from './replyCache';
import { RateLimiter } from './webchat/rateLimiter';
import { HandoffService } from './domain/handoff/handoffService';
import { importKeyValueTickets } from './domain/handoff/keyValueTicketStore';
import { createTicketStore } from './adapters/handoff/createTicketStore';
import { OpeningHoursSchedule } from './domain/handoff/advisorSchedule';
import { displayNumber, parseCallbackNumber } from './domain/handoff/phoneNumber';
import { CallbackTimeNormaliser } from './adapters/callbackTimeNormaliser';
import { AdvisorDesk } from './handoff/advisorDesk';
import { BotConnectorSender, ChannelDelivery, WebChatSender } from './handoff/userDelivery';
import { TurnRunner } from './channels/turnRunner';
import type { ChannelDefinition, MountedChannel } from './channels/messagingChannel';
import { DEFAULT_RETRY, type RetryPolicy } from './channels/platformClient';
import { whatsappChannel } from './channels/whatsapp';
import { telegramChannel } from './channels/telegram';
import type { SeenIds } from './domain/storage/seenIds';
import { MemorySeenIds, createSeenIds } from './adapters/storage/seenIds';
import { HandoffFlow } from './handoff/handoffFlow';
import { QueueExpiry } from './handoff/queueExpiry';
import { AgencyNames } from './domain/handoff/agencyNames';
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
  /** Resolves once the messaging apps' accepted messages are all handled (their webhooks answer before that). */
  messagingIdle(): Promise<void>;
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
  /** Tests pass a cluster of their own; by default PostgreSQL's when DATABASE_URL is set (and no store is given), else in-process. */
  cluster?: Cluster;
  /** Platform message ids already handled; with a test's own store, in memory unless given. */
  seenIds?: SeenIds;
  /** Messaging apps' send retries (tests shorten the waits). */
  channelRetry?: RetryPolicy;
  /** The clock of the messaging apps' reply window (tests move it). */
  now?: () => Date;
  /** Tests pass an event log of their own; default: beside the store (in memory when `store` is given). */
  events?: EventLog;
}

/** The messaging apps: each folder under bot/channels exports one; a channel is mounted when its variables are set. */
const MESSAGING_CHANNELS: readonly ChannelDefinition[] = [whatsappChannel, telegramChannel];

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
  const lexicons = loadLexicons(path.join(config.knowledgeDir, 'lexicon'));
  const understanding = new Understanding({ lexicons, topics: knowledge.topics, qualifications: knowledge.qualifications, occupations: loadOccupations(path.join(config.knowledgeDir, 'occupations')), trades: loadTrades(path.join(config.knowledgeDir, 'occupations')), places: loadPlaces(path.join(config.knowledgeDir, 'geo')), areas: loadAreas(path.join(config.knowledgeDir, 'geo')) });
  const missingLexicon = languages.filter((l) => !understanding.languages().includes(l));
  if (missingLexicon.length > 0) throw new Error(`no lexicon in ${path.join(config.knowledgeDir, 'lexicon')} for: ${missingLexicon.join(', ')}`);

  const store = options.store ?? await createStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, onPoolError: (e) => logger.error({ event: 'db.pool', error: e.name }, 'database pool error') });
  const seenIds = options.seenIds ?? (options.store ? new MemorySeenIds() : await createSeenIds({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }));
  const recommender = new Recommender(knowledge, languages, searchSettings, agency?.id);
  const topicLabel = (lang: string, id: string): string => knowledge.topics.find((t) => t.id === id)?.label[lang] ?? id;
  const regions: Region[] = agency ? [agency.region] : ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR'];
  const slotOptions = new SlotOptions((lang, key) => translations.getT(lang)(key), knowledge.topics, languages, regions);
  // languages a question may name: those every language can name back
  const courseLanguages = new CourseLanguages(understanding, coursesByLanguage(knowledge.courses),
    (code) => languages.every((lang) => translations.has(lang, `recommend:languageName.${code}`)));
  const engine = new OrientationEngine({
    understanding, recommender, courseLanguages, options: slotOptions, languages, defaultLanguage: config.defaultLanguage, fixedRegion: agency?.region,
    agencies: new AgencyNames(knowledge.agencies),
    callback: { phone: parseCallbackNumber, display: displayNumber, preferredTime: (text) => (/[\p{L}\d]/u.test(text) ? text.trim().slice(0, 200) : undefined) },
  });
  const renderer = new Renderer({
    course: (id) => recommender.course(id), support: (id) => recommender.support(id), agency: (id) => knowledge.agencies.find((a) => a.id === id),
    agencySearch: (id) => recommender.agencySearch(id),
    // links go through GET /r/:itemId (counted per region, then redirected): on PUBLIC_URL, else on the address listened on
    link: (id, region) => `${config.publicUrl ?? listenedOn()}/r/${encodeURIComponent(id)}${region ? `?r=${encodeURIComponent(region)}` : ''}`,
  });
  // the address is asked of the socket once it listens (a system call), not for every link of every turn
  let listened: string | undefined;
  const listenedOn = (): string => {
    if (listened) return listened;
    const address = app.server?.address();
    const port = address && typeof address === 'object' ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    if (address && typeof address === 'object') listened = url;
    return url;
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ ...config.botAuth }));
  // turn lock, advisor presence, live events and housekeeping leader: in-process, or shared through PostgreSQL
  const cluster = options.cluster ?? await createCluster({
    databaseUrl: options.store ? undefined : config.databaseUrl,
    maxConnections: config.databaseLockConnections,
    onError: (e, what) => logger.error({ event: 'cluster.error', what, error: e.name }, 'shared-state background work failed'),
  });
  const queue = cluster.turnLock;
  const repository = new ConversationRepository(store);
  // handoff tickets: a table beside the store (SQLite file or PostgreSQL); a store given by a test keeps them itself
  const tickets = options.store ? undefined : await createTicketStore({
    dataDir: config.dataDir, databaseUrl: config.databaseUrl, agency: agency?.id,
    onPoolError: (e) => logger.error({ event: 'db.pool', error: e.name }, 'database pool error'),
  });
  if (tickets) {
    const moved = await importKeyValueTickets(store, tickets);
    if (moved > 0) logger.info({ event: 'handoff.tickets_moved', count: moved }, 'handoff tickets moved into their table');
  }
  const eventLog = options.events ?? await createEventLog({
    dataDir: config.dataDir, databaseUrl: config.databaseUrl, inMemory: options.store !== undefined,
    onPoolError: (e) => logger.error({ event: 'db.pool', error: e.name }, 'analytics database pool error'),
  });
  const analytics = new EventRecorder(eventLog, {
    onError: (err, dropped) => logger.warn({ event: 'analytics.write_failed', error: err.name, dropped }, 'analytics events not written'),
  });
  const handoff = new HandoffService(tickets ?? store, { now: () => new Date() }, {
    onTransition: (before, after) => analytics.add(handoffEvents({
      from: before.state, to: after.state, fromSince: before.since, at: after.since, by: after.history.at(-1)?.by,
      channel: after.address.channelId, language: after.language, conversation: after.analyticsId,
    })),
  });
  const delivery = new ChannelDelivery(new BotConnectorSender(adapter, config.botAuth.MicrosoftAppId, config.serviceUrlAllowList), logger);
  const desk = new AdvisorDesk({ handoff, repository, queue, delivery, translations, presence: cluster.presence, events: cluster.events });
  const hours = config.officeHours ?? agency?.advisorHours.openingHours ?? null;
  const timeZone = agency?.advisorHours.timeZone ?? config.timeZone;
  const schedule = new OpeningHoursSchedule(hours, timeZone, agency?.advisorHours.holidays ?? 'BE');
  if (!schedule.hasHours && config.handoffTarget !== 'contact-centre') {
    logger.warn({ event: 'handoff.no_hours' }, 'no advisor hours (OFFICE_HOURS unset, none in the agency profile): people who ask for a person get contacts and a callback, never the live queue');
  }
  const callbackTimes = new CallbackTimeNormaliser();
  const flow = new HandoffFlow({
    handoff, desk, schedule, engine, agency, agencies: knowledge.agencies, timeZone, contactCentre: config.handoffTarget === 'contact-centre',
    minutesPerPerson: 5, now: () => new Date(), normaliseTime: (text, lang) => callbackTimes.normalise(text, lang),
    recommendationTitle: (id, lang) => {
      const course = recommender.course(id);
      return (course && textIn(course.title, lang, course.taughtIn).text) || recommender.support(id)?.name || recommender.agencySearch(id)?.name || id;
    },
  });
  const outlines = parseRegionOutlines(JSON.parse(fs.readFileSync(path.join(config.knowledgeDir, 'geo', 'regions.json'), 'utf8')));
  const replyCache = new ReplyCache<Partial<Activity>[]>({
    maxKeys: config.replyCacheSize, ttlSeconds: 600,
    onError: (err) => logger.warn({ event: 'replycache.failed', error: err.name }, 'reply cache refused an entry'),
  });
  const bot = new OrientationBot({
    engine, repository, translations, renderer, topicLabel, logger, handoff: flow,
    replyCache, retentionDays: config.retentionDays, analytics,
    // a shared location counts only in a region this deployment serves
    regionAt: (latitude, longitude) => { const r = regionAt(outlines, latitude, longitude); return r && regions.includes(r) ? r : undefined; },
    maxTextLength: config.maxTextLength, contactCentre: config.handoffTarget === 'contact-centre' ? config.contactCentre : undefined,
  });
  const runner = new TurnRunner({ adapter, queue, logic: (context) => bot.run(context), logger, appId: config.botAuth.MicrosoftAppId });
  const expiry = new QueueExpiry({ handoff, desk, engine, repository, queue, delivery, renderer, translations, topicLabel, timeoutMinutes: config.queueTimeoutMinutes,
    waitsForConsole: config.handoffTarget === 'console', logger });
  const timers: NodeJS.Timeout[] = [];
  let housekeepingRuns = 0;
  const closers: Array<() => Promise<void>> = [];
  const channels: MountedChannel[] = [];
  const app: App = {
    server: undefined as unknown as Server, webChat: undefined as unknown as WebChat, bot, translations, desk, handoff, analytics, store, knowledge, ready: false,
    async warm() {
      // The first French number and date parses block for seconds, the language model loads: pay them now, before /readyz says yes.
      await warmUp();
      await callbackTimes.warm;
      app.ready = true;
      // an advisor's claim whose notice a stop cut off: the person is told now (by one of instances starting together)
      void cluster.leader.claim('resume-announcements', 30_000).then((mine) => (mine ? desk.resumeAnnouncements() : 0))
        .then((sent) => { if (sent > 0) logger.info({ event: 'handoff.announcements_resumed', count: sent }, 'advisor notices re-sent'); })
        .catch((err: Error) => logger.error({ event: 'handoff.resume_failed', error: err.name }, 'advisor notices not re-sent'));
      const periodMs = config.housekeepingSeconds * 1000;
      // every instance ticks; one of them per period is told to run (the only one with a single instance)
      const run = async (): Promise<void> => {
        if (!(await cluster.leader.claim('housekeeping', periodMs))) return;
        logger.info({ event: 'housekeeping.run' }, 'housekeeping');
        await app.housekeeping();
      };
      const tick = setInterval(() => void run().catch((err: Error) => logger.error({ event: 'housekeeping.failed', error: err.name }, 'housekeeping failed')), periodMs);
      tick.unref();
      timers.push(tick);
    },
    async messagingIdle() {
      for (const channel of channels) await channel.idle();
    },
    async housekeeping() {
      await expiry.run();
      const cutoff = new Date(Date.now() - config.retentionDays * 86_400_000);
      const purged = await store.purgeOlderThan(CONVERSATIONS_ROOT, cutoff) + await handoff.purgeOlderThan(cutoff);
      // platforms re-deliver for up to about a week: ids are kept 8 days, then forgotten
      await seenIds.purgeOlderThan(new Date(Date.now() - 8 * 86_400_000));
      if (purged > 0) logger.info({ event: 'retention.purged', count: purged }, 'old conversations purged');
      const eventsCutoff = new Date();
      eventsCutoff.setUTCMonth(eventsCutoff.getUTCMonth() - config.analyticsRetentionMonths);
      const purgedEvents = await eventLog.purgeOlderThan(eventsCutoff);
      if (purgedEvents > 0) logger.info({ event: 'retention.analytics_purged', count: purgedEvents }, 'old analytics events purged');
      // once an hour (the tick is a minute): PostgreSQL's VACUUM, so erased rows do not linger in its files
      if (++housekeepingRuns % 60 === 1) { await store.scrub?.(); await tickets?.scrub?.(); await eventLog.optimise?.(); }
    },
    async close() {
      app.ready = false;
      timers.forEach(clearInterval);
      await callbackTimes.close();
      for (const close of closers) await close();
      await app.webChat.close();
      app.server.close();
      for (const channel of channels) await channel.idle();
      await queue.drain();
      replyCache.close();
      if (!options.cluster) await cluster.close();
      await tickets?.close?.();
      await seenIds.close();
      await analytics.close();
      await eventLog.close();
      await store.close();
    },
  };
  app.server = createServer({
    adapter, queue, logger, runner, logic: runner.logic, isReady: () => app.ready,
    acceptsActivities: config.localMode || config.botAuth.MicrosoftAppId !== '',
    serviceUrlAllowList: config.serviceUrlAllowList, maxBodyBytes: config.maxBodyBytes,
    // Web Chat's upload reads the message and drops the files as they stream in: a photo must not cost the text
    bodyLimitFor: (method, urlPath) => (method === 'POST' && UPLOAD_PATH.test(urlPath) ? MAX_UPLOAD_BYTES : undefined),
    perConversation: new RateLimiter(config.messagesPerConversation.burst, config.messagesPerConversation.perSecond), tooFast: (context: TurnContext) => bot.tooFast(context),
  });
  mountLinkRoute(app.server, { itemUrl: (id) => recommender.itemUrl(id), opened: async (id, region) => analytics.add([{ kind: 'link.opened', at: Date.now(), item: id, ...(region ? { region } : {}) }]), logger });
  app.webChat = mountWebChat(app.server, {
    adapter, queue, store, logger, config, runner, logic: runner.logic, isReady: () => app.ready, events: cluster.events,
  });
  delivery.register('webchat', new WebChatSender(app.webChat));
  const channelContext = {
    config, runner, seen: seenIds, store, repository, translations, logger, retry: options.channelRetry ?? DEFAULT_RETRY,
    isReady: () => app.ready, now: options.now ?? (() => new Date()),
  };
  for (const definition of MESSAGING_CHANNELS.filter((c) => c.enabled(config))) {
    const mounted = definition.mount(app.server, channelContext);
    delivery.register(definition.id, mounted.sender);
    channels.push(mounted);
    logger.info({ event: 'channel.enabled', channel: definition.id }, 'messaging app enabled');
  }
  const consoleMount = mountConsole(app.server, {
    backend: desk, store, config, logger, analytics: eventLog,
    // events missed while the database's notifications were cut: open consoles reload (as web chat streams do)
    missed: (listener) => cluster.events.subscribe(RECONNECTED, listener),
  });
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
