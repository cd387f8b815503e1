import type { FieldProblem } from './knowledgeProblem';
import { languageCode } from './languageCodes';
import {
  catalogueUrl, offerId, parseAmount, plainText, shortSummary, withoutUndefined, type MappingContext, type OfferCandidate,
} from './offerCandidate';
import { subjectOf, type TopicMatcher } from './topicWords';

/**
 * schema.org `Course` in JSON-LD (a single object, a list, or a `@graph`) → course candidates; one offer per
 * Course (other things of the graph are ignored). Entries are named by their place in the file (`@graph[3]`).
 *
 * Mapping (property → course):
 * - `hasCourseInstance[].courseMode`: `online` (or schema.org's URL for it) → followed alone (`autonomous`);
 *   only `blended` → `with-help`; only `onsite` → skipped (counted); no mode at all → skipped as not online.
 * - `courseWorkload` (ISO 8601 duration, on the instance or the course) → `durationHours`; hours and
 *   minutes only (`PT22H30M`): a workload in days or weeks does not say hours, so it stays null, as absent.
 * - `availableLanguage`, `inLanguage` (codes, names, or `Language` things) → `taughtIn`; one at least.
 * - `educationalCredentialAwarded` (text or `EducationalOccupationalCredential`) → `certification`:
 *   `state-recognised` when it names an RNCP/RS code or its `credentialCategory` is a degree or diploma,
 *   else `certificate-of-achievement`, its name kept; absent → unknown.
 * - `offers` (`price`, `category`) or `isAccessibleForFree` → `cost` (0 or Free → free; a price → paid with
 *   the price in the note; nothing → unknown).
 * - `educationalLevel` (Beginner, Intermediate, Advanced, in en/fr/es/de) → `level`; absent → beginner.
 *   `minEqfLevel` is 0: schema.org has no qualification level a course assumes.
 * - `about` / `teaches` / `keywords` (texts, or `DefinedTerm`s whose `termCode` is a FORMACODE or a ROME code)
 *   and `name` → topics and fields (topicWords.ts). `name` → `title`, `description` → `summary`, each in the
 *   language of its `@language` value objects, else of `inLanguage`, else of the first taught language.
 * - `provider.name` → `provider`; `url` (else an https `@id`) → `url`; `courseCode`, `identifier` or the
 *   URL's last segment → the id.
 */
export function* jsonLdOffers(json: unknown, context: MappingContext, matcher: TopicMatcher): Generator<OfferCandidate> {
  for (const { path, node } of coursesIn(json)) yield mapCourse(node, path, context, matcher);
}

/** How many Course things the file holds, for the progress bar. */
export function countJsonLdCourses(json: unknown): number {
  return [...coursesIn(json)].length;
}

