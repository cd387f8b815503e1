import { FIELDS, type Field } from '../../profile/profile';
import { hasCueBefore, isNegated, slightCue } from '../match/context';
import { Tagger, type Match } from '../match/tagger';
import type { Lexicons } from '../lexicon/lexicon';
import { words, type Token } from '../text/tokenize';
import { editDistance } from '../text/editDistance';
import { plural } from '../text/similar';
import { idOf } from '../text/vocabulary';
import type { Mode, Reading, Span } from './reading';

/**
 * What a job or sector word means for the profile: a ROME v3 grand domaine (A–N), or `topic` for the jobs
 * that are one of the bot's training topics (web developer, graphic designer...), which fill `interest` only.
 */
export type Occupation = Field | 'topic';

/**
 * Job titles and sector words per language (`knowledge/occupations/`), each list under what it means: the
 * ROME v3 grand domaine of the job (France Travail's ROME titles, ESCO's labels mapped through the official
 * ESCO–ROME crosswalk, hand-made sector words), or `topic`. Phrases use the lexicon phrase syntax.
 */
export interface Occupations {
  [lng: string]: Partial<Record<Occupation, string[]>>;
}

/** The values an `Occupations` list may be filed under, in order. */
export const OCCUPATION_KEYS: readonly Occupation[] = [...FIELDS, 'topic'];

/** Occupation matchers, one per language, and which of their phrases may be read in another language. */
export interface FieldTaggers {
  byLanguage: Record<string, Tagger<Occupation>>;
  /** Whether a phrase is read in a chat of another language (see `fieldTaggers`). */
  travels(phrase: string): boolean;
  /** One-word job titles and sector words per language, for the forms no list spells (see `formMatches`). */
  words: Record<string, Map<string, Occupation>>;
  /** Every word the lexicons use: never read as another form of a job word. */
  everyday: ReadonlySet<string>;
  /** Trades within a field, in file order, their stems as folded words, `whole` when they must be whole words (see `Trades`). */
  trades: TradeStems[];
  /** The trades of `trades` filed under each field (as their field or one of their other fields), in file order. */
  tradesIn: ReadonlyMap<Field, readonly TradeStems[]>;
}

/** A trade as `tradeOf` reads it (see `FieldTaggers.trades`). */
interface TradeStems { id: string; fields: readonly Field[]; stems: Stem[]; notStems: Stem[] }
/** A stem's folded words, and whether they must be whole words. */
interface Stem { parts: string[]; whole: boolean }

/**
 * Trades within a grand domaine whose courses differ (`knowledge/occupations/trades.json`): a security guard and
 * a home carer are both K. Each names its field and, per language, word beginnings ("sécurit", "bewak",
 * "personnes âgées"): a job or sector word of that field whose words begin so is of that trade. A stem ending in `$`
 * names whole words ("camion$" is a lorry, not the "camionnette" of a van driver). `otherFields`: other grand domaines
 * the references file the trade's jobs under, where it is a trade too (a pastry cook is D in ROME, G in ESCO).
 */
export interface Trades {
  /**
   * `notStems`: words that rule the trade out though one of its stems matches ("nurse's aide" is no nurse, "nursing home"
   * no nursing), so that a later trade may take the job.
   */
  [id: string]: { field: Field; otherFields?: Field[]; about?: string; stems: Record<string, string[]>; notStems?: Record<string, string[]> };
}

/** Every grand domaine a trade's jobs are filed under: its field, then its other fields. */
export function tradeFields(trade: Trades[string]): Field[] {
  return [trade.field, ...(trade.otherFields ?? [])];
}

/** A one-word job title shorter than this is read in its own language only ("chef", "kok", "bau"). */
const MIN_FOREIGN_WORD = 5;
/** Shorter typed words must be spelt right to stand for a job title ("files" is no "filer"). */
const MIN_TYPO_WORD = 6;
/** How close a cue must be to a job in free text: "je cherche un emploi *de* magasinier", "quiero trabajar de camarero". */
const CUE_REACH = 4;
/** How soon after a job a wish may come, verb last ("Busfahrer *zu* werden"). */
const CUE_AFTER = 1;
/** How close "je suis", "I'm a" must be to a job said as one's own ("je suis *aide-soignante*", "I'm a *qualified* plumber"). */
const OWN_REACH = 2;
/** How soon after a job a past-job cue puts it in the past, verb last ("als Koch *gearbeitet*"). */
const PAST_AFTER = 1;
/** How far back a past-job cue reaches: "j'ai travaillé *dix ans comme* caissière". */
const PAST_REACH = 5;
/** A learning cue made only of words this short ("in de", "como", "as a", "als") is a preposition, not a wish. */
const SLIGHT_CUE_WORD = 4;

/**
 * Builds the matchers once. Typo-tolerant but not stemmed: among thousands of job titles a shared prefix
 * means nothing ("cherche" is no "chercheur", "Stelle" no "Stellenvermittler"). In a chat of another language
 * a title must be typed as written (accents aside), and a one-word title must be longer than a short word and
 * not an everyday word of any lexicon (`lexicons`): the French "me former" is no English former (H), "non" no
 * Dutch nun, "chef" no English cook. Job words are many and rarely typed: they are not warmed at start-up.
 */
