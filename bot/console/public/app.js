// The advisors' console page: sign-in, then the live queue and the open conversation.
import { api, setCsrfToken } from './api.js';
import { markCallbackDone, errorText, wireActions } from './actions.js';
import { addEntry, closeConversation, openConversation, openId, setAdvisor } from './conversation.js';
import { byId, el } from './dom.js';
import { language, loadLanguages, preferredLanguage, setLanguage, t } from './i18n.js';
import { connectLive } from './live.js';
import { renderQueue } from './queue.js';

const tickets = new Map();
const unread = new Set();
let me = null;
let stopLive = null;
let online = null;

function say(message, isError = false) {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function view() {
  return {
    me, selected: openId(), unread,
    onOpen: (id) => {
      unread.delete(id);
      openConversation(id, { focus: true }).then(refreshQueue, (err) => { if (err.status !== 401) say(errorText(err), true); });
    },
    onCallbackDone: (id) => markCallbackDone(id, { say, onChanged }),
  };
}

function refreshQueue() {
  renderQueue(tickets, view());
}

function onChanged(conversation) {
  const { id, state, since, language: lang, channel, profile, assignedTo, callback } = conversation;
  tickets.set(id, { id, state, since, language: lang, channel, profile, assignedTo, callback });
  changedLive(id);
  refreshQueue();
}

function showOnline() {
  byId('online').hidden = online === null;
  if (online !== null) byId('online').textContent = t('app.online', { count: online });
}

// Tickets a live event changed while a full reload was on its way: the reload's answer, read before the event,
// must not put the older state back (a request arriving then would vanish from the queue until the next event).
const changedWhileLoading = new Set();
let loadsInFlight = 0;

function changedLive(id) {
  if (loadsInFlight > 0) changedWhileLoading.add(id);
}

async function loadAll() {
  loadsInFlight++;
  try {
    const { conversations } = await api('GET', '/console/api/conversations');
    const fresh = new Map(conversations.map((ticket) => [ticket.id, ticket]));
    for (const id of changedWhileLoading) if (tickets.has(id)) fresh.set(id, tickets.get(id));
    tickets.clear();
    for (const [id, ticket] of fresh) tickets.set(id, ticket);
  } finally {
    if (--loadsInFlight === 0) changedWhileLoading.clear();
  }
  refreshQueue();
  if (openId()) await openConversation(openId());
}

function onEvent(event) {
  if (event.type === 'ticket') {
    tickets.set(event.ticket.id, event.ticket);
    changedLive(event.ticket.id);
    refreshQueue();
    if (event.ticket.id === openId()) openConversation(event.ticket.id).catch(() => {});
  } else if (event.type === 'message') {
    if (event.ticketId === openId()) addEntry(event.ticketId, event.entry);
    else if (event.entry.from === 'user') unread.add(event.ticketId);
    refreshQueue();
  } else if (event.type === 'advisors') {
    online = event.online;
    showOnline();
  }
}

function startDesk(session) {
  me = session.advisor;
  setAdvisor(me);
  setCsrfToken(session.csrfToken);
  byId('signin-view').hidden = true;
  byId('desk-view').hidden = false;
  byId('who').hidden = false;
  byId('who').textContent = t('app.signedInAs', { name: me });
  byId('analytics-link').hidden = session.role !== 'manager';
  byId('signout').hidden = false;
  stopLive = connectLive({
    onEvent,
    onReady: () => { say(t('app.live')); loadAll().catch((err) => { if (err.status !== 401) say(errorText(err), true); }); },
    onReconnecting: () => say(t('app.reconnecting'), true),
    onClosed: () => api('GET', '/console/api/session').catch(() => {}),
  });
  byId('queue').focus();
}

function showSignIn(message) {
  if (stopLive) stopLive();
  stopLive = null;
  me = null;
  online = null;
  setCsrfToken(null);
  tickets.clear();
  unread.clear();
  closeConversation();
  byId('desk-view').hidden = true;
  byId('who').hidden = true;
  byId('analytics-link').hidden = true;
  byId('signout').hidden = true;
  byId('online').hidden = true;
  byId('signin-view').hidden = false;
  byId('signin-error').textContent = message;
  say('');
  byId(byId('username').value ? 'password' : 'username').focus();
}

async function signIn(event) {
  event.preventDefault();
  const username = byId('username').value.trim();
  const password = byId('password').value;
  if (!username || !password) return void (byId('signin-error').textContent = t('signin.missing'));
  try {
    const session = await api('POST', '/console/api/session', { username, password });
    byId('password').value = '';
    startDesk(session);
  } catch (err) {
    byId('signin-error').textContent = err.status === 429 ? t('signin.tooMany', { minutes: Math.max(1, Math.ceil(err.retryAfter / 60)) })
      : err.status === 401 ? t('signin.invalid') : t('app.error');
    byId('password').select();
  }
}

async function boot() {
  const languages = await loadLanguages();
  const select = byId('language');
  select.replaceChildren(...languages.map((l) => el('option', { text: l.name, attrs: { value: l.code } })));
  await setLanguage(preferredLanguage(languages));
  select.value = language();
  select.addEventListener('change', async () => {
    await setLanguage(select.value);
    if (me) byId('who').textContent = t('app.signedInAs', { name: me });
    showOnline();
    refreshQueue();
    if (openId()) openConversation(openId()).catch(() => {});
  });
  byId('signin-form').addEventListener('submit', signIn);
  byId('signout').addEventListener('click', async () => {
    await api('DELETE', '/console/api/session').catch(() => {});
    showSignIn('');
  });
  window.addEventListener('console:unauthorized', () => { if (me) showSignIn(t('app.sessionEnded')); });
  wireActions({ say, onChanged });
  // a button, not a link: the console's only links are the http(s) ones people wrote (see consoleXss.test.ts)
  byId('analytics-link').addEventListener('click', () => window.location.assign('/console/analytics'));
  try {
    startDesk(await api('GET', '/console/api/session'));
  } catch {
    showSignIn('');
  }
}

boot();
