// Safe DOM building for the console. Nothing here ever parses HTML: every text, above all what users typed,
// becomes a Text node (textContent / append(string)), and links are made only for http(s) URLs.

/** Bidi override and isolate controls: shown as U+FFFD so a message cannot reorder what the advisor reads. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/** Builds an element. `text` becomes textContent; children that are strings become text nodes. */
export function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(options.on ?? {})) node.addEventListener(type, handler);
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false) node.append(child);
  return node;
}

/** The URL if it is an absolute http(s) URL, else null (no javascript:, data:, vbscript:, relative...). */
export function safeHref(raw) {
  try {
    const url = new URL(String(raw));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function cleanText(text) {
  return String(text ?? '').replace(BIDI_CONTROLS, '\uFFFD');
}

/**
 * A user's (or any untrusted) text as a fragment of text nodes, with http(s) URLs as links that open in a new
 * tab without referrer or opener. Markdown, HTML and other schemes stay plain text.
 */
export function userText(text) {
  const fragment = document.createDocumentFragment();
  const clean = cleanText(text);
  let last = 0;
  for (const match of clean.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,;:!?)\]}]+$/, '');
    const href = safeHref(url);
    fragment.append(clean.slice(last, match.index));
    fragment.append(href ? el('a', { text: url, attrs: { href, target: '_blank', rel: 'noopener noreferrer nofollow' } }) : url);
    last = match.index + url.length;
  }
  fragment.append(clean.slice(last));
  return fragment;
}

export const byId = (id) => document.getElementById(id);
