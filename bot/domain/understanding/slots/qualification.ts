import type { QualificationEntry } from '../../knowledge/types';
import type { Lexicons } from '../lexicon/lexicon';
import { aloneExceptFillers, hasCueBefore, isNegated } from '../match/context';
import { Tagger, type Match } from '../match/tagger';
import type { Token } from '../text/tokenize';
import type { Mode, Reading } from './reading';
import { jobsNext } from './field';

/** How close "j'ai" must be to the diploma in free text: "j'ai *un diplôme de* CAP". */
const CUE_REACH = 4;
/** How far after a diploma a cue may follow: "master *en* cours", "Realschulabschluss nachholen". */
const AFTER_REACH = 3;
/** How far after a diploma "not finished" may follow, past its pronoun and verb: "un bachelier *que je n'ai* pas terminé". */
const UNFINISHED_REACH = 5;
/** Entry of `qualifications.json` that only says school was left: a default any named diploma replaces. */
const LEFT_SCHOOL = 'generic-left-school';
/** Leaving school at this age or younger is before any lower-secondary certificate (EQF 1). */
const PRIMARY_LEAVING_AGE = 14;

/** Diploma matchers: names found anywhere, and names that count only as a whole answer. */
export interface QualificationTaggers {
  mentions: Tagger<number | null>;
  alone: Tagger<number>;
  /** Names that are everyday words too ("~eso", "~maîtrise"): in free text they need a cue such as "j'ai". */
  cueOnly: ReadonlySet<string>;
  /** Names that only say school was left ("arrêté l'école"). */
  leftSchool: ReadonlySet<string>;
}

/**
 * Matchers over every diploma name of `knowledge/qualifications.json` (names of all countries at once: a
 * Spanish speaker in Brussels may name a Belgian diploma) plus the lexicons' look-alikes to ignore ("permis de
 * conduire" is not a "licence"), which win because they are longer. A name written "=but" counts only as the
 * whole answer: the French BUT is also the English "but" and the French "mon but" (my goal). A name written
 * "~eso" is also an everyday word (Spanish "eso", "that"): in free text it counts only after a cue ("tengo la ESO").
 */
export function qualificationTaggers(entries: QualificationEntry[], lexicons: Lexicons): QualificationTaggers {
  const bare = (name: string) => name.replace(/^[=~]/, '');
  const names = (alone: boolean) => entries.flatMap((entry) => entry.names
    .filter((name) => name.startsWith('=') === alone)
    .map((name): [string, number] => [bare(name), entry.eqf]));
  return {
    mentions: new Tagger<number | null>([
      ...names(false),
      ...Object.values(lexicons).flatMap((lex) => lex.qualificationIgnore.map((p): [string, null] => [p, null])),
    ]),
    alone: new Tagger(names(true)),
    cueOnly: new Set(entries.flatMap((entry) => entry.names.filter((name) => name.startsWith('~')).map(bare))),
    leftSchool: new Set(entries.filter((entry) => entry.id === LEFT_SCHOOL).flatMap((entry) => entry.names.map(bare))),
  };
}

/**
 * The level held by someone studying for a diploma of each level: the one below it (a master's student holds a
 * bachelor, a first-year student the end of secondary school, a pupil in the last year of it lower secondary).
 */
const STUDYING = [0, 0, 1, 2, 3, 4, 4, 6, 7];
/**
 * The level held by someone who did not obtain a diploma of each level: without the end of secondary school
 * ("niveau bac mais je l'ai pas eu", "didn't finish high school") lower secondary at most.
 */
