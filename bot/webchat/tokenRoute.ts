import type { Request, Response, Server } from 'restify';
import type { OriginPolicy } from './originPolicy';
import type { RateLimiter } from './rateLimiter';
import { refuse } from './httpReplies';
import { randomId, type DirectLineTokens } from './tokens';

export interface TokenRouteDeps {
  tokens: DirectLineTokens;
  origins: OriginPolicy;
  /** Per client address: a library's shared connection must still get tokens for its many visitors. */
  perClient: RateLimiter;
  /** For the whole process: bounds how fast anyone can create conversations (each one is stored). */
  overall: RateLimiter;
}

/**
 * `POST /api/directline/token` → `{ token, conversationId, expires_in }`: what the widget asks for when the
 * visitor opens the chat. A new conversation id and an unguessable user id (`dl_…`) are chosen here; nothing is
 * stored until the client starts the conversation. Pages from other websites are refused (Origin), and
 * requests are rate-limited, so the endpoint cannot be used to fill the database.
 */
export function mountTokenRoute(server: Server, deps: TokenRouteDeps): void {
  server.opts('/api/directline/token', (req, res, next) => { deps.origins.preflight(req, res); return next(false); });
  server.post('/api/directline/token', (req: Request, res: Response, next) => {
    if (!deps.origins.cors(req, res)) {
      refuse(res, 403, 'origin_not_allowed', 'This website may not use this chat.');
      return next(false);
    }
    const wait = Math.max(deps.perClient.take(req.socket.remoteAddress ?? 'unknown'), deps.overall.take('all'));
    if (wait > 0) {
      refuse(res, 429, 'too_many_requests', 'Too many chats were opened. Please retry in a moment.', wait);
      return next(false);
    }
    const conversationId = randomId();
    res.header('Cache-Control', 'no-store');
    res.send(200, { token: deps.tokens.issue(conversationId, randomId('dl_')), conversationId, expires_in: deps.tokens.expiresIn });
    return next();
  });
}
