import type { CompiledLexicon, IntentKind } from './lexicon/compiledLexicon';
import { aloneExceptFillers, isNegated, onlyFillers } from './match/context';
import type { Match } from './match/tagger';
import { readDigitalSkills } from './slots/digitalSkills';
import { questionClauses, read, wordsRead, type Reading, type Span } from './slots/reading';
import { tokenize, words, type Token } from './text/tokenize';
import { idOf } from './text/vocabulary';
import type { Intent, IntentContext } from './types';

/** When several intents are asked at once, the most consequential wins. */
const PRIORITY: Array<Intent['kind']> = ['erase', 'human', 'restart', 'language', 'help'];

/** An interruption read in a message: `intent` when typed clearly, `maybe` when only approximately. */
export interface IntentFinding {
  intent?: Intent;
  /** A request read only through typos ("conseiler", "suprimer"): the bot asks before acting on it. */
  maybe?: 'human' | 'restart' | 'erase';
}

/**
 * The interruption a message asks for, read in the conversation's language first and then in the others
 * (a user lost in French types "English please" or "I want to talk to a person").
 *
 * @remarks Precision first: a false handoff derails a conversation, a missed request can be repeated. So
 * requests act only when their words are typed exactly (plurals aside); a request read through typos is
 * returned as `maybe`, for the bot to confirm. `alone` phrases count only when the message is nothing else
 * ("agent", "un humain svp"); negated requests and request words inside `notRequests` phrases (a job:
 * "emploi de conseiller"; the past: "j'ai déjà parlé à une conseillère"; a career: "restart my career")
 * do not count; naming languages one speaks or learns ("I speak French and Arabic", "apprendre l'anglais")
 * is no language switch.
 */
export function readIntent(text: string, lexicons: CompiledLexicon[], context: IntentContext = {}): IntentFinding {
  let maybe: IntentFinding['maybe'];
  let help: Intent | undefined;
  // languages said not to be understood, in any lexicon read so far: no obstacle to a request for another
  const lacking = new Set<string>();
  for (const [index, lex] of lexicons.entries()) {
    // another language's lexicon can only find a request if the message has one of its request words
    if (index > 0 && !mayRequest(text, lex)) continue;
    const tokens = wordsRead(text, lex);
    if (tokens.length === 0) return {};
    // …and one of its request phrases: with none (most messages) it finds nothing (no candidate, nothing not
    // understood), and the message's clauses and negations in that lexicon need not be worked out
    if (index > 0 && !asksAnything(tokens, lex)) continue;
    const reading = read(text, lex);
    const found = candidates(reading, context, index === 0, lacking);
    // "je comprends pas bien le français, in english please": not understanding the chat's own language is
    // help only if no other language's words ask for something
    const lacks = lex.languageOfMessage.tag(reading.tokens);
    const lost = index === 0 && found.some((i) => i.kind === 'help') && lacks.some((m) => m.value === lex.language);
    // words of another language that erase or start over, in a message written in the conversation's, are no
    // request (checked only then: language detection costs more than the rest)
    const foreign = (kind: string): boolean => index > 0 && (kind === 'erase' || kind === 'restart')
      && context.mayBeIn !== undefined && !context.mayBeIn(lex.language);
    for (const kind of PRIORITY) {
      const hit = found.find((intent) => intent.kind === kind && !(lost && kind === 'help'));
      if (hit && !foreign(kind)) return { intent: hit };
    }
    if (lost) help = { kind: 'help' };
    for (const m of lacks) lacking.add(m.value);
    if (index === 0) maybe = fuzzyRequest(reading);
  }
  if (help) return { intent: help };
  return maybe ? { maybe } : {};
}

/** The clear interruption a message asks for, or undefined (see `readIntent`). */
export function intentOf(text: string, lexicons: CompiledLexicon[], context: IntentContext = {}): Intent | undefined {
  return readIntent(text, lexicons, context).intent;
}

