import type { Response } from 'botbuilder';

/**
 * Stands in for the HTTP response while CloudAdapter processes an activity, so that the route decides what
 * really goes out: CloudAdapter answers errors with its internal message as plain text (even a 500 with
 * "validateAndFixActivity(): missing activity type."), which must never reach a client.
 */
export class CapturedResponse implements Response {
  socket: unknown = undefined;
  statusCode = 200;
  body: unknown = undefined;
  readonly headers: Record<string, unknown> = {};

  status(code: number): this { this.statusCode = code; return this; }
  header(name: string, value: unknown): this { this.headers[name] = value; return this; }
  send(body?: unknown): this { this.body = body; return this; }
  end(): this { return this; }
}
