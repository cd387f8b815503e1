import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { KeyedSerialQueue } from '../domain/storage/keyedSerialQueue';
import { InProcessTurn } from '../webchat/inProcessTurn';
import { turnKey } from './turnKey';

export interface TurnRunnerDeps {
  adapter: CloudAdapter;
  /** The app's turn lock (one process today; another implementation may lock across instances, same interface). */
  queue: KeyedSerialQueue;
  /** The bot's turn (OrientationBot.run). */
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** The bot's app id ('' without a Microsoft identity): the in-process identity. */
  appId: string;
}

/**
 * The one way a turn runs, whatever the channel: `/api/messages` (CloudAdapter with the Bot Framework's JWT),
 * the self-hosted web chat, WhatsApp and Telegram (in process, replies buffered) all take the same lock key,
 * run the same bot with the same state, and log a failure the same way.
 *
 * @remarks `serialise` takes the lock; `execute` and `logic` assume the caller holds it (a channel that must do
 * more under the lock, such as claiming a platform message id or sending the replies in order, wraps both).
 */
export class TurnRunner {
  private readonly inProcess: InProcessTurn;

  constructor(private readonly deps: TurnRunnerDeps) {
    this.inProcess = new InProcessTurn(deps.adapter, deps.appId);
  }

  /** Runs `task` under the conversation's turn lock, after every earlier task of that conversation. */
  serialise<T>(address: { channelId: string; conversationId: string }, task: () => Promise<T>): Promise<T> {
    return this.deps.queue.run(turnKey(address), task);
  }

  /** The bot's turn, with failures logged (no message text, no ids) and rethrown without their details. */
  readonly logic = async (context: TurnContext): Promise<void> => {
    try {
      await this.deps.logic(context);
    } catch (err) {
      this.deps.logger.error({ event: 'turn.failed', error: (err as Error).name, channel: context.activity.channelId }, 'turn failed');
      throw new Error('turn failed');
    }
  };

  /** Runs one activity in process (caller holds the lock) and resolves with the replies, traces removed. */
  execute(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    return this.inProcess.run(activity, this.logic);
  }

  /** Runs a CloudAdapter request (the Bot Framework channel) under the lock. */
  process(address: { channelId: string; conversationId: string }, run: (logic: (context: TurnContext) => Promise<void>) => Promise<void>): Promise<void> {
    return this.serialise(address, () => run(this.logic));
  }
}
