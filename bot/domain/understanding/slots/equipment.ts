import type { Equipment } from '../../profile/profile';
import type { Device } from '../lexicon/compiledLexicon';
import { isNegated } from '../match/context';
import type { Match } from '../match/tagger';
import type { Mode, Reading, Span } from './reading';
import { timeEvents, type TimeEvent } from './timeEvents';

type Owned = Exclude<Device, 'unavailable' | 'elsewhere'>;

/** How far after a device "broken" or "at the library" still speaks of it: "un ordi mais il marche plus". */
const UNAVAILABLE_REACH = 6;
/** How far before a device a word saying it is lost still speaks of it: "sold *my* laptop". */
const UNAVAILABLE_BEFORE = 2;
/** How far before a device a place where it is used still speaks of it: "in der Bibliothek *gibt es* Computer". */
const ELSEWHERE_BEFORE = 3;
/** How far a possession verb reaches in its clause: "I have a master's in economics and a good laptop". */
const VERB_REACH = 8;
/** How far a possessive or "only" reaches ("mon gsm", "just my phone"). */
const WORD_REACH = 3;

/**
 * The equipment a message describes. Choices, because people describe what they have, not a category:
 * - a computer counts with internet unless internet is denied ("un ordinateur mais pas internet" is
 *   smartphone-only: they are chatting with us, so they reach the internet some other way, most often a phone);
 * - "pas d'ordinateur" alone answering the equipment question says nothing of a phone: none, as "pas d'ordinateur
 *   ni internet", "rien", "nothing", "no internet" (and no device) are (found by a tester: "no pc" was summed up as
 *   "only a smartphone", which nobody said; none brings the public places that lend one first, and no phone-only
 *   item); in free text it stays smartphone-only for the reason above (they reach us some other way);
 * - a tablet counts as a phone (no keyboard, no office software): it is in the lexicon's phone words;
 * - a device said to be broken counts as not had; one used only elsewhere ("the computers at the library")
 *   means no equipment of one's own.
 * In free text a device counts when said to be had ("j'ai un ordi", "Laptop hab ich", "laptop yes"), or denied
 * ("pas d'ordinateur", "I don't have a computer"), not in "je sais pas me servir d'un ordinateur" or "I want
 * to learn to use a computer": the nearest cue before a device in its clause decides.
 */
/** How many words after a learning cue a possession word is still part of what is learnt ("léieren *mat engem*"). */
const LEARNED_WITH_REACH = 2;
/** Words this short between two devices link them ("or", "of", "ni", "oder", "een"); "mais", "aber" open a new clause. */
const LINK_WORD = 4;
/** The most words a clause may have to be one item of a list of what one is and has ("Abitur", "sehr gut", "10 Stunden"). */
const LIST_ITEM = 3;
/** How many words a rating after a device must have for a negation inside it to be the rating's ("not my strong point"). */
const RATING_WORDS = 3;
/** How many words after a skill word a device is still its object. */
const SKILL_OBJECT_REACH = 3;

