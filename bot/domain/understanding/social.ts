import type { CompiledLexicon } from './lexicon/compiledLexicon';
import type { QuestionTopic } from './lexicon/lexicon';
import { isNegated } from './match/context';
import type { Match } from './match/tagger';
import { questionClauses, read, SURNAME, type Reading } from './slots/reading';
import { idOf } from './text/vocabulary';

/** Conversation that is not an answer: what the bot replies to before asking its question again. */
export type SocialReading =
  /**
   * `marked`: the message has a question mark or opens with a question word (a question even when it also says
   * something); `mark`: it has a question mark; `outside`: the topic's words are only in sentences that do not ask
   * ("…maybe data analysis. is that realistic?").
   */
  | { kind: 'question'; topic: QuestionTopic; marked: boolean; mark: boolean; outside?: boolean }
  /** `repeated`: about the bot asking again what was said ("je l'ai déjà dit"), even beside the answer given again. */
  | { kind: 'complaint'; distress?: boolean; repeated?: boolean }
  /** `opening`: a greeting said first, then words the bot has no use for ("hallo, hier de dochter van meneer Peeters"). */
  | { kind: 'greeting'; opening?: boolean }
  /** `opening`: thanks said first, then words the bot has no use for ("thank you so much, that was really helpful"). */
  | { kind: 'thanks'; opening?: boolean };

/**
 * What a message says besides answers, read with the given lexicons in order (the caller passes the conversation's):
 * a question about the service (its topic, for a short true answer), a complaint, or, when the message is
 * nothing else, a greeting or thanks. A question needs a question mark or a question word ("c'est gratuit ?",
 * "combien ça coûte"), so "je cherche une formation gratuite" stays an answer; its topic is `other` when no
 * topic word is found (the caller decides whether a message that also answers is a question).
 */
export function socialOf(text: string, lexicons: CompiledLexicon[]): SocialReading | undefined {
  const asks = text.includes('?') || text.includes('¿');
  for (const lex of lexicons) {
    const found = socialIn(read(text, lex), asks);
    if (found) return found;
  }
  return undefined;
}

function socialIn(reading: Reading, asks: boolean): SocialReading | undefined {
  const { tokens, lex } = reading;
  if (tokens.length === 0) return undefined;
  const free = <T>(matches: ReadonlyArray<Match<T>>) => matches.filter((m) => !isNegated(tokens, m, reading.negations, matches));
  // a complaint outranks greetings and thanks, even in their words ("hello?? anybody there"); "doesn't work" said of
  // one's own device is no complaint ("my laptop doesn't work anymore": the device is broken), nor are words that
  // open a longer wish ("je prends n'importe quoi en cuisine": anything in a kitchen)
  // a person in distress is answered with care before anything else they say ("je suis au bout du rouleau")
  // (a few words of it only when they are the whole message: "ich kann nicht mehr", not "…auf dem Bau arbeiten")
  if (free(lex.distress.tag(tokens)).length > 0 || (lex.distressAlone.tag(tokens).length > 0 && onlyThese(reading, [lex.distressAlone, lex.greeting])))
    return { kind: 'complaint', distress: true };
  const complaints = lex.complaint.tag(tokens);
  const wishes = complaints.length > 0 ? lex.aspiration.tag(tokens) : [];
  const repeats = lex.repeated.tag(tokens);
  const repeated = repeats.length > 0;
  const complains = repeated || complaints.some((c) => !saysDeviceBroken(reading, c)
    && !wishes.some((w) => w.start <= c.start && c.end < w.end));
  if (!complains && onlyThese(reading, [lex.thanks, lex.greeting]) && lex.thanks.tag(tokens).length > 0) return { kind: 'thanks' };
  if (!complains && onlyThese(reading, [lex.greeting])) return { kind: 'greeting' };
  const questionWords = lex.questionWords.tag(tokens);
  // "t'es un robot", "was bedeutet MOOC" ask without a question mark; other topics need one, or a question word
  // (a topic's words do not run on past a question mark: "hours of what? training or work?" asks no "what training";
  // nor are they words that say the bot asks again: "why do you keep asking" asks nothing about what is kept)
  const marked = asks ? questionClauses(reading) : new Set<number>();
  const all = free(lex.questions.tag(tokens)).filter((m) => (asks || questionWords.length > 0 || m.value === 'bot' || m.value === 'mooc')
    && !tokens.slice(m.start, m.end - 1).some((token) => marked.has(token.clause) && token.clause !== tokens[m.end - 1].clause)
    && !repeats.some((r) => r.start < m.end && m.start < r.end));
  // a topic of the sentence that asks comes first: "lost my job last month. Will I lose my benefits if I do a course?"
  // asks about benefits, not about a course's length (found chatting)
  const asked = asks && all.length > 0 ? topicsAsked(reading) : undefined;
  const topics = asked && all.some((m) => asked.has(m.value)) ? all.filter((m) => asked.has(m.value)) : all;
  const outside = !!asked && asked.size === 0 && all.some((m) => m.value !== 'why' && m.value !== 'other');
  // the most specific topic: "pourquoi" alone is `why`, "pourquoi c'est payant" is `cost`; `other` needs a "?"
  // a bare "pourquoi"/"why" asks why the bot asks only in a short message ("pourquoi pas l'informatique" does not)
  const why = topics.find((m) => m.value === 'why' && (m.end - m.start > 1 || tokens.length <= 3));
  const topic = topics.find((m) => m.value !== 'why' && m.value !== 'other') ?? why;
  // a question that opens with a question word ("est-ce que…", "do I…") is one even without its "?"
  const opens = questionWords.some((m) => m.start === 0);
  // "why do you keep asking? I already said" asks nothing: it complains that the bot asks again
  if (topic && !(repeated && topic.value === 'why')) return { kind: 'question', topic: topic.value, marked: asks || opens, mark: asks, ...(outside ? { outside } : {}) };
  // no negation check: complaints carry their own ("ça marche pas", "not happy")
  if (complains) return repeated ? { kind: 'complaint', repeated } : { kind: 'complaint' };
  if (asks && tokens.length >= 2) return { kind: 'question', topic: 'other', marked: asks, mark: asks };
  if (opensWith(reading, lex.thanks)) return { kind: 'thanks', opening: true };
  if (opensWith(reading, lex.greeting)) return { kind: 'greeting', opening: true };
  return undefined;
}

