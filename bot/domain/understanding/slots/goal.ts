import type { Goal } from '../../profile/profile';
import { hasCueBefore, isNegated, nearestCueBefore, onlyFillers, slightCue } from '../match/context';
import type { Match } from '../match/tagger';
import type { Mode, Reading, Span } from './reading';

/** How far before a goal a wish ("je veux", "I'd like", "möchte") still governs it, in its clause. */
const WISH_REACH = 6;
/** How close a wish must be to a diploma word for it to be wished for ("I want *a* certificate"). */
const WISHED_DIPLOMA_REACH = 2;
/** How far a denial of what was said reaches: "jamais dit que je voulais *créer* une entreprise". */
const DENIAL_REACH = 6;
/** How close a learning cue must be to a one-word basics goal in free text ("apprendre l'informatique"). */
const LEARN_REACH = 4;
/** How many words a free-text "I don't know what to do" needs to count as the goal `unsure`. */
const STATED_UNSURE = 3;
/** How many words after "I'm lost" the device it is about may come ("je suis perdue *sur un* ordinateur"). */
const DEVICE_REACH = 3;
/** How far before a basics word a language named makes it that language's basics ("con el francés quiero empezar desde cero"). */
const LANGUAGE_REACH = 5;
/** A learning cue made only of words this short ("comme", "as a", "als") is a preposition, not a wish. */
const SLIGHT_CUE_WORD = 5;
/** How far before a job word a condition still governs it, in its clause ("si tengo *un* contrato de trabajo"). */
const CONDITION_REACH = 4;
/** Goals that name a project, which the words of a plain job wish often serve ("travailler à mon compte"). */
const PROJECTS: ReadonlySet<Goal> = new Set(['retrain', 'start-business']);

/**
 * The goal a message states. As an answer, "je sais pas" is the goal `unsure` (a vague "ça dépend" is nothing).
 * In free text:
 * - `unsure` counts only when stated in three words or more and no other goal is, nor a negated goal ("pas de diplôme, je veux trouver un travail" is find-job), nor
 *   a one-word goal inside words `taken` by another slot ("I have a degree" is a diploma, not certify);
 * - a basics goal needs a learning cue next to it or a wish before it: "I'm rubbish with computers", "I use
 *   the computers at the library" say a skill or a place, not a wish;
 * - a job word right after a possession, or in a statement of one's job, is not a goal ("mon travail", "j'ai
 *   travaillé", "ich arbeite als Angestellter");
 * - a goal stated as a wish wins over one that describes the situation ("au chômage… je veux apprendre
 *   les bases": basics), and among wishes a project (retrain, start-business) over a plain job wish;
 * - a diploma named after a wish ("je veux faire un CAP", `diplomas`) is the goal certify.
 */
