import type { DigitalSkills } from '../../profile/profile';
import { hasCueBefore, isNegated } from '../match/context';
import { learningAsTyped } from './learning';
import type { Mode, Reading, Span } from './reading';

/** What a negated statement means: "pas très à l'aise" is with-help, "pas besoin d'aide" autonomous. */
const NEGATED: Record<DigitalSkills, DigitalSkills> = {
  advanced: 'with-help', autonomous: 'with-help', 'with-help': 'autonomous', none: 'with-help',
};

/** How far a digital word may be from a skill statement in free text ("nul *en* informatique"). */
const CONTEXT_REACH = 8;
/** How far after a lack "not at all" may come and make it none ("sait pas utiliser un ordi du tout"). */
const AT_ALL_REACH = 3;
/** Across a contrast, only a close digital word counts: "algo con ordenadores pero no sé nada". */
const NEXT_CLAUSE_REACH = 4;

/** A self-rating on a scale: "3/10", "7 sur 10", "8 out of 10", "50%" (number then scale, any language). */
const SCALE = /(?:^|[^\d.,])(\d{1,3}(?:[.,]\d)?)\s*(?:\/|sur|out of|of|von|auf|de|op|vun)\s*(5|10|20|100)(?![\d.,]*\d)/i;
const PERCENT = /(?:^|[^\d.,])(\d{1,3})\s*(?:%|pour ?cent|percent|per ?cent|por ?ciento|prozent|procent)/i;

/** The level a self-rating says: up to a fifth none, below 60% with help, below 90% autonomous, then advanced. */
export function ratedSkills(text: string): DigitalSkills | undefined {
  const scale = SCALE.exec(text);
  const percent = scale ? undefined : PERCENT.exec(text);
  const ratio = scale ? Number(scale[1].replace(',', '.')) / Number(scale[2])
    : percent ? Number(percent[1]) / 100 : undefined;
  if (ratio === undefined || ratio > 1) return undefined;
  return ratio <= 0.2 ? 'none' : ratio < 0.6 ? 'with-help' : ratio < 0.9 ? 'autonomous' : 'advanced';
}

/** How many words may stand between a language's name and a rating of it ("my French *is not* good"). */
const LANGUAGE_RATING_REACH = 3;

/**
 * The digital-skills level a message states; the last statement wins ("un peu, mais je me débrouille" is
 * autonomous). "Not at all" negations ("pas du tout à l'aise") mean none. In free text a statement counts
 * only next to a digital word ("je suis nul en informatique", not "je suis nul en maths"), or when it is one
 * (an IT job: "je suis développeuse", "Bin Informatiker"), and not:
 * - inside words `taken` by another slot, unless said of oneself ("Programmieren" is an interest, not a
 *   programmer's skills; "je suis développeuse" is a skill);
 * - right before a device, where it describes the device ("a good laptop", "un bon pc");
 * - right after a learning or wish cue, where it is what one wants ("apprendre les bases de l'ordi").
 */