const NOT_OBTAINED = [0, 0, 1, 2, 2, 4, 4, 6, 7];
/** How many words may come between "no diploma" and the diploma it names ("pas de diplôme *du* secondaire"). */
const NO_DIPLOMA_OF = 2;
/** The level of the school years one may stop in without a diploma ("en troisième", "left at 16"). */
const LOWER_SECONDARY = 2;
/** How far after "I'm", "ich bin", "je suis" a profession is said as held ("I'm *a qualified* pharmacist"). */
const DEGREE_JOB_REACH = 2;
/** The level a profession that needs a university degree implies: a bachelor's at least. */
const DEGREE_LEVEL = 6;
/** How many words may stand between years and the word "experience" ("12 años *de* experiencia"). */
const EXPERIENCE_GAP = 2;
/** How many words may stand between "left school" and the school year one stopped in ("quitté l'école *en* troisième"). */
const STOPPED_IN_REACH = 1;
/** Diplomas up to this level, negated ("pas de bac", "no GCSEs"), say the level below: a school diploma. */
const SCHOOL_LEVEL = 4;

/**
 * The EQF level of the highest qualification obtained. For each diploma named:
 * - not finished ("pas eu", "sin terminar", "nachholen", before or after it), or a school diploma negated
 *   ("pas de bac", "no GCSEs"): the level below it (`NOT_OBTAINED`);
 * - a higher diploma negated ("I don't have a degree") or any wished for ("je veux passer mon bac"): nothing;
 * - being studied for ("étudiant en master", "master en cours"): the level below it (diplomas of level 4+);
 * - in free text (`extract`) a name that is also an everyday word, or one after "learn"/"formation", needs a
 *   possession cue ("j'ai un…"); "no diploma" phrases of one word ("rien") never count there.
 * A self-correction ("non je veux dire", "I mean") keeps only what follows it. Someone else's diploma ("ma femme a un
 * master", `others`) counts only when none of the person's own is named. "Left school" (level 2, or 1
 * when the age given is 14 or less) counts only when no diploma is named.
 */
