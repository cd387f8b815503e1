import type { FieldProblem } from './knowledgeProblem';

/**
 * Why an offer was left out although nothing in it is wrong: it is not an online course (on site, or its
 * mode is not said), or it is about nothing the bot recommends (no topic of topics.json, no job field).
 * Skipped offers are counted in the report, never listed one by one, and do not make the import fail.
 */
export type SkipReason = 'on-site' | 'mode-not-online' | 'no-topic';

/**
 * One offer of a catalogue file in another format than CSV (LHEO, schema.org JSON-LD, Richie), mapped to a
 * course candidate that the course schema then judges, or skipped.
 *
 * @remarks `problems` are those the mapping itself found (a price that is not a number, a level code that
 * the LHEO dictionary does not know), already named by the source field; the course field they would fill
 * is left out, so the schema's "is missing" about it is not reported twice.
 */
export type OfferCandidate =
  | { entry: string; id?: string; course: Record<string, unknown>; problems: FieldProblem[] }
  | { entry: string; id?: string; skipped: SkipReason };

/** What every mapping needs besides the offer: whose catalogue, from which file, on which day. */
export interface MappingContext {
  agency: string;
  /** The file as named in notes (its base name). */
  fileLabel: string;
  /** The import day, YYYY-MM-DD: the `checked` date of every source. */
  today: string;
}

/** A course id for an offer: the agency then the offer's own identifiers, kebab-case. */
export function offerId(agency: string, ...parts: string[]): string {
  return [agency, ...parts].join('-').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Catalogue texts often carry HTML (LHEO escapes it, Richie stores it): plain text, one line. */
export function plainText(text: string | undefined): string {
  if (text === undefined) return '';
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Longest summary kept: a card shows one or two sentences, and LHEO objectives reach 3,000 characters. */
export const SUMMARY_MAX = 300;

/**
 * A summary short enough for a card: the text up to the last full sentence that fits in `SUMMARY_MAX`
 * characters, or cut at a word with "…" when the first sentence alone is longer.
 */
export function shortSummary(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const head = text.slice(0, SUMMARY_MAX);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd >= SUMMARY_MAX / 3) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ');
  return `${head.slice(0, wordEnd > 0 ? wordEnd : SUMMARY_MAX - 1)}…`;
}

/**
 * A catalogue URL as the schema wants it: `www.x.fr/y` (LHEO examples write them without scheme) gets
 * https://, and the fact is noted; an http:// or otherwise broken URL is kept as it is, so the schema
 * rejects it with its own words.
 */
export function catalogueUrl(raw: string | undefined): { url?: string; assumedHttps: boolean } {
  const text = raw?.trim();
  if (!text) return { assumedHttps: false };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return { url: text, assumedHttps: false };
  return { url: `https://${text.replace(/^\/+/, '')}`, assumedHttps: true };
}

/** A number written by a person: `2500`, `2 500,50`, `1200.00 €`; undefined when it is not one. */
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0€]|EUR/gi, '').replace(',', '.');
  return /^\d+(?:\.\d+)?$/.test(compact) ? Number(compact) : undefined;
}

/** Drops the keys whose value is undefined, so the schema sees a field as missing rather than undefined. */
export function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
