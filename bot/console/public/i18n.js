// The console's texts: locales/<lng>/console.json, served as /console/locales/<lng>.json.

let texts = {};
let current = 'fr';
const STORAGE_KEY = 'console.language';

export const language = () => current;

export async function loadLanguages() {
  const res = await fetch('/console/locales/languages.json', { cache: 'no-cache' });
  return res.ok ? res.json() : [];
}

/** The saved choice, else the browser's first language we have, else French, else the first one. */
export function preferredLanguage(available) {
  const codes = available.map((l) => l.code);
  let saved = null;
  try { saved = localStorage.getItem(STORAGE_KEY); } catch { /* storage disabled */ }
  if (codes.includes(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = String(tag).slice(0, 2).toLowerCase();
    if (codes.includes(base)) return base;
  }
  return codes.includes('fr') ? 'fr' : codes[0];
}

export async function setLanguage(code) {
  const res = await fetch(`/console/locales/${encodeURIComponent(code)}.json`, { cache: 'no-cache' });
  if (!res.ok) return;
  texts = await res.json();
  current = code;
  document.documentElement.lang = code;
  try { localStorage.setItem(STORAGE_KEY, code); } catch { /* storage disabled */ }
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = t('app.title');
}

function lookup(key) {
  let node = texts;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export const has = (key) => lookup(key) !== undefined;

/** The text for `key` with `{{name}}` filled in (the result is only ever used as text, never as HTML). */
export function t(key, params = {}) {
  const value = lookup(key);
  if (value === undefined) return key;
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(params[name] ?? ''));
}

/** The label of a coded value (`values.goal.find-job`), or the value itself when it has none. */
export function label(group, value) {
  return has(`values.${group}.${value}`) ? t(`values.${group}.${value}`) : String(value);
}

export function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameDay = date.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(current, sameDay ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