/** A request phrase that holds a not-request and goes on after it names what it is about ("opnieuw beginnen met de vragen"). */
const within = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end < outer.end;

/** Words of a request before a clause break, at most, when only fillers stand between: "can I speak, please, to an advisor". */
const BEFORE_BREAK = 2;

/** Whether a request's words are said in one clause, or broken only by fillers ("talk to, um, a person"). */
function oneClause(reading: Reading, m: Span): boolean {
  const { tokens, lex } = reading;
  const [first, last] = [tokens[m.start].clause, tokens[m.end - 1].clause];
  if (first === last) return true;
  // (a clause a contrast word opens is no break: "can someone from ADEM just call me")
  const contrasts = lex.contrast.tag(tokens);
  const breaks = [...Array(m.end - m.start - 1).keys()].map((k) => m.start + k + 1)
    .filter((i) => tokens[i].clause !== tokens[i - 1].clause && !contrasts.some((c) => c.start === i));
  if (breaks.length === 0) return true;
  const inFirst = tokens.slice(m.start, m.end).filter((t) => t.clause === first).length;
  const between = tokens.slice(m.start, m.end).filter((t) => t.clause !== first && t.clause !== last);
  return inFirst <= BEFORE_BREAK && onlyFillers(between, lex.fillers);
}

function kept<T>(reading: Reading, matches: ReadonlyArray<Match<T>>, alone: boolean): ReadonlyArray<Match<T>> {
  if (matches.length === 0) return matches;
  const { tokens, lex } = reading;
  const not = lex.notRequests.tag(tokens);
  // a word that calls someone, after other words, is said to them ("merci hé", "thanks man"): not a request
  const vocatives = alone ? lex.vocatives.tag(tokens).filter((v) => v.start > 0) : [];
  return matches.filter((m) => !isNegated(tokens, m, reading.negations, matches)
    && !not.some((n) => n.start <= m.end && m.start <= n.end && !within(n, m))
    && (!alone || (aloneExceptFillers(tokens, m, lex.fillers) && !vocatives.some((v) => v.start === m.start && v.end === m.end))));
}

