import type { Logger } from 'pino';
import type { Request, RequestHandler, Response } from 'restify';
import { errorBody } from '../http/errors';
import { toHttp } from './httpErrors';
import { sendJson } from './responses';

export type ConsoleHandler = (req: Request, res: Response) => Promise<void>;

/**
 * Wraps a console handler: whatever it throws becomes the contract's short JSON error (typed errors → 4xx,
 * anything else → a generic 500, logged by error name only: no message text, no personal data).
 */
export function route(logger: Logger, handle: ConsoleHandler): RequestHandler {
  return function consoleRoute(req, res, next) {
    handle(req, res)
      .catch((err: unknown) => {
        const { status, body, headers, unexpected } = toHttp(err);
        if (unexpected) logger.error({ event: 'console.error', route: req.getRoute()?.path, error: (err as Error)?.name }, 'console request failed');
        if (!res.headersSent) sendJson(res, status, body, headers);
        else res.end();
      })
      .finally(() => next());
  };
}

/** For GET/HEAD on a route that changes something: 405, so a link or an `<img>` can never trigger it (ASVS 3.5.2). */
export function methodNotAllowed(allow: string): RequestHandler {
  return function consoleMethodNotAllowed(_req, res, next) {
    sendJson(res, 405, errorBody('method_not_allowed', `Use ${allow} here.`), { Allow: allow });
    return next();
  };
}

/** The route's `:id`, checked to look like an id before it reaches the backend (else 404). */
export function idParam(req: Request): string {
  const id = String(req.params?.id ?? '');
  return /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : '';
}
