import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { ConversationLog } from './conversationLog';
import { readInbound } from './inboundActivity';
import type { OriginPolicy } from './originPolicy';
import type { RateLimiter } from './rateLimiter';
import { refuse, replyError } from './httpReplies';
import { optionalBody } from './requestBody';
import { uploadHandler } from './uploadRoute';
import { bearer, randomId, type DirectLineTokens, type TokenClaims } from './tokens';
import type { WebChatConversations } from './webChatConversations';

export interface DirectLineRouteDeps {
  tokens: DirectLineTokens;
  origins: OriginPolicy;
  conversations: WebChatConversations;
  log: ConversationLog;
  /** Messages per conversation (R7): a runaway client is slowed down, other conversations are not. */
  postLimiter: RateLimiter;
  isReady: () => boolean;
  /** `ws(s)://…/v3/directline/conversations/<id>/stream?watermark=…&t=<stream token>` */
  streamUrl: (conversationId: string, watermark: number, streamToken: string) => string;
  maxBodyBytes: number;
  logger: Logger;
  /** The bot's sentence "I read text only", in the person's language, said after an upload. */
  textOnly: (conversationId: string, locale?: string) => Promise<string>;
}

const PREFIX = '/v3/directline';
const PAGE = 100;
type Handler = (req: Request, res: Response, claims: TokenClaims) => Promise<void>;

/**
 * The Direct Line 3.0 subset that DirectLineJS and Web Chat call (start, reconnect, post, upload, poll, token refresh),
 * all authorised by a conversation-scoped token; the WebSocket stream is in `streamEndpoint.ts`.
 */
export function mountDirectLineRoutes(server: Server, deps: DirectLineRouteDeps): void {
  const { tokens, conversations } = deps;
  // DirectLineJS posts the start body form-encoded (rxjs default) and activities as JSON: accept both, capped;
  // a start or a refresh may also come with no body at all.
  const body = optionalBody(deps.maxBodyBytes);

  const guarded = (handler: Handler, matchConversation = true) => async (req: Request, res: Response): Promise<void> => {
    if (!deps.origins.cors(req, res)) return refuse(res, 403, 'origin_not_allowed', 'This website may not use this chat.');
    res.header('Cache-Control', 'no-store');
    const token = bearer(req.headers.authorization);
    if (!token) return refuse(res, 401, 'unauthorized', 'A web chat token is required (Authorization: Bearer …).');
    const check = tokens.check(token);
    if (!check.ok) return check.reason === 'expired' ? refuse(res, 403, 'token_expired', 'The token has expired.') : refuse(res, 403, 'forbidden', 'The token is not valid.');
    if (matchConversation && req.params?.id !== undefined && req.params.id !== check.claims.conv) {
      return refuse(res, 403, 'forbidden', 'The token is not valid for this conversation.');
    }
    if (watermarkParam(req) === undefined) return refuse(res, 400, 'bad_argument', 'The watermark must be a number given by this server.');
    try {
      await handler(req, res, check.claims);
    } catch (err) {
      replyError(res, err, deps.logger);
    }
  };
  const session = (claims: TokenClaims, watermark: number): Record<string, unknown> => ({
    conversationId: claims.conv, token: tokens.issue(claims.conv, claims.user), expires_in: tokens.expiresIn,
    streamUrl: deps.streamUrl(claims.conv, watermark, tokens.issue(claims.conv, claims.user, 'stream')),
  });
  const notReady = (res: Response): void => refuse(res, 503, 'not_ready', 'The bot is starting. Please retry in a moment.', 2);

  server.opts(`${PREFIX}/*`, (req, res, next) => { deps.origins.preflight(req, res); return next(false); });

  server.post(`${PREFIX}/conversations`, body, guarded(async (req, res, claims) => {
    if (!deps.isReady()) return notReady(res);
    const locale = typeof req.body?.locale === 'string' && /^[A-Za-z-]{2,32}$/.test(req.body.locale) ? req.body.locale : undefined;
    await conversations.start(claims.conv, claims.user, locale);
    res.send(201, session(claims, 0));
  }, false));

  server.get(`${PREFIX}/conversations/:id`, guarded(async (req, res, claims) => {
    await conversations.owned(claims.conv, claims.user);
    res.send(200, session(claims, watermarkParam(req)!));
  }));

  server.post(`${PREFIX}/conversations/:id/activities`, body, guarded(async (req, res, claims) => {
    if (!deps.isReady()) return notReady(res);
    const inbound = readInbound(req.body);
    if (!inbound.ok) return refuse(res, 400, 'invalid_activity', inbound.problem);
    const wait = deps.postLimiter.take(claims.conv);
    if (wait > 0) return refuse(res, 429, 'too_many_messages', 'Please slow down a little.', wait);
    if (!inbound.runsTurn) return void res.send(200, { id: randomId('typing-') });
    const id = await conversations.post(claims.conv, claims.user, inbound.activity, inbound.clientActivityId);
    res.send(200, { id });
  }));

  // No body parser here: the files are read off the socket and dropped (restify's would write them to disk).
  server.post(`${PREFIX}/conversations/:id/upload`, guarded(uploadHandler({ ...deps, conversations })));

  server.get(`${PREFIX}/conversations/:id/activities`, guarded(async (req, res, claims) => {
    await conversations.owned(claims.conv, claims.user);
    const page = await deps.log.since(claims.conv, watermarkParam(req)!, PAGE);
    res.send(200, { activities: page?.activities ?? [], watermark: String(page?.watermark ?? 0) });
  }));

  server.post(`${PREFIX}/tokens/refresh`, body, guarded(async (_req, res, claims) => {
    await conversations.owned(claims.conv, claims.user);
    res.send(200, { conversationId: claims.conv, token: tokens.issue(claims.conv, claims.user), expires_in: tokens.expiresIn });
  }, false));

  // Anything else under the prefix does not exist (the OPTIONS route above would otherwise make it a 405).
  const notFound = (_req: Request, res: Response, next: (err?: false) => void): void => {
    refuse(res, 404, 'not_found', 'There is no such Direct Line route.');
    next(false);
  };
  for (const method of ['get', 'head', 'post', 'put', 'patch', 'del'] as const) server[method](`${PREFIX}/*`, notFound);
}

/**
 * `?watermark=N`: absent or empty means from the start (a client's first poll); a number past the end gives
 * nothing older. Anything else is `undefined`, refused (400): read as 0 it would replay the whole history.
 */
export function watermarkParam(req: Request | { url?: string }): number | undefined {
  const raw = new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? '';
  if (raw === '') return 0;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}
