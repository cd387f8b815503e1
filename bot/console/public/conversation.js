// One conversation: what the bot learnt, what it recommended and why, the callback, the messages, private
// notes; and the advisor's actions on it. Every user-supplied text is put in the page as text only.
import { api } from './api.js';
import { byId, el, userText } from './dom.js';
import { formatTime, label, t } from './i18n.js';
import { entryItem, renderTranscript } from './transcript.js';

const state = { id: null, conversation: null, me: null };

export const openId = () => state.id;

export function setAdvisor(me) {
  state.me = me;
}

export function closeConversation() {
  state.id = null;
  state.conversation = null;
  byId('conv-body').hidden = true;
  byId('conv-empty').hidden = false;
}

/** Loads and shows a conversation; `focus` moves keyboard focus to its title (when the advisor opened it). */
export async function openConversation(id, { focus = false } = {}) {
  const data = await api('GET', `/console/api/conversations/${encodeURIComponent(id)}`);
  state.id = id;
  state.conversation = data.conversation;
  byId('conv-empty').hidden = true;
  byId('conv-body').hidden = false;
  render(data.conversation);
  renderTranscript(data.transcript);
  if (focus) byId('conv-title').focus();
}

/** Re-renders after a change (claim, note, resolve) answered by the API or pushed live. */
export function showConversation(conversation) {
  if (conversation.id !== state.id) return;
  state.conversation = conversation;
  render(conversation);
}

export function addEntry(ticketId, entry) {
  if (ticketId !== state.id) return;
  const list = byId('transcript');
  list.querySelector('.empty')?.remove();
  list.append(entryItem(entry));
  list.scrollTop = list.scrollHeight;
}

function pair(term, value) {
  return [el('dt', { text: term }), el('dd', { attrs: { dir: 'auto' } }, value)];
}

function render(c) {
  const p = c.profile ?? {};
  byId('conv-title').textContent = t('conversation.title', { language: label('language', c.language) });
  byId('conv-state').textContent = [t(`conversation.state.${c.state}`), c.assignedTo ? t('conversation.assignedTo', { name: c.assignedTo }) : null].filter(Boolean).join(' · ');
  byId('conv-reason').textContent = t(`conversation.reason.${c.reason === 'not-understood' ? 'not-understood' : 'user'}`);
  const unknown = t('summary.unknown');
  const value = (v, f) => (v === undefined || v === null || v === '' ? unknown : f(v));
  byId('summary').replaceChildren(
    ...(c.channel ? pair(t('summary.channel'), label('channel', c.channel)) : []),
    ...pair(t('summary.language'), value(p.language ?? c.language, (v) => label('language', v))),
    ...pair(t('summary.goal'), value(p.goal, (v) => label('goal', v))),
    ...pair(t('summary.interest'), value(p.interest, (v) => label('topic', v))),
    ...pair(t('summary.eqfLevel'), value(p.eqfLevel, (v) => t('summary.eqfValue', { level: v }))),
    ...pair(t('summary.digitalSkills'), value(p.digitalSkills, (v) => label('digitalSkills', v))),
    ...pair(t('summary.equipment'), value(p.equipment, (v) => label('equipment', v))),
    ...pair(t('summary.hoursPerWeek'), value(p.hoursPerWeek, (v) => t('summary.hoursValue', { hours: v }))),
    ...pair(t('summary.region'), value(p.region, (v) => label('region', v))),
  );
  const recos = c.recommendations ?? [];
  byId('recommendations').replaceChildren(...(recos.length === 0 ? [el('li', { text: t('recommendations.none') })] : recos.map((r) => el('li', {},
    el('strong', { attrs: { dir: 'auto' } }, userText(r.title ?? r.id)), ` (${label('kind', r.kind)})`,
    el('span', { className: 'why', text: t('recommendations.why', { reasons: (r.reasons ?? []).map((x) => label('reason', x)).join(', ') }) }),
  ))));
  byId('callback-box').hidden = !c.callback;
  if (c.callback) {
    byId('callback').replaceChildren(
      ...pair(t('callback.phone'), c.callback.phone),
      ...pair(t('callback.preferredTime'), userText(c.callback.preferredTime ?? unknown)),
      ...pair(t('callback.consentAt'), formatTime(c.callback.consentAt)),
      ...pair(t('callback.title'), c.callback.doneAt ? t('callback.done', { time: formatTime(c.callback.doneAt), name: c.callback.doneBy ?? '' }) : t('callback.notDone')),
    );
  }
  const notes = c.notes ?? [];
  byId('notes').replaceChildren(...(notes.length === 0 ? [el('li', { text: t('notes.empty') })] : notes.map((n) => el('li', {},
    el('span', { attrs: { dir: 'auto' } }, userText(n.text)), el('span', { className: 'by', text: t('notes.by', { name: n.advisor, time: formatTime(n.at) }) }),
  ))));
  const mine = c.state === 'assigned' && c.assignedTo === state.me;
  byId('claim').hidden = c.state !== 'queued';
  byId('resolve').hidden = !mine;
  byId('callback-done').hidden = c.state !== 'callback-requested';
  byId('reply-form').hidden = !['queued', 'assigned'].includes(c.state); // nobody to write to otherwise
  byId('reply').disabled = !mine;
  byId('reply-form').querySelector('button').disabled = !mine;
  byId('reply-hint').hidden = mine;
}
