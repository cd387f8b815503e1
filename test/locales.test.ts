import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

/**
 * Locale parity. Every language folder of `locales/` is discovered (a new folder such as `nl` is checked
 * without touching this file) and compared with all the others:
 * - it has every namespace file that any language has;
 * - each file has the same keys (dotted paths), plural variants counted once under their base key;
 * - each key has the same `{{placeholders}}`;
 * - no text is empty, and every value is a string;
 * - `common.language.name` is different in every language.
 *
 * Plurals: `x_one` and `x_other` (or `x_ordinal_one`...) form one key `x`, and only when the file has the
 * matching `_other` form, so a key such as `step_one` alone stays an ordinary key. Languages may use different
 * plural forms for the same key (English `_one`/`_other`, Polish `_one`/`_few`/`_many`/`_other`), or a plain
 * key; but a language that uses plural forms must have every form its plural rules need, because i18next
 * shows the bare key when a needed form is missing. Placeholders are compared over all the forms of a key.
 */

/** The folder the bot reads (`LOCALES_DIR`, as in bot/config.ts); messages call it `locales/` whatever its path. */
const LOCALES_DIR = path.resolve(__dirname, '..', process.env.LOCALES_DIR || 'locales');

interface LocaleFile {
  /** The path shown in messages, e.g. `locales/es/common.json`. */
  shown: string;
  data?: unknown;
  error?: string;
}
/** language -> namespace -> file */
type LocaleSet = Map<string, Map<string, LocaleFile>>;

/** One key of a file: its plural forms (`''` for a plain key) and their values. */
type Entry = Map<string, unknown>;

const PLURAL_SUFFIX = /_(ordinal_)?(zero|one|two|few|many|other)$/;

function loadLocales(dir: string): LocaleSet {
  const set: LocaleSet = new Map();
  for (const lng of fs.readdirSync(dir).sort()) {
    if (lng.startsWith('.') || !fs.statSync(path.join(dir, lng)).isDirectory()) continue;
    const files = new Map<string, LocaleFile>();
    for (const name of fs.readdirSync(path.join(dir, lng)).filter((f) => f.endsWith('.json')).sort()) {
      const file: LocaleFile = { shown: `locales/${lng}/${name}` };
      try {
        file.data = JSON.parse(fs.readFileSync(path.join(dir, lng, name), 'utf8'));
        if (!isPlainObject(file.data)) file.error = 'the file is not a JSON object';
      } catch (err) {
        file.error = `invalid JSON (${(err as Error).message})`;
      }
      files.set(name.replace(/\.json$/, ''), file);
    }
    set.set(lng, files);
  }
  return set;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Dotted paths of the leaves; an empty object or array is a leaf too (and then not a string). */
function leaves(data: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (data !== null && typeof data === 'object' && Object.keys(data).length > 0) {
    for (const [k, v] of Object.entries(data)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, data);
  }
  return out;
}

/** Keys by base key, plural forms grouped. */
function entries(data: unknown): Map<string, Entry> {
  const flat = leaves(data);
  const out = new Map<string, Entry>();
  for (const [key, value] of flat) {
    let base = key;
    let form = '';
    const m = PLURAL_SUFFIX.exec(key);
    if (m) {
      const stem = key.slice(0, m.index);
      if (flat.has(`${stem}_${m[1] ?? ''}other`)) {
        base = stem;
        form = key.slice(m.index + 1);
      }
    }
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, value);
  }
  return out;
}

/** `{{name}}`, `{{- name}}` and `{{name, format}}` all give `name`. */
function placeholders(entry: Entry): Set<string> {
  const names = new Set<string>();
  for (const value of entry.values()) {
    if (typeof value !== 'string') continue;
    for (const m of value.matchAll(/\{\{\s*-?\s*([^}]*?)\s*\}\}/g)) names.add(m[1].split(',')[0].trim());
  }
  return names;
}

