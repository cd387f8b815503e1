import { ALSO_READ } from '../recommend/scoringRules';
import type { CatalogueText } from './types';

/** The languages a reader of one language most likely reads next (English for the others). */
const NEXT_READ: Readonly<Record<string, readonly string[]>> = { lb: ['de', 'fr', 'en'] };

/** A text of the catalogue as it is shown: the text, and the language it is written in. */
export interface ShownText { text: string; lang: string }

/**
 * The text to show a person reading `lang`: theirs when the catalogue has it, else one in a language they read as well
 * (`ALSO_READ`: German or French for a Luxembourgish reader; the item's own first), else the item's own language
 * (the first of `ownLanguages`, a course's `taughtIn` or a service's `languages`, that has a text), else the
 * entry's first text in the order it is written (editors write the original first). Catalogues are rarely translated into every language served, and a course in
 * its own words is better than no course: the reason `not-translated` says so on the card.
 * @example
 * textIn({ fr: 'Bureautique' }, 'nl', ['fr']) // { text: 'Bureautique', lang: 'fr' }
 */
export function textIn(texts: CatalogueText, lang: string, ownLanguages: readonly string[] = []): ShownText {
  const has = (l: string): boolean => (texts[l] ?? '').trim() !== '';
  // a language the reader reads as well comes before the item's own: a Luxembourgish reader is shown an English course's
  // German text, not its English one (found by a tester); among those, the item's own first (a French course in French)
  const also = ALSO_READ[lang] ?? [];
  // among an item's own languages, one the reader is likelier to read comes first: a Dutch reader is shown Duolingo's
  // English text, not its French one; a Luxembourgish reader German, then French
  const next = (NEXT_READ[lang] ?? ['en']).filter((l) => ownLanguages.includes(l));
  const chosen = has(lang) ? lang : [...also.filter((l) => ownLanguages.includes(l)), ...also, ...next, ...ownLanguages].find(has) ?? Object.keys(texts).find(has);
  return chosen === undefined ? { text: '', lang } : { text: texts[chosen] as string, lang: chosen };
}

/**
 * The language an item's title or summary is shown in when one of them is not in `lang` (the summary's first,
 * as it is the longer text), or undefined when both are in the person's language.
 */
export function untranslatedLanguage(item: { title: CatalogueText; summary: CatalogueText }, lang: string, ownLanguages: readonly string[]): string | undefined {
  const summary = textIn(item.summary, lang, ownLanguages);
  if (summary.lang !== lang) return summary.lang;
  const title = textIn(item.title, lang, ownLanguages);
  return title.lang !== lang ? title.lang : undefined;
}
