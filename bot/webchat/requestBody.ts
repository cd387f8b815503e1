import restify, { type Request, type RequestHandler, type Response } from 'restify';

/**
 * restify's body parser (JSON, and the form encoding DirectLineJS uses to start a conversation), capped, for a
 * body that may be absent: a POST with neither `Content-Length` nor `Transfer-Encoding` has no body (HTTP/1.1),
 * as the Direct Line reference's own examples send to start a conversation or refresh a token. restify would
 * read it as `application/octet-stream` and refuse it (415); here it is simply an empty body.
 */
export function optionalBody(maxBodyBytes: number): RequestHandler {
  const parsers = restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, mapFiles: false, rejectUnknown: true }) as unknown as RequestHandler[];
  return (req: Request, res: Response, next) => {
    if (!hasBody(req)) {
      req.body = undefined;
      return next();
    }
    const run = (i: number): void => {
      if (i === parsers.length) return void next();
      parsers[i](req, res, ((err?: unknown) => (err !== undefined && err !== null ? next(err as Error) : run(i + 1))) as never);
    };
    return run(0);
  };
}

/** Whether the request carries a body at all (an announced length above 0, or a chunked one). */
export function hasBody(req: Pick<Request, 'headers'>): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined && length !== '' && Number(length) > 0) return true;
  return req.headers['transfer-encoding'] !== undefined;
}
