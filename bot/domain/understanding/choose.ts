import type { CompiledLexicon } from './lexicon/compiledLexicon';
import { isNegated, onlyFillers } from './match/context';
import type { Match } from './match/tagger';
import { findNumbers } from './numbers/findNumbers';
import type { Reading } from './slots/reading';
import { afterCorrection } from './slots/qualification';
import { BoundedCache } from './text/boundedCache';
import { similar } from './text/similar';
import { idOf } from './text/vocabulary';
import { words, type Token } from './text/tokenize';
import type { SlotOption } from './types';

export interface ChooseOptions {
  /** Whether a number alone picks an option (also on the hours question: the options are numbered there too). */
  bareNumber: boolean;
  /** Whether to try labels typed approximately (off when looking only for an explicit choice). */
  fuzzy: boolean;
  /**
   * Whether a label that says "no" ("No diploma") is no pick of a message that types its other words without the
   * "no" and with words of its own ("diploma in hotel management"): for the diploma question.
   */
  strictDenials?: boolean;
  /**
   * Whether an ordinal written with digits and letters, with no word naming an option ("4ème", "le 4e", "4de"), is a school year
   * rather than an option: for the goal and diploma questions, where people give the class they left school in.
   */
  schoolYears?: boolean;
}

/**
 * The option a message picks: the label or value typed exactly; the option number ("2", "n°2", "option 2",
 * "deux"); an ordinal ("la deuxième", "the last one"); or, with `fuzzy`, the label typed approximately
 * ("trouver emplois" for "Trouver un emploi"). Number and ordinal only count when the rest of the message
 * is fillers or option words, so "j'ai 2 enfants" picks nothing.
 */
export function chooseOption(reading: Reading, options: SlotOption[], how: ChooseOptions): string | undefined {
  const { tokens, lex } = reading;
  if (options.length === 0 || tokens.length === 0) return undefined;
  const typed = tokens.map((t) => t.t).join(' ');
  // (a value typed is no pick when a bare number picks by position: under the hours options "1. Less than 3 hours
  // 2. About 5 hours", "2" is the second option, not the first one's value 2, found chatting)
  const positional = how.bareNumber && /^\d+$/.test(typed) && Number(typed) >= 1 && Number(typed) <= options.length;
  const exact = options.find((o) => words(o.label).join(' ') === typed || (!positional && words(o.value).join(' ') === typed));
  if (exact) return exact.value;
  // a number glued after a letter is part of a code, not an option number: "CE1D", "CQ6", "A2" (found chatting:
  // "CE1D" to the diploma question picked option 1, "no diploma")
  const index = optionIndex(reading, how.bareNumber, /\p{L}\d/u.test(reading.text), how.schoolYears === true);
  if (index !== undefined) {
    const position = index === -1 ? options.length - 1 : index - 1;
    if (position >= 0 && position < options.length) return options[position].value;
  }
  // a label's words in a negated message are no choice of it: "je veux pas travailler avec des personnes âgées" is no
  // "Parler à une personne", "pas aide à la personne" no pick either
  return how.fuzzy && reading.negations.length === 0 ? closestLabel(tokens, options, lex, how.strictDenials === true) : undefined;
}

function optionIndex(reading: Reading, bareNumber: boolean, coded: boolean, schoolYears = false): number | undefined {
  const { tokens, lex } = reading;
  const markers = lex.optionMarkers.tag(tokens);
  const ordinals = lex.ordinals.tag(tokens);
  if (coded && ordinals.length === 0) return undefined;
  const numbers = findNumbers(tokens, lex.source.numbers)
    .filter((n) => Number.isInteger(n.value) && !ordinals.some((o) => o.start < n.end && n.start < o.end));
  const all: ReadonlyArray<{ start: number; end: number; value: number }> = ordinals.length ? ordinals : numbers;
  // a number corrected counts as said, not picked: "le 4 non attends le 5", "die zwei, nee die drei"
  const corrections = all.length > 1 ? lex.correction.tag(tokens) : [];
  const corrected = afterCorrection(all, corrections);
  // numbers ruled out count as said, not picked: "nicht die Zwei, sondern die Eins", "not 1, not 4... I'd say 3"
  const ruledOut = all.length > 1 ? all.filter((p) => !corrected.includes(p) || isNegated(tokens, p as Match<unknown>, reading.negations)) : [];
  const picks = all.filter((p) => !ruledOut.includes(p));
  if (picks.length !== 1) return undefined;
  const aside = ruledOut.length > 0 ? [...reading.negations, ...lex.contrast.tag(tokens), ...lex.preference.tag(tokens), ...corrections] : [];
  // the person the choice is for, after the number: "la 5 pour ma femme", "die 2 für meinen Sohn"
  const forWhom = lex.others.tag(tokens).filter((o) => o.start > picks[0].start)
    .map((o) => ({ start: o.start > 0 && tokens[o.start - 1].t.length <= FOR_WORD ? o.start - 1 : o.start, end: o.end }));
  const rest = tokens.filter((_, i) => !inside(i, all) && !inside(i, markers) && !inside(i, aside) && !inside(i, forWhom));
  if (!onlyFillers(rest, lex.fillers)) return undefined;
  // an ordinal asked about is no pick: "c'est où le premier ?", "where is the first one?" (typed before any list, found
  // chatting: it answered the goal question with its first option)
  if (asksAbout(reading, all)) return undefined;
  if (!bareNumber && ordinals.length === 0 && markers.length === 0) return undefined;
  // "4ème", "le 4e" to "what do you want to do?" or "your highest diploma?" is the class one left school in (found by a
  // tester: option 4); "la 4e option", "the 4th one", "la quatrième" pick
  if (schoolYears && ordinals.includes(picks[0] as never) && picks[0].end - picks[0].start > 1 && /^\d+$/.test(tokens[picks[0].start].t)
    && /^[a-z]+$/.test(tokens[picks[0].start + 1].t)) {
    const fillers = lex.fillers.tag(tokens);
    if (markers.every((m) => fillers.some((f) => f.start <= m.start && m.end <= f.end))) return undefined;
  }
  return picks[0].value;
}

