import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n as I18n, type Resource } from 'i18next';

export type Params = Record<string, unknown>;
/** A translation function fixed to one language, safe to use concurrently with other conversations. */
export type T = (key: string, params?: Params) => string;

/**
 * Loads `locales/<lng>/<namespace>.json` and hands out one fixed `t` per language.
 *
 * @remarks One private i18next instance, initialised synchronously from the files; run-time code only uses
 * `t` with the language named in the call (what `getFixedT` does), never the global language, so concurrent
 * conversations in different languages cannot mix.
 * There is no fallback language: the parity test guarantees every language has every key, and a missing
 * key shows as the key itself rather than as English text to a Spanish speaker.
 */
export class Translations {
  private readonly instance: I18n;
  private readonly fixed = new Map<string, (key: string, options: Record<string, unknown>) => string>();
  private readonly ts = new Map<string, T>();
  readonly languages: string[];
  readonly namespaces: string[];

  constructor(localesDir: string) {
    const resources = loadLocaleFiles(localesDir);
    this.languages = Object.keys(resources).sort();
    if (this.languages.length === 0) throw new Error(`${localesDir}: no language folder found`);
    this.namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))].sort();
    this.instance = i18next.createInstance();
    void this.instance.init({
      resources: resources as Resource, initAsync: false, lng: this.languages[0], fallbackLng: false, supportedLngs: this.languages,
      ns: this.namespaces, defaultNS: 'common', interpolation: { escapeValue: false }, returnNull: false,
    });
    // What `getFixedT(lng)` does for a plain string key, without its per-call copy of every i18next option (most of
    // a rendered turn's allocations): the same options reach `t`, so the same text comes back.
    const t = this.instance.t.bind(this.instance) as unknown as (key: string, options: Record<string, unknown>) => unknown;
    for (const lng of this.languages) {
      this.fixed.set(lng, (key, options) => {
        options.lng = options.lng || lng;
        options.lngs = options.lngs || undefined;
        options.ns = options.ns || undefined;
        if (options.keyPrefix !== '') options.keyPrefix = options.keyPrefix || undefined;
        return String(t(key, options));
      });
    }
  }

  /** The fixed `t` of a language; throws for a language that has no folder (a programming error). */
  getT(lng: string): T {
    const cached = this.ts.get(lng);
    if (cached) return cached;
    const t = this.fixed.get(lng);
    if (!t) throw new Error(`no translations for language "${lng}"`);
    // Texts without parameters never change: rendering a turn looks up dozens of them (options, labels).
    const plain = new Map<string, string>();
    const fixed: T = (key, params) => {
      if (params) return contractArticles(t(key, { ...params }), lng);
      let text = plain.get(key);
      if (text === undefined) { text = t(key, {}); plain.set(key, text); }
      return text;
    };
    this.ts.set(lng, fixed);
    return fixed;
  }

  has(lng: string, key: string): boolean {
    return this.instance.exists(key, { lng });
  }
}

/**
 * A name that starts with its article, put after a preposition by a text ("les formations de {{agency}}" with "Le Forem"),
 * contracted as the language wants it: "du Forem", "aux Bons Clics", "vom Forem" (found by a tester, qa21 q32: "Les
 * formations de Le Forem (Wallonie)", "Weiterbildungen von Le Forem"). Only before a capital: a name, not a phrase.
 */
export function contractArticles(text: string, lng: string): string {
  if (lng === 'fr') {
    return text.replace(/(?<=^|[\s(«"“])(de|à) (Le|Les) (?=\p{Lu})/gu, (_all, prep: string, article: string) =>
      `${prep === 'de' ? (article === 'Le' ? 'du' : 'des') : article === 'Le' ? 'au' : 'aux'} `);
  }
  if (lng === 'de') return text.replace(/\bvon Le (?=\p{Lu})/gu, 'vom ');
  return text;
}

/** Reads every `<lng>/<ns>.json`; a malformed file stops start-up with its path named. */
export function loadLocaleFiles(localesDir: string): Record<string, Record<string, unknown>> {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const lng of fs.readdirSync(localesDir).sort()) {
    const dir = path.join(localesDir, lng);
    if (!fs.statSync(dir).isDirectory()) continue;
    resources[lng] = {};
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const full = path.join(dir, file);
      try {
        resources[lng][file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(full, 'utf8'));
      } catch (err) {
        throw new Error(`${full}: invalid JSON (${(err as Error).message})`);
      }
    }
  }
  return resources;
}
