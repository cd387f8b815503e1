import { AlreadyAssignedError, TicketNotFoundError } from '../domain/handoff/ticket';
import { InvalidTransitionError } from '../domain/handoff/handoffState';
import { TurnLockBusyError } from '../domain/storage/keyedSerialQueue';
import { NotAssignedError } from '../handoff/consolePort';
import { errorBody, type ErrorBody } from '../http/errors';

/** An answer other than 2xx, thrown by console handlers and turned into the contract's JSON error body. */
export class HttpError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string, public readonly headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
  }
}

const DOMAIN: Array<[new (...args: never[]) => Error, number, string, string]> = [
  [TicketNotFoundError, 404, 'not_found', 'There is no such conversation.'],
  [AlreadyAssignedError, 409, 'already_assigned', 'Another advisor has already taken this conversation.'],
  [InvalidTransitionError, 409, 'invalid_state', 'This cannot be done in the conversation\'s current state.'],
  [NotAssignedError, 403, 'not_assigned', 'Only the advisor who took this conversation can do this.'],
];

/**
 * Maps what a handler threw to a status and body. The backend's typed errors become 404/403/409 with a fixed
 * text (never the error's own message, which may name people or ids); anything else is a 500 with a generic
 * text, to be logged by name only.
 */
export function toHttp(err: unknown): { status: number; body: ErrorBody; headers: Record<string, string>; unexpected: boolean } {
  if (err instanceof HttpError) return { status: err.status, body: errorBody(err.code, err.message), headers: err.headers, unexpected: false };
  const name = err instanceof Error ? err.name : '';
  for (const [type, status, code, message] of DOMAIN) {
    // By name too: the backend may be another copy of the module (ts-node and compiled code side by side).
    if (err instanceof type || name === type.name) return { status, body: errorBody(code, message), headers: {}, unexpected: false };
  }
  if (err instanceof TurnLockBusyError) return { status: 503, body: errorBody('busy', 'The conversation is busy. Please retry.'), headers: { 'Retry-After': '1' }, unexpected: false };
  return { status: 500, body: errorBody('internal', 'Something went wrong. Please retry.'), headers: {}, unexpected: true };
}