export function fieldTaggers(occupations: Occupations = {}, lexicons: Lexicons = {}, trades: Trades = {}): FieldTaggers {
  const entries = (lists: Partial<Record<Occupation, string[]>>): Array<[string, Occupation]> =>
    OCCUPATION_KEYS.flatMap((key) => (lists[key] ?? []).map((phrase): [string, Occupation] => [phrase, key]));
  const byLanguage = Object.fromEntries(Object.entries(occupations)
    .map(([lng, lists]) => [lng, new Tagger(entries(lists), { cold: true })]));
  const everyday = everydayWords(lexicons);
  const travels = (phrase: string): boolean => {
    const [first, ...rest] = words(phrase);
    return rest.length > 0 || (first.length >= MIN_FOREIGN_WORD && !everyday.has(first));
  };
  const oneWord = Object.fromEntries(Object.entries(occupations).map(([lng, lists]) => [lng, oneWordTitles(lists)]));
  const compiled = (stems: Record<string, string[]> = {}) => Object.values(stems).flat()
    .map((stem) => ({ parts: words(stem), whole: stem.trim().endsWith('$') })).filter((stem) => stem.parts.length > 0);
  const tradeStems: TradeStems[] = Object.entries(trades).map(([id, trade]) => ({ id, fields: tradeFields(trade), stems: compiled(trade.stems), notStems: compiled(trade.notStems) }));
  const tradesIn = new Map<Field, TradeStems[]>();
  for (const trade of tradeStems) {
    for (const field of new Set(trade.fields)) {
      const list = tradesIn.get(field);
      if (list) list.push(trade);
      else tradesIn.set(field, [trade]);
    }
  }
  return { byLanguage, travels, words: oneWord, everyday, trades: tradeStems, tradesIn };
}

/**
 * The trade of the job or sector word `m` read as the field: the first trade of that field (or of its other fields) one of whose stems
 * begins the words of the phrase matched or of the words typed ("agent de sécurité", "Wachmann", "bewaker" are
 * security; "crèche" childcare). Stems of every language count: they are only looked for in a job of the field.
 */
export function tradeOf(reading: Reading, taggers: FieldTaggers, m: Match<Field>): string | undefined {
  const typed = reading.tokens.slice(m.start, m.end).map((token) => token.t);
  const said = [words(m.source), typed];
  // (the trades of the field only, with loops rather than closures: this runs for every job read, over a field's
  // hundreds of stems)
  for (const trade of taggers.tradesIn.get(m.value) ?? []) {
    if (saysAny(said, trade.stems) && !saysAny(said, trade.notStems)) return trade.id;
  }
  return undefined;
}

/** Whether one of `stems` begins the words from some position of one of the word lists `said`. */
function saysAny(said: string[][], stems: Stem[]): boolean {
  for (const { parts, whole } of stems) {
    for (const list of said) {
      for (let i = 0; i < list.length; i++) {
        let all = true;
        for (let j = 0; j < parts.length && all; j++) {
          const word = list[i + j];
          all = whole ? word === parts[j] : word !== undefined && word.startsWith(parts[j]);
        }
        if (all) return true;
      }
    }
  }
  return false;
}

/** The one-word phrases of a language's lists ("magazijnier", "pflege|pflegen"), each with what it means; a word filed twice differently is left out. */
function oneWordTitles(lists: Partial<Record<Occupation, string[]>>): Map<string, Occupation> {
  const found = new Map<string, Occupation | null>();
  for (const key of OCCUPATION_KEYS) {
    for (const phrase of lists[key] ?? []) {
      const choices = phrase.split('|').map((choice) => words(choice));
      if (/[\s*@]/.test(phrase.trim()) || choices.some((choice) => choice.length !== 1)) continue;
      for (const [word] of choices) {
        const known = found.get(word);
        found.set(word, known === undefined || known === key ? key : null);
      }
    }
  }
  return new Map([...found].filter((entry): entry is [string, Occupation] => entry[1] !== null));
}

/** Every word the lexicons use (phrases, sets, names, not number words): the everyday words of each language. */
function everydayWords(lexicons: Lexicons): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') for (const word of words(node)) found.add(word);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      // (who looks after one's health is named by job titles: "Arzt", "kiné" stay job words in other languages)
      for (const [key, value] of Object.entries(node)) if (key !== 'numbers' && key !== '$comment' && key !== 'carers') walk(value);
    }
  };
  Object.values(lexicons).forEach(walk);
  return found;
}

/**
 * The job sector a message names as where the person wants to work or train: the first job title or sector
 * word that is not negated ("pas dans la vente") and not a job they held or want to leave ("j'ai travaillé
 * comme caissière", "I used to be a cook", "marre de la restauration"). A job that is a training topic
 * ("développeur web") is no field: it fills `interest`. The message's language is tried first, then every
 * language ("aide-soignante" in a Luxembourgish chat).
 *
 * As the answer to the interest or goal question a bare job counts ("magasinier"). In free text a job counts
 * after a wish ("je cherche un emploi de magasinier", "ich will Verkäufer werden", "work in logistics"), or
 * when the message says what the person is and wants work ("I'm a plumber, looking for work in Brussels"),
 * unless it also says they want to leave it ("je suis caissière et je veux faire autre chose").
 */
export function readField(reading: Reading, taggers: FieldTaggers, mode: Mode, diplomas: readonly Span[] = []): Field | undefined {
  return readJob(reading, taggers, mode, diplomas)?.field;
}

