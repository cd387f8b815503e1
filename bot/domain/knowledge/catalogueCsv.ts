/**
 * The CSV form of an agency's course catalogue: which columns, and how a row becomes a `Course` candidate.
 *
 * @remarks The mapping converts, it does not judge: an empty cell leaves the field out (so the schema says
 * it is missing), a cell that is not a number or a boolean is kept as text (so the schema says what it
 * should be). All rules therefore live in `courses.schema.json`, shared with the start-up validator.
 *
 * Columns, one per field (`|` separates list items):
 * - id, provider, url, topics (|), level, minEqfLevel, digitalSkillsRequired, equipment,
 *   durationHours (empty = not published), taughtIn (|), certification (the kind), cost (the default kind),
 *   regions (|, empty = everywhere)
 * - title_<lng> and summary_<lng>: one language at least (`title_fr`, `summary_fr`), any others the agency has;
 *   a row needs a title and a summary in one language at least (the schema's `catalogueText`), and is shown in
 *   its own language to people reading another one (reason `not-translated`)
 * - source_url, source_checked (YYYY-MM-DD), source_verified (true / false)
 * - optional: certification_name, cost_note, source_note, fields (| ROME letters A–N; empty = any job)
 */
export const FIXED_COLUMNS = [
  'id', 'provider', 'url', 'topics', 'level', 'minEqfLevel', 'digitalSkillsRequired', 'equipment', 'durationHours',
  'taughtIn', 'certification', 'cost', 'regions',
] as const;
export const SOURCE_COLUMNS = ['source_url', 'source_checked', 'source_verified'] as const;
export const OPTIONAL_COLUMNS = ['certification_name', 'cost_note', 'source_note', 'fields'] as const;
const LOCALISED_COLUMN = /^(title|summary)_([a-z]{2})$/;

/** The columns every header must have, whatever its languages. */
export function requiredColumns(): string[] {
  return [...FIXED_COLUMNS, ...SOURCE_COLUMNS];
}

/** A whole header in the documented order, with a title and a summary column for each of `languages`. */
export function catalogueColumns(languages: readonly string[]): string[] {
  return [...FIXED_COLUMNS, ...languages.map((l) => `title_${l}`), ...languages.map((l) => `summary_${l}`), ...SOURCE_COLUMNS];
}

/**
 * Everything wrong with a header, as sentences; empty when the header is usable. No language is required: a
 * catalogue in French alone is accepted, whatever languages the bot serves.
 */
export function headerProblems(header: readonly string[]): string[] {
  const problems = requiredColumns().filter((c) => !header.includes(c)).map((c) => `column "${c}" is missing from the header`);
  for (const field of ['title', 'summary']) {
    if (!header.some((c) => LOCALISED_COLUMN.exec(c)?.[1] === field)) {
      problems.push(`no ${field}_<language> column in the header (one language at least, e.g. "${field}_fr")`);
    }
  }
  const known = new Set<string>([...requiredColumns(), ...OPTIONAL_COLUMNS]);
  header.forEach((column, index) => {
    if (!known.has(column) && !LOCALISED_COLUMN.test(column)) problems.push(`column "${column}" is not a catalogue column`);
    if (header.indexOf(column) !== index) problems.push(`column "${column}" appears twice in the header`);
  });
  return problems;
}

/** One CSV row (column → cell) as a course candidate, to be checked by the course schema. */
export function rowToCourse(row: Readonly<Record<string, string>>): Record<string, unknown> {
  const cell = (column: string): string | undefined => (row[column] ?? '').trim() || undefined;
  const list = (column: string): string[] | undefined => {
    const items = (cell(column) ?? '').split('|').map((item) => item.trim()).filter((item) => item !== '');
    return items.length > 0 ? items : undefined;
  };
  const perLanguage = (field: 'title' | 'summary'): Record<string, string> => Object.fromEntries(Object.keys(row)
    .map((column) => LOCALISED_COLUMN.exec(column)).filter((m): m is RegExpExecArray => m !== null && m[1] === field)
    .flatMap((m) => (cell(m[0]) === undefined ? [] : [[m[2], cell(m[0]) as string]])));
  return withoutUndefined({
    id: cell('id'), provider: cell('provider'), url: cell('url'), topics: list('topics'), fields: list('fields'), level: cell('level'),
    minEqfLevel: number(cell('minEqfLevel')), digitalSkillsRequired: cell('digitalSkillsRequired'), equipment: cell('equipment'),
    durationHours: cell('durationHours') === undefined ? null : number(cell('durationHours')), taughtIn: list('taughtIn'),
    certification: withoutUndefined({ kind: cell('certification'), name: cell('certification_name') }),
    cost: withoutUndefined({ default: cell('cost'), note: cell('cost_note') }),
    regions: list('regions'), title: perLanguage('title'), summary: perLanguage('summary'),
    source: withoutUndefined({
      url: cell('source_url'), checked: cell('source_checked'), verified: boolean(cell('source_verified')), note: cell('source_note'),
    }),
  });
}

/** The CSV column that holds a course field: `title.de` → `title_de`, `cost.default` → `cost`, `topics[2]` → `topics`. */
export function columnOf(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const [head, sub] = field.replace(/\[\d+\].*$/, '').split('.');
  if (sub === undefined) return head;
  if (head === 'certification') return sub === 'kind' ? 'certification' : `certification_${sub}`;
  if (head === 'cost') return sub === 'default' ? 'cost' : `cost_${sub}`;
  return `${head}_${sub}`;
}

function number(text: string | undefined): number | string | undefined {
  return text !== undefined && /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

function boolean(text: string | undefined): boolean | string | undefined {
  const lower = text?.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : text;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
