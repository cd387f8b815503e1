import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import { watermarkParam } from './directLineRoutes';
import type { OriginPolicy } from './originPolicy';
import type { StreamHub } from './streamHub';
import type { DirectLineTokens } from './tokens';
import type { WebChatConversations } from './webChatConversations';

export interface StreamEndpointDeps {
  tokens: DirectLineTokens;
  origins: OriginPolicy;
  conversations: WebChatConversations;
  hub: StreamHub;
  logger: Logger;
}

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;

/**
 * The Direct Line WebSocket stream: `GET /v3/directline/conversations/<id>/stream?watermark=N&t=<token>`.
 *
 * @remarks
 * Browsers cannot put headers on a WebSocket, so the `streamUrl` carries a short-lived `stream` token (not the
 * conversation token, which lives longer and would end up in access logs). The handshake is refused before any
 * upgrade when the token, the conversation, the page's Origin (R18) or the process-wide socket cap says no.
 * Clients send only `""` keep-alives, so frames from them are capped at 1 KB. This is the server's only WebSocket:
 * an upgrade on any other path gets 404 and its socket is closed (left unanswered, each one held a descriptor until
 * the process ran out). Returns the function that stops listening.
 */
export function listenForStreams(httpServer: HttpServer, deps: StreamEndpointDeps): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false, clientTracking: false });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    const origin = req.headers.origin;
    const check = deps.tokens.check(url.searchParams.get('t') ?? undefined, 'stream');
    if (!match) return refuseUpgrade(socket, 404, 'Not Found');
    const watermark = watermarkParam(req);
    if (watermark === undefined) return refuseUpgrade(socket, 400, 'Bad Request');
    if (!deps.origins.allows(origin)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!check.ok || check.claims.conv !== match[1]) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!deps.hub.hasRoom()) return refuseUpgrade(socket, 503, 'Service Unavailable');
    const { conv } = check.claims;
    wss.handleUpgrade(req, socket, head, (ws) => {
      deps.conversations.stream(conv, ws, watermark).catch((err: Error) => {
        deps.logger.warn({ event: 'webchat.stream.refused', error: err.name }, 'stream closed at start');
        ws.close(err.name === 'ConversationNotFoundError' ? 4404 : 1011, 'conversation unavailable');
      });
    });
  };

  httpServer.on('upgrade', onUpgrade);
  return () => {
    httpServer.off('upgrade', onUpgrade);
    wss.close();
  };
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  // end() alone leaves the socket half-open for as long as the client keeps its side: destroy it once written.
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
  setTimeout(() => socket.destroy(), 2000).unref();
}
