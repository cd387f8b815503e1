import type { Response } from 'restify';
import type { Logger } from 'pino';
import { TurnLockBusyError } from '../domain/storage/keyedSerialQueue';
import { EtagConflictError } from '../domain/storage/keyValueStore';
import { errorBody } from '../http/errors';
import { ConversationFullError } from './conversationLog';
import { ConversationNotFoundError, TurnFailedError } from './webChatConversations';

/** Sends the contract's short JSON error; `retryAfter` in seconds. */
export function refuse(res: Response, status: number, error: string, message: string, retryAfter?: number): void {
  if (retryAfter !== undefined) res.header('Retry-After', String(retryAfter));
  res.header('Cache-Control', 'no-store');
  res.send(status, errorBody(error, message));
}

/**
 * Maps what the web chat layer throws to answers a Direct Line client understands (DirectLineJS reads 403 as an
 * expired token and 404 as an ended conversation), never with internals: unknown errors are logged by name only.
 */
export function replyError(res: Response, err: unknown, logger: Logger): void {
  if (err instanceof ConversationNotFoundError) return refuse(res, 404, 'not_found', 'This conversation does not exist or has ended.');
  if (err instanceof TurnFailedError) return refuse(res, 503, 'turn_failed', 'The message could not be processed. Please retry.', 1);
  if (err instanceof ConversationFullError) return refuse(res, 409, 'conversation_full', 'This conversation is too long. Please start a new one.');
  if (err instanceof EtagConflictError) return refuse(res, 503, 'busy', 'The conversation changed meanwhile. Please retry.', 1);
  if (err instanceof TurnLockBusyError) return refuse(res, 503, 'busy', 'The conversation is busy. Please retry.', 1);
  logger.error({ event: 'webchat.error', error: (err as Error)?.name }, 'web chat request failed');
  return refuse(res, 500, 'internal', 'Something went wrong. Please retry.');
}
