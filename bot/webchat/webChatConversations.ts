import type { Activity, ChannelAccount } from 'botbuilder';
import type WebSocket from 'ws';
import type { Logger } from 'pino';
import type { KeyedSerialQueue } from '../domain/storage/keyedSerialQueue';
import { activityId, remember, watermarkOf, type ConversationLog, type ConversationMeta, type StoredActivity } from './conversationLog';
import type { TurnRunner } from '../channels/turnRunner';
import type { StreamHub } from './streamHub';
import type { LiveEvents } from '../domain/cluster/liveEvents';

export class ConversationNotFoundError extends Error {
  constructor() { super('conversation_not_found'); this.name = 'ConversationNotFoundError'; }
}
export class TurnFailedError extends Error {
  constructor() { super('turn_failed'); this.name = 'TurnFailedError'; }
}

export interface ConversationsDeps {
  log: ConversationLog;
  hub: StreamHub;
  queue: KeyedSerialQueue;
  /** The app's turn runner: the same lock, bot and logs as every other channel. */
  runner: TurnRunner;
  logger: Logger;
  /** The bot as a member of every web chat conversation. */
  bot: ChannelAccount;
  /** This server's base URL, put on activities as `serviceUrl` (nothing is ever sent to it). */
  serviceUrl: () => string;
  /** Tells the other instances what was stored, for their streams of the conversation. */
  events?: LiveEvents;
}

/** The live-event topic of "activities stored in a web chat conversation up to watermark `w`". */
export const STORED_TOPIC = 'webchat.stored';
export interface StoredNotice { c: string; w: number }

export const FRAME = 100;

/**
 * Web chat conversations, whatever the transport: start (welcome), post (echo, turn, replies), deliver (bot-side
 * messages such as an advisor's), stream (backlog then live).
 *
 * @remarks Two locks per conversation. Turns run under the app's turn lock (the runner's key), like every
 * other turn of the bot. Appends to the history (and attaching a socket) run under `webchat-log|<id>`, always
 * taken inside or without the first, never the other way round: `deliver` may be called by code that already
 * holds the turn lock (the advisor desk does), and a socket never misses nor repeats an activity appended while it
 * was catching up. The user's own activity is stored and pushed *before* the turn: Web Chat waits for that echo
 * (same `clientActivityID`, with an id) to mark the message as sent.
 */
export class WebChatConversations {
  constructor(private readonly deps: ConversationsDeps) {}

  /** Creates the conversation and runs the welcome turn once; later calls (a reload) change nothing. */
  start(conversationId: string, userId: string, locale?: string): Promise<void> {
    return this.turnLock(conversationId, async () => {
      const meta = (await this.deps.log.meta(conversationId)) ?? this.deps.log.fresh(userId, locale);
      if (meta.userId !== userId) throw new ConversationNotFoundError();
      if (meta.started) return;
      const user = member(userId);
      const replies = await this.runTurn(conversationId, {
        type: 'conversationUpdate', id: `${conversationId}|start`, membersAdded: [this.deps.bot, user], from: user, locale: meta.locale,
      });
      await this.append(conversationId, meta, (m) => { m.started = true; }, replies);
    });
  }

  /**
   * Stores and echoes the user's activity (with `notices` from the bot right after it), runs the turn when there
   * is something to read, stores and pushes the replies; resolves with the activity's id.
   */
  post(conversationId: string, userId: string, activity: Partial<Activity>, clientActivityId?: string, notices: Partial<Activity>[] = []): Promise<string> {
    return this.turnLock(conversationId, async () => {
      const meta = await this.owned(conversationId, userId);
      const seen = clientActivityId ? meta.recent.find(([c]) => c === clientActivityId) : undefined;
      if (seen?.[2]) return seen[1]; // a re-send of a message already answered: same id, no second turn
      let echo = seen ? await this.deps.log.get(conversationId, watermarkOf(seen[1])) : undefined;
      if (!echo) {
        const user = member(userId);
        [echo] = await this.append(conversationId, meta, (m) => { if (clientActivityId) remember(m, clientActivityId, activityId(conversationId, m.last + 1), false); },
          [{ ...activity, from: user, recipient: this.deps.bot, locale: activity.locale ?? meta.locale },
            ...notices.map((n) => ({ type: 'message', from: this.deps.bot, recipient: user, ...n }))]);
      }
      const readable = echo.type !== 'message' || Boolean(echo.text) || echo.value !== undefined;
      const replies = readable ? await this.runTurn(conversationId, echo) : [];
      await this.append(conversationId, meta, (m) => { if (clientActivityId) remember(m, clientActivityId, echo!.id, true); },
        replies.map((r) => ({ ...r, replyToId: echo!.id })));
      return echo.id;
    });
  }

