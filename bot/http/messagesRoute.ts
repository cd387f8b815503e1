import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import { TurnLockBusyError, type KeyedSerialQueue } from '../domain/storage/keyedSerialQueue';
import { CapturedResponse } from './capturedResponse';
import { errorBody } from './errors';
import { activityProblems } from './validateActivity';
import type { RateLimiter } from '../webchat/rateLimiter';
import { TurnRunner } from '../channels/turnRunner';
import { turnKey } from '../channels/turnKey';

export interface MessagesRouteDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  queue: KeyedSerialQueue;
  logger: Logger;
  isReady: () => boolean;
  /** False in production without a Bot Framework identity: nobody may post anonymously then. */
  acceptsActivities: boolean;
  serviceUrlAllowList: readonly string[];
  /** Messages per conversation: beyond it the person is asked, politely, to slow down (the message is not handled). */
  perConversation?: RateLimiter;
  /** The turn that says so, in the person's language. */
  tooFast?: (context: TurnContext) => Promise<void>;
  /** The app's one turn runner (lock key, logging); built from `adapter`, `queue` and `logic` when absent. */
  runner?: TurnRunner;
}

/**
 * `POST /api/messages`: validates the activity, then runs CloudAdapter under the conversation's lock, so turns
 * of one conversation are handled one at a time in arrival order, and translates the SDK's answers into the
 * contract's JSON (never an internal message).
 */
export function messagesRoute(deps: MessagesRouteDeps) {
  const runner = deps.runner ?? new TurnRunner({ adapter: deps.adapter, queue: deps.queue, logic: deps.logic, logger: deps.logger, appId: '' });
  const slow = deps.tooFast ? new TurnRunner({ adapter: deps.adapter, queue: deps.queue, logic: deps.tooFast, logger: deps.logger, appId: '' }) : undefined;
  return async (req: Request, res: Response): Promise<void> => {
    if (!deps.acceptsActivities) {
      res.send(401, errorBody('unauthorized', 'This endpoint needs a Bot Framework identity (MicrosoftAppId).'));
      return;
    }
    if (!deps.isReady()) {
      res.header('Retry-After', '2');
      res.send(503, errorBody('not_ready', 'The bot is starting. Please retry in a moment.'));
      return;
    }
    const problems = activityProblems(req.body, deps.serviceUrlAllowList);
    if (problems.length > 0) {
      res.send(400, errorBody('invalid_activity', problems.join('; ')));
      return;
    }
    const activity = req.body as { type: string; channelId: string; conversation: { id: string } };
    if (activity.type === 'invoke') {
      // nothing here answers invokes: say so once, rather than a 503 that channels retry for days
      res.send(501, errorBody('not_supported', 'This bot does not handle invoke activities.'));
      return;
    }
    const address = { channelId: activity.channelId, conversationId: activity.conversation.id };
    // a flood on one conversation gets a polite answer, a 200, so the channel does not retry it
    const slowDown = activity.type === 'message' && slow !== undefined && (deps.perConversation?.take(turnKey(address)) ?? 0) > 0;
    if (slowDown) deps.logger.warn({ event: 'turn.rate_limited', channel: activity.channelId }, 'too many messages on one conversation');
    const captured = new CapturedResponse();
    try {
      await (slowDown ? slow! : runner).process(address, (logic) => deps.adapter.process(req, captured, logic));
    } catch (err) {
      if (!(err instanceof TurnLockBusyError)) throw err;
      // another instance held the conversation too long, or no database connection was free: nothing ran
      deps.logger.warn({ event: 'turn.busy', channel: activity.channelId }, 'turn lock not taken in time');
      res.header('Retry-After', '1');
      res.send(503, errorBody('busy', 'The conversation is busy. Please retry.'));
      return;
    }
    reply(res, captured);
  };
}

function reply(res: Response, captured: CapturedResponse): void {
  const status = captured.statusCode;
  if (status === 401 || status === 403) {
    res.send(status, errorBody('unauthorized', 'The request is not authorised.'));
  } else if (status >= 500) {
    // The message was not saved: ask the channel to retry rather than pretend it was handled.
    res.header('Retry-After', '1');
    res.send(503, errorBody('turn_failed', 'The message could not be processed. Please retry.'));
  } else if (status >= 400) {
    res.send(status, errorBody('invalid_activity', 'The activity was refused.'));
  } else if (captured.body !== undefined) {
    res.send(status, captured.body);
  } else {
    res.send(status);
  }
}