/** The field `readField` reads, with the trade of the job or sector word it read it from (see `tradeOf`) and where that word starts. */
export function readJob(reading: Reading, taggers: FieldTaggers, mode: Mode, diplomas: readonly Span[] = []): { field: Field; trade?: string; start: number } | undefined {
  const m = jobMatch(reading, taggers, mode, diplomas);
  if (!m) return undefined;
  const trade = tradeOf(reading, taggers, m);
  return trade ? { field: m.value, trade, start: m.start } : { field: m.value, start: m.start };
}

/** A past participle or past tense in "é" ("travaillé", "bossé", "trabajé"), often typed for the infinitive after a wish. */
const MISTYPED_INFINITIVE = /[ée]$/;

/** The most letters of a sector word that is a filler word too ("IT", the English "it"): said on its own only. */
const FILLER_SECTOR_WORD = 3;

function jobMatch(reading: Reading, taggers: FieldTaggers, mode: Mode, diplomas: readonly Span[]): Match<Field> | undefined {
  const { tokens, lex } = reading;
  const goals = lex.goals.tag(tokens);
  const wishes = goals.filter((m) => m.value === 'find-job' || m.value === 'retrain' || m.value === 'start-business');
  const learning = mode === 'extract' ? lex.learning.tag(tokens) : [];
  const aspirations = lex.aspiration.tag(tokens);
  // a past in "é" right after a wish is its infinitive mistyped: "je veu travaillé dans la coifure", "quiero trabajé de…"
  // (not a past cue of another kind: "ich will weg aus der Pflege")
  const past = lex.pastJob.tag(tokens).filter((p) => !(MISTYPED_INFINITIVE.test(tokens[p.start].t)
    && aspirations.some((a) => a.end === p.start && tokens[a.end - 1].clause === tokens[p.start].clause)));
  // a wish inside words typed exactly as a statement of one's own job is that statement: "Trabajo de camarera" says
  // the job held, no "trabajar de" ("to work as") nor a bare "trabajo" ("a job")
  const statements = mode === 'extract' ? jobStatements(reading) : [];
  // a preference is a wish too: "je préfère la coiffure", "I'd rather be a hairdresser", "doch lieber Friseurin"
  // where one goes after a job left is a wish: "sortir de la vente pour aller *vers* le soin", "out of retail *into* nursing"
  const towards = mode === 'extract' && past.length > 0 ? lex.towards.tag(tokens).filter((c) => past.some((p) => p.end <= c.start)) : [];
  const cues = (mode === 'extract' ? [...learning, ...aspirations, ...wishes, ...lex.preference.tag(tokens), ...towards] : [])
    .filter((c) => !statements.some((s) => s.start <= c.start && c.end <= s.end));
  // words that wish or weigh a job in its clause, as the answer to a change of trade (see below)
  const weighing = mode === 'answer' && goals.some((m) => m.value === 'retrain')
    ? [...lex.learning.tag(tokens), ...aspirations, ...lex.vague.tag(tokens), ...lex.preference.tag(tokens)] : [];
  const retraining = goals.filter((m) => m.value === 'retrain');
  const leaving = past.length > 0 || retraining.length > 0;
  // cues too slight to turn a past job into a wish: "ik werkte vroeger *in de* bouw", "I worked *as a* cook"
  const weak = new Set<Match<unknown>>([...wishes.filter((m) => m.weight < 2),
    ...learning.filter((m) => slightCue(m, SLIGHT_CUE_WORD))]);
  const saysDontKnow = lex.dontKnow.tag(tokens).length > 0;
  // "…, je cherche quelque chose de similaire", "suche wieder sowas": the job named, held or left, is the one wanted
  const again = retraining.length === 0 && lex.sameAgain.tag(tokens).length > 0;
  // "je suis caissière, je cherche autre chose": the job one has is not the one wanted
  const elsewhere = lex.somethingElse.tag(tokens).length > 0;
  const wishesAndGoals = [...cues, ...goals];
  // two jobs differ by their field, or within one by their trade (a lorry driver and a forklift driver are both N)
  const otherJob = (a: Match<unknown>, b: Match<unknown>): boolean => a.value !== b.value
    || tradeOf(reading, taggers, a as Match<Field>) !== tradeOf(reading, taggers, b as Match<Field>);
  const fillerWords = lex.fillers.tag(tokens);
  // a job named as someone who looks after the person is that person, no job wished: "le médecin du travail",
  // "mein Hausarzt", "my physio" (the lexicon's `carers`)
  // (not one to become, right after a wish: "je veux devenir médecin du travail", nor one named alone in its clause)
  const persons = lex.carers.tag(tokens).filter((p) => !hasCueBefore(tokens, p, [...aspirations, ...lex.learning.tag(tokens), ...wishes], 1)
    && tokens.some((token, i) => (i < p.start || i >= p.end) && token.clause === tokens[p.start].clause));
  let stated: Match<Field> | undefined;
  const own = taggers.byLanguage[lex.language];
  const others = Object.values(taggers.byLanguage).filter((tagger) => tagger !== own);
  // words read in the message's language are not read again in another ("data analyst" is a topic in French)
  const claimed: Span[] = [];
  for (const tagger of [own, ...(saysDontKnow ? [] : others)]) {
    if (!tagger) continue;
    const foreign = tagger !== own;
    // the readings that stand for what was typed, then the most specific of them ("electrician work" is no
    // "electrical work", so "electrician" is read)
    const listed = mostSpecific(tagger.all(tokens).filter((m) => (foreign
      ? m.exact === m.weight && taggers.travels(m.source) && !claimed.some((c) => c.start < m.end && m.start < c.end)
      : typedAsMeant(tokens, m))));
    const lng = Object.keys(taggers.byLanguage).find((key) => taggers.byLanguage[key] === tagger)!;
    const formed = formMatches(tokens, taggers.words[lng], taggers.everyday, lng, [...listed, ...(foreign ? claimed : [])])
      .filter((m) => !foreign || taggers.travels(tokens[m.start].t));
    const matches = formed.length ? [...listed, ...formed].sort((a, b) => a.start - b.start) : listed;
    if (!foreign) claimed.push(...matches);
    for (const m of matches) {
      if (m.value === 'topic' || isNegated(tokens, m, reading.negations, matches)) continue;
      // a short sector word that is a filler word too counts only said on its own, and typed in capitals unless it is the
      // whole message: "IT", "in IT", "it" (not the English "it" of "it depends" or "do it for me"; a longer one is a word
      // of its own that folds like a filler: "uñas" is no "unas")
      // (or right after where one goes from a job left: "out of retail into IT")
      if (m.end - m.start === 1 && tokens[m.start].t.length <= FILLER_SECTOR_WORD && fillerWords.some((f) => f.start <= m.start && m.end <= f.end)
        && (!(saysOnlyJob(reading, m, matches) || towards.some((c) => c.end === m.start))
          || (tokens.length > 1 && !typedInCapitals(reading.text, tokens[m.start].t)))) continue;
      if (persons.some((p) => p.start <= m.start && m.end <= p.end)) continue;
      // a sector word inside a diploma's name is the diploma: "secundair onderwijs" is no job in education
      if (diplomas.some((d) => d.start <= m.start && m.end <= d.end && d.end - d.start > m.end - m.start)) continue;
      if (again && matches.every((o) => o.value === 'topic' || o.value === m.value)) return m as Match<Field>;
      // a job the person can no longer do for their health is one left: "als Dachdecker geht es mit meinem Rücken nicht
      // mehr", "je ne peux plus être maçon à cause de mon dos"
      if (unfitFor(reading, m)) continue;
      // the nearest cue decides: "quiero dejar la hostelería y trabajar en una oficina" leaves G, wants M;
      // a bare "job" does not ("I quit my job as a waitress")
      const held = lastCueBefore(tokens, m, past, PAST_REACH);
      const wish = lastCueBefore(tokens, m, cues, CUE_REACH);
      const later = held && lastCueBefore(tokens, m, cues.filter((c) => c.start >= held.end && !weak.has(c)), CUE_REACH);
      if (held && !later) continue;
      // a slight cue ("work in a supermarket") before a job, and another job wished for later with a true wish ("…, want
      // to become an electrician"): the first is the one held
      if (mode === 'extract' && wish && weak.has(wish) && wishedLater(reading, m, matches, cues.filter((c) => !weak.has(c)))) continue;
      // verb last: "als Verkäuferin gearbeitet", "als kok gewerkt"
      if (past.some((cue) => cue.start >= m.end && cue.start - m.end <= PAST_AFTER && tokens[cue.start].clause === tokens[m.start].clause)) continue;
      // the object of a wish said after a comma, on its own: "ich möchte beruflich neu anfangen, in der Pflege"
      const object = followsWish(tokens, m, wishesAndGoals) && saysOnlyJob(reading, m, matches, true);
      // a change of trade answered with a job said apart is the job left ("changer de métier, la restauration m'a
      // usé"), unless its clause wishes it or weighs it ("…, la boulangerie me tente bien", "…, quizá la logística")
      if (mode === 'answer' && !wish && !object && retraining.length > 0
        && !retraining.some((g) => tokens[g.start].clause === tokens[m.start].clause)
        && !weighing.some((c) => tokens[c.start].clause === tokens[m.start].clause)) continue;
      if (mode === 'answer' || wish || object) return m as Match<Field>;
      // a job said with no wish, then another one wished for in a later clause: the first is the one held ("I clean
      // houses but I want to become a dental assistant", "je fais du ménage, je voudrais devenir vendeuse")
      // (of another trade of the same field too: "camionero, pero ahora quiero ser carretillero" wants the forklift, not
      // the lorry; found by a tester, qa22 q09)
      if (mode === 'extract' && wishedLater(reading, m, matches, cues, otherJob)) continue;
      // a job said on its own, first ("Dachdecker, bin schwindelfrei", "kapper"): what the person is after
      if (!leaving && saysOnlyJob(reading, m, matches)) return m as Match<Field>;
      // a first message that only describes a job, with no one in it: "working the line at a factory", "Lkw fahren ist mein Ding"
      if (mode === 'extract' && !leaving && describesOnlyJob(reading, m, matches, diplomas)) return m as Match<Field>;
      // verb last: "in einem Krankenhaus arbeiten", "Busfahrer zu werden", "kok worden", "Kach ginn"; a cue
      // that another job follows is that job's ("ich bin Verkäuferin und möchte Pflegehelferin werden")
      // (where the job is, said between, belongs to it: "Küchenhilfe im Altenheim wär was für mich")
      const until = whereAfter(reading, m, matches);
      const after = cues.filter((c) => c.start >= until && c.start - until <= CUE_AFTER && tokens[c.start].clause === tokens[m.start].clause
        && !matches.some((o) => o.value !== 'topic' && o.start >= c.end && o.start - c.end <= CUE_REACH && tokens[o.start].clause === tokens[c.start].clause));
      // one who leaves a job or changes trade still names the one to become, its verb right after it, in a clause
      // with no past: "Ich will umschulen, Koch werden", "…, ich möchte aber Köchin werden"
      const becomes = after.some((c) => c.start === until && aspirations.some((a) => a === c))
        && !past.some((c) => tokens[c.start].clause === tokens[m.start].clause);
      if ((!leaving || becomes) && !elsewhere && after.length > 0) return m as Match<Field>;
      if (!stated && cues.length > 0 && !leaving && !elsewhere && saysOwn(reading, m, diplomas)) stated = m as Match<Field>;
    }
  }
  return stated;
}

