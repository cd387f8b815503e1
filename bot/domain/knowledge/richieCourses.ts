import type { FieldProblem } from './knowledgeProblem';
import { languageCode } from './languageCodes';
import {
  catalogueUrl, offerId, plainText, shortSummary, withoutUndefined, type MappingContext, type OfferCandidate,
} from './offerCandidate';
import { subjectOf, type TopicMatcher } from './topicWords';

/** Where FUN MOOC serves its Richie site: relative `absolute_url`s are joined to it unless `--base-url` says otherwise. */
export const FUN_MOOC_BASE_URL = 'https://www.fun-mooc.fr';

/**
 * The JSON of a Richie course API (`GET /api/v1.0/courses/`, as FUN MOOC runs it: `{ meta, objects }`, each
 * object shaped by Richie's `CoursesIndexer.format_es_object_for_api`) → course candidates; one per object.
 *
 * Mapping (key → course), every course being online (a MOOC platform: followed alone, `autonomous`, with a
 * computer and internet):
 * - `id` (Richie's search id) → the id, after the agency; `absolute_url`, joined to the site → `url`.
 * - `title` and `introduction` (a text in the language asked of the API, or a `{ lang: text }` object as in
 *   the search index) → `title`, `summary` (HTML removed, cut to a card); a plain text is taken to be in
 *   the course's first run language.
 * - `course_runs[].languages` → `taughtIn` (every run's, in order).
 * - `effort` (Richie's "10 hours", "90 minutes", translated: heures, horas, Stunden…) → `durationHours`;
 *   another unit or none → null.
 * - `offer` (free, partially_free, subscription, paid) and `price`, `price_currency` → `cost`: free only
 *   when the whole course is; the others paid, what Richie says kept in the note.
 * - `certificate_offer` (free, subscription, paid; null none offered) → `certification`:
 *   certificate-of-achievement, the offer in its name; null → unknown.
 * - `organization_highlighted` → `provider`.
 * - topics from words of the title (Richie's `categories` are ids, not names; an introduction's everyday words,
 *   "lire", "code", would give false topics); job fields by the README's convention for those topics. Richie states no level: `beginner`, `minEqfLevel` 0.
 */
export function* richieOffers(json: unknown, context: MappingContext, matcher: TopicMatcher, baseUrl: string): Generator<OfferCandidate> {
  const objects = (json as { objects: unknown[] }).objects;
  for (let i = 0; i < objects.length; i += 1) {
    const item = objects[i];
    const node = item !== null && typeof item === 'object' ? item as Node : {};
    const entry = typeof node.id === 'string' || typeof node.id === 'number' ? `objects[${i}] (id "${node.id}")` : `objects[${i}]`;
    yield mapObject(node, entry, context, matcher, baseUrl);
  }
}

