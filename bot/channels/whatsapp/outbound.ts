import type { ReplyPart } from '../replyParts';
import { splitText } from '../splitText';

export const WHATSAPP_LIMITS = { text: 4096, body: 1024, buttons: 3, buttonTitle: 20, rows: 10, rowTitle: 24, rowDescription: 72, rowId: 200, buttonId: 256 };

/** A Cloud API message body without its recipient (`to` is added when sending). */
export type WhatsAppMessage = Record<string, unknown> & { type: string };

/**
 * Reply parts → Cloud API messages, by capability: up to 3 short choices (≤ 20 characters) as reply buttons, up
 * to 10 as a list (titles ≤ 24, a longer label goes whole in the row's description), more as numbered text with
 * the hint that a number or words will do. Texts are split at 4,096 without cutting a word or link; a text with
 * choices longer than an interactive body (1,024) goes first as plain text, the last piece carries the choices.
 * Markdown bold (`**x**`) becomes WhatsApp's `*x*`. Pure.
 */
export function renderWhatsApp(parts: ReplyPart[], labels: { choose: string; numberedHint: string }): WhatsAppMessage[] {
  const out: WhatsAppMessage[] = [];
  for (const part of parts) {
    const text = part.text.replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
    const { choices } = part;
    const L = WHATSAPP_LIMITS;
    const buttons = choices.length > 0 && choices.length <= L.buttons && choices.every((c) => [...c].length <= L.buttonTitle && c.length <= L.buttonId);
    const list = !buttons && choices.length > 0 && choices.length <= L.rows && choices.every((c) => c.length <= L.rowId);
    if (!buttons && !list) {
      const numbered = choices.length > 0 ? `${text}\n${choices.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n${labels.numberedHint}` : text;
      for (const piece of splitText(numbered, L.text)) out.push(textMessage(piece));
      continue;
    }
    const pieces = splitText(text || labels.choose, L.body);
    for (const piece of pieces.slice(0, -1)) out.push(textMessage(piece));
    const body = { text: pieces.at(-1)! };
    if (buttons) {
      out.push({ type: 'interactive', interactive: { type: 'button', body, action: { buttons: choices.map((c) => ({ type: 'reply', reply: { id: c, title: c } })) } } });
    } else {
      const rows = choices.map((c) => ([...c].length <= L.rowTitle ? { id: c, title: c } : { id: c, title: `${[...c].slice(0, L.rowTitle - 1).join('')}…`, description: [...c].slice(0, L.rowDescription).join('') }));
      out.push({ type: 'interactive', interactive: { type: 'list', body, action: { button: [...labels.choose].slice(0, L.buttonTitle).join(''), sections: [{ rows }] } } });
    }
  }
  return out;
}

function textMessage(body: string): WhatsAppMessage {
  return { type: 'text', text: { body, preview_url: false } };
}