/**
 * Whether the job is the first thing said, a clause of its own: before it only greetings and fillers ("bonjour,
 * plombier"), in its clause nothing else but fillers ("Altenpflegerin", "Lagerarbeit, Kommissionierung"), other
 * jobs or sectors ("vendeuse ou caissière", "Lager oder Logistik") and, opening the clause, one word that says
 * where ("bank teller", "hospital cleaner"). With `ownClause`, only its clause counts (what came before is another's).
 */
function saysOnlyJob(reading: Reading, m: Match<unknown>, jobs: ReadonlyArray<Match<unknown>> = [], ownClause = false): boolean {
  const { tokens, lex } = reading;
  const clause = tokens[m.start].clause;
  const filler = new Array<boolean>(tokens.length).fill(false);
  for (const f of [...lex.fillers.tag(tokens), ...lex.greeting.tag(tokens)]) for (let i = f.start; i < f.end; i++) filler[i] = true;
  for (const job of jobs) {
    if (job === m || job.value === 'topic' || tokens[job.start].clause !== clause || isNegated(tokens, job, reading.negations, jobs)) continue;
    for (let i = job.start; i < job.end; i++) filler[i] = true;
  }
  // a possession, a wish, the past or a negation: words that say something else than the job
  const saying = [...lex.possession.tag(tokens), ...lex.aspiration.tag(tokens), ...lex.pastJob.tag(tokens), ...lex.background.tag(tokens), ...reading.negations];
  // "I'm a cook": words that fill a sentence out are no filler when they say the job is held
  for (const c of saying) if (c.end <= m.start) for (let i = c.start; i < c.end; i++) filler[i] = false;
  const places = lex.location.tag(tokens);
  // one word opening the clause right before the job says where it is, unless it is a cue ("ex", "want", "in")
  const opens = tokens.findIndex((token) => token.clause === clause);
  if (m.start === opens + 1 && ![...places, ...saying].some((c) => c.start <= opens && opens < c.end)) filler[opens] = true;
  // a one-word preposition of place before a job or sector of the clause, fillers (articles) between, says which
  // sector: "en banque ou en assurance", "de camarero o en cocina", "in logistics"
  const starts = new Set([m, ...jobs].filter((j) => j.value !== 'topic' && tokens[j.start].clause === clause).map((j) => j.start));
  for (const c of places) {
    if (c.end - c.start !== 1 || tokens[c.start].clause !== clause || saying.some((o) => o.start <= c.start && c.start < o.end)) continue;
    let next = c.end;
    while (next < tokens.length && filler[next] && !starts.has(next) && tokens[next].clause === clause) next++;
    if (starts.has(next)) filler[c.start] = true;
  }
  // where or with whom, said right after it, belongs to the job: "housekeeping in hotels", "Maurer um Bau",
  // "recepcionista en una oficina" (not when one of those follows in its clause)
  const end = m.end < tokens.length && tokens[m.end].clause === clause && places.some((c) => c.start === m.end)
    && !saying.some((c) => c.start >= m.end && tokens[c.start].clause === clause)
    ? tokens.findIndex((token, i) => i > m.end && token.clause > clause) : m.end;
  const last = end === -1 ? tokens.length : end;
  // the hours wanted, said right after it to the end of its clause, are no other thing said: "caissière 20h",
  // "camarera 20 horas" (a number, then time words only)
  // (not a filler word read as a job: "unas 5 horas" is no "uñas")
  if (last < tokens.length && tokens[last].clause === clause && DIGITS.test(tokens[last].t)
    && !lex.fillers.tag(tokens).some((f) => f.start <= m.start && m.end <= f.end)) {
    const time = lex.time.tag(tokens).filter((t) => t.start > last && tokens[t.start].clause === clause && HOURS_WORDS.has(t.value.kind));
    let next = last + 1;
    for (const t of time) if (t.start === next) next = t.end;
    if (next > last + 1 && (next === tokens.length || tokens[next].clause !== clause)) for (let i = last; i < next; i++) filler[i] = true;
  }
  return tokens.every((token, i) => (i >= m.start && i < last) || filler[i] || token.clause > clause || (ownClause && token.clause < clause));
}

