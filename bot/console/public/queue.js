// The queue: five lists kept up to date from the tickets the page knows (loaded, then changed by live events).
import { el } from './dom.js';
import { formatTime, label, t } from './i18n.js';

const RESOLVED_SHOWN = 20;

function listOf(ticket, me) {
  if (ticket.state === 'queued') return 'queued';
  if (ticket.state === 'assigned') return ticket.assignedTo === me ? 'mine' : 'others';
  if (ticket.state === 'callback-requested') return 'callbacks';
  if (ticket.state === 'resolved') return 'resolved';
  return null;
}

function describe(ticket) {
  const parts = [label('language', ticket.language)];
  if (ticket.channel) parts.unshift(label('channel', ticket.channel));
  if (ticket.profile?.goal) parts.push(label('goal', ticket.profile.goal));
  if (ticket.profile?.interest) parts.push(label('topic', ticket.profile.interest));
  return parts.join(' · ');
}

function item(ticket, view) {
  const meta = [t('queue.since', { time: formatTime(ticket.since) })];
  if (ticket.state === 'assigned' && ticket.assignedTo !== view.me) meta.push(t('queue.takenBy', { name: ticket.assignedTo ?? '' }));
  const open = el('button', {
    className: 'open', attrs: { type: 'button', 'aria-current': ticket.id === view.selected ? 'true' : undefined, 'data-ticket': ticket.id },
    on: { click: () => view.onOpen(ticket.id) },
  }, el('span', { text: describe(ticket) }), el('span', { className: 'meta', text: meta.join(' · ') }));
  if (view.unread.has(ticket.id)) open.append(el('span', { className: 'unread', text: ` • ${t('queue.unread')}` }));
  if (ticket.state === 'callback-requested' && ticket.callback) {
    const callMeta = [ticket.callback.phone, ticket.callback.preferredTime ? t('queue.callAt', { time: ticket.callback.preferredTime }) : null].filter(Boolean);
    open.append(el('span', { className: 'meta', text: callMeta.join(' · '), attrs: { dir: 'auto' } }));
    const done = el('button', { className: 'secondary', text: t('queue.callbackDone'), attrs: { type: 'button' }, on: { click: () => view.onCallbackDone(ticket.id) } });
    return el('li', {}, open, done);
  }
  return el('li', {}, open);
}

/**
 * Renders every list. `view` = { me, selected, unread: Set, onOpen(id), onCallbackDone(id) }.
 * Waiting lists are oldest first (who waited longest comes first); resolved ones newest first.
 */
export function renderQueue(tickets, view) {
  const focused = document.activeElement?.closest?.('.queue li')?.querySelector('[data-ticket]')?.dataset.ticket;
  const focusedDone = document.activeElement?.classList?.contains('secondary');
  const lists = { queued: [], mine: [], others: [], callbacks: [], resolved: [] };
  for (const ticket of tickets.values()) {
    const name = listOf(ticket, view.me);
    if (name) lists[name].push(ticket);
  }
  for (const [name, entries] of Object.entries(lists)) {
    entries.sort((a, b) => (name === 'resolved' ? b.since.localeCompare(a.since) : a.since.localeCompare(b.since)));
    const shown = name === 'resolved' ? entries.slice(0, RESOLVED_SHOWN) : entries;
    const section = document.querySelector(`[data-list="${name}"]`);
    section.querySelector('.count').textContent = String(entries.length);
    const ul = section.querySelector('ul');
    ul.replaceChildren(...(shown.length > 0 ? shown.map((ticket) => item(ticket, view)) : [el('li', { className: 'empty', text: t('queue.empty') })]));
  }
  // Live updates rebuild the lists: keep keyboard focus where it was.
  const again = focused && document.querySelector(`.queue [data-ticket="${CSS.escape(focused)}"]`);
  if (again) (focusedDone ? again.parentElement.querySelector('.secondary') ?? again : again).focus();
}
