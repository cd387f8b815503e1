import type { Request, Response } from 'restify';
import type { KeyValueStore } from '../domain/storage/keyValueStore';
import { recordKey } from '../domain/conversation/conversationRepository';
import { refuse } from './httpReplies';
import { readInbound } from './inboundActivity';
import type { RateLimiter } from './rateLimiter';
import type { TokenClaims } from './tokens';
import { readUploadedActivity } from './uploadedActivity';
import { pickLanguage, type WebChatTexts } from './webChatTexts';
import type { WebChatConversations } from './webChatConversations';

export interface UploadDeps {
  conversations: WebChatConversations;
  postLimiter: RateLimiter;
  isReady: () => boolean;
  /** Caps the activity part; the files after it are dropped whatever their size (up to `MAX_UPLOAD_BYTES`). */
  maxBodyBytes: number;
  /** The bot's sentence "I read text only", in the person's language. */
  textOnly: (conversationId: string, locale?: string) => Promise<string>;
}

/**
 * `POST /v3/directline/conversations/:id/upload`: a message with files, as Web Chat sends it when its upload
 * button is shown. The text goes on as an ordinary message (echo, turn, replies: nothing the person wrote is
 * lost), the files are dropped unread and never stored, and the bot says right after the person's message, in
 * their language, that it reads text only. Answers `{ id }` like a post, so Web Chat marks the message sent.
 */
export function uploadHandler(deps: UploadDeps) {
  return async (req: Request, res: Response, claims: TokenClaims): Promise<void> => {
    if (!deps.isReady()) return refuse(res, 503, 'not_ready', 'The bot is starting. Please retry in a moment.', 2);
    const wait = deps.postLimiter.take(claims.conv);
    if (wait > 0) return refuse(res, 429, 'too_many_messages', 'Please slow down a little.', wait);
    const read = await readUploadedActivity(req, deps.maxBodyBytes);
    if (!read.ok) return refuse(res, read.status, read.code, read.problem);
    const { attachments: _files, ...activity } = (typeof read.activity === 'object' && read.activity !== null ? read.activity : {}) as Record<string, unknown>;
    if (activity.type !== 'message') return refuse(res, 400, 'invalid_activity', 'An upload carries a message.');
    const inbound = readInbound(activity, { emptyMessage: true });
    if (!inbound.ok) return refuse(res, 400, 'invalid_activity', inbound.problem);
    const meta = await deps.conversations.owned(claims.conv, claims.user);
    const notice = await deps.textOnly(claims.conv, inbound.activity.locale ?? meta.locale);
    const id = await deps.conversations.post(claims.conv, claims.user, inbound.activity, inbound.clientActivityId, [{ text: notice }]);
    res.send(200, { id });
  };
}

/**
 * The "text only" sentence in the language the bot speaks with this person (its record says, once chosen or
 * detected), else the client's locale, else the default language.
 */
export function textOnlyNotice(store: KeyValueStore, texts: Map<string, WebChatTexts>, languages: string[]) {
  return async (conversationId: string, locale?: string): Promise<string> => {
    const key = recordKey({ channelId: 'webchat', conversationId });
    const record = (await store.read([key]))[key] as { session?: { language?: string } } | undefined;
    const lng = pickLanguage([record?.session?.language, locale], languages, languages[0]);
    return texts.get(lng)!.textOnly;
  };
}