function show(names: Set<string>): string {
  return names.size === 0 ? 'none' : [...names].sort().map((n) => `{{${n}}}`).join(', ');
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** The readable files of a namespace, by language. */
function readable(set: LocaleSet, ns: string): Map<string, { file: LocaleFile; entries: Map<string, Entry> }> {
  const out = new Map<string, { file: LocaleFile; entries: Map<string, Entry> }>();
  for (const [lng, files] of set) {
    const file = files.get(ns);
    if (file && !file.error) out.set(lng, { file, entries: entries(file.data) });
  }
  return out;
}

function allNamespaces(set: LocaleSet): string[] {
  return [...new Set([...set.values()].flatMap((files) => [...files.keys()]))].sort();
}

function fileProblems(set: LocaleSet, lng: string): string[] {
  const files = set.get(lng)!;
  const problems: string[] = [];
  for (const ns of allNamespaces(set)) {
    const file = files.get(ns);
    if (!file) {
      const others = [...set].filter(([, f]) => f.has(ns)).map(([l]) => `locales/${l}/${ns}.json`);
      problems.push(`[${lng}] locales/${lng}/${ns}.json is missing (${others.join(', ')} exists)`);
    } else if (file.error) {
      problems.push(`[${lng}] ${file.shown}: ${file.error}`);
    }
  }
  return problems;
}

function keyProblems(set: LocaleSet, lng: string, ns: string): string[] {
  const files = readable(set, ns);
  const mine = files.get(lng);
  if (!mine) return []; // missing or unreadable: reported by fileProblems
  const problems: string[] = [];
  const allKeys = [...new Set([...files.values()].flatMap((f) => [...f.entries.keys()]))].sort();
  for (const key of allKeys) {
    const having = [...files].filter(([, f]) => f.entries.has(key)).map(([l, f]) => ({ l, shown: f.file.shown }));
    const lacking = [...files].filter(([, f]) => !f.entries.has(key)).map(([, f]) => f.file.shown);
    if (!mine.entries.has(key)) {
      problems.push(`[${lng}] ${mine.file.shown}: missing key "${key}" (it is in ${having.map((h) => h.shown).join(', ')})`);
    } else if (lacking.length > 0) {
      problems.push(`[${lng}] ${mine.file.shown}: key "${key}" is not in ${lacking.join(', ')}`);
    }
  }
  for (const [key, entry] of mine.entries) problems.push(...pluralFormProblems(lng, mine.file.shown, key, entry));
  return problems;
}

function pluralFormProblems(lng: string, shown: string, key: string, entry: Entry): string[] {
  const forms = [...entry.keys()].filter((f) => f !== '');
  const problems: string[] = [];
  for (const type of ['cardinal', 'ordinal'] as const) {
    const prefix = type === 'ordinal' ? 'ordinal_' : '';
    const present = forms.filter((f) => (type === 'ordinal') === f.startsWith('ordinal_')).map((f) => f.slice(prefix.length));
    if (present.length === 0) continue;
    let needed: string[];
    try {
      needed = new Intl.PluralRules(lng, { type }).resolvedOptions().pluralCategories;
    } catch {
      continue; // not a language tag Intl knows: nothing to check against
    }
    for (const category of needed.filter((c) => !present.includes(c))) {
      problems.push(`[${lng}] ${shown}: key "${key}" has plural forms but not "${key}_${prefix}${category}", `
        + `which ${lng} needs (i18next would show the bare key)`);
    }
  }
  return problems;
}

function placeholderProblems(set: LocaleSet, lng: string, ns: string): string[] {
  const files = readable(set, ns);
  const mine = files.get(lng);
  if (!mine) return [];
  const problems: string[] = [];
  for (const [key, entry] of [...mine.entries].sort(([a], [b]) => a.localeCompare(b))) {
    const own = placeholders(entry);
    const differing = new Map<string, string[]>(); // their placeholders -> their files
    for (const [other, f] of files) {
      if (other === lng || !f.entries.has(key)) continue;
      const theirs = placeholders(f.entries.get(key)!);
      if (!sameSet(own, theirs)) differing.set(show(theirs), [...(differing.get(show(theirs)) ?? []), f.file.shown]);
    }
    for (const [theirs, shown] of differing) {
      problems.push(`[${lng}] ${mine.file.shown}: key "${key}" has placeholders ${show(own)}, `
        + `but ${shown.join(', ')} ${shown.length > 1 ? 'have' : 'has'} ${theirs}`);
    }
  }
  return problems;
}

function emptyProblems(set: LocaleSet, lng: string, ns: string): string[] {
  const mine = readable(set, ns).get(lng);
  if (!mine) return [];
  const problems: string[] = [];
  for (const [key, value] of leaves(mine.file.data)) {
    if (typeof value !== 'string') {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an empty array' : typeof value === 'object' ? 'an empty object' : `a ${typeof value}`;
      problems.push(`[${lng}] ${mine.file.shown}: key "${key}" is ${kind}, not a text`);
    } else if (value.trim() === '') {
      problems.push(`[${lng}] ${mine.file.shown}: key "${key}" is empty`);
    }
  }
  return problems;
}

function languageNameProblems(set: LocaleSet): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>(); // normalised name -> language
  for (const [lng, files] of set) {
    const file = files.get('common');
    if (!file || file.error) {
      problems.push(`[${lng}] locales/${lng}/common.json is missing or unreadable, so key "language.name" is missing`);
      continue;
    }
    const name = leaves(file.data).get('language.name');
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push(`[${lng}] ${file.shown}: key "language.name" is missing or empty`);
      continue;
    }
    const normalised = name.trim().toLocaleLowerCase();
    const earlier = seen.get(normalised);
    if (earlier) {
      problems.push(`[${lng}] ${file.shown}: key "language.name" is "${name}", the same as in locales/${earlier}/common.json`);
    } else {
      seen.set(normalised, lng);
    }
  }
  return problems;
}