/** The JSON-LD property a course field comes from. */
export function jsonLdSourceField(courseField: string | undefined): string | undefined {
  if (courseField === undefined) return undefined;
  const head = courseField.replace(/[.[].*$/, '');
  return JSON_LD_SOURCES[head] ?? courseField;
}

const JSON_LD_SOURCES: Readonly<Record<string, string>> = {
  id: 'courseCode', provider: 'provider.name', url: 'url', topics: 'about', fields: 'about', level: 'educationalLevel',
  durationHours: 'courseWorkload', taughtIn: 'availableLanguage', certification: 'educationalCredentialAwarded',
  cost: 'offers', title: 'name', summary: 'description', source: 'url',
};

type Node = Record<string, unknown>;

function* coursesIn(json: unknown, path = ''): Generator<{ path: string; node: Node }> {
  if (Array.isArray(json)) {
    for (let i = 0; i < json.length; i += 1) yield* coursesIn(json[i], `${path}[${i}]`);
    return;
  }
  if (json === null || typeof json !== 'object') return;
  const node = json as Node;
  if (typesOf(node).includes('Course')) yield { path: path || '(root)', node };
  else if (Array.isArray(node['@graph'])) yield* coursesIn(node['@graph'], `${path}@graph`);
}

function typesOf(node: Node): string[] {
  return list(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** Texts of a property: plain strings, `{ "@value", "@language" }` objects, or things with a `name`. */
function texts(value: unknown): Array<{ text: string; lang?: string }> {
  return list(value).flatMap((v) => {
    if (typeof v === 'string') return [{ text: v }];
    if (v !== null && typeof v === 'object') {
      const o = v as Node;
      if (typeof o['@value'] === 'string') return [{ text: o['@value'], lang: typeof o['@language'] === 'string' ? languageCode(o['@language']) : undefined }];
      if (o.name !== undefined) return texts(o.name);
    }
    return [];
  });
}

function mapCourse(node: Node, path: string, context: MappingContext, matcher: TopicMatcher): OfferCandidate {
  const problems: FieldProblem[] = [];
  const problem = (field: string, text: string, code: FieldProblem['code'] = 'invalid'): undefined => {
    problems.push({ field, text, code });
    return undefined;
  };
  const atId = typeof node['@id'] === 'string' ? node['@id'] : undefined;
  const entry = atId === undefined ? path : `${path} (@id "${atId}")`;

  const instances = list(node.hasCourseInstance).filter((i): i is Node => i !== null && typeof i === 'object');
  const modes = instances.map((i) => list(i.courseMode).map((m) => String(m).replace(/^https?:\/\/schema\.org\//, '').toLowerCase()));
  const online = instances.filter((_, n) => modes[n].includes('online'));
  const blended = instances.filter((_, n) => modes[n].includes('blended'));
  if (online.length + blended.length === 0) return { entry, skipped: modes.flat().length > 0 ? 'on-site' : 'mode-not-online' };
  const chosen = [...online, ...blended];

  const languageTexts = [node.availableLanguage, node.inLanguage, ...chosen.map((i) => i.inLanguage)].flatMap((v) =>
    list(v).flatMap((l) => (typeof l === 'string' ? [l] : l !== null && typeof l === 'object'
      ? [(l as Node).alternateName, (l as Node).name].filter((x): x is string => typeof x === 'string').slice(0, 1) : [])));
  const languages = [...new Set(languageTexts.map((l) => languageCode(l) ?? problem('availableLanguage', `is "${l}": not a language code or name we know`)))]
    .filter((l): l is string => l !== undefined);
  if (languageTexts.length === 0) problem('availableLanguage', 'is missing (nor is inLanguage given)', 'missing');
  const contentLanguage = texts(node.inLanguage).map((t) => languageCode(t.text)).find((l) => l !== undefined) ?? languages[0];

  const perLanguage = (property: 'name' | 'description', shorten: boolean): Record<string, string> | undefined => {
    const entries = texts(node[property]).map((t) => [t.lang ?? contentLanguage, shorten ? shortSummary(plainText(t.text)) : plainText(t.text)] as const)
      .filter(([lang, text]) => lang !== undefined && text !== '');
    if (entries.length === 0) return problem(property, texts(node[property]).length === 0 ? 'is missing' : 'has no text in a language we can tell', 'missing');
    const byLanguage: Record<string, string> = {};
    for (const [lang, text] of entries) byLanguage[lang as string] ??= text; // the first text of a language wins
    return byLanguage;
  };

  const { url, assumedHttps } = catalogueUrl(typeof node.url === 'string' ? node.url : atId?.startsWith('https://') ? atId : undefined);
  if (url === undefined) problem('url', 'is missing', 'missing');
  const identifier = [node.courseCode, ...list(node.identifier).map((i) => (i !== null && typeof i === 'object' ? (i as Node).value : i))]
    .find((i): i is string | number => (typeof i === 'string' && i.trim() !== '') || typeof i === 'number');
  const idSource = identifier !== undefined ? String(identifier) : (url ?? atId)?.replace(/[?#].*$/, '').split('/').filter(Boolean).pop();
  const id = idSource === undefined ? problem('courseCode', 'is missing (nor is there an identifier or a url to name the course by)', 'missing') : offerId(context.agency, idSource);

  const subjectValues = [node.about, node.teaches, ...list(node.keywords).flatMap((k) => (typeof k === 'string' ? k.split(',') : [k]))];
  const terms = subjectValues.flatMap(list).filter((t): t is Node => t !== null && typeof t === 'object');
  const termSet = (t: Node): string => JSON.stringify(t.inDefinedTermSet ?? '').toLowerCase();
  const codes = (set: string): string[] => terms.filter((t) => termSet(t).includes(set)).map((t) => String(t.termCode ?? '').trim()).filter(Boolean);
  const subject = subjectOf({
    formacodes: codes('formacode'), romeCodes: codes('rome'),
    labels: [...subjectValues.flatMap((v) => texts(v).map((t) => t.text)), ...texts(node.name).map((t) => t.text)],
  }, matcher);
  if (subject.topics.length === 0) return { entry, id, skipped: 'no-topic' };

  const workload = [...chosen.map((i) => i.courseWorkload), node.courseWorkload].find((w) => typeof w === 'string') as string | undefined;
  const provider = texts(node.provider).map((t) => t.text.trim()).find((t) => t !== '');
  if (provider === undefined) problem('provider.name', 'is missing', 'missing');

  const course = withoutUndefined({
    id, provider, url, topics: subject.topics, fields: subject.fields.length > 0 ? subject.fields : undefined,
    level: levelOf(node.educationalLevel, problem), minEqfLevel: 0,
    digitalSkillsRequired: online.length > 0 ? 'autonomous' : 'with-help', equipment: 'computer-and-internet',
    durationHours: workload === undefined ? null : hoursOf(workload, problem), taughtIn: languages.length > 0 ? languages : undefined,
    certification: certificationOf(node.educationalCredentialAwarded), cost: costOf(node), title: perLanguage('name', false),
    summary: perLanguage('description', true),
    source: withoutUndefined({
      url, checked: context.today, verified: false,
      note: [`imported from the schema.org JSON-LD file ${context.fileLabel} (${entry}); topics read from its words; not read on the provider's page`,
        assumedHttps ? 'URL written without scheme: https assumed' : undefined].filter(Boolean).join('; '),
    }),
  });
  return { entry, id, course, problems };
}

const LEVELS: ReadonlyArray<[RegExp, string]> = [
  [/^(beginner|introductory|d[ée]butant|principiante|inicial|anf[äa]nger|einsteiger|basic|basique)/i, 'beginner'],
  [/^(intermediate|interm[ée]diaire|intermedio|mittel|fortgeschrittene anf[äa]nger)/i, 'intermediate'],
  [/^(advanced|avanc[ée]|avanzado|fortgeschritten|expert)/i, 'advanced'],
];

function levelOf(value: unknown, problem: (field: string, text: string) => undefined): string | undefined {
  const text = texts(value)[0]?.text.trim();
  if (text === undefined || text === '') return 'beginner';
  return LEVELS.find(([pattern]) => pattern.test(text))?.[1] ?? problem('educationalLevel', `is "${text}": expected Beginner, Intermediate or Advanced`);
}

/** ISO 8601 duration → hours; null for days, weeks, months (not a count of hours). */
function hoursOf(text: string, problem: (field: string, text: string) => undefined): number | null | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return problem('courseWorkload', `is "${text}": expected an ISO 8601 duration such as PT22H`);
  if (m[1] || m[2] || m[3] || m[4]) return null;
  const hours = Number(m[5] ?? 0) + Number(m[6] ?? 0) / 60 + Number(m[7] ?? 0) / 3600;
  return hours > 0 ? Math.round(hours * 10) / 10 : problem('courseWorkload', `is "${text}": a workload above zero is expected`);
}

function certificationOf(value: unknown): Record<string, unknown> {
  const credential = list(value)[0];
  if (credential === undefined) return { kind: 'unknown' };
  const name = texts(credential)[0]?.text.trim();
  const category = credential !== null && typeof credential === 'object'
    ? texts((credential as Node).credentialCategory).map((t) => t.text).join(' ') : '';
  const stateRecognised = /\b(RNCP|RS)\s?\d+/i.test(`${name ?? ''} ${category}`) || /degree|diploma|dipl[ôo]me/i.test(category);
  return withoutUndefined({ kind: stateRecognised ? 'state-recognised' : 'certificate-of-achievement', name: name || undefined });
}

function costOf(node: Node): Record<string, unknown> {
  const offers = list(node.offers).filter((o): o is Node => o !== null && typeof o === 'object');
  const prices = offers.map((o) => (typeof o.price === 'number' ? o.price : typeof o.price === 'string' ? parseAmount(o.price) : undefined));
  const categories = offers.map((o) => String(o.category ?? '').toLowerCase());
  if (node.isAccessibleForFree === true || categories.includes('free') || (prices.length > 0 && prices.every((p) => p === 0))) return { default: 'free' };
  const price = prices.find((p) => p !== undefined && p > 0);
  if (price !== undefined) {
    const currency = offers.find((o) => typeof o.priceCurrency === 'string')?.priceCurrency as string | undefined;
    return { default: 'paid', note: `price ${price}${currency ? ` ${currency}` : ''} (schema.org offers)` };
  }
  if (categories.some((c) => c === 'paid' || c === 'subscription' || c === 'partially free')) return { default: 'paid', note: `offers category "${categories.find(Boolean)}"` };
  return { default: 'unknown' };
}
