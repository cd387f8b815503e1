import restify, { type Server } from 'restify';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { errorBody, fromRestifyError } from './errors';
import { messagesRoute, type MessagesRouteDeps } from './messagesRoute';

export interface ServerDeps extends MessagesRouteDeps {
  maxBodyBytes: number;
  /** A larger cap for routes that read their own body as a stream (Web Chat's file upload), by method and path. */
  bodyLimitFor?: (method: string, path: string) => number | undefined;
  logger: Logger;
}

/**
 * Builds the HTTP server without listening (tests listen on port 0). Every error answer is the contract's short
 * JSON; bodies are capped before parsing and compressed bodies are refused, so a small gzip cannot inflate
 * into megabytes of JSON before authentication.
 */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'orientation-bot', handleUncaughtExceptions: false });

  server.pre((req, res, next) => {
    const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') {
      res.send(415, errorBody('unsupported_media_type', 'Compressed request bodies are not accepted.'));
      return next(false);
    }
    const length = Number(req.headers['content-length'] ?? 0);
    const limit = deps.bodyLimitFor?.(req.method ?? 'GET', (req.url ?? '/').split('?')[0]) ?? deps.maxBodyBytes;
    if (length > limit) {
      res.send(413, errorBody('payload_too_large', 'The request body is too large.'));
      return next(false);
    }
    return next();
  });
  server.on('restifyError', (req, res, err, callback) => {
    const { status, body } = fromRestifyError(err);
    err.toJSON = () => body;
    err.toString = () => body.message;
    if (status >= 500) deps.logger.error({ event: 'http.error', route: req.getRoute()?.path, error: err.name }, 'request failed');
    return callback();
  });

  // Requests Node itself refuses (headers too large, malformed request lines) get the contract's JSON too, not
  // an empty body.
  server.server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return; }
    const [status, reason, body] = err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', errorBody('headers_too_large', 'The request headers are too large.')]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', errorBody('request_timeout', 'The request took too long to arrive.')]
        : [400, 'Bad Request', errorBody('bad_request', 'The request could not be read.')];
    const json = JSON.stringify(body);
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
  });

  const json = restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, mapFiles: false, rejectUnknown: true });
  const requireJson: restify.RequestHandler = (req, res, next) => {
    if (!req.is('application/json')) {
      res.send(415, errorBody('unsupported_media_type', 'Send JSON (Content-Type: application/json).'));
      return next(false);
    }
    return next();
  };

  server.post('/api/messages', requireJson, ...json, messagesRoute(deps));
  server.get('/healthz', (_req, res, next) => { res.send(200, { status: 'ok' }); return next(); });
  server.get('/readyz', (_req, res, next) => {
    if (deps.isReady()) res.send(200, { status: 'ready' });
    else res.send(503, errorBody('not_ready', 'Knowledge, storage or language models are still loading.'));
    return next();
  });
  return server;
}
