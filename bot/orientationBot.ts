import { randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { ReplyCache } from './replyCache';
import type { Translations } from './adapters/i18n';
import { appendBotMessages, appendTranscript, markSeen, type ConversationRecord } from './domain/conversation/conversationRecord';
import type { ConversationAddress, ConversationRepository } from './domain/conversation/conversationRepository';
import type { OrientationEngine, TurnInput } from './domain/orientation/orientationEngine';
import type { Output } from './domain/orientation/outputs';
import type { Renderer } from '../dialogs/renderer';
import type { HandoffFlow } from './handoff/handoffFlow';
import type { Region } from './domain/profile/profile';

const NON_TEXT = new Set(['voice', 'image', 'sticker', 'document', 'contact', 'video', 'other']);
import type { EventRecorder } from './domain/analytics/eventRecorder';
import { sessionBefore, turnEvents } from './domain/analytics/turnEvents';
import type { AnalyticsEvent } from './domain/analytics/analyticsEvent';

export interface BotDeps {
  engine: OrientationEngine;
  repository: ConversationRepository;
  translations: Translations;
  renderer: Renderer;
  handoff: HandoffFlow;
  topicLabel: (lang: string, topicId: string) => string;
  replyCache: ReplyCache<Partial<Activity>[]>;
  logger: Logger;
  maxTextLength: number;
  /** The contact-centre platform (channel and sender id) whose `handoff.status` events are honoured; none: no one's. */
  contactCentre?: { channelId: string; fromId: string };
  /** The served region a shared location lies in (messaging apps), if any. */
  regionAt?: (latitude: number, longitude: number) => Region | undefined;
  /** How long conversations are kept, said in the welcome of channels that keep a phone number or chat id. */
  retentionDays?: number;
  now?: () => Date;
  /** The agency's analytics: each saved turn's events are handed to it after the save (buffered, batched). */
  analytics?: EventRecorder;
}

/**
 * One turn, explicitly: load the conversation → skip duplicates → understand and decide (domain engine, or the
 * people it was handed to) → act (erase, handoff, callback) → render → save → send. Saving happens before
 * sending, so a person never reads "your request is saved" for something that was not.
 *
 * @remarks Turns of one conversation never overlap (the HTTP layer serialises them per conversation), and the
 * save carries the eTag read at the start, so even two instances cannot silently lose an answer.
 */
export class OrientationBot {
  constructor(private readonly deps: BotDeps) {
    for (const key of ['engine', 'repository', 'translations', 'renderer', 'handoff', 'replyCache', 'logger'] as const) {
      if (!deps[key]) throw new Error(`[OrientationBot]: Missing parameter. ${key} is required`);
    }
  }

  async run(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const address = addressOf(activity);
    const started = Date.now();
    const cacheKey = activity.id ? `${address.channelId}|${address.conversationId}|${activity.id}` : undefined;

    const { record, eTag } = await this.deps.repository.load(address);
    if (activity.id && record.seen.includes(activity.id)) {
      const cached = (cacheKey ? this.deps.replyCache.get(cacheKey) : undefined)
        ?? (record.lastReplies?.id === activity.id ? record.lastReplies.activities as Partial<Activity>[] : undefined);
      if (cached) await context.sendActivities(cached);
      this.deps.logger.info({ event: 'turn.duplicate', channel: address.channelId }, 'duplicate activity ignored');
      return;
    }

    // a random id, never the channel's: the only link between this conversation's analytics events
    if (this.deps.analytics && !record.analyticsId) record.analyticsId = randomUUID();
    const before = sessionBefore(record.session);
    const outputs = await this.decide(activity, record, address);
    if (outputs === undefined) return; // nothing for the bot in this activity (typing, members joining twice...)
    if (activity.id) markSeen(record, activity.id);
    record.reference = TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>;

    if (outputs.some((o) => o.type === 'erase')) {
      // the events first: if this fails, nothing is erased yet and the retried turn erases everything
      if (this.deps.analytics && record.analyticsId) await this.deps.analytics.erase(record.analyticsId);
      // a request for a person or a callback (and its number) goes with the rest: the person is told so
      const hadRequest = record.ticketId !== undefined;
      await this.deps.handoff.forget(record);
      await this.deps.repository.erase(address);
      const lang = record.session.language ?? this.deps.translations.languages[0];
      const t = this.deps.translations.getT(lang);
      // what was understood (intent erase) is traced like every message's (CONTRACT §2; found by a tester: none came)
      const traces = this.deps.renderer.render(outputs.filter((o) => o.type === 'understood'), {
        t, lang, channelId: address.channelId, profile: {}, topicLabel: (id) => this.deps.topicLabel(lang, id),
      });
      await context.sendActivities([...traces, { type: ActivityTypes.Message, text: hadRequest ? `${t('common:erased')} ${t('common:erasedRequest')}` : t('common:erased') }]);
      this.deps.logger.info({ event: 'data.erased', channel: address.channelId }, 'conversation data erased on request');
      this.deps.analytics?.add([{ kind: 'erasure', at: this.now().getTime(), channel: address.channelId, language: record.session.language }]);
      return;
    }

    const lang = record.session.language ?? this.deps.translations.languages[0];
    const t = this.deps.translations.getT(lang);
    const pending = (record.outbox ?? []).map((m) => ({ type: ActivityTypes.Message, text: m.text, ...(m.name ? { channelData: { advisor: m.name } } : {}) }));
    record.outbox = undefined;
    const activities: Partial<Activity>[] = [...pending, ...this.deps.renderer.render(outputs, {
      t, lang, channelId: address.channelId, profile: record.session.profile, topicLabel: (id) => this.deps.topicLabel(lang, id), retentionDays: this.deps.retentionDays,
    })];
    // the language of the words, for channels that add their own (a messaging app's "Choose" button)
    for (const a of activities) if (a.type === ActivityTypes.Message) a.locale = lang;
    appendBotMessages(record, activities.slice(pending.length), this.now().toISOString());
    record.lastReplies = activity.id ? { id: activity.id, activities: activities as Array<Record<string, unknown>> } : undefined;

    const events = this.eventsOf(record, address, before, outputs);
    await this.deps.repository.save(address, record, eTag);
    if (events.length > 0) this.deps.analytics!.add(events);
    if (cacheKey) this.deps.replyCache.set(cacheKey, activities);
    await context.sendActivities(activities);
    this.deps.logger.info({
      event: 'turn', channel: address.channelId, type: activity.type, lang, stage: record.session.stage,
      asked: record.session.pending?.slot, replies: activities.length, ms: Date.now() - started,
    }, 'turn handled');
  }

  /** A message that came too fast after others: not handled, the person is asked to slow down. Nothing is saved. */
  async tooFast(context: TurnContext): Promise<void> {
    const { record } = await this.deps.repository.load(addressOf(context.activity));
    const lang = record.session.language ?? this.deps.translations.languages[0];
    await context.sendActivity(this.deps.translations.getT(lang)('common:tooFast'));
  }

  private async decide(activity: Activity, record: ConversationRecord, address: ConversationAddress): Promise<Output[] | undefined> {
    const { engine, handoff } = this.deps;
    if (activity.type === ActivityTypes.ConversationUpdate) {
      const joined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
      if (!joined || record.session.stage !== 'new') return undefined;
      return engine.start(record.session, { locale: activity.locale });
    }
    if (activity.type === ActivityTypes.Event && activity.name === 'handoff.status') {
      // only the configured platform may say an advisor took or ended a conversation: from anyone else the event
      // is accepted (the protocol says never reject it) and ignored
      const platform = this.deps.contactCentre;
      if (!platform || activity.channelId !== platform.channelId || activity.from?.id !== platform.fromId) {
        this.deps.logger.warn({ event: 'handoff.status.ignored', channel: address.channelId }, 'handoff.status from someone other than the contact centre ignored');
        return [];
      }
      const state = (activity.value as { state?: unknown } | undefined)?.state;
      return typeof state === 'string' ? handoff.status(record, state) : [];
    }
    if (activity.type !== ActivityTypes.Message) return undefined;
    const input = inputOf(activity);
    if ((input.text ?? '').length > this.deps.maxTextLength) return [{ type: 'say', key: 'common:tooLong' }];
    if (input.text) appendTranscript(record, { at: this.now().toISOString(), from: 'user', text: input.text });
    // a messaging app's voice note, photo, sticker... or shared location: said by its kind (the content is never kept)
    const nonText = input.text ? undefined : nonTextOf(activity);
    const place = input.text ? undefined : placeOf(activity);
    if (nonText || place) appendTranscript(record, { at: this.now().toISOString(), from: 'user', text: `[${nonText ?? 'location'}]` });

    const withPeople = await handoff.activeTicket(record);
    if (withPeople) {
      const intent = engine.peekIntent(record.session, input.text ?? '');
      if (intent === 'erase') return [{ type: 'understood', intent, slots: {} }, { type: 'erase' }];
      const out = await handoff.whileWithPeople(withPeople, record, intent === 'restart');
      if (nonText) out.push({ type: 'say', key: `channels:nonText.${nonText}` });
      if (!out.some((o) => o.type === 'handoffState')) return out;
      return [...out, ...engine.resume(record.session)];
    }
    if (place) return engine.locatedIn(record.session, this.deps.regionAt?.(place.latitude, place.longitude), activity.locale);
    if (nonText) return engine.notText(record.session, `channels:nonText.${nonText}`, activity.locale);
    return this.act(engine.handle(record.session, input), record, address);
  }

  /** Side effects the engine asked for: a request for a person, a callback to record. */
  private async act(outputs: Output[], record: ConversationRecord, address: ConversationAddress): Promise<Output[]> {
    const result: Output[] = [];
    for (const output of outputs) {
      result.push(output);
      if (output.type === 'handoff') result.push(...await this.deps.handoff.request(record, address, output.reason, output.regionAsked));
      if (output.type === 'callback') result.push(...await this.deps.handoff.callback(record, address, output.phone, output.preferredTime));
    }
    return result;
  }

  /** The turn's analytics events (none without analytics); a fault here never costs the person their turn. */
  private eventsOf(record: ConversationRecord, address: ConversationAddress, before: ReturnType<typeof sessionBefore>, outputs: Output[]): AnalyticsEvent[] {
    if (!this.deps.analytics || !record.analyticsId) return [];
    try {
      const marks = record.analyticsMarks ?? [];
      const events = turnEvents({ conversation: record.analyticsId, channel: address.channelId, at: this.now().getTime(), before, session: record.session, outputs, marks });
      if (marks.length > 0) record.analyticsMarks = marks;
      return events;
    } catch (err) {
      this.deps.logger.warn({ event: 'analytics.turn_failed', error: (err as Error).name }, 'turn events not recorded');
      return [];
    }
  }

  private now(): Date { return (this.deps.now ?? (() => new Date()))(); }
}

function inputOf(activity: Activity): TurnInput {
  const value = activity.value as { choice?: unknown } | undefined;
  const choice = value && typeof value.choice === 'string' ? value.choice : undefined;
  return { text: typeof activity.text === 'string' ? activity.text : undefined, choice, locale: activity.locale };
}

/** The kind of a message the bot cannot read (set by the messaging-app connectors), if it is one. */
function nonTextOf(activity: Activity): string | undefined {
  const name = (activity.attachments ?? []).find((a) => a.contentType === 'application/vnd.orientation.non-text')?.name;
  return name && NON_TEXT.has(name) ? name : undefined;
}

/** A shared location (a `GeoCoordinates` entity), if the message is one. */
function placeOf(activity: Activity): { latitude: number; longitude: number } | undefined {
  const geo = (activity.entities ?? []).find((e) => e.type === 'GeoCoordinates') as { latitude?: unknown; longitude?: unknown } | undefined;
  return geo && typeof geo.latitude === 'number' && typeof geo.longitude === 'number' && Math.abs(geo.latitude) <= 90 && Math.abs(geo.longitude) <= 180
    ? { latitude: geo.latitude, longitude: geo.longitude } : undefined;
}

export function addressOf(activity: Partial<Activity>): ConversationAddress {
  return { channelId: activity.channelId ?? 'unknown', conversationId: activity.conversation?.id ?? 'unknown', userId: activity.from?.id };
}
