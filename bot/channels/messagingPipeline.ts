import type { Activity } from 'botbuilder';
import type { ChannelContext, InboundMessage } from './messagingChannel';
import { toActivity } from './messagingChannel';
import { KeyedSerialQueue, TurnLockBusyError } from '../domain/storage/keyedSerialQueue';
import { TurnSlots } from './turnSlots';

/** Turns running at once, per app (see {@link TurnSlots}): the CPU-heavy part, kept to the cores there are. */
const TURNS_AT_ONCE = 2;
/**
 * People whose replies are being sent at once, per app: apart from the turns, so a person whose sends wait out a
 * platform's rate limit (backoff up to 30 s) holds one of these, never a turn's slot.
 */
const SENDS_AT_ONCE = 8;
/**
 * Pauses before trying again a message whose turn lock could not be taken (another instance held the person's
 * conversation too long, or no database connection was free): the platform already had its 200 and will not send
 * it again, so it is retried here, then given up and logged.
 */
const LOCK_RETRY_MS = [500, 1_000, 2_000, 4_000, 8_000];

export interface PipelineHooks {
  /** Under the person's lock, before the turn (WhatsApp records the number and the time for its 24-hour window). */
  beforeTurn?(message: InboundMessage): Promise<void>;
  /** Sends the turn's replies, in order, to `replyTo`; throws when the platform kept refusing. */
  send(replyTo: string, replies: Partial<Activity>[]): Promise<void>;
}

/**
 * Every messaging app's inbound path after the webhook answered 200: per message, under the person's turn lock
 * (so their messages are handled one at a time, in the order they arrived), claim the platform id (an atomic
 * insert: a re-delivery, at once or days later, stops here), run the turn through the shared runner (a few at
 * a time, see {@link TurnSlots}), send the replies. Replies the platform keeps refusing are kept in the
 * conversation's outbox, so they go out with the person's next message instead of being lost, and the failure
 * is logged.
 *
 * @remarks The id is claimed before the turn, and the webhook already answered 200: a crash between the two
 * loses that one message (the platform will not send it again), where claiming after would answer it twice.
 */
export class MessagingPipeline {
  private readonly pending = new Set<Promise<void>>();
  private readonly slots = new TurnSlots(TURNS_AT_ONCE);
  private readonly sendSlots = new TurnSlots(SENDS_AT_ONCE);
  /** One message of a person at a time here too, so a message retried for its lock keeps its place in the order. */
  private readonly order = new KeyedSerialQueue();

  constructor(private readonly channelId: string, private readonly ctx: ChannelContext, private readonly hooks: PipelineHooks) {}

  /** Queues the messages of one webhook call (sorted by the platform's time: a batch may come unordered). */
  accept(messages: InboundMessage[]): void {
    const sorted = [...messages].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
    for (const message of sorted) {
      const task = this.handle(message).finally(() => this.pending.delete(task));
      this.pending.add(task);
    }
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private handle(message: InboundMessage): Promise<void> {
    return this.order.run(message.conversationId, async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.handleOnce(message);
        } catch (err) {
          if (!(err instanceof TurnLockBusyError) || attempt >= LOCK_RETRY_MS.length) throw err;
          this.ctx.logger.warn({ event: 'channel.busy', channel: this.channelId, attempt: attempt + 1 }, 'turn lock not taken in time; retrying');
          await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS[attempt]));
        }
      }
    }).catch((err) => {
      this.ctx.logger.error({ event: 'channel.failed', channel: this.channelId, error: (err as Error).name }, 'messaging app message not handled');
    });
  }

  private async handleOnce(message: InboundMessage): Promise<void> {
    const { runner, logger } = this.ctx;
    const address = { channelId: this.channelId, conversationId: message.conversationId };
    await runner.serialise(address, async () => {
      // the turn's CPU takes a slot; the sends (which may wait out a platform's rate limit) do not
      const replies = await this.slots.run(() => this.turn(message));
      if (!replies) return;
      try {
        await this.sendSlots.run(() => this.hooks.send(message.replyTo, replies));
      } catch (err) {
        await this.keep(address, replies);
        logger.error({ event: 'channel.replies_kept', channel: this.channelId, error: (err as Error).name }, 'replies not delivered; kept for the next message');
      }
    });
  }

  /** Claims the platform id (undefined: already handled), then runs the turn; resolves with the replies. */
  private async turn(message: InboundMessage): Promise<Partial<Activity>[] | undefined> {
    const { runner, seen, logger } = this.ctx;
    if (!(await seen.claim(`${this.channelId}:${message.platformId}`))) {
      logger.info({ event: 'channel.duplicate', channel: this.channelId }, 'platform message already handled');
      return undefined;
    }
    await this.hooks.beforeTurn?.(message);
    let replies: Partial<Activity>[];
    try {
      replies = await runner.execute(toActivity(this.channelId, message));
    } catch {
      // the turn failed (logged by the runner); the person still hears something rather than nothing
      replies = [{ type: 'message', text: this.ctx.translations.getT(this.ctx.config.defaultLanguage)('common:error') }];
    }
    logger.info({ event: 'channel.message', channel: this.channelId, kind: message.nonText ?? (message.location ? 'location' : 'text'), replies: replies.length }, 'messaging app turn');
    return replies;
  }

  private async keep(address: { channelId: string; conversationId: string }, replies: Partial<Activity>[]): Promise<void> {
    const { record, eTag } = await this.ctx.repository.load(address);
    const texts = replies.filter((r) => r.type === 'message' && r.text).map((r) => ({ text: r.text!, from: 'bot' as const }));
    if (texts.length === 0 || (!eTag && record.transcript.length === 0)) return; // erased meanwhile: nothing to keep
    record.outbox = [...(record.outbox ?? []), ...texts].slice(-100);
    await this.ctx.repository.save(address, record, eTag);
  }
}