export function readQualification(reading: Reading, taggers: QualificationTaggers, mode: Mode): number | undefined {
  const { tokens, lex } = reading;
  const corrections = lex.correction.tag(tokens);
  // "aucune idée", "no idea": not knowing is no "none" ("aucune") said of diplomas
  const dontKnow = lex.dontKnow.tag(tokens);
  // a number of years before "experience" is how long one worked: "12 años de experiencia" is no "12.º ano" (found by testers)
  const experience = lex.experience.tag(tokens);
  const worked = (m: Match<unknown>) => tokens.slice(m.start, m.end).some((t) => /^\d+$/.test(t.t))
    && experience.some((e) => e.start >= m.end && e.start - m.end <= EXPERIENCE_GAP && tokens[e.start].clause === tokens[m.start].clause);
  const matches = afterCorrection(taggers.mentions.tag(tokens), corrections)
    .filter((m) => !(m.value === 0 && dontKnow.some((d) => d.start <= m.start && m.end <= d.end && d.end - d.start > m.end - m.start)))
    .filter((m) => !worked(m));
  const aspirations = lex.aspiration.tag(tokens);
  const studying = lex.studying.tag(tokens);
  const unfinished = lex.unfinished.tag(tokens);
  const possessions = lex.possession.tag(tokens);
  const learning = mode === 'extract' ? lex.learning.tag(tokens) : [];
  const named = matches.some((m) => m.value !== null && m.value > 0);
  const asked = mode === 'extract' && reading.text.includes('?');
  // "aucun master": a lone "aucun" next to a named diploma negates it, it does not mean "no diploma"
  const loneZero = (m: Match<number | null>) => m.value === 0 && named && m.end - m.start === 1;
  // negations inside "je n'ai que", "pas eu", "no terminé", "non je veux dire" are not negations of the diploma
  const claimed = [...matches.filter((m) => !loneZero(m)), ...possessions, ...unfinished, ...corrections];
  const others = lex.others.tag(tokens);
  const levels: Array<{ level: number; leftSchool: boolean; other: boolean; none?: boolean; held?: boolean }> = [];
  for (const m of matches) {
    if (m.value === null || loneZero(m)) continue;
    const single = m.end - m.start === 1;
    // in free text a lone "rien"/"nothing" is about anything but diplomas ("non j'ai rien compris")
    if (mode === 'extract' && m.value === 0 && single) continue;
    const notFinished = m.value > 0 && (hasCueBefore(tokens, m, unfinished, CUE_REACH) || unfinishedAfter(tokens, m, unfinished, matches));
    // "no diploma" right before a diploma's name negates it: "geen diploma secundair", "pas de diplôme du secondaire"
    const named0 = matches.some((z) => z.value === 0 && z.end - z.start > 1 && z.end <= m.start && m.start - z.end <= NO_DIPLOMA_OF
      && tokens[z.start].clause === tokens[m.start].clause);
    const negated = m.value > 0 && (named0 || isNegated(tokens, m, reading.negations, claimed));
    let level = m.value;
    if (notFinished || (negated && m.value <= SCHOOL_LEVEL)) {
      level = NOT_OBTAINED[m.value];
    } else {
      if (negated) continue;
      // (a lack said with its verb is held, whatever wish comes before: "busco trabajo no tengo estudios")
      const saysHeld = m.value === 0 && possessions.some((p) => m.start <= p.start && p.end <= m.end);
      if (!saysHeld && hasCueBefore(tokens, m, aspirations, CUE_REACH)) continue;
      // a wish closing the clause after it, with nothing held before: "en Diplom maachen", "diploma halen"
      if (!hasCueBefore(tokens, m, possessions, CUE_REACH) && closesClause(tokens, m, aspirations, AFTER_REACH)) continue;
      const studied = m.value >= 4 && (hasCueBefore(tokens, m, studying, CUE_REACH) || closesClause(tokens, m, studying));
      if (studied) level = STUDYING[m.value];
      const cued = studied || hasCueBefore(tokens, m, possessions, CUE_REACH) || hasCueBefore(tokens, m, studying, CUE_REACH);
      // a diploma in a question is most often what is asked about ("does it give me the licence I need?", "wie bekomme
      // ich die Anerkennung von meinem Diplom?"): in free text it counts there only after "I have"
      if (mode === 'extract' && !cued && (taggers.cueOnly.has(m.source) || hasCueBefore(tokens, m, learning, 2) || asked)) continue;
    }
    const leftSchool = taggers.leftSchool.has(m.source);
    const other = hasCueBefore(tokens, m, others, CUE_REACH);
    // (a school year right after "left school" is where one stopped, whatever "I have" comes before the leaving: "j'ai quitté
    // l'école en troisième" holds no certificate)
    const stoppedIn = matches.some((l) => l.value !== null && taggers.leftSchool.has(l.source) && l.end <= m.start
      && m.start - l.end <= STOPPED_IN_REACH && tokens[l.start].clause === tokens[m.start].clause);
    levels.push({ level: leftSchool ? leavingLevel(tokens, m, level) : level, leftSchool, other, none: m.value === 0,
      held: hasCueBefore(tokens, m, possessions, CUE_REACH) && !stoppedIn });
  }
  // a regulated profession that needs a degree, said as held ("ik ben apotheker", "I'm a pharmacist", "ich bin
  // Bauingenieur"), holds one (found by testers: no level); wished for or denied, it does not
  const degreeJobs = lex.degreeJobs.tag(tokens);
  if (degreeJobs.length > 0) {
    const background = lex.background.tag(tokens);
    for (const m of degreeJobs) {
      // ("I was civil engineer": a `jobNext` cue right before it)
      const held = hasCueBefore(tokens, m, background, DEGREE_JOB_REACH) || jobsNext(reading, [m]).length > 0 || (mode === 'answer' && aloneExceptFillers(tokens, m, lex.fillers));
      if (!held || hasCueBefore(tokens, m, aspirations, CUE_REACH) || isNegated(tokens, m, reading.negations, claimed)) continue;
      levels.push({ level: DEGREE_LEVEL, leftSchool: false, other: hasCueBefore(tokens, m, others, CUE_REACH) });
    }
  }
  // someone else's diploma ("my husband has a degree") counts only when the message names none of the person's own
  const own = levels.filter((l) => !l.other);
  if (own.length > 0) levels.splice(0, levels.length, ...own);
  // a named diploma beats "left school"; so does "no diploma" ("left school at 16 with no qualifications")
  const diplomas = levels.filter((l) => !l.leftSchool);
  const counted = diplomas.length ? diplomas : levels;
  // "no diploma" beside the school year one stopped in is no diploma: "aucun diplôme, j'ai arrêté en troisième" (a
  // lower-secondary certificate said to be had still counts: "pas de diplôme, juste le brevet")
  if (counted.some((l) => l.none) && counted.every((l) => l.none || (l.level <= LOWER_SECONDARY && !l.held))) return 0;
  if (counted.length) return Math.max(...counted.map((l) => l.level));
  if (mode === 'extract') return undefined;
  return taggers.alone.tag(tokens).find((m) => aloneExceptFillers(tokens, m, lex.fillers))?.value;
}