/** The Richie key a course field comes from. */
export function richieSourceField(courseField: string | undefined): string | undefined {
  if (courseField === undefined) return undefined;
  const head = courseField.replace(/[.[].*$/, '');
  return RICHIE_SOURCES[head] ?? courseField;
}

const RICHIE_SOURCES: Readonly<Record<string, string>> = {
  id: 'id', provider: 'organization_highlighted', url: 'absolute_url', topics: 'title', durationHours: 'effort',
  taughtIn: 'course_runs[].languages', certification: 'certificate_offer', cost: 'offer', title: 'title',
  summary: 'introduction', source: 'absolute_url',
};

type Node = Record<string, unknown>;

function mapObject(node: Node, entry: string, context: MappingContext, matcher: TopicMatcher, baseUrl: string): OfferCandidate {
  const problems: FieldProblem[] = [];
  const problem = (field: string, text: string, code: FieldProblem['code'] = 'invalid'): undefined => {
    problems.push({ field, text, code });
    return undefined;
  };
  const runs = Array.isArray(node.course_runs) ? node.course_runs as Node[] : [];
  const runLanguages = runs.flatMap((r) => (Array.isArray(r?.languages) ? r.languages as unknown[] : []))
    .map((l) => (typeof l === 'string' ? languageCode(l) ?? problem('course_runs[].languages', `has "${l}": not a language code`) : undefined))
    .filter((l): l is string => l !== undefined);
  const languages = [...new Set(runLanguages)];
  if (languages.length === 0 && problems.length === 0) problem('course_runs[].languages', 'is empty: no run says its language', 'missing');

  const localised = (key: 'title' | 'introduction', shorten: boolean): Record<string, string> | undefined => {
    const value = node[key];
    const pairs: Array<[string | undefined, unknown]> = typeof value === 'string' ? [[languages[0], value]]
      : value !== null && typeof value === 'object' ? Object.entries(value as Node).map(([l, t]) => [languageCode(l), t]) : [];
    const entries = pairs.map(([l, t]) => [l, typeof t === 'string' ? plainText(t) : ''] as const)
      .filter((p): p is readonly [string, string] => p[0] !== undefined && p[1] !== '')
      .map(([l, t]) => [l, shorten ? shortSummary(t) : t]);
    if (entries.length === 0) return problem(key, 'is empty', 'missing');
    return Object.fromEntries(entries);
  };
  const title = localised('title', false);
  const summary = localised('introduction', true);

  const id = typeof node.id === 'string' || typeof node.id === 'number' ? offerId(context.agency, String(node.id)) : problem('id', 'is missing', 'missing');
  const rawUrl = typeof node.absolute_url === 'string' ? node.absolute_url : undefined;
  const { url } = catalogueUrl(rawUrl === undefined ? undefined : rawUrl.startsWith('/') ? `${baseUrl.replace(/\/+$/, '')}${rawUrl}` : rawUrl);
  if (url === undefined) problem('absolute_url', 'is missing', 'missing');
  const provider = typeof node.organization_highlighted === 'string' && node.organization_highlighted.trim() !== ''
    ? node.organization_highlighted.trim() : problem('organization_highlighted', 'is empty', 'missing');

  const subject = subjectOf({ labels: Object.values(title ?? {}) }, matcher);
  if (subject.topics.length === 0 && problems.length === 0) return { entry, id, skipped: 'no-topic' };

  const course = withoutUndefined({
    id, provider, url, topics: subject.topics, fields: subject.fields.length > 0 ? subject.fields : undefined,
    level: 'beginner', minEqfLevel: 0, digitalSkillsRequired: 'autonomous', equipment: 'computer-and-internet',
    durationHours: hoursOf(node.effort), taughtIn: languages.length > 0 ? languages : undefined,
    certification: certificationOf(node.certificate_offer), cost: costOf(node), title, summary,
    source: {
      url: url ?? baseUrl, checked: context.today, verified: false,
      note: `imported from the Richie course API file ${context.fileLabel} (${entry}); topics read from its title; not read on the course page`,
    },
  });
  return { entry, id, course, problems };
}

const HOUR_WORDS = /^(hours?|heures?|horas?|stunden?|uur|uren|h)$/i;
const MINUTE_WORDS = /^(minutes?|minutos?|minuten?|min)$/i;

function hoursOf(effort: unknown): number | null {
  const m = typeof effort === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*([^\d\s]+)\s*$/.exec(effort) : null;
  if (!m) return null;
  const amount = Number(m[1].replace(',', '.'));
  if (HOUR_WORDS.test(m[2]) && amount > 0) return amount;
  if (MINUTE_WORDS.test(m[2]) && amount > 0) return Math.round((amount / 60) * 10) / 10;
  return null;
}

function costOf(node: Node): Record<string, unknown> {
  const offer = typeof node.offer === 'string' ? node.offer : undefined;
  if (offer === 'free') return { default: 'free' };
  if (offer === undefined) return { default: 'unknown' };
  const price = typeof node.price === 'number' || typeof node.price === 'string' ? `, price ${node.price}${typeof node.price_currency === 'string' ? ` ${node.price_currency}` : ''}` : '';
  return { default: 'paid', note: `Richie offer "${offer}"${price}` };
}

function certificationOf(offer: unknown): Record<string, unknown> {
  if (typeof offer !== 'string') return { kind: 'unknown' };
  return { kind: 'certificate-of-achievement', name: `certificate (${offer})` };
}