/** The time words that may follow hours said after a job: "20h", "20 heures par semaine". */
const HOURS_WORDS: ReadonlySet<string> = new Set(['hourUnit', 'perWeek']);
/** A number typed in digits ("20", "37.5"). */
const DIGITS = /^\d+([.,]\d+)?$/;

/** How many words a message that only describes a job may have ("conseiller en crédit auto dans une banque"). */
const MAX_DESCRIPTION = 8;

/**
 * Whether the whole message only describes a job, as people answer "what would you like to do?" before it is asked:
 * a few words around a job or sector word, all its job words of one field, and no one in it: no person speaking ("I",
 * "ich"), no one else, no possession, past, background or negation, no number ("working the line at a crisp
 * factory", "Lkw fahren ist mein Ding", "in een drukkerij aan de pers staan"), no diploma and no question. What one does in one's own life is said
 * with its subject: "I take the bus to the library", "ich fahre mit dem Bus zur Arbeit".
 */
function describesOnlyJob(reading: Reading, m: Match<unknown>, jobs: ReadonlyArray<Match<unknown>>, diplomas: readonly Span[]): boolean {
  const { tokens, lex } = reading;
  // a diploma named with it is the diploma's subject: "BTS tourisme", "een bachelor verpleegkunde"
  if (diplomas.length > 0 || tokens.length > MAX_DESCRIPTION || tokens.some((token) => /\d/.test(token.t))) return false;
  if (jobs.some((o) => o.value !== 'topic' && o.value !== m.value)) return false;
  const people = [...lex.self.tag(tokens), ...lex.others.tag(tokens), ...lex.pastJob.tag(tokens), ...lex.background.tag(tokens),
    ...lex.dontKnow.tag(tokens), ...reading.negations];
  // a job opening the message after an article only is a person or place spoken of: "le chauffeur du bus était en retard"
  const fillers = lex.fillers.tag(tokens);
  if (m.start > 0 && fillers.some((f) => f.start === 0 && f.end === m.start)) return false;
  // a possession after the job says one likes it ("ist mein Ding", "c'est mon truc"), before it says whose it is
  return people.length === 0 && !lex.possession.tag(tokens).some((c) => c.start < m.start) && !reading.text.includes('?');
}