export function readEquipment(reading: Reading, mode: Mode): Equipment | undefined {
  const { tokens, lex } = reading;
  const matches = lex.equipment.tag(tokens);
  const devices = matches.filter((m): m is Match<Owned> => m.value !== 'unavailable' && m.value !== 'elsewhere');
  // (not past another device named between, which it is said of: "juste mon tel, le pc est cassé")
  const after = (m: Match<Owned>, value: Device) => matches.some((u) => u.value === value && u.start >= m.end
    && u.start - m.end <= UNAVAILABLE_REACH && !devices.some((d) => d !== m && d.start >= m.end && d.end <= u.start));
  // or just before it, in its clause: lost ("vendí el portátil", "a broken laptop", "j'ai vendu mon ordi"), or the
  // place where it is used ("in der Bibliothek gibt es Computer")
  const before = (m: Match<Owned>, value: Device, reach: number) => matches.some((u) => u.value === value && u.end <= m.start
    && m.start - u.end <= reach && tokens[u.start].clause === tokens[m.start].clause);
  const usedAt = (m: Match<Owned>) => after(m, 'elsewhere') || before(m, 'elsewhere', ELSEWHERE_BEFORE);
  const has: Record<Owned, boolean> = { phone: false, computer: false, internet: false, nothing: false };
  const denied: Record<Owned, boolean> = { phone: false, computer: false, internet: false, nothing: false };
  let elsewhere = false;
  const said = mode === 'extract' ? statedDevices(reading) : undefined;
  const skills = lex.digitalSkills.tag(tokens);
  const hypothetical = lex.hypothetical.tag(tokens);
  for (const m of devices) {
    // a device in a condition contrary to fact is not had, nor said to be missing: "si j'avais un ordinateur je ferais…",
    // "if I had a laptop", "wenn ich einen Computer hätte" (found by testers: the computer was noted)
    if (hypothetical.some((h) => h.start <= m.start && (h.end > m.start || m.start - h.end <= HYPOTHETICAL_REACH)
      && tokens[h.start].clause === tokens[m.start].clause)) continue;
    // a phone said not to be one ("geen smartphone", "pas de smartphone", "no tengo smartphone"), beside a computer
    // said not to be had, leaves nothing (found chatting: "geen computer en geen smartphone" was only a phone)
    if (said && m.value === 'nothing' && reading.negations.some((n) => n.start === m.start)) {
      denied.phone = true;
      continue;
    }
    // "the computers at the library" says where one uses them, which counts without a possession
    if (said && (m.value === 'nothing' || !(said(m) || usedAt(m)))) continue;
    // in free text, a device a few words after a skill is what the skill is about ("niet goed met een computer
    // werken", "gut mit dem Computer"), not a device had; right after it, the skill word describes it ("a good laptop")
    if (said && skills.some((k) => k.end < m.start && m.start - k.end <= SKILL_OBJECT_REACH && tokens[k.end - 1].clause === tokens[m.start].clause)) continue;
    // a skill phrase that holds the device and its negation says what one cannot do with it, not that there is none:
    // "ik kan niet met een computer werken", "elle ne sait pas utiliser un ordinateur" (found chatting: phone only)
    if (skills.some((k) => k.start <= m.start && m.end <= k.end
      && reading.negations.some((n) => n.start >= k.start && n.end <= m.start))) continue;
    // a negation that bears on a skill word between it and the device negates the skill: "ik kan niet *goed* met
    // een computer werken" says how well, not that there is no computer
    // (in free text, a negation inside a rating of several words after the device is the rating's: "computers are not my
    // strong point", "Computer ist nicht meine Stärke" say how well, not that there is no computer)
    const negations = reading.negations.filter((n) => !skills.some((k) => k.start >= n.end && k.end <= m.start)
      && !(said && inRatingAfter(reading, m, n)));
    const negated = isNegated(tokens, m, negations, matches, true) || after(m, 'unavailable') || before(m, 'unavailable', UNAVAILABLE_BEFORE) || deniedAfter(reading, m);
    if (!negated && usedAt(m)) elsewhere = true;
    else if (negated && m.value !== 'nothing') denied[m.value] = true;
    else has[m.value] = true;
  }
  if (has.computer) return denied.internet ? 'smartphone-only' : 'computer-and-internet';
  if (has.phone) return 'smartphone-only';
  if (elsewhere) return 'none';
  // ("pas d'ordi, je vais à la bibliothèque": no computer but the library's is no equipment of one's own)
  const usesElsewhere = matches.some((m) => m.value === 'elsewhere');
  // ("no computer", "pas d'ordi" as the whole message says nothing of a phone either: none, as to the question)
  if (denied.computer) return mode === 'answer' || denied.internet || denied.phone || has.nothing || usesElsewhere || onlyDenial(reading, matches)
    ? 'none' : 'smartphone-only';
  if (denied.internet && !has.internet) return 'none';
  // a computer named, then said not to be had without naming it again: "learn to use a computer, I don't have one"
  if (!has.nothing && computerNotHad(reading, matches)) return 'smartphone-only';
  if (has.nothing && mode === 'answer') return 'none';
  return undefined;
}

/** How many words after "si j'avais", "if I had" a device is still what the condition is about ("si j'avais *un bon* ordinateur"). */
const HYPOTHETICAL_REACH = 3;

/** Whether the message is only devices denied, with fillers: "no computer", "pas d'ordi", "kein PC". */
function onlyDenial(reading: Reading, matches: ReadonlyArray<Match<Device>>): boolean {
  const { tokens, lex } = reading;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of [...matches, ...reading.negations, ...lex.fillers.tag(tokens)]) for (let i = m.start; i < m.end; i++) covered[i] = true;
  return covered.every(Boolean);
}

/**
 * Whether a phrase that says the thing named before is not had (`cues.haveNone`: "I don't have one", "heb er geen")
 * closes a clause after a computer, the last device named before it.
 */
function computerNotHad(reading: Reading, matches: ReadonlyArray<Match<Device>>): boolean {
  const { tokens, lex } = reading;
  return lex.haveNone.tag(tokens).some((n) => {
    if (n.end < tokens.length && tokens[n.end].clause === tokens[n.end - 1].clause) return false;
    const named = matches.filter((m) => m.end <= n.start && m.value !== 'unavailable' && m.value !== 'elsewhere');
    return named.at(-1)?.value === 'computer';
  });
}

/**
 * Whether a negation is inside a digital-skills rating of several words that follows the device in its clause: "computers
 * are not my strong point", "Computer ist nicht meine Stärke" say how well one uses it, not that there is none.
 */
