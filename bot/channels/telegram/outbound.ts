import type { ReplyPart } from '../replyParts';
import { splitText } from '../splitText';

export const TELEGRAM_LIMITS = { text: 4096, keyboard: 12 };

/** A `sendMessage` body without its `chat_id`. */
export type TelegramMessage = Record<string, unknown> & { text: string };

/**
 * Reply parts → `sendMessage` bodies: plain text (no `parse_mode`, so nothing shows raw or fails to parse; `**`
 * markers removed), link previews off, texts split at 4,096 without cutting a word or link. Choices become a reply
 * keyboard on the last piece (one option per row, big, hidden once used; a tap comes back as the label's text);
 * beyond 12, numbered text. A message without choices removes the previous keyboard. Pure.
 */
export function renderTelegram(parts: ReplyPart[], numberedHint: string): TelegramMessage[] {
  const out: TelegramMessage[] = [];
  for (const part of parts) {
    const text = part.text.replace(/\*\*([^*\n]+)\*\*/g, '$1');
    const keyboard = part.choices.length > 0 && part.choices.length <= TELEGRAM_LIMITS.keyboard;
    const full = part.choices.length > 0 && !keyboard ? `${text}\n${part.choices.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n${numberedHint}` : text;
    const pieces = splitText(full || '…', TELEGRAM_LIMITS.text);
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      const markup = last && keyboard
        ? { keyboard: part.choices.map((c) => [{ text: c }]), resize_keyboard: true, one_time_keyboard: true }
        : { remove_keyboard: true };
      out.push({ text: piece, link_preview_options: { is_disabled: true }, reply_markup: markup });
    });
  }
  return out;
}