/** The question topics named in the sentences (or lines) of a message that end with a question mark. */
function topicsAsked(reading: Reading): Set<QuestionTopic> {
  const sentences = reading.text.split(/(?<=[.!?…])\s+|\s*\n\s*/).filter((s) => s.includes('?'));
  return new Set(sentences.map((s) => read(s, reading.lex)).flatMap((r) => r.lex.questions.tag(r.tokens).map((m) => m.value)));
}

/**
 * Whether the first clause is thanks or a greeting (with greetings and fillers): "mil gracias, muy amable", "merci
 * hein, super", "hiya, typing for my nan" (`what` is the kind it must hold).
 */
function opensWith(reading: Reading, what: CompiledLexicon['greeting']): boolean {
  const { tokens, lex } = reading;
  const first = tokens.filter((token) => token.clause === tokens[0].clause).length;
  if (first === tokens.length) return false; // a whole message of thanks or greetings is read by onlyThese
  const opening = { ...reading, tokens: tokens.slice(0, first) };
  return onlyThese(opening, [lex.thanks, lex.greeting]) && what.tag(opening.tokens).length > 0;
}

/** How many words after "je m'appelle", "my name is" are the name ("Marie-Claire", "Ana María", "Jan Peeters"). */
const NAME_WORDS = 3;

/**
 * Whether every word of the message is one of these phrases, a filler or a word addressing the reader ("bonjour
 * madame", "ok merci beaucoup", "muchas gracias guapa"). A person saying their name greets: with greetings
 * asked for, "bonjour, je m'appelle Mohamed" and "ech sinn d'Anne" are covered, the name being the word after
 * the introduction and the next ones in its clause that no lexicon knows.
 */
function onlyThese(reading: Reading, taggers: Array<CompiledLexicon['greeting']>): boolean {
  const { tokens, lex } = reading;
  const covered = new Array<boolean>(tokens.length).fill(false);
  let some = false;
  // a greeting read through a typo that is a time word as typed is the time word: "mornings only" is no "morning!"
  const timeWords = lex.time.tag(tokens).filter((t) => t.exact === t.weight);
  for (const tagger of taggers) {
    for (const m of tagger.all(tokens)) { // every reading: "merci beaucoup pour votre aide" is covered by "merci * aide"
      if (m.exact < m.weight && timeWords.some((t) => t.start < m.end && m.start < t.end)) continue;
      some = true;
      for (let i = m.start; i < m.end; i++) covered[i] = true;
    }
  }
  if (taggers.includes(lex.greeting)) {
    for (const m of lex.introductions.tag(tokens)) {
      // the first word is the name; more words are, while nobody's lexicon knows them ("… Mohamed je cherche" stops)
      let name = 0;
      while (name < NAME_WORDS && m.end + name < tokens.length && tokens[m.end + name].clause === tokens[m.end - 1].clause
        && (name === 0 || idOf(tokens[m.end + name].t) === -1)) name++;
      if (name === 0) continue;
      some = true;
      for (let i = m.start; i < m.end + name; i++) covered[i] = true;
    }
  }
  if (!some) return false;
  for (const m of [...lex.fillers.tag(tokens), ...lex.vocatives.tag(tokens)]) for (let i = m.start; i < m.end; i++) covered[i] = true;
  tokens.forEach((token, i) => { if (token.t === SURNAME) covered[i] = true; }); // "bonjour Madame Dupont"
  return covered.every(Boolean);
}

/** How far after a device "doesn't work" still speaks of it: "my laptop *really* doesn't work". */
const DEVICE_REACH = 3;

/** Whether a complaint's words say a device named just before them is broken ("mon ordi marche plus"). */
function saysDeviceBroken(reading: Reading, complaint: { start: number; end: number }): boolean {
  const { tokens, lex } = reading;
  const matches = lex.equipment.tag(tokens);
  const broken = matches.filter((m) => m.value === 'unavailable' && m.start < complaint.end && complaint.start < m.end);
  return broken.length > 0 && matches.some((d) => d.value !== 'unavailable' && d.value !== 'elsewhere' && d.end <= complaint.start
    && complaint.start - d.end <= DEVICE_REACH && tokens[d.start].clause === tokens[complaint.start].clause);
}
