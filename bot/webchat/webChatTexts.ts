import fs from 'node:fs';
import path from 'node:path';

/**
 * `locales/<lng>/webchat.json`: the demo page, the widget's own chrome (launcher, header, status lines) and what
 * the web chat itself says in the conversation (`textOnly`).
 */
export interface WebChatTexts {
  languageName: string;
  page: Record<string, string | Record<string, string>>;
  /** The widget's texts; `webChat`: Web Chat's own strings by its ids (`TEXT_INPUT_PLACEHOLDER`…), given as `overrideLocalizedStrings`. */
  widget: Record<string, string> & { webChat?: Record<string, string> };
  /** What the bot says after a message with files: it reads text only, and the files were not kept. */
  textOnly: string;
}

/**
 * Reads the web chat texts of every language folder that has them, in the order of `languages()`. The parity
 * test (`test/locales.test.ts`) guarantees every language has the same keys, so no fallback is needed.
 */
export function loadWebChatTexts(localesDir: string, defaultLanguage: string): { byLanguage: Map<string, WebChatTexts>; languages: string[] } {
  const byLanguage = new Map<string, WebChatTexts>();
  for (const lng of fs.readdirSync(localesDir).sort()) {
    const file = path.join(localesDir, lng, 'webchat.json');
    if (!fs.existsSync(file)) continue;
    try {
      byLanguage.set(lng, JSON.parse(fs.readFileSync(file, 'utf8')) as WebChatTexts);
    } catch (err) {
      throw new Error(`${file}: ${(err as Error).message}`);
    }
  }
  if (!byLanguage.has(defaultLanguage)) throw new Error(`${path.join(localesDir, defaultLanguage, 'webchat.json')} is missing`);
  const languages = [defaultLanguage, ...[...byLanguage.keys()].filter((l) => l !== defaultLanguage)];
  return { byLanguage, languages };
}

/** The supported language that best matches `?lang=`, a path segment or an `Accept-Language` header. */
export function pickLanguage(candidates: Array<string | undefined>, languages: string[], fallback: string): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const part of candidate.split(',')) {
      const tag = part.split(';')[0].trim().toLowerCase().split('-')[0];
      if (languages.includes(tag)) return tag;
    }
  }
  return fallback;
}
