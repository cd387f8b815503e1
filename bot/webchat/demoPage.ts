import type { WebChatTexts } from './webChatTexts';

export interface DemoPageInput {
  lang: string;
  texts: WebChatTexts;
  /** Language → its own name, for the language links. */
  languageNames: Array<[string, string]>;
  nonce: string;
  /** Absolute URL of widget.js, shown in the embed snippet. */
  widgetUrl: string;
}

/**
 * Fills the demo page template (`public/demo.html`). Every value is HTML-escaped; the only markup produced
 * here is the list of language links, built from escaped values too.
 */
export function renderDemoPage(template: string, input: DemoPageInput): string {
  const links = input.languageNames.map(([lng, name]) =>
    `<li><a href="/${escapeHtml(lng)}/" lang="${escapeHtml(lng)}" hreflang="${escapeHtml(lng)}"${lng === input.lang ? ' aria-current="true"' : ''}>${escapeHtml(name)}</a></li>`).join('');
  const values: Record<string, string> = {
    lang: input.lang, nonce: input.nonce, widgetUrl: input.widgetUrl, ...flatten(input.texts.page, 'page.'),
  };
  return template
    .replace('{{languageLinks}}', links)
    .replace(/\{\{([\w.]+)\}\}/g, (whole, key: string) => (key in values ? escapeHtml(values[key]) : whole));
}

/**
 * The hash of an empty `<style>`: emotion (Web Chat's styling) creates empty style elements and fills them through
 * the CSSOM, which CSP does not restrict; one of them (react-scroll-to-bottom's) gets no nonce from Web Chat 4.18.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * A CSP with no inline script at all; inline styles only through the nonce (Web Chat's) or empty; images only
 * from this server, `data:` and `blob:` (Web Chat's typing animation).
 */
export function demoPageCsp(nonce: string, connectOrigins: string[]): string {
  return [
    "default-src 'none'", "script-src 'self'", `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`, "img-src 'self' data: blob:", "font-src 'self'",
    `connect-src 'self' ${connectOrigins.join(' ')}`.trim(), "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    "object-src 'none'", "manifest-src 'none'",
  ].join('; ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function flatten(tree: Record<string, unknown>, prefix: string, out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[`${prefix}${k}`] = v;
    else if (v && typeof v === 'object') flatten(v as Record<string, unknown>, `${prefix}${k}.`, out);
  }
  return out;
}
