// What the advisor does on the open conversation: claim, write, note, resolve, mark a callback done.
import { api } from './api.js';
import { byId } from './dom.js';
import { t } from './i18n.js';
import { openId, showConversation } from './conversation.js';

const MESSAGES = {
  already_assigned: 'conversation.claimedByOther', not_assigned: 'conversation.notYours', not_found: 'conversation.notFound',
  invalid_state: 'conversation.wrongState', text_too_long: 'reply.tooLong',
};

/** What became of a message that did not reach the person now (kept, or WhatsApp's 24-hour window), for the advisor. */
export function deliveryText(outcome) {
  if (outcome?.status === 'outside-window') return outcome.templateSent ? t('reply.outsideTemplate') : t('reply.outsideCallback', { phone: outcome.callbackPhone ?? '' });
  return t('reply.kept');
}

/** The advisor-facing sentence for an API error (the server's own text is English only). */
export function errorText(err) {
  return t(MESSAGES[err?.code] ?? 'app.error');
}

export function wireActions({ say, onChanged }) {
  const act = async (path, body, done) => {
    const id = openId();
    if (!id) return;
    try {
      const result = await api('POST', `/console/api/conversations/${encodeURIComponent(id)}/${path}`, body);
      if (result.conversation) {
        showConversation(result.conversation);
        onChanged(result.conversation);
      }
      if (done) done();
      // kept for the person's next message (the app failed, or WhatsApp's 24 hours are over): the advisor is told
      if (result.delivery && result.delivery.status !== 'delivered') say(deliveryText(result.delivery), true);
    } catch (err) {
      if (err.status !== 401) say(errorText(err), true);
    }
  };
  byId('claim').addEventListener('click', () => act('claim', {}, () => { say(t('conversation.claimed')); byId('reply').focus(); }));
  byId('resolve').addEventListener('click', () => act('resolve', {}, () => say(t('conversation.resolved'))));
  byId('callback-done').addEventListener('click', () => act('resolve', {}, () => say(t('conversation.resolved'))));
  byId('reply-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = byId('reply').value.trim();
    if (text) act('messages', { text }, () => { byId('reply').value = ''; byId('reply').focus(); });
  });
  byId('reply').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) byId('reply-form').requestSubmit();
  });
  byId('note-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = byId('note').value.trim();
    if (text) act('notes', { text }, () => { byId('note').value = ''; });
  });
}

/** "Done" on a callback in the queue, without opening it. */
export async function markCallbackDone(id, { say, onChanged }) {
  try {
    const result = await api('POST', `/console/api/conversations/${encodeURIComponent(id)}/resolve`, {});
    onChanged(result.conversation);
    showConversation(result.conversation);
    say(t('conversation.resolved'));
  } catch (err) {
    if (err.status !== 401) say(errorText(err), true);
  }
}