export function readDigitalSkills(reading: Reading, mode: Mode, taken: readonly Span[] = []): DigitalSkills | undefined {
  const { tokens, lex } = reading;
  const matches = lex.digitalSkills.tag(tokens);
  const extract = mode === 'extract';
  const context = extract ? lex.digitalContext.tag(tokens) : [];
  const devices = extract ? lex.equipment.tag(tokens) : [];
  const wishes = extract ? [...learningAsTyped(reading), ...lex.aspiration.tag(tokens)] : [];
  const background = extract ? lex.background.tag(tokens) : [];
  const clause = (i: number) => tokens[i].clause;
  const inContext = (m: Span) => context.some((c) => {
    if (c.start < m.end && m.start < c.end) return true; // the statement is itself digital: "informaticien"
    const distance = c.end <= m.start ? m.start - c.end : c.start - m.end;
    const [first, last] = c.end <= m.start ? [c.end - 1, m.start] : [m.end - 1, c.start];
    if (clause(first) === clause(last)) return distance <= CONTEXT_REACH;
    return clause(last) - clause(first) === 1 && distance <= NEXT_CLAUSE_REACH;
  });
  // a statement that holds a computer word in longer words is about using one: "good with computers" (a phone
  // held in a statement, "solo el móvil", says what one has, not how well one uses a computer)
  const computers = devices.filter((d) => d.value === 'computer' || d.value === 'internet');
  const holds = (m: Span, span: Span) => m.start <= span.start && span.end <= m.end && m.end - m.start > span.end - span.start
    && computers.some((d) => d.start === span.start && d.end === span.end);
  // (help from someone named right before it is said of oneself too, whatever it names: "my son does my emails for me",
  // "c'est ma fille qui fait les démarches pour moi", beside a wish to learn whose topic the emails are)
  const others = extract ? lex.others.tag(tokens) : [];
  const overlapsTaken = (m: (typeof matches)[number]) => taken.some((span) => span.start < m.end && m.start < span.end && !holds(m, span))
    && !hasCueBefore(tokens, m, background, 2) && !(m.value === 'with-help' && hasCueBefore(tokens, m, others, 2));
  // one word right before a device describes it ("un bon ordinateur"); a phrase with its verb states a skill
  // ("je sais pas utiliser un ordinateur")
  const describesDevice = (m: Span) => m.end - m.start === 1 && devices.some((d) => d.start === m.end && d.value !== 'unavailable');
  const wished = (m: Span) => hasCueBefore(tokens, m, wishes, 2);
  // as the answer, a self-rating is the surest statement ("3/10", "50%"); in free text a number may rate anything
  if (!extract) {
    const rated = ratedSkills(reading.text);
    if (rated) return rated;
  }
  // "een beetje frans", "no hablo francés casi nada": a rating right beside a language's name is about the language
  // (as the answer too, and a few words after it, its verb and a negation between, when no computer word is said: "my
  // French is not good", "mijn Nederlands is niet goed" to the computer question, found chatting)
  const computerSaid = lex.digitalContext.tag(tokens).length > 0;
  const names = extract || !computerSaid ? reading.lex.languageNames.tag(tokens) : [];
  const reach = computerSaid ? 1 : LANGUAGE_RATING_REACH;
  const aboutLanguage = (m: Span) => names.some((n) => tokens[n.start].clause === tokens[m.start].clause
    && ((n.start >= m.end && n.start - m.end <= 1) || (m.start >= n.end && m.start - n.end <= reach)));
  // as the answer, a statement that is only a device and "only" ("solo móvil", "seulement mon téléphone") says what one
  // has, not how one uses it: the equipment, no rating (found by testers: also read as "with help")
  const onlyDevice = extract ? () => false : deviceOnly(reading);
  let level: DigitalSkills | undefined;
  let said: Span | undefined;
  const levels: Array<{ span: Span; level: DigitalSkills }> = [];
  for (const m of matches) {
    if (aboutLanguage(m) || onlyDevice(m)) continue;
    // a phrase that holds its own negation ("sais pas * utiliser") is a statement, not a topic one wants to
    // learn, and is not negated again by the "ne" before it, next to it or not ("je ne suis pas douée")
    const ownNegation = reading.negations.some((n) => n.start >= m.start && n.end <= m.end);
    if (extract && (!inContext(m) || (overlapsTaken(m) && !ownNegation) || describesDevice(m) || wished(m))) continue;
    // as the answer too, a word of another value's name is that value's: "un bac pro commerce" rates no skill
    if (!extract && taken.some((span) => span.start < m.end && m.start < span.end)) continue;
    // a hedge with its own negation right before a rating qualifies it: "not really | good with computers" is the
    // hedge's value ("not really": with help), not "good" (found chatting: read as autonomous)
    const hedge = matches.find((p) => p !== m && p.end === m.start && reading.negations.some((n) => n.start >= p.start && n.end <= p.end));
    if (hedge) { level = hedge.value; continue; }
    // a statement ending in its negation, a word before a rating, negates the rating: "kann ich nicht | so | gut" is
    // with help (the negation was the other statement's, so the rating alone read autonomous)
    const negatedBefore = matches.some((p) => p !== m && p.end < m.start && m.start - p.end === 1 && p.value === 'none'
      && (m.value === 'autonomous' || m.value === 'advanced') && tokens[p.end].clause === tokens[m.start].clause
      && reading.negations.some((n) => n.start >= p.start && n.end === p.end));
    if (negatedBefore) { level = NEGATED[m.value]; said = m; continue; }
    // a lack stated with its own negation, then "not at all" after it in its clause, is none: "il sait pas utiliser un ordi du tout"
    if (ownNegation && m.value === 'with-help' && reading.negations.some((n) => n.value === 'strong' && n.start >= m.end
      && n.start - m.end <= AT_ALL_REACH && tokens[n.start].clause === tokens[m.end - 1].clause)) { level = 'none'; said = m; continue; }
    // (a negation spent on a rating between it and this one is that rating's: in "je connais pas bien l'ordi, mes enfants
    // m'aident" the "pas" says "not well", and "they help me" is said as it is; found by a tester: read as autonomous)
    const spent = (n: Span) => matches.some((p) => p !== m && p.start >= n.end && p.end <= m.start);
    const negation = reading.negations.filter((n) => isNegated(tokens, m, [n], matches) && !(ownNegation && n.value === 'weak' && n.end <= m.start)
      && !spent(n));
    if (negation.length === 0) level = m.value;
    else if (negation.some((n) => n.value === 'strong') && m.value !== 'none') level = 'none';
    else level = NEGATED[m.value];
    said = m;
    levels.push({ span: m, level });
  }
  if (level === 'autonomous' && said && lackSetAgainst(reading, said, matches)) return 'with-help';
  if (level === 'none' && said && ableBeforeContrast(reading, said, levels)) return 'with-help';
  return level;
}

