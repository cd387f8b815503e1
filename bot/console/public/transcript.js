// The messages of a conversation. User text goes through userText(): text nodes, http(s) links only.
import { byId, el, userText } from './dom.js';
import { formatTime, t } from './i18n.js';

const SENDERS = ['user', 'bot', 'advisor'];

export function entryItem(entry) {
  const from = SENDERS.includes(entry.from) ? entry.from : 'user';
  return el('li', { className: `from-${from}` },
    el('span', { className: 'who', text: `${t(`transcript.from.${from}`)} · ${formatTime(entry.at)}` }),
    el('span', { className: 'text', attrs: { dir: 'auto' } }, userText(entry.text)));
}

export function renderTranscript(entries) {
  const list = byId('transcript');
  list.replaceChildren(...(entries.length === 0 ? [el('li', { className: 'empty', text: t('transcript.empty') })] : entries.map(entryItem)));
  list.scrollTop = list.scrollHeight;
}