/**
 * Where the words of a job end, with the place it is done said right after it: "Küchenhilfe *im Altenheim*" (a
 * preposition, then another job or sector word of the clause).
 */
function whereAfter(reading: Reading, m: Match<unknown>, jobs: ReadonlyArray<Match<unknown>>): number {
  const { tokens, lex } = reading;
  const at = lex.location.tag(tokens).find((c) => c.start === m.end && tokens[c.start].clause === tokens[m.start].clause);
  const place = at && jobs.find((o) => o !== m && o.value !== 'topic' && o.start >= at.end && o.start - at.end <= 1
    && tokens[o.start].clause === tokens[m.start].clause);
  return place ? place.end : m.end;
}

/** Whether another job than `m`, in a later clause, comes right after a wish ("…, but I want to become a nurse"). */
export function wishedLater(reading: Reading, m: Match<unknown>, jobs: ReadonlyArray<Match<unknown>>, cues: ReadonlyArray<Match<unknown>>,
  differ: (a: Match<unknown>, b: Match<unknown>) => boolean = (a, b) => a.value !== b.value): boolean {
  const { tokens } = reading;
  return jobs.some((o) => o.start >= m.end && o.value !== 'topic' && differ(o, m)
    && tokens[o.start].clause > tokens[m.start].clause && !isNegated(tokens, o, reading.negations, jobs)
    && hasCueBefore(tokens, o, cues.filter((c) => c.start > m.end), CUE_REACH));
}

/**
 * Whether the clause of `m` comes right after one that holds a wish or a goal ("I want a career change, maybe in
 * care"): a clause of its own that only names a job or a topic is that wish's object.
 */
export function followsWish(tokens: Token[], m: Span, cues: readonly Span[]): boolean {
  const clause = tokens[m.start].clause;
  return clause > 0 && tokens.some((token, i) => i < m.start && token.clause === clause - 1)
    && cues.some((c) => tokens[c.end - 1].clause === clause - 1);
}

/**
 * Whether a job is said as the person's own: after "je suis", "I'm a", "soy", "ich bin" (the lexicon's
 * `background` cues) or a diploma ("un CAP cuisine"), or first in a clause, one word in at most ("Nurse
 * from India, want to work in a hospital", "Experienced chef looking for work"); not someone else's ("mon
 * mari est chauffeur").
 */
function saysOwn(reading: Reading, m: Match<unknown>, diplomas: readonly Span[]): boolean {
  const { tokens, lex } = reading;
  if (hasCueBefore(tokens, m, lex.background.tag(tokens), OWN_REACH) || jobsNext(reading, [m]).length > 0) return true;
  if (diplomas.some((d) => d.start < m.start && m.start - d.end <= 1 && tokens[d.start].clause === tokens[m.start].clause)) return true;
  let before = 0;
  for (let i = m.start - 1; i >= 0 && tokens[i].clause === tokens[m.start].clause; i--) before++;
  return before <= 1;
}

/**
 * Words of a compound that say only "worker", "helper", "staff", or only the place or firm one works in: the word
 * before them names the sector ("Lagermitarbeiter", "Produktionshelferin", "horecamedewerker", "Lagerhaus",
 * "Baubetrieb", "schoonmaakbedrijf").
 */
