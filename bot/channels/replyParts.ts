import type { Activity, Attachment, CardAction } from 'botbuilder';

/** One message to show: its text, and the choices offered with it (tappable where the platform can, else numbered). */
export interface ReplyPart { text: string; choices: string[] }

/**
 * The bot's reply activities as plain parts, channel-neutral: message texts with their suggested actions;
 * cards (should a renderer send any) as short text with their links ("Title: https://..."); traces, typing and
 * events dropped. Markdown bold (`**x**`) is left for the platform renderer to convert or strip.
 */
export function replyParts(activities: Partial<Activity>[]): ReplyPart[] {
  const parts: ReplyPart[] = [];
  for (const a of activities) {
    if (a.type !== 'message') continue;
    const text = [a.text ?? '', ...(a.attachments ?? []).map(cardText)].filter((t) => t.trim() !== '').join('\n\n');
    const choices = (a.suggestedActions?.actions ?? []).map((action: CardAction) => String(action.value ?? action.title ?? '')).filter(Boolean);
    if (text || choices.length > 0) parts.push({ text, choices });
  }
  return parts;
}

function cardText(attachment: Attachment): string {
  const card = attachment.content as { title?: string; subtitle?: string; text?: string; buttons?: CardAction[] } | undefined;
  if (!card || typeof card !== 'object') return '';
  const links = (card.buttons ?? []).filter((b) => b.type === 'openUrl').map((b) => `${b.title}: ${b.value}`);
  return [card.title, card.subtitle, card.text, ...links].filter(Boolean).join('\n');
}