/**
 * "niveau bac mais je l'ai pas eu", "Realschulabschluss nachholen": a cue soon after, even past a "mais", unless
 * another diploma comes first ("Mittlere Reife, Ausbildung dann abgebrochen": the training was left, not school).
 */
function unfinishedAfter(tokens: Token[], m: { end: number }, cues: ReadonlyArray<Match<true>>, diplomas: ReadonlyArray<Match<number | null>>): boolean {
  // (past the usual reach only in its clause, with no number between: "Abi 2015, danach 2 Semester BWL abgebrochen"
  // left the studies after it, not the Abitur)
  const near = (cue: Match<true>) => cue.start - m.end <= AFTER_REACH || (cue.start - m.end <= UNFINISHED_REACH
    && tokens.slice(m.end - 1, cue.start + 1).every((t, i, all) => t.clause === all[0].clause && !/\d/.test(t.t)));
  return cues.some((cue) => cue.start >= m.end && near(cue)
    && !diplomas.some((d) => d.value !== null && d.start >= m.end && d.end <= cue.start));
}

/**
 * "master en cours", "a master's student": a cue right after the diploma (or within `reach` words) that ends its clause (in "un master
 * je suis en recherche d'emploi" the "je suis en" goes on, and says nothing of the master).
 */
function closesClause(tokens: Token[], m: { end: number }, cues: ReadonlyArray<Match<true>>, reach = 0): boolean {
  return cues.some((cue) => cue.start >= m.end && cue.start - m.end <= reach && tokens[cue.start].clause === tokens[m.end - 1].clause
    && (cue.end === tokens.length || tokens[cue.end].clause !== tokens[cue.start].clause));
}

/** The mentions after the last self-correction that is followed by one ("licence... non je veux dire un CAP"). */
export function afterCorrection<M extends { start: number; value: unknown }>(matches: readonly M[], corrections: ReadonlyArray<Match<true>>): readonly M[] {
  for (let i = corrections.length - 1; i >= 0; i--) {
    const after = matches.filter((m) => m.start >= corrections[i].end);
    if (after.some((m) => m.value !== null)) return after;
  }
  return matches;
}

/** "j'ai arrêté l'école à 14 ans", "mit 14 die Schule verlassen": an age of leaving of 14 or less is level 1. */
function leavingLevel(tokens: Token[], m: { start: number; end: number }, level: number): number {
  for (let i = Math.max(0, m.start - 2); i < Math.min(tokens.length, m.end + CUE_REACH); i++) {
    if (!/^\d{1,2}$/.test(tokens[i].t)) continue;
    const age = Number(tokens[i].t);
    if (age >= 6 && age <= PRIMARY_LEAVING_AGE) return Math.min(level, 1);
  }
  return level;
}