const WORKER_HEADS: Record<string, string[]> = {
  de: ['mitarbeiterin', 'mitarbeiter', 'arbeiterin', 'arbeiter', 'helferin', 'helfer', 'fachkraft', 'kraft', 'aushilfe', 'hilfe', 'personal', 'angestellte', 'angestellter', 'job', 'jobs', 'branche', 'bereich',
    'haus', 'halle', 'betrieb', 'firma', 'abteilung', 'sektor'],
  nl: ['medewerkster', 'medewerker', 'arbeidster', 'arbeider', 'helpster', 'helper', 'hulp', 'kracht', 'personeel', 'bediende', 'werker', 'werkster', 'job', 'sector',
    'bedrijf', 'firma', 'afdeling'],
};
/** A compound's head or sector word needs this many letters, and what is left of it at least `MIN_MODIFIER`. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/**
 * The forms of a typed word that the lists may spell otherwise, most likely first: feminine, plural and
 * diminutive forms (es "camionera", "repartidoras", "camarerito"; de "Lagerhelferin", "Kellnerinnen"; nl
 * "kassierster", "verkoopster", "kokkin").
 */
function baseForms(word: string, lng: string): string[] {
  const forms: string[] = [];
  if (lng === 'es') {
    const singular = word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : word.endsWith('s') ? [word.slice(0, -1)] : [word];
    for (const w of singular) {
      const v = w.replace(/(?:it|ill)([oa])$/, '$1'); // diminutive
      forms.push(v);
      if (v.endsWith('ora')) forms.push(v.slice(0, -1));
      if (v.endsWith('a')) forms.push(`${v.slice(0, -1)}o`);
    }
  } else if (lng === 'de') {
    if (word.endsWith('innen')) forms.push(word.slice(0, -5), word.slice(0, -3));
    else if (word.endsWith('in')) forms.push(word.slice(0, -2));
    const man = forms.length ? forms[0] : word;
    if (man.endsWith('iker')) forms.push(man.slice(0, -2)); // "Logistiker" works in "Logistik"
  } else if (lng === 'nl') {
    const w = word.replace(/(ster)s$/, '$1');
    if (w.endsWith('ster')) {
      const stem = w.slice(0, -4);
      forms.push(`${stem}er`, stem, `${stem.replace(/([aeiou])\1(?=[^aeiou]$)/, '$1')}er`, `${stem}${stem.slice(-1)}er`);
    } else if (w.endsWith('in')) {
      const stem = w.slice(0, -2);
      forms.push(stem, stem.replace(/([^aeiou])\1$/, '$1'));
    } else if (w.endsWith('euse')) forms.push(`${w.slice(0, -4)}eur`); // "chauffeuse"
    else if (w.endsWith('trice')) forms.push(`${w.slice(0, -5)}teur`);
    else if (w.endsWith('e')) forms.push(w.slice(0, -1));
    if (word.endsWith('en')) forms.push(word.slice(0, -2));
  }
  return forms.filter((form) => form !== word && form.length >= MIN_HEAD);
}

/**
 * Job words the lists do not spell as typed: another form of a listed word (`baseForms`) or, in German and
 * Dutch, a compound read by its head ("Automechaniker" → "Mechaniker", "vrachtwagenchauffeur" → "chauffeur")
 * or, when its head only says "worker", by its sector word ("Lagermitarbeiter" → "Lager"). Only for words the lexicons do not use
 * (`everyday`) and that no match (`taken`) covers.
 */
function formMatches(tokens: Token[], titles: Map<string, Occupation> | undefined, everyday: ReadonlySet<string>, lng: string, taken: readonly Span[]): Array<Match<Occupation>> {
  if (!titles) return [];
  const found: Array<Match<Occupation>> = [];
  const lookUp = (word: string): string | undefined => (titles.has(word) ? word : baseForms(word, lng).find((form) => titles.has(form)));
  tokens.forEach((token, i) => {
    const word = token.t;
    if (word.length < MIN_HEAD + 1 || everyday.has(word) || taken.some((m) => m.start <= i && i < m.end)) return;
    let title = baseForms(word, lng).find((form) => titles.has(form));
    if (!title && (lng === 'de' || lng === 'nl')) {
      for (let cut = MIN_MODIFIER; !title && word.length - cut >= MIN_HEAD; cut++) title = lookUp(word.slice(cut));
      const head = title ? undefined : WORKER_HEADS[lng].find((h) => word.endsWith(h) && word.length - h.length >= MIN_MODIFIER);
      if (head) {
        const sector = word.slice(0, -head.length);
        title = [sector, sector.replace(/(s|n|en|e)$/, ''), `${sector}e`.replace(/ne$/, 'e')].find((w) => w.length >= MIN_MODIFIER && titles.has(w));
      }
    }
    if (title) found.push({ value: titles.get(title)!, start: i, end: i + 1, weight: 1, exact: 1, source: title });
  });
  return found;
}

/** Non-overlapping matches, most specific first (as `Tagger.tag` keeps them), in reading order. */
/**
 * The job titles and sector words of a message as `readJob` reads them: those of its language, then those of every other
 * language's lists typed as written and that travel (see `fieldTaggers`), where no word of its own language was read.
 * Held jobs are read among these as the field is: "I'm a florist" found the field in the German lists (the English ones
 * have no "florist") but no job held in the English ones, so the florist got the pastry course of a sibling trade (rec17).
 */
