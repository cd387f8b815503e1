import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Response } from 'restify';

/** The Direct Line 3.0 error body: `{ "error": { "code", "message" } }`. */
export interface DirectLineErrorBody { error: { code: string; message: string } }

export const DIRECT_LINE_PREFIX = '/v3/directline/';

/** Turns the contract's flat `{ error, message }` (or an error whose JSON is that) into the Direct Line shape. */
export function toDirectLineError(body: unknown): DirectLineErrorBody | undefined {
  const toJSON = body instanceof Error ? (body as unknown as { toJSON?: () => unknown }).toJSON : undefined;
  const json = typeof toJSON === 'function' ? toJSON.call(body) : body;
  if (typeof json !== 'object' || json === null) return undefined;
  const { error, message } = json as { error?: unknown; message?: unknown };
  if (typeof error === 'string' && typeof message === 'string') return { error: { code: error, message } };
  return undefined;
}

/**
 * Every error answered under `/v3/directline/` takes the Direct Line shape, whoever writes it: the web chat's own
 * refusals, restify's (unknown route, unreadable body) and the HTTP layer's checks that run before any route
 * (413 on a declared size, 415 on a compressed body). Elsewhere the contract's flat shape stays.
 *
 * @remarks The HTTP layer (`bot/http`) answers some requests before a route is chosen, so the reshaping is done on
 * the response itself, once per Direct Line request, before restify sees the request: `send()` of that one
 * response maps a flat error body to `{ error: { code, message } }` and leaves every other body alone.
 * Returns the function that stops it.
 */
export function reshapeDirectLineErrors(httpServer: HttpServer): () => void {
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    if (!req.url?.startsWith(DIRECT_LINE_PREFIX)) return;
    const response = res as unknown as Response;
    const send = response.send;
    if (typeof send !== 'function') return;
    response.send = function sendDirectLine(this: Response, code?: unknown, body?: unknown, headers?: unknown) {
      const [status, content, extra] = typeof code === 'number' ? [code, body, headers] : [undefined, code, body];
      const errorStatus = status ?? (content instanceof Error ? (content as { statusCode?: number }).statusCode ?? 500 : this.statusCode);
      const reshaped = errorStatus >= 400 ? toDirectLineError(content) : undefined;
      if (!reshaped) return (send as (...args: unknown[]) => unknown).call(this, code, body, headers) as never;
      return (send as (...args: unknown[]) => unknown).call(this, errorStatus, reshaped, extra) as never;
    } as Response['send'];
  };
  httpServer.prependListener('request', onRequest);
  return () => { httpServer.off('request', onRequest); };
}
