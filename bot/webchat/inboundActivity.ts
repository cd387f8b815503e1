import type { Activity } from 'botbuilder';
import { depthOver } from '../http/validateActivity';

export type Inbound =
  | { ok: true; activity: Partial<Activity>; clientActivityId?: string; runsTurn: boolean }
  | { ok: false; problem: string };

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
const MAX_VALUE_BYTES = 4096;
const MAX_VALUE_DEPTH = 32;

/**
 * Reads what a Direct Line client posts and keeps only what the bot may rely on: type, text, locale, a small
 * `value` (card submissions), an event `name` and `channelData.clientActivityID`. Everything identifying is set by
 * the server afterwards (id, from, conversation, channel, timestamps): a client cannot speak for another user.
 *
 * @remarks Attachments are refused here: files come through the upload route, which drops them and keeps the
 * text (then a message may be empty: `emptyMessage`).
 * Typing indicators are accepted and dropped, as Web Chat may send them.
 */
export function readInbound(body: unknown, options: { emptyMessage?: boolean } = {}): Inbound {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problem: 'the body must be a JSON object (an activity)' };
  const a = body as Record<string, unknown>;
  if (a.type === 'typing') return { ok: true, activity: { type: 'typing' }, runsTurn: false };
  if (a.type !== 'message' && a.type !== 'event') return { ok: false, problem: '"type" must be "message" or "event"' };
  if (Array.isArray(a.attachments) && a.attachments.length > 0) return { ok: false, problem: 'attachments are not accepted' };
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') return { ok: false, problem: '"text" must be a string' };
  if (a.locale !== undefined && a.locale !== null && (typeof a.locale !== 'string' || !LOCALE.test(a.locale))) return { ok: false, problem: '"locale" must be a language tag' };
  if (a.name !== undefined && (typeof a.name !== 'string' || a.name.length > 128)) return { ok: false, problem: '"name" must be a short string' };
  // measured without recursion first: a value nested 20,000 deep overflowed JSON.stringify's stack (a 500)
  if (a.value !== undefined && (depthOver(a.value, MAX_VALUE_DEPTH) || JSON.stringify(a.value).length > MAX_VALUE_BYTES)) {
    return { ok: false, problem: '"value" is too large or nested too deeply' };
  }
  if (a.type === 'message' && !a.text && a.value === undefined && !options.emptyMessage) return { ok: false, problem: 'a message needs "text" or "value"' };

  const channelData = typeof a.channelData === 'object' && a.channelData !== null ? a.channelData as Record<string, unknown> : {};
  const clientActivityId = channelData.clientActivityID;
  if (clientActivityId !== undefined && (typeof clientActivityId !== 'string' || clientActivityId.length === 0 || clientActivityId.length > 128)) {
    return { ok: false, problem: '"channelData.clientActivityID" must be a short string' };
  }
  const clientTimestamp = typeof channelData.clientTimestamp === 'string' && channelData.clientTimestamp.length <= 64 ? channelData.clientTimestamp : undefined;

  const activity: Partial<Activity> = { type: a.type };
  if (typeof a.text === 'string') activity.text = a.text;
  if (a.textFormat === 'plain' || a.textFormat === 'markdown') activity.textFormat = a.textFormat;
  if (typeof a.locale === 'string') activity.locale = a.locale;
  if (a.value !== undefined) activity.value = a.value;
  if (typeof a.name === 'string') activity.name = a.name;
  if (clientActivityId) activity.channelData = { clientActivityID: clientActivityId, ...(clientTimestamp ? { clientTimestamp } : {}) };
  return { ok: true, activity, clientActivityId: clientActivityId as string | undefined, runsTurn: true };
}