  /** Pushes bot-side activities (an advisor's message) into the conversation: stored, then streamed. */
  async deliver(conversationId: string, activities: Partial<Activity>[]): Promise<void> {
    const meta = await this.deps.log.meta(conversationId);
    if (!meta) throw new ConversationNotFoundError();
    const user = member(meta.userId);
    await this.append(conversationId, meta, () => undefined, activities.map((a) => ({ type: 'message', from: this.deps.bot, recipient: user, ...a })));
  }

  /** Sends what the socket missed since `watermark`, then keeps it for live pushes. */
  stream(conversationId: string, ws: WebSocket, watermark: number): Promise<void> {
    return this.logLock(conversationId, async () => {
      const backlog: Array<{ activities: StoredActivity[]; watermark: number }> = [];
      let upTo = watermark;
      for (let w = watermark; ;) {
        const page = await this.deps.log.since(conversationId, w, FRAME);
        if (!page) throw new ConversationNotFoundError();
        if (page.activities.length > 0) backlog.push(page);
        upTo = Math.max(upTo, page.watermark);
        if (page.watermark <= w || page.activities.length < FRAME) break;
        w = page.watermark;
      }
      if (ws.readyState === ws.OPEN) this.deps.hub.attach(conversationId, ws, backlog, upTo);
    });
  }

  /** Reads a conversation for its user; a conversation of someone else is reported as absent. */
  async owned(conversationId: string, userId: string): Promise<ConversationMeta> {
    const meta = await this.deps.log.meta(conversationId);
    if (!meta || meta.userId !== userId) throw new ConversationNotFoundError();
    return meta;
  }

  private async runTurn(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const inbound: Partial<Activity> = {
      ...activity, channelId: 'webchat', serviceUrl: this.deps.serviceUrl(), conversation: { id: conversationId } as Activity['conversation'],
      recipient: this.deps.bot, timestamp: new Date(),
    };
    try {
      return await this.deps.runner.execute(inbound);
    } catch (err) {
      this.deps.logger.error({ event: 'webchat.turn.failed', error: (err as Error).name }, 'web chat turn failed');
      throw new TurnFailedError();
    }
  }

  /**
   * Under the log lock: reads the meta afresh (a delivery may have appended meanwhile), applies `change`, appends
   * and pushes. `known` is the caller's last copy, used when the turn has just erased the conversation ("delete my
   * data"): the counter then goes on from there, so watermarks never go back.
   */
  private append(conversationId: string, known: ConversationMeta, change: (meta: ConversationMeta) => void, activities: Partial<Activity>[]): Promise<StoredActivity[]> {
    return this.logLock(conversationId, async () => {
      const stored = await this.deps.log.meta(conversationId);
      const meta = stored ?? { ...known, recent: [...known.recent] };
      change(meta);
      const appended = await this.deps.log.append(conversationId, meta, activities.map(({ serviceUrl: _s, deliveryMode: _d, ...a }) => a));
      Object.assign(known, meta);
      if (appended.length > 0) {
        this.deps.hub.publish(conversationId, appended, meta.last);
        // a stream of this conversation on another instance reads them from the log
        this.deps.events?.publish(STORED_TOPIC, { c: conversationId, w: meta.last } satisfies StoredNotice);
      }
      return appended;
    });
  }

  private turnLock<T>(conversationId: string, task: () => Promise<T>): Promise<T> {
    return this.deps.runner.serialise({ channelId: 'webchat', conversationId }, task);
  }

  private logLock<T>(conversationId: string, task: () => Promise<T>): Promise<T> {
    return this.deps.queue.run(`webchat-log|${conversationId}`, task);
  }
}

function member(id: string): ChannelAccount {
  return { id, name: '', role: 'user' };
}