/**
 * Whether the message asks a question beside the number or ordinal: a question word outside it, opening or closing the
 * message or with a question mark typed ("which is the second?", "et le troisième c'est où" ask; "the second?" may be a
 * hesitant pick).
 */
function asksAbout(reading: Reading, picks: ReadonlyArray<{ start: number; end: number }>): boolean {
  const asks = reading.lex.questionWords.tag(reading.tokens).filter((q) => !picks.some((p) => p.start < q.end && q.start < p.end));
  return asks.length > 0 && (reading.text.includes('?') || asks.some((q) => q.start === 0 || q.end === reading.tokens.length));
}

/** The longest word read as the preposition before the person a choice is for ("pour", "for", "für", "voor", "para"). */
const FOR_WORD = 4;

function inside(i: number, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((s) => s.start <= i && i < s.end);
}

/** The option whose label words are best found in the message (at least half of them, its longest word among them if of 4+ letters). */
function closestLabel(tokens: Token[], options: SlotOption[], lex: CompiledLexicon, strictDenials: boolean): string | undefined {
  // a label that denies ("No diploma", "Aucun diplôme", "Kein Abschluss") is not what a message without a negation
  // types: "diploma in hotel management" is a diploma
  const scored = options.map((option) => {
    const labelWords = wordsOfLabel(option.label, lex);
    const found = labelWords.filter((w) => tokens.some((t) => similar(t.t, w, true) && !opensCompound(t.t, w)));
    // the label's longest word carries it: "+" read as "plus" is no "Master ou plus"
    const longest = Math.max(...labelWords.map((w) => w.length));
    const strong = found.some((w) => (w.length >= 4 && w.length === longest) || /^\d/.test(w));
    return { value: option.value, score: strong ? found.length / labelWords.length : 0, count: found.length };
  }).sort((a, b) => b.score - a.score || b.count - a.count);
  const [best, second] = scored;
  if (best.score < 0.5) return undefined;
  if (second && second.score === best.score && second.count === best.count) return undefined;
  // a label that says "no" ("No diploma", "Keen Diplom") typed without its "no", and with words of one's own beside
  // it, is something else: "diploma in hotel management", "Diplom vun der Fleegeschoul" (a diploma of unknown level)
  const label = options.find((option) => option.value === best.value)!.label;
  if (strictDenials && deniesLabel(label, lex)) {
    const own = tokens.filter((t) => t.t.length >= 3 && !wordsOfLabel(label, lex).some((w) => similar(t.t, w, true)));
    if (own.length >= 1) return undefined;
    // nor is its other word alone, without its "no": "Diplom", "a diploma" say one has one, of a level not said (found
    // by a tester: "Diplom" was read as "Keen Diplom")
    if (!typesDenial(tokens, label, lex)) return undefined;
  }
  return best.value;
}

/** How many more letters than a word typed as written make a label word sharing its stem a compound it opens. */
const COMPOUND_REST = 5;

/**
 * Whether a word of the vocabulary typed as written only opens a longer label word, a compound of its own: "beroep"
 * (a trade, typed in "van beroep veranderen", another question's option) is no "Beroepsopleiding" (found by a tester:
 * read as a vocational diploma). As `vocabulary.ts` does for stems.
 */
function opensCompound(typed: string, labelWord: string): boolean {
  return labelWord.length - typed.length >= COMPOUND_REST && idOf(typed) >= 0 && !similar(typed, labelWord, false);
}

/** Whether a label says "no" or "none" ("No diploma", "Pas du tout", "Rien"). */
function deniesLabel(label: string, lex: CompiledLexicon): boolean {
  return lex.negations.tag(words(label).map((t) => ({ t, clause: 0 }))).length > 0;
}

/** Whether the message types a word of the label's denial ("keen", "no", "aucun"), as written or nearly. */
function typesDenial(tokens: Token[], label: string, lex: CompiledLexicon): boolean {
  const labelTokens = words(label).map((t) => ({ t, clause: 0 }));
  const denial = lex.negations.tag(labelTokens).flatMap((n) => labelTokens.slice(n.start, n.end).map((t) => t.t));
  return tokens.some((t) => denial.some((w) => t.t === w || (w.length >= 4 && similar(t.t, w, true))));
}

/** Labels' words by lexicon: the same options are shown turn after turn. */
const labels = new WeakMap<CompiledLexicon, BoundedCache<string, string[]>>();

/** The words of a label that say something (not fillers, 3+ letters or a number), or all of them if none does. */
function wordsOfLabel(label: string, lex: CompiledLexicon): string[] {
  let cache = labels.get(lex);
  if (!cache) {
    cache = new BoundedCache(1000);
    labels.set(lex, cache);
  }
  const known = cache.get(label);
  if (known) return known;
  const all = words(label);
  const fillerSpans: ReadonlyArray<Match<true>> = lex.fillers.tag(all.map((t) => ({ t, clause: 0 })));
  const meaningful = all.filter((w, i) => !inside(i, fillerSpans) && (w.length >= 3 || /^\d/.test(w)));
  return cache.set(label, meaningful.length ? meaningful : all);
}
