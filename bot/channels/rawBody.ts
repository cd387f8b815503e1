import type { Request, Response } from 'restify';
import { errorBody } from '../http/errors';

export class BodyTooLargeError extends Error {
  constructor() { super('body too large'); this.name = 'BodyTooLargeError'; }
}

/**
 * Reads a request's body as the bytes received. Webhook signatures (Meta's HMAC) are computed over these exact
 * bytes: parsing and re-serialising the JSON would change them (`\u00e9` becomes `é`) and break the check.
 */
export async function readRawBody(req: Request, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as unknown as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The raw body of a webhook call, or undefined once 413 is answered (the body is over `maxBytes`). */
export async function webhookBody(req: Request, res: Response, maxBytes: number): Promise<Buffer | undefined> {
  try {
    return await readRawBody(req, maxBytes);
  } catch (err) {
    if (!(err instanceof BodyTooLargeError)) throw err;
    res.send(413, errorBody('payload_too_large', 'The request body is too large.'));
    return undefined;
  }
}

/** Marks a webhook call already answered with an error (503 while starting, 400 for a body that is not JSON). */
export const REFUSED = Symbol('refused');

/**
 * A verified webhook body as JSON, once the bot is ready: 503 with Retry-After while it starts (the platform
 * re-delivers), 400 when it is not JSON; both answered here, and `REFUSED` returned.
 */
export function readyJson(raw: Buffer, res: Response, isReady: () => boolean): unknown {
  if (!isReady()) {
    res.header('Retry-After', '2');
    res.send(503, errorBody('not_ready', 'The bot is starting. Please retry in a moment.'));
    return REFUSED;
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    res.send(400, errorBody('invalid_json', 'The body is not JSON.'));
    return REFUSED;
  }
}