export function readGoal(reading: Reading, mode: Mode, taken: readonly Span[] = [], diplomas: readonly Span[] = []): Goal | undefined {
  const { tokens, lex } = reading;
  const matches = ownGoals(reading);
  const vague = lex.vague.tag(tokens);
  const dontKnow = lex.dontKnow.tag(tokens).filter((d) => !vague.some((v) => v.start <= d.start && d.end <= v.end));
  const wishes = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens)];
  // a negation does not reach past a new wish: "hab keinen Computer und will Grundlagen lernen"; one right
  // before the wish negates the wish itself: "I don't want a job", "no quiero trabajar"
  // "I never said I want a certificate": a denial of what was said reaches past the wish it denies
  const denials = lex.denial.tag(tokens);
  const free = matches.filter((m) => !isNegated(tokens, m,
    reading.negations.filter((n) => !wishes.some((w) => w.start >= n.end + 1 && w.end <= m.start)), matches)
    && !hasCueBefore(tokens, m, denials, DENIAL_REACH));
  if (mode === 'answer') {
    const goal = free.find((m) => !(m.value === 'unsure' && vague.some((v) => v.start <= m.start && m.end <= v.end)));
    if (goal) return goal.value;
    if (dontKnow.length > 0) return 'unsure';
    return trainingAnswered(reading, matches) ? 'retrain' : undefined;
  }
  const overlaps = (m: Span, spans: readonly Span[]) => spans.some((span) => span.start < m.end && m.start < span.end);
  // a wish word inside another value's words is that value's: "rien *comme* diplôme" is no diploma wished for
  const wishesApart = wishes.filter((w) => !taken.some((t) => t.start <= w.start && w.end <= t.end));
  const learning = lex.learning.tag(tokens);
  const possessions = lex.possession.tag(tokens);
  const background = lex.background.tag(tokens);
  const languages = lex.languageNames.tag(tokens);
  const digital = languages.length > 0 ? lex.digitalContext.tag(tokens) : [];
  // a job named in the condition of a question is one's situation, asked about: "si tengo contrato de trabajo, ¿puedo
  // hacer el curso?", "if I already work, can I still sign up?" (no job looked for)
  const conditions = reading.text.includes('?') ? lex.condition.tag(tokens) : [];
  const candidates: Array<Match<Goal>> = free.filter((m) => m.value !== 'unsure'
    // a diploma word is also a diploma held ("un diplôme" is read as one), unless it is wished for: "je veux un diplôme"
    && !(m.weight < 2 && overlaps(m, taken) && !(m.value === 'certify' && hasCueBefore(tokens, m, wishesApart, WISHED_DIPLOMA_REACH)))
    && !(m.value === 'basics' && !nearCue(reading, m, learning, LEARN_REACH) && !opensWith(m, wishes)
      && !hasCueBefore(tokens, m, wishes, WISH_REACH) && !learntLater(reading, m, learning))
    // from scratch with a language named before it in its clause is the language's basics ("Englisch will ich von null
    // lernen"), unless the words name the computer ("je parle français et je veux apprendre l'ordinateur")
    && !(m.value === 'basics' && hasCueBefore(tokens, m, languages, LANGUAGE_REACH) && !overlaps(m, digital))
    // "I have a certificate", "ich habe ein Zertifikat", "tengo un título oficial": a diploma held is no diploma wished for
    && !(m.value === 'certify' && (m.weight < 2 ? ownJob(reading, m, possessions, wishes) : held(reading, m, possessions, wishes)))
    && !(m.value === 'find-job' && m.weight < 2 && hasCueBefore(tokens, m, conditions, CONDITION_REACH) && !hasCueBefore(tokens, m, wishes, WISH_REACH))
    && !(m.value === 'find-job' && foundBy(reading, m))
    && !(m.value === 'find-job' && m.weight < 2 && (ownJob(reading, m, possessions, wishes)
      || (overlaps(m, background) && !hasCueBefore(tokens, m, wishes, 2)))));
  // the computer one says one cannot use, then wants to learn in a later clause, is learnt: "kan niks met computers,
  // wil het leren", "je sais pas me servir d'un ordi, je veux apprendre" (the negation is the skill's, not the wish's)
  for (const m of matches) {
    if (m.value === 'basics' && !free.includes(m) && !candidates.includes(m) && !hasCueBefore(tokens, m, denials, DENIAL_REACH)
      && learntLater(reading, m, learning)) candidates.push(m);
  }
  for (const d of diplomas) {
    if (hasCueBefore(tokens, d, wishes, WISH_REACH) && !overlaps(d, candidates)) {
      candidates.push({ value: 'certify', start: d.start, end: d.end, weight: 2, exact: 2, source: '' });
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  // a negation inside a goal's words ("je cherche pas de travail", "busco no trabajo sino...") leaves it to
  // another goal, if the message states one ("…, je veux d'abord apprendre l'ordinateur"); alone it stays
  // ("je trouve pas de travail" is still looking for one)
  const negatedWithin = (m: Span) => reading.negations.some((n) => n.start > m.start && n.end <= m.end);
  if (candidates.some((m) => !negatedWithin(m))) {
    for (let i = candidates.length - 1; i >= 0; i--) if (negatedWithin(candidates[i])) candidates.splice(i, 1);
  }
  // a wish before the goal, or opening it ("want work", "quiero trabajar")
  // or closing the clause just before it: "ich überlege, mich selbstständig zu machen" (German puts a comma there)
  const closesBefore = (m: Span) => wishes.some((w) => tokens[w.end - 1].clause === tokens[m.start].clause - 1
    && (w.end === tokens.length || tokens[w.end].clause !== tokens[w.end - 1].clause));
  // (the words of a project are no wish for the computer's basics: "me reconvertir dans l'informatique" is a change of
  // trade to computing)
  const projects = candidates.filter((m) => PROJECTS.has(m.value));
  const cuesFor = (m: Match<Goal>) => m.value === 'basics' ? wishes.filter((w) => !overlaps(w, projects)) : wishes;
  // a project said alone as the message's first clause is its headline, the wish the rest explains: "Umschulen. …",
  // "omscholen, ik werk nu in …, ik wil met … werken" (the job wished later says what to retrain for, not a plain search)
  const headline = (m: Span) => PROJECTS.has((m as Match<Goal>).value)
    && tokens.slice(0, m.start).every((t) => t.clause !== tokens[m.start].clause)
    && onlyFillers(tokens.slice(0, m.start), lex.fillers)
    && (m.end === tokens.length || tokens[m.end].clause !== tokens[m.end - 1].clause);
  const wished = candidates.filter((m) => hasCueBefore(tokens, m, cuesFor(m), WISH_REACH) || opensWith(m, cuesFor(m)) || closesBefore(m) || headline(m));
  const best = wished.find((m) => PROJECTS.has(m.value)) ?? wished[0] ?? candidates[0];
  // With no other goal, saying in so many words that one does not know what to do is the goal `unsure`
  // ("je sais pas quoi faire", "no idea what to do"); a short "no idea" or "lost" in free text is not.
  // "anything" that opens a wish for a trade is no doubt: "lo que sea en limpieza", "n'importe quoi dans la vente"
  const aimed = (m: Span) => wishes.some((w) => w.start <= m.start && w.end > m.end);
  // (lost with a computer is a skill, not a life without a plan: "I'm lost on a computer", "estoy perdida con el ordenador")
  const device = lex.digitalContext.tag(tokens);
  const onDevice = (m: Span) => device.some((d) => d.start >= m.end && d.start - m.end <= DEVICE_REACH && tokens[d.start].clause === tokens[m.start].clause);
  const unsure = free.filter((m) => m.value === 'unsure' && m.end - m.start >= STATED_UNSURE && !aimed(m) && !onDevice(m));
  // "j'ai perdu mon travail et je sais pas quoi faire": not knowing what to do wins over a situation, not a wish
  if (best && wished.length === 0 && unsure.length > 0) return 'unsure';
  return best?.value ?? unsure[0]?.value;
}

/** The most words of an answer to the goal question that names a training and no goal ("a training first, I think"). */
const TRAINING_ANSWER = 6;

/**
 * Whether the answer to the goal question is a training, named by its word and nothing that says another goal: "une
 * formation d'abord", "some training first", "eerst een opleiding" (the option "train for a new job"). Not negated, not
 * asked about ("la formation est payante ?"), and short.
 */
function trainingAnswered(reading: Reading, goals: readonly Span[]): boolean {
  const { tokens, lex } = reading;
  if (goals.length > 0 || reading.text.includes('?') || tokens.length > TRAINING_ANSWER) return false;
  // (nor said of the courses in a complaint or a question: "vos formations sont nulles", "el curso cuesta dinero o no")
  if ([lex.complaint, lex.distress, lex.questions, lex.questionWords].some((t) => t.tag(tokens).length > 0)) return false;
  return lex.courseWords.tag(tokens).some((c) => !isNegated(tokens, c, reading.negations, []));
}

/** How many words after "j'ai trouvé", "I found" the work found may come ("I found a new job"). */
const FOUND_REACH = 1;

/**
 * Whether a search is work said to be found, not looked for: "ya encontré otro contrato", "j'ai trouvé un CDI", "ich
 * habe eine Stelle gefunden" (the cue around the job, or before it in its clause; a negation in it keeps the search:
 * "j'ai pas trouvé de travail").
 */
function foundBy(reading: Reading, m: Span): boolean {
  const { tokens, lex } = reading;
  return lex.found.tag(tokens).some((c) => !reading.negations.some((n) => n.start < Math.max(c.end, m.end) && n.end > Math.min(c.start, m.start))
    && tokens[c.start].clause === tokens[m.start].clause
    && ((c.start <= m.start && m.end <= c.end) || (c.start <= m.start && c.end > m.start) || (c.end <= m.start && m.start - c.end <= FOUND_REACH)));
}

/**
 * Whether a learning word closing a later clause refers back to `m`: "nog nooit met een computer gewerkt, ik wil
 * dat leren", "l'ordinateur, j'aimerais bien apprendre".
 */
export function learntLater(reading: Reading, m: Span, cues: readonly Span[]): boolean {
  const { tokens } = reading;
  const closes = (i: number) => i === tokens.length || tokens[i].clause !== tokens[i - 1].clause;
  // or followed by one short word that closes it, a pronoun for what was named: "I want to learn it", "apprendre ça"
  // (not a learning refused: "…, and I don't want to learn it")
  return cues.some((c) => c.start >= m.end && tokens[c.start].clause > tokens[m.end - 1].clause
    && (closes(c.end) || (tokens[c.end].t.length <= PRONOUN_LENGTH && closes(c.end + 1)))
    && !reading.negations.some((n) => n.start < c.start && tokens[n.start].clause === tokens[c.start].clause));
}

/** The longest word read as a pronoun after a learning cue ("it", "ça", "lo", "das"). */
const PRONOUN_LENGTH = 3;

/** Whether the goal's own words start with a cue ("want work", "apprendre l'informatique"). */
function opensWith(m: Span, cues: readonly Span[]): boolean {
  return cues.some((c) => c.start === m.start && c.end < m.end);
}

/** Whether a cue is within `reach` words of `m` (before or after) in the clause of its first word. */
function nearCue(reading: Reading, m: Span, cues: readonly Span[], reach: number): boolean {
  const { tokens } = reading;
  return nearestCueBefore(tokens, m, cues, reach) !== undefined
    || cues.some((c) => c.start >= m.end && c.start - m.end <= reach && tokens[c.start].clause === tokens[m.start].clause);
}

/** How far before a diploma said in several words a possession still holds it: "I have *a proper* qualification". */
const HELD_REACH = 3;

/**
 * A diploma said in several words after a possession (`ownerOf`, within `HELD_REACH`), with no wish just before the
 * possession either ("tengo un título oficial", "I have a proper qualification"; not "je veux avoir un vrai diplôme").
 */
function held(reading: Reading, m: Span, possessions: readonly Span[], wishes: readonly Span[]): boolean {
  const owner = ownerOf(reading, m, possessions, wishes, HELD_REACH);
  return !!owner && !wishes.some((w) => w.end <= owner.start && owner.start - w.end <= 2);
}

/** "mon travail", "j'ai travaillé", "I have a job": a possession right before, no wish in between. */
function ownJob(reading: Reading, m: Span, possessions: readonly Span[], wishes: readonly Span[]): boolean {
  return ownerOf(reading, m, possessions, wishes, 1) !== undefined;
}

/**
 * The possession ending at most `reach` words before `m`, in its clause, with no wish in between (the nearest one).
 * A possession that takes the goal's first word, its article, governs it too: "*tengo un* título" (the possession
 * "tengo un" and the goal "un título" share the article).
 */
function ownerOf(reading: Reading, m: Span, possessions: readonly Span[], wishes: readonly Span[], reach: number): Span | undefined {
  const { tokens } = reading;
  const owner = possessions.filter((p) => p.start < m.start && p.end <= m.end && Math.max(0, m.start - p.end) <= reach
    && tokens[Math.min(p.end, m.start) - 1].clause === tokens[m.start].clause).at(-1);
  return owner && !wishes.some((w) => w.start >= owner.end && w.end <= m.start) ? owner : undefined;
}

/**
 * Whether a message states a goal in so many words (see `Understanding.statesGoal`): a goal phrase of several
 * words, or a goal word with a wish before it or opening it, neither negated.
 */
export function goalStated(reading: Reading): boolean {
  const { tokens, lex } = reading;
  const matches = ownGoals(reading).filter((m) => m.value !== 'unsure' && !isNegated(tokens, m, reading.negations, []));
  // (a learning cue of short words only is a preposition: "rien eu *comme* diplôme")
  const wishes = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens).filter((c) => !slightCue(c, SLIGHT_CUE_WORD))];
  return matches.some((m) => m.weight >= 2 || opensWith(m, wishes) || hasCueBefore(tokens, m, wishes, WISH_REACH));
}

/**
 * The goal phrases of a message but those inside the words that name who looks after the person's health (`carers`): the "travail" of "le
 * médecin du travail", "my work doctor" is that doctor's, no job looked for.
 */
function ownGoals(reading: Reading): ReadonlyArray<Match<Goal>> {
  const { tokens, lex } = reading;
  const goals = lex.goals.tag(tokens);
  const persons = goals.length > 0 ? lex.carers.tag(tokens) : [];
  return persons.length === 0 ? goals : goals.filter((m) => !persons.some((p) => p.start <= m.start && m.end <= p.end));
}