function candidates(reading: Reading, context: IntentContext, current: boolean, lacking: ReadonlySet<string> = new Set()): Intent[] {
  const { tokens, lex } = reading;
  // every candidate comes from one of these phrases: a message with none (most) asks for nothing, and the learning,
  // vocative, not-request and language-name phrases need not be looked for in it
  if (!asksAnything(tokens, lex)) return [];
  const learning = lex.learning.tag(tokens);
  // to "what do you want to learn?", a language answered first, then not understood in a later clause, is the reason to
  // learn it, no request for help with the question: "Dutch, my neighbours only speak Dutch to me and I'm lost"
  const answered = context.slot === 'interest' ? lex.languageNames.tag(tokens).filter((n) => n.start === 0) : [];
  const reason = (m: Match<string>) => m.value === 'help' && answered.some((n) => tokens[m.start].clause > tokens[n.end - 1].clause);
  const requests = [...kept(reading, lex.intentsAnywhere.tag(tokens), false), ...kept(reading, lex.intentsAlone.tag(tokens), true)]
    .filter((m) => !reason(m));
  const intents: Intent[] = requests.filter((m) => m.value !== 'restart' || (!learnt(reading, m, learning) && !aboutLanguage(reading, m))) // "apprendre Excel depuis le début"
    .map((m) => ({ kind: m.value as IntentKind }));
  // a question about the options themselves ("what's the difference between 2 and 3?", "can I tick two?") is help, even
  // beside words that rate one's skills ("…, I'm kind of in the middle")
  const aboutOptions = kept(reading, lex.aboutOptions.tag(tokens), false).length > 0;
  if (aboutOptions) intents.push({ kind: 'help' });
  // "je ne parle pas anglais" in an English chat asks for French; in a French chat it confirms French when it
  // is the whole message, and is only a remark in a longer one ("I don't speak Dutch, is that a problem?")
  const ownLanguage = kept(reading, lex.languageOfMessage.tag(tokens), current).filter((m) => m.value !== lex.language);
  intents.push(...ownLanguage.map((): Intent => ({ kind: 'language', language: lex.language })));
  // to "what do you want to learn?", "anglais" is an answer; "English please" or "continue in Dutch" is not
  const interest = context.slot === 'interest';
  const requested = kept(reading, lex.languageAnywhere.tag(tokens), false);
  // (…nor is a language's own name that this chat's language does not use: "Français" in an English chat, as the bot's
  // help says; found chatting: "français svp" to that question was read as learning French)
  const endonyms = interest ? lex.foreignEndonyms.tag(tokens) : [];
  const saidAlone = kept(reading, lex.languageAlone.tag(tokens), true)
    .filter((m) => !interest || endonyms.some((e) => e.value === m.value && e.start >= m.start && e.end <= m.end));
  const named = [...requested, ...saidAlone];
  // several languages named describe the person ("I speak French, English and Arabic"), unless the others are
  // only said not to be understood ("my French is bad, can we do this in English?", "ech verstinn net gutt
  // Franséisch, op Lëtzebuergesch w.e.g.")
  const several = namesSeveralLanguages(reading);
  const lacks = several ? lex.languageOfMessage.tag(tokens) : [];
  const others = several ? lex.languageNames.tag(tokens)
    .filter((n) => !lacking.has(n.value) && !lacks.some((l) => l.start <= n.start && n.end <= l.end)) : [];
  const alone = (m: Match<string>) => !others.some((n) => n.value !== m.value);
  // a request asked in a clause of its own, at the end or as a question, is one, whatever the other clauses say of
  // the languages someone reads ("my mother reads French better than English, can you switch to French?")
  // (a clause that ends with a question mark asks too: "¿lo podemos hacer en inglés? lo hablo mejor que el francés")
  const asks = several ? lex.questionWords.tag(tokens) : [];
  const marked = several ? questionClauses(reading) : new Set<number>();
  const clauseOf = (span: { start: number }) => tokens[span.start].clause;
  const ownClause = (m: Match<string>) => !others.some((n) => n.value !== m.value && clauseOf(n) === clauseOf(m))
    && (clauseOf(m) === tokens[tokens.length - 1].clause || marked.has(clauseOf(m)) || asks.some((q) => clauseOf(q) === clauseOf(m)));
  // "I don't speak French, only English": the only language, beside one said not to be spoken, is asked for
  const instead = several && lacks.length > 0 ? kept(reading, lex.languageInstead.tag(tokens), false) : [];
  intents.push(...(several ? [...requested.filter((m) => alone(m) || ownClause(m)), ...instead.filter(alone)] : named).filter((m) => !learnt(reading, m, learning))
    .map((m): Intent => ({ kind: 'language', language: m.value })));
  if (context.slot === 'digitalSkills' && readDigitalSkills(reading, 'answer')) {
    // an answer about one's skills whose call is in one clause and "someone" in the next asks for no one: "only Facebook
    // and calls with my sister, someone has to help me with the rest"
    const asked = requests.some((m) => m.value === 'human' && oneClause(reading, m));
    return intents.filter((intent) => (intent.kind !== 'help' || aboutOptions) && (intent.kind !== 'human' || asked));
  }
  return intents;
}

/**
 * Whether a request phrase of `lex` is in the message, anywhere or alone, a question about the options, or a language
 * named as one asked for or not understood (`languageInstead` needs one not understood: a `languageOfMessage` phrase).
 */
function asksAnything(tokens: Token[], lex: CompiledLexicon): boolean {
  return lex.intentsAnywhere.tag(tokens).length > 0 || lex.intentsAlone.tag(tokens).length > 0 || lex.aboutOptions.tag(tokens).length > 0
    || lex.languageOfMessage.tag(tokens).length > 0 || lex.languageAnywhere.tag(tokens).length > 0 || lex.languageAlone.tag(tokens).length > 0;
}