function inRatingAfter(reading: Reading, m: Span, n: Span): boolean {
  const { tokens } = reading;
  return reading.lex.digitalSkills.tag(tokens).some((k) => k.start >= m.end && k.end - k.start >= RATING_WORDS
    && k.start <= n.start && n.end <= k.end && tokens[k.start].clause === tokens[m.start].clause);
}

/** How soon after a device named first its denial may come: "computadora no tengo", "ordi j'ai pas", "PC hab ich keinen". */
const DENIAL_AFTER = 2;

/**
 * Whether a device named first is then said not to be had, in its clause: a negation and a possession right after
 * it ("computadora no tengo", "un ordi j'en ai pas", "Computer hab ich nicht", "computer heb ik niet"). Being is no
 * having: "met de computer ben ik niet zo goed", "mit dem Computer bin ich nicht so gut" say how well one uses it
 * (found by testers: a phone only), as `statedDevices` reads "bin mit dem Computer überfordert".
 */
function deniedAfter(reading: Reading, m: Match<unknown>): boolean {
  const { tokens, lex } = reading;
  const near = (c: { start: number }) => c.start >= m.end && c.start - m.end <= DENIAL_AFTER && tokens[c.start].clause === tokens[m.start].clause;
  if (!reading.negations.some((n) => near(n) && !inRatingAfter(reading, m, n))) return false;
  const background = lex.background.tag(tokens);
  return lex.possession.tag(tokens).some((c) => near(c) && !background.some((b) => b.start <= c.start && c.end <= b.end));
}

/**
 * Which device mentions of a free-text message state what one has or lacks: the nearest cue before the device
 * in its clause is a possession ("j'ai", "I have"; a possessive like "my" only a few words before), or a
 * negation right before it ("pas d'ordi", "keinen PC"); or the device is followed by a possession or a yes
 * ("Laptop hab ich", "laptop yes"). A wish or learning cue nearer than the possession ("I want to learn to use
 * a computer") means the device is only talked about.
 */