export function jobTitles(reading: Reading, taggers: FieldTaggers): ReadonlyArray<Match<Occupation>> {
  const { tokens, lex } = reading;
  const own = taggers.byLanguage[lex.language];
  const mine = own ? own.tag(tokens) : [];
  const foreign: Array<Match<Occupation>> = [];
  for (const tagger of Object.values(taggers.byLanguage)) {
    if (tagger === own) continue;
    for (const m of mostSpecific(tagger.all(tokens).filter((f) => f.exact === f.weight && taggers.travels(f.source)))) {
      if (![...mine, ...foreign].some((c) => c.start < m.end && m.start < c.end)) foreign.push(m);
    }
  }
  return foreign.length === 0 ? mine : [...mine, ...foreign].sort((a, b) => a.start - b.start);
}

function mostSpecific<T>(found: Array<Match<T>>): Array<Match<T>> {
  if (found.length < 2) return found;
  const ranked = found.slice().sort((a, b) =>
    b.weight - a.weight || b.exact - a.exact || (a.end - a.start) - (b.end - b.start) || a.start - b.start);
  const kept: Array<Match<T>> = [];
  for (const m of ranked) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** The cue nearest before `match` (see `hasCueBefore`: same clause, ending within `reach` words), if any. */
function lastCueBefore(tokens: Token[], match: Span, cues: ReadonlyArray<Match<unknown>>, reach: number): Match<unknown> | undefined {
  let last: Match<unknown> | undefined;
  for (const cue of cues) {
    if (!hasCueBefore(tokens, match, [cue], reach)) continue;
    if (!last || cue.end > last.end) last = cue;
  }
  return last;
}

/**
 * Whether a typo-tolerant match stands for what was typed: the words it tolerates must be words the bot does
 * not know otherwise (a typo, a plural), not other known words ("cherche" is no "chercheur", "career" no
 * "carer"), and at most one letter off ("economics" is no "economist").
 */
/**
 * The words, typed as written, that say what one does or did ("trabajo de", "ich arbeite als", "j'ai travaillé comme"):
 * background and past-job cues not read through a typo ("travailler comme" is no "travaillé comme").
 */
export function jobStatements(reading: Reading, jobs: readonly Span[] = []): Array<Match<true>> {
  const { tokens, lex } = reading;
  return [...lex.background.tag(tokens), ...lex.pastJob.tag(tokens), ...jobsNext(reading, jobs)].filter((c) => typedAsMeant(tokens, c));
}

/** The `jobNext` cues ("I was") followed at once by one of `jobs` ("I was nurse"; not "since I was 15"). */
export function jobsNext(reading: Reading, jobs: readonly Span[]): Array<Match<true>> {
  return jobs.length === 0 ? [] : reading.lex.jobNext.tag(reading.tokens).filter((c) => jobs.some((m) => m.start === c.end));
}

/** Whether `word` is typed in capitals, as a word of its own, in `text`: an acronym ("IT"). */
function typedInCapitals(text: string, word: string): boolean {
  const upper = word.toUpperCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${upper}($|[^\\p{L}])`, 'u').test(text);
}

export function typedAsMeant(tokens: Token[], m: Match<unknown>): boolean {
  const tolerated = m.weight - m.exact; // words of the phrase not typed exactly (a `*` gap is no word of it)
  if (tolerated === 0) return true;
  const phrase = words(m.source);
  const aligned = phrase.length === m.end - m.start;
  let unknown = 0;
  for (let i = m.start; i < m.end; i++) {
    const word = tokens[i].t;
    if (aligned && word !== phrase[i - m.start]) {
      if (plural(word, phrase[i - m.start])) continue;
      if (idOf(word) >= 0 || editDistance(word, phrase[i - m.start], 1) > 1) return false;
      // a short word one letter off is too often another word: "reste" is no "resto"
      if (word.length < MIN_TYPO_WORD) return false;
    }
    if (idOf(word) >= 0) continue;
    if (word.length >= MIN_TYPO_WORD || (/[sx]$/.test(word) && idOf(word.slice(0, -1)) >= 0)) unknown++;
  }
  return aligned || tolerated <= unknown;
}

/**
 * Whether the clause of a job says the person can no longer do it (`noLonger`, not negated) and the message names
 * the body or health (`health`): "je ne peux plus être maçon à cause de mon dos", "als Dachdecker geht es mit meinem
 * Rücken nicht mehr weiter", "roofing is over for me after my fall".
 */
export function unfitFor(reading: Reading, m: Span): boolean {
  const { tokens, lex } = reading;
  const clause = tokens[m.start].clause;
  // (near the job: a message typed with no commas is one clause, and a job wished further on is no job left)
  const near = (c: Span) => Math.max(0, c.start - m.end, m.start - c.end) <= UNFIT_REACH;
  return lex.noLonger.tag(tokens).some((c) => tokens[c.start].clause === clause && near(c)) && lex.health.tag(tokens).length > 0;
}

/** How many words may lie between a job and the words that say it can no longer be done ("als Dachdecker geht es mit meinem Rücken nicht mehr"). */
const UNFIT_REACH = 6;