function expectNone(problems: string[]): void {
  if (problems.length > 0) expect.fail(`${problems.length} problem(s):\n${problems.join('\n')}`);
}

describe('locales', () => {
  const set = loadLocales(LOCALES_DIR);
  const namespaces = allNamespaces(set);

  it('has at least two language folders with namespace files', () => {
    expect([...set.keys()], `language folders in ${LOCALES_DIR}`).to.have.length.of.at.least(2);
    expect(namespaces, 'namespace files').to.not.be.empty;
  });

  for (const lng of set.keys()) {
    describe(`locales/${lng}`, () => {
      it('has every namespace file, as valid JSON', () => expectNone(fileProblems(set, lng)));
      for (const ns of namespaces) {
        it(`${ns}.json has the same keys as the other languages`, () => expectNone(keyProblems(set, lng, ns)));
        it(`${ns}.json has the same {{placeholders}} per key`, () => expectNone(placeholderProblems(set, lng, ns)));
        it(`${ns}.json has no empty text`, () => expectNone(emptyProblems(set, lng, ns)));
      }
    });
  }

  it('common.language.name differs per language', () => expectNone(languageNameProblems(set)));

  // the summary names a level by its option label: "Realschulabschluss" (read as EQF 3, knowledge/qualifications.json)
  // was summed up as "Berufsausbildung (Lehre)", "FP de peluquería" (4) as "bachillerato" alone
  it('names, in the option label of the level a diploma is read as, that diploma (de, es, fr)', () => {
    const entries = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'knowledge', 'qualifications.json'), 'utf8')).qualifications as Array<{ eqf: number; names: string[] }>;
    const levelOf = (name: string) => entries.find((e) => e.names.some((n) => n.replace(/^[=~]/, '') === name))?.eqf;
    const problems = ([
      ['de', 'realschulabschluss', 'Realschul'], ['de', 'hauptschulabschluss', 'Hauptschul'], ['de', 'berufsausbildung', 'Berufsausbildung'], ['de', 'abitur', 'Abitur'],
      ['es', 'fp de grado medio', 'FP de grado medio'], ['es', 'bachillerato', 'achillerato'], ['es', 'eso', 'ESO'],
      ['fr', 'cap', 'CAP'], ['fr', 'bts', 'BTS'], ['fr', 'ce1d', 'CE1D'],
    ] as const).flatMap(([lng, name, word]) => {
      const level = levelOf(name);
      const label = (set.get(lng)?.get('profile')?.data as { options?: { qualification?: Record<string, string> } })?.options?.qualification?.[String(level)];
      return label?.includes(word) ? [] : [`${lng}: "${name}" is read as ${level}, whose option label is "${label}"`];
    });
    expectNone(problems);
  });

  // the Spanish texts speak to the person as "usted" (welcome, help); texts added later said "tú" ("escribe «asesor»")
  it('es: the texts people read use one form of address, usted (the advisors\' console aside)', () => {
    const informal = /\b(tú|tu|tus|te|ti|quieres|puedes|tienes|sabes|escribe|dime|has|eres|estás|ayudarte|proponerte)\b/i;
    const problems: string[] = [];
    const walk = (ns: string, node: unknown, key: string): void => {
      if (typeof node === 'string') { if (informal.test(node)) problems.push(`locales/es/${ns}.json: ${key}: ${node}`); }
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(ns, v, key ? `${key}.${k}` : k);
    };
    for (const ns of namespaces.filter((n) => n !== 'console')) walk(ns, set.get('es')?.get(ns)?.data, '');
    expectNone(problems);
  });

  // the Dutch texts speak to the person as "je"; the answer about the courses' language said "uw taal" (QA round 5).
  // "u" after a number is "uur" ("10 u per week")
  it('nl: every text uses one form of address, je (never u or uw)', () => {
    const formal = /(?<!(?:\d|\}\})\s)\b(u|uw|uzelf)\b/iu;
    const problems: string[] = [];
    const walk = (ns: string, node: unknown, key: string): void => {
      if (typeof node === 'string') { if (formal.test(node)) problems.push(`locales/nl/${ns}.json: ${key}: ${node}`); }
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(ns, v, key ? `${key}.${k}` : k);
    };
    for (const ns of namespaces) walk(ns, set.get('nl')?.get(ns)?.data, '');
    expectNone(problems);
  });

  // a reason says what language a course or place is in: every code the catalogue uses needs its name
  it('recommend.languageName names every language a course or support service of knowledge/ is in, in every language', () => {
    const knowledge = path.join(__dirname, '..', 'knowledge');
    const courses = JSON.parse(fs.readFileSync(path.join(knowledge, 'courses.json'), 'utf8')).courses as Array<{ taughtIn: string[] }>;
    const support = JSON.parse(fs.readFileSync(path.join(knowledge, 'support.json'), 'utf8')).support as Array<{ languages: string[] }>;
    const codes = new Set([...courses.flatMap((c) => c.taughtIn), ...support.flatMap((s) => s.languages)]);
    const problems = [...set.keys()].flatMap((lng) => [...codes]
      .filter((code) => typeof (set.get(lng)?.get('recommend')?.data as { languageName?: Record<string, string> } | undefined)?.languageName?.[code] !== 'string')
      .map((code) => `locales/${lng}/recommend.json: languageName.${code} is missing`));
    expectNone(problems);
  });

  // a trade learnt in person is said to be so (recommend:inPerson.<trade>): a trade added to trades.json with
  // `inPerson` and no text would show the key itself to the person
  it('recommend.inPerson has a text for every trade of knowledge/occupations/trades.json learnt in person, in every language', () => {
    const trades = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'knowledge', 'occupations', 'trades.json'), 'utf8')).trades as Record<string, { inPerson?: unknown }>;
    const inPerson = Object.keys(trades).filter((id) => trades[id].inPerson !== undefined);
    expect(inPerson).to.include('heavy-driving');
    const problems = [...set.keys()].flatMap((lng) => inPerson
      .filter((id) => typeof (set.get(lng)?.get('recommend')?.data as { inPerson?: Record<string, string> } | undefined)?.inPerson?.[id] !== 'string')
      .map((id) => `locales/${lng}/recommend.json: inPerson.${id} is missing`));
    expectNone(problems);
  });

  // the person's trade names what is (not) there ("job in cleaning", profile:fields.<trade>): a trade added to
  // trades.json with no name would show the key itself in the summary and the sentences on the catalogue
  it('profile.fields names every trade of knowledge/occupations/trades.json, in every language', () => {
    const trades = Object.keys(JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'knowledge', 'occupations', 'trades.json'), 'utf8')).trades);
    expect(trades).to.include('cleaning');
    const problems = [...set.keys()].flatMap((lng) => trades
      .filter((id) => typeof (set.get(lng)?.get('profile')?.data as { fields?: Record<string, string> } | undefined)?.fields?.[id] !== 'string')
      .map((id) => `locales/${lng}/profile.json: fields.${id} is missing`));
    expectNone(problems);
  });

  // a graduate looking for work in a regulated profession is offered a person about recognition
  // (recommend:inPersonGraduate.<trade>), not told it is learnt in school
  it('recommend.inPersonGraduate has a text for every regulated trade of knowledge/occupations/trades.json, in every language', () => {
    const trades = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'knowledge', 'occupations', 'trades.json'), 'utf8')).trades as Record<string, { inPerson?: { regulated?: boolean } }>;
    const regulated = Object.keys(trades).filter((id) => trades[id].inPerson?.regulated === true);
    expect(regulated).to.include.members(['nursing', 'medicine']);
    const problems = [...set.keys()].flatMap((lng) => regulated
      .filter((id) => typeof (set.get(lng)?.get('recommend')?.data as { inPersonGraduate?: Record<string, string> } | undefined)?.inPersonGraduate?.[id] !== 'string')
      .map((id) => `locales/${lng}/recommend.json: inPersonGraduate.${id} is missing`));
    expectNone(problems);
  });

  // …and one who asked for another topic (the region's language) is told the same beside it (recommend:recognition.<trade>)
  it('recommend.recognition has a text for every regulated trade of knowledge/occupations/trades.json, in every language', () => {
    const trades = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'knowledge', 'occupations', 'trades.json'), 'utf8')).trades as Record<string, { inPerson?: { regulated?: boolean } }>;
    const regulated = Object.keys(trades).filter((id) => trades[id].inPerson?.regulated === true);
    const problems = [...set.keys()].flatMap((lng) => regulated
      .filter((id) => typeof (set.get(lng)?.get('recommend')?.data as { recognition?: Record<string, string> } | undefined)?.recognition?.[id] !== 'string')
      .map((id) => `locales/${lng}/recommend.json: recognition.${id} is missing`));
    expectNone(problems);
  });
});