function statedDevices(reading: Reading): (m: Match<Owned>) => boolean {
  const { tokens, lex } = reading;
  const fillers = lex.fillers.tag(tokens);
  const isFillerOnly = (c: Match<unknown>) => fillers.some((f) => f.start <= c.start && c.end <= f.end);
  type Cue = { start: number; end: number; kind: 'have' | 'word' | 'not' | 'other' };
  // "je suis", "bin", "I'm a" are possessions of a diploma, not of a device: "bin mit dem Computer überfordert"
  const background = lex.background.tag(tokens);
  const isBeing = (c: Match<unknown>) => background.some((b) => b.start <= c.start && c.end <= b.end);
  const cues: Cue[] = [
    ...lex.possession.tag(tokens).map((c): Cue => ({ ...c, kind: isBeing(c) ? 'other' : isFillerOnly(c) ? 'word' : 'have' })),
    ...reading.negations.map((c): Cue => ({ ...c, kind: 'not' })),
    ...lex.aspiration.tag(tokens).map((c): Cue => ({ ...c, kind: 'other' })),
    ...lex.learning.tag(tokens).map((c): Cue => ({ ...c, kind: 'other' })),
    ...lex.digitalSkills.tag(tokens).map((c): Cue => ({ ...c, kind: 'other' })),
  ];
  const yes = lex.yesNo.tag(tokens).filter((m) => m.value);
  const devices = lex.equipment.tag(tokens).filter((m) => m.value !== 'unavailable' && m.value !== 'elsewhere');
  const possessions = cues.filter((c) => c.kind === 'have' || c.kind === 'word');
  const sameClause = (a: number, b: number) => tokens[a].clause === tokens[b].clause;
  const learning = lex.learning.tag(tokens);
  // (a possession with its subject is a statement of its own: "wil werken als kapper *ik heb* alleen een gsm")
  const selves = lex.self.tag(tokens);
  const learnedWith = (c: { start: number }) => !selves.some((p) => p.start === c.start)
    && learning.some((l) => l.start < c.start && c.start - l.end <= LEARNED_WITH_REACH && sameClause(l.start, c.start));
  // "hab Abitur, Laptop und Internet", "j'ai un bac, un ordi et internet": a clause made only of devices (and fillers)
  // goes on the list of what the clause before it says is had, when that clause opens with a possession
  let timed: TimeEvent[] | undefined;
  const times = (): TimeEvent[] => (timed ??= timeEvents(reading));
  // a clause of at most `LIST_ITEM` words: one item of a list ("Abitur", "sehr gut", "10 Stunden")
  // (or a clause that only says hours, however many words: "10 hours a week")
  const listItem = (clause: number) => {
    const inClause = tokens.map((t, i) => i).filter((i) => tokens[i].clause === clause);
    return inClause.length > 0 && (inClause.length <= LIST_ITEM || inClause.every((i) => times().some((e) => e.start <= i && i < e.end)));
  };
  const listedAfterPossession = (m: Match<Owned>): boolean => {
    const clause = tokens[m.start].clause;
    if (clause === 0) return false;
    const inClause = tokens.map((t, i) => i).filter((i) => tokens[i].clause === clause);
    // hours listed with them count too: "ik heb havo, een laptop en 15 uur per week"
    const isDevice = (i: number) => devices.some((d) => d.start <= i && i < d.end);
    // a short word between two devices links them: "a laptop with internet", "PC + wifi"
    const linking = (i: number) => tokens[i].t.length <= LINK_WORD && inClause.some((j) => j < i && isDevice(j)) && inClause.some((j) => j > i && isDevice(j));
    const covered = (i: number) => isDevice(i) || fillers.some((f) => f.start <= i && i < f.end)
      || times().some((e) => e.start <= i && i < e.end) || linking(i);
    // the list may go on after its last device with "and" and what else is said: "…, un CESS, un ordi et je suis à l'aise",
    // "…, eine Ausbildung, einen Laptop und komme gut klar" (found by a tester: the laptop was asked for again)
    const last = Math.max(...inClause.filter(isDevice));
    const link = last + 1;
    const goesOn = link < tokens.length && tokens[link].clause === clause && tokens[link].t.length <= LINK_WORD
      && !reading.negations.some((n) => n.start <= link && link < n.end) && !devices.some((d) => d.start > link);
    if (!inClause.filter((i) => !goesOn || i <= last).every(covered)) return false;
    const previous = tokens.map((t, i) => i).filter((i) => tokens[i].clause === clause - 1);
    if (reading.negations.some((n) => tokens[n.start].clause === clause - 1 || tokens[n.start].clause === clause)) return false;
    if (previous.length > 0 && possessions.some((c) => c.kind === 'have' && c.start === previous[0])) return true;
    // or an item of a list of what one is and has, when the clause before says no wish nor learning: "…, Abitur, sehr gut,
    // Laptop, 10 Stunden" (found by a tester: the laptop was asked for again)
    const wished = [...lex.aspiration.tag(tokens), ...learning].some((c) => tokens[c.start].clause === clause - 1);
    return previous.length > 0 && !wished && listItem(clause - 1) && (clause + 1 > tokens[tokens.length - 1].clause || listItem(clause + 1));
  };
  return (m) => {
    // a skill word right before a device describes it ("a good laptop"): it is no cue
    const before = cues.filter((c) => c.start < m.start && c.end <= m.start + 1 && m.start - c.end <= VERB_REACH
      && !(c.kind === 'other' && c.end === m.start && lex.digitalSkills.tag(tokens).some((d) => d.start === c.start))
      // a skill phrase that holds the device ("solo * celular") is no cue before it: "solo tengo celular"
      && !(c.kind === 'other' && c.end > m.start)
      // a possession word right after learning is what the learning is done with: "leren werken *met een* computer"
      && !(c.kind === 'have' && learnedWith(c))
      && sameClause(Math.min(c.end, m.start + 1) - 1, m.start));
    const nearest = nearestBefore(before);
    if (nearest) {
      const gap = m.start - nearest.end;
      if (nearest.kind === 'have' || (nearest.kind === 'word' && gap <= WORD_REACH)) return true;
      if (nearest.kind === 'not' && gap <= 1) return true;
      // a device listed after one denied shares the denial: "no computer or phone", "geen computer of gsm"
      if (nearest.kind === 'not' && devices.some((d) => d.start >= nearest.end && d.end <= m.start)
        && tokens.slice(nearest.end, m.start).every((t, i) => t.t.length <= LINK_WORD
        || devices.some((d) => d.start <= nearest.end + i && nearest.end + i < d.end))) return true;
    }
    if (deniedAfter(reading, m)) return true;
    if (!nearest && listedAfterPossession(m)) return true;
    // "Laptop hab ich"; not when the possession goes on to another device: "un ordi jai que mon gsm", "learn
    // computer i have only phone" (past the clause cut at "only", itself a possession word)
    return [...possessions, ...yes].some((c) => c.start === m.end && sameClause(c.start, m.end - 1)
      && !devices.some((d) => d.start >= c.end && d.start - c.end <= WORD_REACH
        && (sameClause(d.start, c.start) || possessions.some((p) => p.start === c.end))));
  };
}

/** The cue ending closest before a match (the later-starting one on a tie: "je n'ai *pas* d'ordi"). */
function nearestBefore<C extends { start: number; end: number }>(cues: C[]): C | undefined {
  return cues.reduce<C | undefined>((best, c) => (!best || c.end > best.end || (c.end === best.end && c.start > best.start)
    ? c : best), undefined);
}
