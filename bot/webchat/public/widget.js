/*
 * Orientation assistant: the web chat an agency embeds with one line,
 *   <script src="https://chat.agency.example/webchat/widget.js" data-lang="fr" async></script>
 * It shows a launcher button and nothing else: no cookie, no storage, no request until the visitor opens the chat.
 * Then it loads Web Chat from the bot's own server (no CDN), asks the bot for a token scoped to one conversation,
 * and keeps that conversation for the tab (sessionStorage) so it survives moving to another page of the site, and
 * an expired token (a tab left for an hour): the bot's resume token proves the tab owned it.
 */
(function () {
  'use strict';
  var SETTINGS = /*SETTINGS*/null;
  if (!SETTINGS || window.__orientationChatLoaded) return;
  window.__orientationChatLoaded = true;

  var script = document.currentScript || document.querySelector('script[src*="/webchat/widget.js"]');
  var origin = new URL(script.src, location.href).origin;
  var nonce = script.nonce || undefined;
  var LOCALES = { fr: 'fr-FR', en: 'en-US', es: 'es-ES', de: 'de-DE', nl: 'nl-BE', lb: 'lb-LU' };
  var SESSION_KEY = 'orientation-chat:' + origin;
  var STYLE_OPTIONS = {
    accent: '#0b4f8a', hideUploadButton: true, suggestedActionLayout: 'flow', suggestedActionHeight: 44, suggestedActionsFlowMaxHeight: 180,
    bubbleBorderRadius: 8, bubbleFromUserBorderRadius: 8, bubbleFromUserBackground: '#e6eef7', bubbleMaxWidth: 600,
    subtle: '#595959', timestampColor: '#595959', sendBoxButtonColor: '#0b4f8a', sendBoxHeight: 48,
    suggestedActionBorderColor: '#0b4f8a', suggestedActionTextColor: '#0b4f8a', suggestedActionBorderWidth: 2,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', rootHeight: '100%', rootWidth: '100%',
  };
  var lang = pickLanguage([script.getAttribute('data-lang'), document.documentElement.lang].concat(navigator.languages || []));
  var ui = null;
  var chat = null; // { directLine, store, resume } once connected

  function pickLanguage(candidates) {
    for (var i = 0; i < candidates.length; i++) {
      var tag = String(candidates[i] || '').toLowerCase().split('-')[0];
      if (SETTINGS.languages.indexOf(tag) >= 0) return tag;
    }
    return SETTINGS.languages[0];
  }
  function t(key) { return SETTINGS.texts[lang].widget[key]; }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  /* A constructed stylesheet needs no request and no inline <style> (strict CSPs allow it); else a nonce'd <style>. */
  function addStyles() {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(SETTINGS.css);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } catch (e) {
      var style = el('style');
      if (nonce) style.nonce = nonce;
      style.textContent = SETTINGS.css;
      document.head.appendChild(style);
    }
  }

  function buildLauncher() {
    var button = el('button', { type: 'button', class: 'ocw-launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': 'ocw-panel' });
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('aria-hidden', 'true'); svg.setAttribute('focusable', 'false');
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z');
    svg.appendChild(path);
    button.appendChild(svg);
    button.appendChild(el('span', { class: 'ocw-launcher-text' }, t('open')));
    button.addEventListener('click', open);
    document.body.appendChild(button);
    return button;
  }

  function buildPanel() {
    var panel = el('section', { id: 'ocw-panel', class: 'ocw-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ocw-title', hidden: '' });
    var header = el('div', { class: 'ocw-header' });
    var heading = el('div', { class: 'ocw-heading' });
    heading.appendChild(el('h2', { id: 'ocw-title', class: 'ocw-title' }));
    heading.appendChild(el('p', { class: 'ocw-subtitle' }));
    var label = el('label', { class: 'ocw-lang' });
    var labelText = el('span');
    var select = el('select', { id: 'ocw-lang' });
    SETTINGS.languages.forEach(function (l) { select.appendChild(el('option', { value: l, lang: l }, SETTINGS.texts[l].languageName)); });
    select.addEventListener('change', function () { changeLanguage(select.value); });
    label.appendChild(labelText); label.appendChild(select);
    var close = el('button', { type: 'button', class: 'ocw-close' }, '\u00d7');
    close.addEventListener('click', closePanel);
    header.appendChild(heading); header.appendChild(label); header.appendChild(close);
    var status = el('p', { class: 'ocw-status', role: 'status', 'aria-live': 'polite' });
    var chatRoot = el('div', { class: 'ocw-chat', role: 'region' });
    panel.appendChild(header); panel.appendChild(status); panel.appendChild(chatRoot);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) { event.preventDefault(); closePanel(); }
    });
    document.body.appendChild(panel);
    return { panel: panel, select: select, close: close, status: status, chatRoot: chatRoot, labelText: labelText };
  }

  function applyTexts() {
    document.querySelector('.ocw-launcher-text').textContent = t('open');
    if (!ui) return;
    ui.panel.setAttribute('lang', lang);
    ui.panel.querySelector('.ocw-title').textContent = t('title');
    ui.panel.querySelector('.ocw-subtitle').textContent = t('subtitle');
    ui.labelText.textContent = t('language');
    ui.select.value = lang;
    ui.close.setAttribute('aria-label', t('close'));
    ui.chatRoot.setAttribute('aria-label', t('chatRegion'));
  }

  function open() {
    if (!ui) { ui = buildPanel(); applyTexts(); }
    ui.panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    if (chat) return focusSendBox();
    ui.status.textContent = t('connecting');
    connect().then(function () { ui.status.textContent = ''; focusSendBox(); }, function () { ui.status.textContent = t('unavailable'); ui.close.focus(); });
  }

  function closePanel() {
    ui.panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  function focusSendBox(tries) {
    var input = ui.chatRoot.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (input) return input.focus();
    if ((tries || 0) < 50) setTimeout(function () { focusSendBox((tries || 0) + 1); }, 100);
    else ui.close.focus();
  }

  function loadWebChat() {
    if (window.WebChat) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var s = el('script', { src: origin + SETTINGS.vendorPath });
      if (nonce) s.nonce = nonce;
      s.onload = resolve; s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function post(path, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(origin + path, { method: 'POST', headers: headers, body: '{}', credentials: 'omit', cache: 'no-store' })
      .then(function (res) { if (!res.ok) throw new Error('HTTP ' + res.status); return res.json(); });
  }

  /*
   * This tab's conversation goes on: with its token while valid, else by trading its resume token (the proof,
   * signed by the bot, that this tab owned the conversation) for a new one; only when both fail, a new conversation.
   */
  function session() {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null'); } catch (e) { saved = null; }
    var fresh = function () { return post('/api/directline/token').then(function (r) { return { token: r.token, resume: r.resume, conversationId: null }; }); };
    var resume = function () {
      if (!saved.resume) return fresh();
      return post('/api/directline/token', saved.resume)
        .then(function (r) { return { token: r.token, resume: r.resume, conversationId: r.conversationId }; }, fresh);
    };
    if (!saved || !saved.token) return fresh();
    return post('/v3/directline/tokens/refresh', saved.token)
      .then(function (r) { return { token: r.token, resume: saved.resume, conversationId: r.conversationId }; }, resume);
  }

  function remember() {
    try { sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token: chat.directLine.token, resume: chat.resume })); } catch (e) { /* storage refused: no resume */ }
  }

  function connect() {
    return Promise.all([loadWebChat(), session()]).then(function (results) {
      var s = results[1];
      var options = { token: s.token, domain: origin + '/v3/directline', conversationStartProperties: { locale: LOCALES[lang] || lang } };
      if (s.conversationId) options.conversationId = s.conversationId;
      chat = { directLine: window.WebChat.createDirectLine(options), store: window.WebChat.createStore(), resume: s.resume };
      remember();
      window.addEventListener('pagehide', remember); // DirectLineJS refreshes its token every 15 minutes
      render();
    });
  }

  /* Course links open in a new tab, without giving it a handle on this page; only http(s) links open at all. */
  function cardActionMiddleware() {
    return function (next) {
      return function (args) {
        var action = args.cardAction;
        if (!action || action.type !== 'openUrl') return next(args);
        var url = null;
        try { url = new URL(String(action.value)); } catch (e) { url = null; }
        if (url && (url.protocol === 'https:' || url.protocol === 'http:')) window.open(url.href, '_blank', 'noopener,noreferrer');
      };
    };
  }

  /* The bot writes one idea per line: a single newline becomes a line break instead of a space, as it reads on SMS. */
  function renderMarkdown(markdown, newLineOptions, linkOptions) {
    return window.WebChat.renderMarkdown(String(markdown).replace(/([^\n])\n(?!\n)/g, '$1  \n'), newLineOptions, linkOptions);
  }

  function render() {
    window.WebChat.renderWebChat({
      directLine: chat.directLine, store: chat.store, locale: LOCALES[lang] || lang, nonce: nonce,
      // Web Chat's own visible strings from webchat.json: it has no Luxembourgish, and its Dutch says "u" where the bot says "je"
      overrideLocalizedStrings: SETTINGS.texts[lang].widget.webChat,
      styleOptions: STYLE_OPTIONS, cardActionMiddleware: cardActionMiddleware, renderMarkdown: renderMarkdown,
    }, ui.chatRoot);
  }

  /* The visitor's choice: the chrome and Web Chat switch at once, and the bot is told by name, as a person would. */
  function changeLanguage(next) {
    if (next === lang) return;
    lang = next;
    applyTexts();
    if (!chat) return;
    render();
    chat.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: SETTINGS.texts[next].languageName } });
  }

  var launcher;
  function start() { addStyles(); launcher = buildLauncher(); applyTexts(); }
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