describe('locale parity checks (on made-up files)', () => {
  const make = (data: Record<string, Record<string, unknown>>): LocaleSet => new Map(Object.entries(data).map(([lng, files]) => [lng,
    new Map(Object.entries(files).map(([ns, d]) => [ns, { shown: `locales/${lng}/${ns}.json`, data: d }]))]));

  it('groups plural forms under their base key, only when the _other form is there', () => {
    const e = entries({ a: { hours_one: 'x', hours_other: 'y' }, step_one: 'z', n_ordinal_one: '1st', n_ordinal_other: 'nth' });
    expect([...e.keys()].sort()).to.deep.equal(['a.hours', 'n', 'step_one']);
    expect([...e.get('a.hours')!.keys()]).to.deep.equal(['one', 'other']);
  });

  it('accepts different plural forms, or a plain key, for the same base key', () => {
    const set = make({
      en: { c: { n: { hours_one: '{{count}} hour', hours_other: '{{count}} hours' } } },
      pl: { c: { n: { hours_one: '{{count}} godzina', hours_few: '{{count}} godziny', hours_many: '{{count}} godzin', hours_other: '{{count}} godziny' } } },
      xx: { c: { n: { hours: '{{count}} h' } } },
    });
    for (const lng of ['en', 'pl', 'xx']) {
      expect(keyProblems(set, lng, 'c'), lng).to.deep.equal([]);
      expect(placeholderProblems(set, lng, 'c'), lng).to.deep.equal([]);
    }
  });

  it('reports a plural form the language needs', () => {
    const set = make({ pl: { c: { hours_one: 'a', hours_other: 'b' } } });
    const problems = keyProblems(set, 'pl', 'c');
    expect(problems.join('\n')).to.contain('"hours_few"').and.contain('"hours_many"').and.contain('locales/pl/c.json');
  });

  it('reports missing and extra keys, naming language, file and key', () => {
    const set = make({ en: { c: { a: { b: 'x' }, d: 'y' } }, es: { c: { a: { b: 'x' }, e: 'z' } } });
    const es = keyProblems(set, 'es', 'c').join('\n');
    expect(es).to.contain('[es] locales/es/c.json: missing key "d" (it is in locales/en/c.json)');
    expect(es).to.contain('[es] locales/es/c.json: key "e" is not in locales/en/c.json');
  });

  it('reports a missing namespace file and invalid JSON', () => {
    const set = make({ en: { c: {}, r: {} }, es: { c: {} } });
    expect(fileProblems(set, 'es')).to.deep.equal(['[es] locales/es/r.json is missing (locales/en/r.json exists)']);
    set.get('en')!.get('r')!.error = 'invalid JSON (boom)';
    expect(fileProblems(set, 'en')).to.deep.equal(['[en] locales/en/r.json: invalid JSON (boom)']);
  });

  it('reports different placeholders, reading {{- x}} and {{x, format}} as x', () => {
    const set = make({ en: { c: { t: 'in {{weeks}} weeks', u: '{{- a}} {{b, number}}' } }, de: { c: { t: 'in {{week}} Wochen', u: '{{a}} {{b}}' } } });
    expect(placeholderProblems(set, 'de', 'c')).to.deep.equal(
      ['[de] locales/de/c.json: key "t" has placeholders {{week}}, but locales/en/c.json has {{weeks}}']);
  });

  it('reports empty and non-text values', () => {
    const set = make({ en: { c: { a: ' ', b: 3, d: {}, e: 'ok' } } });
    expect(emptyProblems(set, 'en', 'c')).to.deep.equal([
      '[en] locales/en/c.json: key "a" is empty',
      '[en] locales/en/c.json: key "b" is a number, not a text',
      '[en] locales/en/c.json: key "d" is an empty object, not a text',
    ]);
  });

  it('reports the same language name twice', () => {
    const set = make({ de: { common: { language: { name: 'Deutsch' } } }, lb: { common: { language: { name: 'deutsch' } } } });
    expect(languageNameProblems(set)).to.deep.equal(
      ['[lb] locales/lb/common.json: key "language.name" is "deutsch", the same as in locales/de/common.json']);
  });
});

/**
 * The diploma buttons are shown before the region is asked, so one label must read right in Belgium, France and
 * Luxembourg (found by a tester: "Fin du secondaire (bac, CESS)"; in Belgium a "bac" is a bachelor's degree).
 */
describe('French diploma options read right in every country', () => {
  // (no country named in it: a label sent back as text must answer its question only, and "France" read as the place
  // skipped the region question; see optionLabels.test.ts)
  it('when the end of secondary school is offered, then the CESS is named and "bac" is the lycée\'s', () => {
    const options = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'locales', 'fr', 'profile.json'), 'utf8')).options.qualification as Record<string, string>;
    expect(options['4']).to.contain('CESS').and.contain('bac de lycée');
    expect(options['5']).to.contain('graduat');
  });
});