/** Whether a statement holds a phone and the whole message is only a device, fillers and possession words ("solo", "only", "mon"): see `readDigitalSkills`. */
function deviceOnly(reading: Reading): (m: Span) => boolean {
  const { tokens, lex } = reading;
  const devices = lex.equipment.tag(tokens).filter((d) => d.value === 'phone');
  const spans = [...devices, ...lex.fillers.tag(tokens), ...lex.possession.tag(tokens)];
  // (the whole message: "uso el celular nomás" names a use, which rates)
  const only = tokens.every((_, i) => spans.some((c) => c.start <= i && i < c.end));
  return (m) => only && devices.some((d) => m.start <= d.start && d.end <= m.end);
}

/**
 * Whether a lack said last comes after a contrast that follows an ease stated first: "je me débrouille pour les mails,
 * mais Excel jamais touché", "WhatsApp gaat goed, maar op een computer ben ik nergens" (some things, not all: with help,
 * not none; the lack alone, or a lack after a lack, stays none).
 */
function ableBeforeContrast(reading: Reading, said: Span, levels: Array<{ span: Span; level: DigitalSkills }>): boolean {
  const contrasts = reading.lex.contrast.tag(reading.tokens).filter((c) => c.end <= said.start);
  const able = (span: Span, level: DigitalSkills, before: number) => span.end <= before && (level === 'autonomous' || level === 'advanced');
  if (contrasts.some((c) => levels.some(({ span, level }) => able(span, level, c.start)))) return true;
  // (or, with no "but", in a clause of its own that names a program or a task, not a device: "mailen en whatsappen
  // lukt, Excel nog nooit gedaan", "emails are fine, never used Excel": some things, not all)
  const { tokens, lex } = reading;
  const clause = tokens[said.start].clause;
  const devices = lex.equipment.tag(tokens);
  const task = lex.digitalContext.tag(tokens).some((c) => tokens[c.start].clause === clause
    && !devices.some((d) => d.start < c.end && c.start < d.end));
  return task && levels.some(({ span, level }) => tokens[span.end - 1].clause < clause && able(span, level, said.start));
}

/**
 * Whether, after a skill stated, a contrast opens a lack that no skill phrase reads, about something done rather
 * than a device had: "WhatsApp lukt wel, maar mails versturen kan ik niet", "I can do WhatsApp on my phone but
 * emails, no" (some things, not all: with help), or a vague word on the computer ("…mais l'ordi bof"); "…but I have no
 * computer" or "…but I don't have one" says what one has.
 */
function lackSetAgainst(reading: Reading, said: Span, matches: readonly Span[]): boolean {
  const { tokens, lex } = reading;
  const contrast = lex.contrast.tag(tokens).find((c) => c.start >= said.end);
  if (!contrast) return false;
  const read = (n: Span) => matches.some((m) => m.start <= n.start && n.end <= m.end);
  const lack = reading.negations.some((n) => n.start >= contrast.end && !read(n));
  const devices = lex.equipment.tag(tokens).filter((d) => d.start >= contrast.end);
  const task = lex.digitalContext.tag(tokens).some((c) => c.start >= contrast.end);
  // (or a vague word on the computer: "je me débrouille avec le smartphone, mais l'ordi bof", "fine with my phone but
  // computers meh", found chatting after the twenty-second session's merges: read as autonomous)
  const vagueOnComputer = !lack && devices.some((d) => d.value === 'computer') && lex.vague.tag(tokens).some((v) => v.start >= contrast.end);
  return (lack && task && devices.length === 0) || vagueOnComputer;
}