/**
 * "I speak French, English and Arabic", "hablo español y francés": several languages named in one message
 * describe the person, not a wish to switch (a request is preceded by a learning word is checked apart:
 * "apprendre à parler anglais").
 */
function namesSeveralLanguages(reading: Reading): boolean {
  const { tokens, lex } = reading;
  return new Set(lex.languageNames.tag(tokens).map((m) => m.value)).size >= 2 && tokens.length > 4;
}

/**
 * Whether a language or a computer subject is named before `match` in its clause: starting a language or computing
 * from the beginning is no restart of the conversation ("con el francés quiero empezar desde cero", "Englisch von vorne
 * anfangen", "Informatik vun Ufank un", "computers from the start").
 */
function aboutLanguage(reading: Reading, match: { start: number }): boolean {
  const { tokens, lex } = reading;
  // (a computer word right before it, at most one word between, and no two-letter one: "redo it from the beginning")
  const computer = lex.digitalContext.tag(tokens).filter((c) => c.end <= match.start && match.start - c.end <= 1
    && tokens.slice(c.start, c.end).some((t) => t.t.length > 2));
  return [...lex.languageNames.tag(tokens).filter((n) => n.end <= match.start && match.start - n.end <= 6), ...computer]
    .some((n) => tokens[n.start].clause === tokens[match.start].clause);
}

/** Whether a learning word ends shortly before `match` starts, in its clause ("aprender a escribir en francés"). */
function learnt(reading: Reading, match: { start: number }, cues: ReadonlyArray<Match<true>>): boolean {
  const { tokens } = reading;
  return cues.some((cue) => cue.end <= match.start && match.start - cue.end <= 6 && tokens[cue.start].clause === tokens[match.start].clause);
}

/** A person, a restart or erasure asked for with typos: not acted on, but confirmed. */
function fuzzyRequest(reading: Reading): IntentFinding['maybe'] {
  const { tokens, lex } = reading;
  // a typo is a word nobody's lexicon knows: "conseiler" may be "conseiller", "emploi" is not "employé"
  const typo = (m: Match<IntentKind>) => tokens.slice(m.start, m.end).some((token) => idOf(token.t) === -1);
  const found = [
    ...kept(reading, lex.intentsAnywhereFuzzy.tag(tokens), false),
    ...kept(reading, lex.intentsAloneFuzzy.tag(tokens), true),
  ].filter(typo);
  for (const kind of ['erase', 'human', 'restart'] as const) if (found.some((m) => m.value === kind)) return kind;
  return undefined;
}

/** Every word a lexicon's requests are made of (their sets and language names included), built once. */
const requestWords = new WeakMap<CompiledLexicon, ReadonlySet<string>>();

/**
 * Whether `text` has a word of `lex`'s requests (plurals aside): when it has none, no request phrase of that
 * lexicon can match, and reading the message with it (clauses, negations, look-alikes) is skipped. Over-inclusive
 * by design: it only saves work, it never decides.
 */
function mayRequest(text: string, lex: CompiledLexicon): boolean {
  let known = requestWords.get(lex);
  if (!known) {
    const { intents, sets, languageNames } = lex.source;
    const phrases = JSON.stringify(intents);
    const used = [...phrases.matchAll(/@([a-zA-Z_]+)/g)].map((m) => m[1]);
    const texts = [phrases, ...used.flatMap((name) => sets[name] ?? []), ...Object.values(languageNames).flat()];
    known = new Set(texts.flatMap((t) => words(t.replace(/[@|*]/g, ' '))).flatMap((w) => [w, w.replace(/s$/, '')]));
    requestWords.set(lex, known);
  }
  // the message's tokens, not `words(text)`: that cache is for phrases and labels, which come back every turn, and
  // kept every message's words for thousands of messages (each young-generation collection copied them)
  return tokenize(text).some(({ t }) => known!.has(t) || known!.has(t.replace(/s$/, '')));
}