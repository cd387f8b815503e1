import type { Request, Response, Server } from 'restify';
import type { OriginPolicy } from './originPolicy';
import type { RateLimiter } from './rateLimiter';
import { refuse } from './httpReplies';
import { bearer, randomId, type DirectLineTokens } from './tokens';

export interface TokenRouteDeps {
  tokens: DirectLineTokens;
  origins: OriginPolicy;
  /** Per client address: a library's shared connection must still get tokens for its many visitors. */
  perClient: RateLimiter;
  /** For the whole process: bounds how fast anyone can create conversations (each one is stored). */
  overall: RateLimiter;
  /** Whether the conversation exists and belongs to this user (a resumed one must). */
  owns: (conversationId: string, userId: string) => Promise<boolean>;
}

/**
 * `POST /api/directline/token` → `{ token, conversationId, expires_in, resume }`: what the widget asks for when the
 * visitor opens the chat. A new conversation id and an unguessable user id (`dl_…`) are chosen here; nothing is
 * stored until the client starts the conversation. Pages from other websites are refused (Origin), and
 * requests are rate-limited, so the endpoint cannot be used to fill the database.
 *
 * @remarks Resuming: with `Authorization: Bearer <resume token>` the answer is a new token for that same
 * conversation and user, when the conversation still exists. The resume token is the proof of ownership: signed
 * by the bot, bound to one conversation and one user, valid only here (a conversation token or a stream token is
 * refused) and for `RESUME_SECONDS`. Knowing a conversation id is never enough: ids are not accepted on their own.
 */
export function mountTokenRoute(server: Server, deps: TokenRouteDeps): void {
  server.opts('/api/directline/token', (req, res, next) => { deps.origins.preflight(req, res); return next(false); });
  server.post('/api/directline/token', async (req: Request, res: Response): Promise<void> => {
    if (!deps.origins.cors(req, res)) {
      return refuse(res, 403, 'origin_not_allowed', 'This website may not use this chat.');
    }
    const wait = Math.max(deps.perClient.take(req.socket.remoteAddress ?? 'unknown'), deps.overall.take('all'));
    if (wait > 0) {
      return refuse(res, 429, 'too_many_requests', 'Too many chats were opened. Please retry in a moment.', wait);
    }
    res.header('Cache-Control', 'no-store');
    const proof = bearer(req.headers.authorization);
    if (proof === undefined) return send(res, deps.tokens, randomId(), randomId('dl_'));
    const check = deps.tokens.check(proof, 'resume');
    if (!check.ok) {
      return check.reason === 'expired' ? refuse(res, 403, 'token_expired', 'This conversation can no longer be resumed.')
        : refuse(res, 403, 'forbidden', 'The resume token is not valid.');
    }
    let owned: boolean;
    try {
      owned = await deps.owns(check.claims.conv, check.claims.user);
    } catch {
      return refuse(res, 503, 'busy', 'Please retry in a moment.', 1);
    }
    if (!owned) return refuse(res, 404, 'not_found', 'This conversation does not exist or has ended.');
    return send(res, deps.tokens, check.claims.conv, check.claims.user);
  });
}

function send(res: Response, tokens: DirectLineTokens, conversationId: string, userId: string): void {
  res.send(200, {
    token: tokens.issue(conversationId, userId), conversationId, expires_in: tokens.expiresIn, resume: tokens.issue(conversationId, userId, 'resume'),
  });
}
