import { statedValues, type DigitalSkills, type Field, type Profile } from '../profile/profile';
import type { AnswerDeps } from './answer';
import { readAvailability } from './slots/availability';
import { readDigitalSkills } from './slots/digitalSkills';
import { readEquipment } from './slots/equipment';
import { readGoal } from './slots/goal';
import { readInterest } from './slots/interest';
import { readQualification } from './slots/qualification';
import { read, type Reading, type Span } from './slots/reading';
import { learningAsTyped } from './slots/learning';
import { learnLanguagesOf } from './slots/learnLanguage';
import { readRegion } from './slots/region';
import { jobStatements, jobTitles, readJob, tradeOf, typedAsMeant, unfitFor, wishedLater } from './slots/field';
import { hasCueBefore, isNegated } from './match/context';
import type { Match } from './match/tagger';

/**
 * Profile values stated clearly in a free-text message, to fill several slots from one sentence
 * ("j'ai un bac et je veux apprendre Python, 10 heures par semaine"). Every reader runs in its strict mode:
 * a diploma needs "j'ai", a topic needs "apprendre", hours need a unit and a period, a place needs "j'habite",
 * so that a word used in passing fills nothing. Bare numbers and "je sais pas" never fill anything here.
 */
export function extractProfile(text: string, deps: AnswerDeps): Partial<Profile> {
  const reading = read(text, deps.lexicons[0]);
  // What each reading states is remembered on it: a turn reads its message as free text, and again when it answers
  // the goal or interest question (see `answerSlot`). A reading belongs to one `Understanding`'s lexicon, so to one
  // set of `deps`.
  reading.extracted ??= extractFrom(reading, deps);
  return { ...reading.extracted };
}

function extractFrom(reading: Reading, deps: AnswerDeps): Partial<Profile> {
  const diplomas = deps.qualifications.mentions.tag(reading.tokens);
  const job = readJob(reading, deps.fields, 'extract', diplomas.filter((d) => d.value !== null));
  // a device read as part of a longer word typed as a goal's is that goal's: "Computerkurs" is no computer
  const typedGoals = reading.lex.goals.tag(reading.tokens).filter((g) => g.exact === g.weight);
  const devices = reading.lex.equipment.tag(reading.tokens).filter((d) => d.exact === d.weight
    || !typedGoals.some((g) => g.start <= d.start && d.end <= g.end && g.source.length >= d.source.length + COMPOUND_REST));
  // a topic word inside a skill said in several words, with no wish or learning in the message, is that skill:
  // "ich kann E-Mails schreiben und im Internet surfen"; "Programmieren" alone or "je veux apprendre internet" is a topic
  // (a learning cue as typed: "je maîtrise l'informatique" states a skill, it is no typo of "maîtriser")
  const wishes = learnsAsTyped(reading) || reading.lex.aspiration.tag(reading.tokens).length > 0;
  const statedSkills = wishes ? [] : reading.lex.digitalSkills.tag(reading.tokens).filter((m) => m.end - m.start >= 2);
  // (whatever else the message wishes, so is one's ease with computers said with its verb, with no wish right before
  // it: "ik kan werken met de computer", "zeer vaardig met de computer" in a first message that also wants a new
  // trade; its "werken met" is no learning, found by a tester: read as wanting the basics)
  const mastered = masteredSkills(reading);
  const topics = (deps.topics.byLanguage[reading.lex.language] ?? deps.topics.any).tag(reading.tokens)
    .filter((t) => ![...statedSkills, ...mastered].some((k) => k.start <= t.start && t.end <= k.end))
    // (nor one that starts inside it, with no wish in the message: the skill's object, "I can *use a computer*", "ich
    // kann einen *Computer benutzen*")
    .filter((t) => !statedSkills.some((k) => k.start < t.start && t.start < k.end && k.end < t.end));
  // "nothing", "rien" name no diploma unless the message says so ("I know nothing about computers" is a skill)
  const eqfLevel = readQualification(reading, deps.qualifications, 'extract');
  // a diploma's name inside a skill said in several words is the skill's verb: "je maîtrise l'informatique"
  const inSkill = (d: { start: number; end: number }) => statedSkills.some((k) => k.start <= d.start && d.end <= k.end && k.end - k.start > d.end - d.start);
  const taken = [
    ...diplomas.filter((d) => (d.value !== 0 || eqfLevel === 0) && !inSkill(d)),
    ...topics,
    // "nothing" is no device of its own in free text: "ich kann gar nix am Computer" states a skill
    ...devices.filter((d) => d.value !== 'nothing'),
  ];
  const jobs = typedJobs(reading, deps);
  const places = deps.regions.tag(reading.tokens);
  // a job title that is also a town's name ("maçon", Mâcon): right after a wish it is the job ("un emploi de maçon à
  // Namur", "devenir maçon"), after a word that says where it is the town ("du travail à Mâcon")
  const locations = reading.lex.location.tag(reading.tokens);
  const jobTown = job && places.some((p) => p.value.mark === '~' && p.start === job.start && hasCueBefore(reading.tokens, p, locations, 0));
  const wishedJob = jobTown && [...reading.lex.learning.tag(reading.tokens), ...reading.lex.aspiration.tag(reading.tokens),
    ...reading.lex.goals.tag(reading.tokens)].some((c) => c.end === job.start);
  const found: Partial<Profile> = {
    // a topic word is no obstacle to a goal: "emprender", "freiberuflich" say both
    // "no diploma" after a wish is no diploma wished for: "brauche keine Hilfe"
    // a job word inside the name of an employment service is no goal: "mon conseiller Pôle emploi", "France Travail"
    // a trade that is also the name of its diploma, wished for, is a job wished for: "je voudrais devenir
    // aide-soignante", "quiero ser auxiliar de enfermería" (the diploma's own name stays certify: "passer le DEAS");
    // a diploma name that is also an everyday word is no diploma wished for: "quiero seguir en eso" ("la ESO" is)
    goal: readGoal(reading, 'extract', [...diplomas, ...devices, ...places.filter((p) => p.end - p.start > 1), ...mastered],
      diplomas.filter((d) => d.value !== null && d.value > 0 && !deps.qualifications.cueOnly.has(d.source))),
    // a topic word inside the words of a goal other than learning is not a topic: "à mon compte" is no counting
    // a topic read through a typo or a stem where a place or a job is typed is that place or job: "woon in
    // Luxemburg" is no "luxemburgs", "travailler dans un entrepot" no "entrepreneuriat"
    // a topic word inside a job title is the job's: "agent d'entretien" is no job interview
    // (the words a goal's gap skips are its object, not its own: "etwas mit *Grafikdesign* machen")
    interest: readInterest(reading, deps.topics, 'extract', [...reading.lex.goals.tag(reading.tokens).filter((g) => g.value !== 'basics' && !g.source.includes('*')), ...jobs, ...mastered],
      [...places.filter((p) => p.value.mark === '' && p.exact === p.weight), ...abroadTyped(reading, deps), ...jobs]),
    eqfLevel,
    digitalSkills: readDigitalSkills(reading, 'extract', taken),
    equipment: readEquipment(reading, 'extract'),
    hoursPerWeek: readAvailability(reading, 'extract'),
    // (a diploma named by its generic word counts too: "tengo un título de Francia")
    region: readRegion(reading, deps.regions, 'extract', wishedJob ? job.start : undefined, deps.abroad,
      [...diplomas, ...reading.lex.slotNames.tag(reading.tokens).filter((m) => m.value === 'qualification')]),
    field: jobTown && !wishedJob ? undefined : job?.field,
  };
  // a rating alone between the commas of a profile given as a list is the ease with computers, the list's one
  // rating: "…, master, muy bien, mac, 15h", "…, 20h/sem, à l'aise" (found by a tester: asked again)
  found.digitalSkills ??= listedRating(reading, Object.keys(statedValues(found)).length);
  // a computer word that names the field one wants to work in (the job read from it, its article before) is no wish
  // for the basics: "ech wëll an der Informatik schaffen" (found chatting; "je veux travailler dans l'informatique"
  // reads so already)
  if (found.goal === 'basics' && job && found.field === job.field) {
    const goals = reading.lex.goals.tag(reading.tokens).filter((g) => !isNegated(reading.tokens, g, reading.negations, []));
    const basics = goals.filter((g) => g.value === 'basics');
    const ofJob = basics.length > 0 && basics.every((g) => g.start >= job.start && g.start - job.start <= JOB_WORDS);
    if (goals.some((g) => g.value === 'find-job') && ofJob) found.goal = 'find-job';
    // nor when a job is left for it: "sortir de la vente pour aller vers l'informatique" is a change of trade
    else if (ofJob && reading.lex.pastJob.tag(reading.tokens).some((c) => c.end <= job.start && typedAsMeant(reading.tokens, c))) found.goal = 'retrain';
  }
  // work looked for in a topic that is a trade of its own is that topic: "je cherche un emploi dans le marketing
  // digital", "looking for a job in data analysis" (found chatting: the topic was lost)
  if (found.interest === undefined && found.goal === 'find-job') {
    const searches = reading.lex.goals.tag(reading.tokens).filter((g) => g.value === 'find-job' && !isNegated(reading.tokens, g, reading.negations, []));
    const sought = topics.find((t) => TRADE_TOPICS.has(t.value) && !isNegated(reading.tokens, t, reading.negations, [])
      && searches.some((g) => g.end <= t.start && t.start - g.end <= JOB_TOPIC_REACH && reading.tokens[g.start].clause === reading.tokens[t.start].clause));
    if (sought) found.interest = sought.value;
  }
  // the job one has, beside a topic one wants to learn and no other job wished for, is no field: the field is where
  // one wants to work ("ich bin Hotelfachfrau und möchte Excel lernen", "ech sinn Zuchbegleeder a wëll Englesch léieren")
  // (a trade topic wished for is a change of trade, below: "I'm a teacher… want to become a web developer")
  if (found.field !== undefined && found.interest !== undefined && !TRADE_TOPICS.has(found.interest) && found.goal === undefined
    && heldOnly(reading, deps, found.field)) delete found.field;
  // a person who says they master computers, with no wish, is not asking for the basics: "je maîtrise bien
  // l'ordinateur" is no "maîtriser l'ordinateur" (a wish typed as such still is: "je me débrouille, mais je veux
  // apprendre l'informatique")
  if ((found.goal === 'basics' || found.interest === 'digital-basics') && (found.digitalSkills === 'autonomous' || found.digitalSkills === 'advanced')
    && !learnsAsTyped(reading) && reading.lex.aspiration.tag(reading.tokens).length === 0) {
    if (found.goal === 'basics') delete found.goal;
    if (found.interest === 'digital-basics') delete found.interest;
  }
  // the job one wants, with no goal said otherwise, is looking for work: "i wanna be a nurse", "quiero ser
  // camarero" (readField only reads a job after a wish, or a person's own job when they want work)
  if (found.goal === undefined && found.field !== undefined && reading.lex.aspiration.tag(reading.tokens).length > 0) found.goal = 'find-job';
  // so is a job title filed under a topic, wished for: "je veux devenir data analyst", "I want to become a web
  // developer" (a change of trade when another job is held, below); learning the topic alone sets no goal
  if (found.goal === undefined && found.interest !== undefined && TRADE_TOPICS.has(found.interest)) {
    const titles = deps.fields.byLanguage[reading.lex.language]?.tag(reading.tokens);
    if (titles && jobTopicWished(reading, titles)) found.goal = 'find-job';
  }
  // with another topic named, no basics goal for one who says they master computers (the wish is the topic's: "ich
  // kann gut mit dem PC umgehen und möchte eine Weiterbildung im Projektmanagement machen"), nor from a basics word
  // inside the topic's words ("digitale marketing" is no "digitaal")
  if (found.goal === 'basics' && found.interest !== undefined && found.interest !== 'digital-basics') {
    const masters = found.digitalSkills === 'autonomous' || found.digitalSkills === 'advanced';
    const basics = reading.lex.goals.tag(reading.tokens).filter((g) => g.value === 'basics');
    // (or whose computer word, its last, is the topic's: "learn to draw on a computer" is design)
    const within = (g: { start: number; end: number }) => topics.some((t) => t.value === found.interest && t.start < g.end && g.end <= t.end);
    if (masters || (basics.length > 0 && basics.every(within))) delete found.goal;
  }
  // a training for the job one wants is a new trade learnt: "je cherche une formation pour travailler en crèche",
  // "me former comme cariste", "eine Ausbildung als Koch machen" (a diploma named stays certify)
  const trainings = wishedTrainings(reading);
  const apart = (d: { start: number; end: number }) => !trainings.some((t) => t.start < d.end && d.start < t.end + 2);
  // so is a training in a topic that is a trade of its own ("je veux me former en analyse de données", "I want a
  // training in web development"): the wish is to learn it, not to be hired in it now (unless work is named as what
  // the training is for: "un cours de marketing pour trouver du travail")
  if (found.field === undefined && found.goal === 'find-job' && found.interest !== undefined && TRADE_TOPICS.has(found.interest)
    && trainings.length > 0 && !reading.lex.goals.tag(reading.tokens).some((g) => g.value === 'find-job' && g.start >= trainings[0].end)) found.goal = 'retrain';
  if (found.field !== undefined && trainings.length > 0 && (found.goal === undefined || found.goal === 'find-job'
    || (found.goal === 'certify' && !diplomas.some((d) => d.value !== null && d.value > 0 && apart(d))))) found.goal = 'retrain';
  // a diploma or a certificate for a job is in that job's field, held ("20 ans cariste, je veux un diplôme", "been a
  // plasterer for years, want to get certified") or not ("je veux un diplôme d'aide-soignante"): a job not held first
  if (found.goal === 'certify' && found.field === undefined) found.field = certifiedJob(reading, deps);
  // another job than the one held is a change of trade: "I'm a teacher… want to become a web developer", "je suis
  // caissière, je veux travailler comme secrétaire" (the same job wished again is looking for work)
  // (the job titles of every language's lists, as the field is read: "I'm a florist", found only in the German ones)
  const titles = found.goal === 'find-job' && deps.fields.byLanguage[reading.lex.language] ? jobTitles(reading, deps.fields) : undefined;
  if (titles) {
    const wished = found.field === job?.field ? job : undefined;
    const becomes = wished !== undefined && becomeWished(reading, titles.find((m) => m.start === wished.start) ?? { start: wished.start, end: wished.start + 1 });
    const heldMatches = [...heldJobs(reading, titles), ...jobsBeforeWish(reading, titles, deps), ...introducedJobs(reading, titles),
      // (with a job to become wished, a job named alone in a clause before it is the one held: "maman de 3,
      // aide-soignante de nuit, je veux devenir infirmière")
      ...(becomes ? jobsBeforeBecome(reading, titles, wished) : [])];
    const held = heldMatches.map((m) => m.value);
    const topicJob = found.interest !== undefined && (jobTopicWished(reading, titles) || (TRADE_TOPICS.has(found.interest) && topicWished(reading, deps)));
    // a job of the same field but another trade, set against it, is another job too: "je travaille dans le nettoyage
    // *mais* je veux faire aide en crèche" (both K); "Erzieherin…, suche eine Stelle in einer Kita" is the same work
    const contrasts = wished?.trade ? reading.lex.contrast.tag(reading.tokens) : [];
    // …or said to be left or held before: "Ich war Lagerist, jetzt will ich Busfahrer werden" (both N)
    const pastHeld = wished?.trade ? reading.lex.pastJob.tag(reading.tokens).filter((c) => typedAsMeant(reading.tokens, c)) : [];
    // …or the job wished said to be one to become, after the one held: "aide-soignante de nuit, je veux devenir
    // infirmière", "ik ben poetsvrouw en wil kinderverzorgster worden" (both J, both K)
    const otherTrade = (m: Match<unknown>): boolean => {
      const theirs = wished?.trade && m.value === found.field ? tradeOf(reading, deps.fields, m as Match<Field>) : undefined;
      return theirs !== undefined && theirs !== wished!.trade && (contrasts.some((c) => c.start >= m.end && c.end <= wished!.start)
        || pastHeld.some((c) => c.end <= m.start && m.start - c.end <= HELD_REACH && reading.tokens[c.start].clause === reading.tokens[m.start].clause)
        || (becomes && wished?.trade !== undefined && m.end <= wished.start));
    };
    // a diploma's subject, beside a job of a topic wished for, is what one studied, not the field: "j'ai un bachelier en
    // soins infirmiers mais je veux devenir graphiste" (found chatting: the nurse-graduate got health courses)
    if (topicJob && found.field !== undefined && !held.includes(found.field)
      && heldJobs(reading, titles, diplomas.filter((d) => d.value !== null && d.value > 0)).some((m) => m.value === found.field)) delete found.field;
    // …and a job to become named after another one held, even of the same trade, is a better post, learnt: "teaching
    // assistant in a village school, I'd like to become a teacher", "Pferdewirtin, würde gern Tierarzthelferin werden"
    // (not the same title wished again: "vendeuse… devenir vendeuse en boulangerie")
    const wishedTitle = becomes ? titles.find((m) => m.start === wished!.start) : undefined;
    const typed = (m: Span) => reading.tokens.slice(m.start, m.end).map((token) => token.t);
    const movesUp = wishedTitle !== undefined && heldMatches.some((m) => m.value !== 'topic' && m.end <= wishedTitle.start
      && !typed(m).some((word) => typed(wishedTitle).includes(word)));
    if ((topicJob && held.some((job) => job !== 'topic'))
      || (found.field !== undefined && held.length > 0 && (movesUp || heldMatches.every((m) => m.value !== found.field || otherTrade(m))))) {
      found.goal = 'retrain';
      // the job left is no field: "I'm a bartender, I want to learn project management"
      if (topicJob && found.field !== undefined && held.includes(found.field)) delete found.field;
    }
  }
  // the job one has is no field either when said first with no wish in its clause, then a topic wished for in a
  // later one, and no work looked for: "magasinier, 50 ans, je voudrais apprendre l'ordinateur", "bus driver for
  // years, now I want to learn data analysis" (the job is who the person is; what they want is the topic). A
  // language, the basic skills, a business of one's own, marketing or design for it keep the trade ("soy
  // albañil, necesito aprender gestión", "ik ben kok, wil Nederlands leren"); so does office work for a clerk.
  if (found.field !== undefined && found.interest !== undefined && job && found.field === job.field && found.goal !== 'start-business'
    && !KEEPS_TRADE.has(found.interest) && !(found.field === 'M' && OFFICE_WORK.has(found.interest))
    && topicWishedAfterJob(reading, deps, job, [...topics, ...deps.topics.any.tag(reading.tokens)].filter((t) => t.value === found.interest))) delete found.field;
  // a job one can no longer do for one's health, and no other goal than work, is a change of trade: "je ne peux plus
  // être maçon à cause de mon dos", "als Dachdecker geht es mit meinem Rücken nicht mehr" (the same work again is not:
  // "…, je cherche la même chose mais assis")
  if ((found.goal === undefined || found.goal === 'find-job') && reading.lex.sameAgain.tag(reading.tokens).length === 0
    && jobTitles(reading, deps.fields).some((m) => m.value !== 'topic' && unfitFor(reading, m))) found.goal = 'retrain';
  // a job with a post adapted to one's body, and no goal said, is looked for: "contrôle qualité en usine, assis",
  // "an der Kasse, sitzend"
  if (found.goal === undefined && found.field !== undefined && reading.lex.adaptedPost.tag(reading.tokens).length > 0) found.goal = 'find-job';
  // so is a job said again ("frigoriste, comme je l'ai dit", "Bankkaufmann, wie gesagt") or with a condition attached
  // ("déménageur, à condition que ce soit près", "security guard, as long as it's not nights"), or the same trade again
  if (found.goal === undefined && found.field !== undefined && found.field === job?.field
    && [reading.lex.recalled, reading.lex.proviso, reading.lex.sameAgain].some((cue) => cue.tag(reading.tokens).length > 0)) found.goal = 'find-job';
  // learning computer basics is also the topic digital basics
  if (found.goal === 'basics' && found.interest === undefined && deps.topicIds.has('digital-basics')) found.interest = 'digital-basics';
  // and a computer course asked for by one who says they can do little or nothing on one is learning the basics: "find
  // me a computer course, I know nothing about computers"
  if (found.goal === undefined && found.interest === 'digital-basics' && (found.digitalSkills === 'none' || found.digitalSkills === 'with-help')) found.goal = 'basics';
  // the trade within the field, of the job read as the field (not of a job left, dropped above)
  if (found.field !== undefined && found.field === job?.field) found.trade = job.trade;
  return statedValues({ ...found, ...learnLanguagesOf(found.interest, reading, 'extract') });
}

/** How many profile values, besides it, a list must state for a rating alone in it to be about computers. */
const LIST_VALUES = 3;
/** How many items (clauses) a message must have to be a list. */
const LIST_ITEMS = 4;

/**
 * The rating that is an item of its own in a message listing the profile ("grafisch ontwerper, master, heel goed,
 * mac, 10 uur"): a clause of a skill word and fillers only, negated by nothing outside it, with no language named in
 * the items beside it ("français, très bien" rates French), in a message of `LIST_ITEMS` items or more stating
 * `LIST_VALUES` other values, and the only such rating.
 */
function listedRating(reading: Reading, stated: number): DigitalSkills | undefined {
  const { tokens, lex } = reading;
  if (stated < LIST_VALUES || tokens.length === 0 || tokens[tokens.length - 1].clause - tokens[0].clause + 1 < LIST_ITEMS) return undefined;
  const fillers = lex.fillers.tag(tokens);
  const names = lex.languageNames.tag(tokens);
  const thanks = lex.thanks.tag(tokens);
  const inClause = (c: number) => tokens.map((t, i) => i).filter((i) => tokens[i].clause === c);
  const ratings = lex.digitalSkills.tag(tokens).filter((m) => {
    const clause = tokens[m.start].clause;
    if (tokens[m.end - 1].clause !== clause) return false;
    const rest = inClause(clause).filter((i) => i < m.start || i >= m.end);
    if (!rest.every((i) => fillers.some((f) => f.start <= i && i < f.end))) return false;
    // (a thanks beside it is a reply to how one is: "très bien merci"; "muy bien" is both)
    if (thanks.some((t) => tokens[t.start].clause === clause && (t.start < m.start || t.end > m.end))) return false;
    return !names.some((n) => Math.abs(tokens[n.start].clause - clause) <= 1);
  });
  return ratings.length === 1 ? ratings[0].value : undefined;
}

/** The field of the job a certificate is for: the first job named that is not held, else the first held one. */
function certifiedJob(reading: ReturnType<typeof read>, deps: AnswerDeps): Profile['field'] {
  if (!deps.fields.byLanguage[reading.lex.language]) return undefined;
  const jobs = jobTitles(reading, deps.fields).filter((m) => m.value !== 'topic' && typedAsMeant(reading.tokens, m)
    && !isNegated(reading.tokens, m, reading.negations, []));
  const held = new Set(heldJobs(reading, jobs));
  const job = jobs.find((m) => !held.has(m)) ?? jobs[0];
  return job?.value as Profile['field'];
}

/** Job titles and sector words of the message's language typed as written (the topic ones aside). */
export function typedJobs(reading: ReturnType<typeof read>, deps: AnswerDeps): Array<{ start: number; end: number }> {
  const tagger = deps.fields.byLanguage[reading.lex.language];
  return tagger ? tagger.tag(reading.tokens).filter((m) => m.value !== 'topic' && m.exact === m.weight) : [];
}

/** How far after a search for work a trade topic is where it is sought: "un emploi *dans le* marketing digital". */
const JOB_TOPIC_REACH = 3;
/** How many words of a sector phrase may come before its computer word ("an der Informatik"). */
const JOB_WORDS = 2;

/** How many letters a compound adds to a word inside it, at least ("Computer|kurs"; "computer|s" is a plural). */
const COMPOUND_REST = 3;

/** How far before a job title a word saying it is held still reaches, in its clause ("I'm *a* teacher"). */
const HELD_REACH = 2;

/**
 * The jobs a message says are held or were held: a job title right after "je suis", "I work as",
 * "ich bin", "ik werkte als" (or right before a past, in verb-last languages: "als Koch gearbeitet"). Job titles
 * that are a training topic count too (as `topic`): a web developer wanting to be a nurse changes trade.
 */
function heldJobs(reading: ReturnType<typeof read>, jobs: ReadonlyArray<Match<string>>, diplomas: readonly Span[] = []): Array<Match<string>> {
  const { tokens, lex } = reading;
  if (jobs.length === 0) return [];
  // as typed: "travailler comme" is no "travaillé comme"
  const past = lex.pastJob.tag(tokens).filter((m) => typedAsMeant(tokens, m));
  // a diploma's subject is what one studied: "un bachelier en soins infirmiers", "a bachelor sociaal werk"
  const cues = [...jobStatements(reading, jobs), ...diplomas];
  return jobs.filter((m) => !isNegated(tokens, m, reading.negations, [])
    && (cues.some((c) => c.end <= m.start && m.start - c.end <= HELD_REACH && tokens[c.start].clause === tokens[m.start].clause)
      || past.some((c) => c.start >= m.end && c.start - m.end <= 1 && tokens[c.start].clause === tokens[m.start].clause)));
}

/**
 * Jobs named with no wish before them, in a clause before another job wished for: the one held ("I clean houses
 * but I want to become a dental assistant").
 */
function jobsBeforeWish(reading: ReturnType<typeof read>, jobs: ReadonlyArray<Match<string>>, deps: AnswerDeps): Array<Match<string>> {
  const { tokens, lex } = reading;
  const cues = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens), ...lex.goals.tag(tokens).filter((g) => g.value !== 'unsure')];
  const typed = jobs.filter((m) => m.value !== 'topic' && typedAsMeant(tokens, m));
  // said as what one does, the speaker its subject ("I clean houses", "je fais du ménage"), not in passing ("l'accueil
  // du CPAS m'a envoyé ici", "ma sœur est infirmière")
  const self = lex.self.tag(tokens);
  // (a taste is no job: "I like cooking, I want to be a cook")
  const likings = lex.liking.tag(tokens);
  const opening = (m: Match<string>) => self.some((c) => c.end <= m.start && m.start - c.end <= HELD_OPENING - 1
    && tokens.slice(c.start, m.start).every((t) => t.clause === tokens[m.start].clause)
    && !likings.some((l) => l.start < m.start && l.end > c.start));
  // another job, or another trade of the same field ("je fais du ménage mais je voudrais bosser dans une crèche")
  const trade = (m: Match<unknown>) => (m.value === 'topic' ? undefined : tradeOf(reading, deps.fields, m as Match<Field>));
  const differ = (a: Match<unknown>, b: Match<unknown>) => a.value !== b.value || (trade(a) !== undefined && trade(b) !== undefined && trade(a) !== trade(b));
  return typed.filter((m) => opening(m) && !hasCueBefore(tokens, m, cues, WISH_BEFORE_JOB) && wishedLater(reading, m, typed, cues, differ));
}

/** How far from a job wished the word saying it is one to become may stand: "devenir *manipulatrice* radio", "Bauzeichner werden". */
const BECOME_REACH = 1;

/**
 * Whether the job read as wished is named right after a word saying it is one to become ("je veux devenir
 * infirmière", "I'd like to become a nurse"), or right before it in verb-last languages ("will Bauzeichner werden",
 * "wil verpleegkundige worden"), in its clause.
 */
function becomeWished(reading: ReturnType<typeof read>, job: { start: number; end: number }): boolean {
  const { tokens, lex } = reading;
  const clause = tokens[job.start].clause;
  return lex.become.tag(tokens).some((c) => tokens[c.start].clause === clause
    && ((c.end <= job.start && job.start - c.end <= BECOME_REACH) || (c.start >= job.end && c.start - job.end <= BECOME_REACH)));
}

/**
 * Job titles in a clause before the one of a job to become, with no wish, search or goal before them in their clause:
 * the job held ("aide-soignante de nuit à l'hôpital, je veux devenir infirmière").
 */
function jobsBeforeBecome(reading: ReturnType<typeof read>, jobs: ReadonlyArray<Match<string>>, wished: { start: number }): Array<Match<string>> {
  const { tokens, lex } = reading;
  const cues = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens), ...lex.goals.tag(tokens).filter((g) => g.value !== 'unsure')];
  return jobs.filter((m) => m.value !== 'topic' && typedAsMeant(tokens, m) && tokens[m.start].clause < tokens[wished.start].clause
    && !isNegated(tokens, m, reading.negations, [])
    && !cues.some((c) => c.start < m.start && tokens[c.start].clause === tokens[m.start].clause));
}

/** How many clauses the introduction may take before the job ("je suis Karim, 28 ans, cuisinier"). */
const INTRODUCTION_CLAUSES = 2;

/**
 * A job said alone as a clause shortly after one in which the speaker introduces themself, with a wish later in the
 * message: the job they have ("I'm 38, accountant, Brussels, want to switch to data analysis"; found chatting, the
 * accountant was offered Excel first).
 */
function introducedJobs(reading: ReturnType<typeof read>, jobs: ReadonlyArray<Match<string>>): Array<Match<string>> {
  const { tokens, lex } = reading;
  const clauseOf = (i: number) => tokens[i].clause;
  const opensClause = (i: number) => i === 0 || clauseOf(i - 1) < clauseOf(i);
  const self = lex.self.tag(tokens).filter((c) => opensClause(c.start));
  const wishes = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens)];
  return jobs.filter((m) => m.value !== 'topic' && opensClause(m.start) && (m.end === tokens.length || clauseOf(m.end) > clauseOf(m.start))
    && self.some((c) => clauseOf(c.start) < clauseOf(m.start) && clauseOf(m.start) - clauseOf(c.start) <= INTRODUCTION_CLAUSES)
    && wishes.some((w) => clauseOf(w.start) > clauseOf(m.start)));
}

/** How far before a job a wish makes it wished, not held (as `readField` reads a wish). */
const WISH_BEFORE_JOB = 4;
/** How many words may come between the speaker and a job said as what they do: "je *fais du* ménage". */
const HELD_OPENING = 3;

/**
 * Topics that are a trade of their own: wished for by someone who names the job they hold, they are a change of
 * trade ("bartender for 8 years, wanna get into project management"); languages, office tools, digital basics or
 * job search serve the job one has.
 */
const TRADE_TOPICS: ReadonlySet<string> = new Set(['web-development', 'programming', 'data', 'digital-marketing', 'design', 'project-management']);

/** Whether a topic is named after a wish or a learning word, in its clause ("wanna get into project management"). */
function topicWished(reading: ReturnType<typeof read>, deps: AnswerDeps): boolean {
  const { tokens, lex } = reading;
  const wishes = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens)];
  const topics = (deps.topics.byLanguage[lex.language] ?? deps.topics.any).tag(tokens);
  return topics.some((t) => wishes.some((w) => w.end <= t.start && t.start - w.end <= 4 && tokens[w.start].clause === tokens[t.start].clause));
}

/**
 * The field of the first job the message names as one the person holds or held ("je suis maçon depuis 15 ans", "ich war
 * Koch", "I'm 38, accountant, …"), not a training topic: what they know of the trade, which no diploma says; with the
 * trade within it when the job's words say it (`tradeOf`: "cuisinier" is kitchen, "Kellner" service).
 */
export function heldJob(reading: ReturnType<typeof read>, deps: AnswerDeps): { field: Field; trade?: string } | undefined {
  if (!deps.fields.byLanguage[reading.lex.language]) return undefined;
  const titles = jobTitles(reading, deps.fields).filter((m) => m.value !== 'topic');
  const first = [...heldJobs(reading, titles), ...introducedJobs(reading, titles)].sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  const trade = tradeOf(reading, deps.fields, first as Match<Field>);
  return { field: first.value as Field, ...(trade ? { trade } : {}) };
}

/** Whether every job of `field` named in the message is one held ("je suis…", "ich arbeite als…", "I'm 38, accountant, …"). */
export function heldOnly(reading: ReturnType<typeof read>, deps: AnswerDeps, field: string, orDenied = false): boolean {
  if (!deps.fields.byLanguage[reading.lex.language]) return false;
  const titles = jobTitles(reading, deps.fields).filter((m) => m.value === field);
  const held = new Set([...heldJobs(reading, titles), ...introducedJobs(reading, titles)]);
  // (`orDenied`: or said not to be possible any more: "war Maurer, kann nicht mehr auf dem Bau arbeiten")
  const denied = (m: Match<string>) => orDenied && isNegated(reading.tokens, m, reading.negations, titles);
  return titles.length > 0 && titles.some((m) => held.has(m)) && titles.every((m) => held.has(m) || denied(m));
}

/** Whether the interest read is a job wished for ("devenir développeur web", "become a data analyst"): a job title filed under `topic`. */
function jobTopicWished(reading: ReturnType<typeof read>, jobs: ReadonlyArray<Match<string>>): boolean {
  const wishes = reading.lex.aspiration.tag(reading.tokens);
  return jobs.some((m) => m.value === 'topic' && wishes.some((w) => w.end <= m.start && m.start - w.end <= 3));
}

/** How far before a training a wish still asks for it, in its clause ("je cherche *une* formation pour"). */
const TRAINING_WISH_REACH = 4;

/**
 * The trainings for a trade wished for: a wish, a search or a learning word before it (or the training's own
 * words being one, "me former comme"), nearer than anything saying it is held ("j'ai une formation de
 * cuisinier", "hab danach die Ausbildung zur Verkäuferin gemacht": a possession, a background or a past).
 */
function wishedTrainings(reading: ReturnType<typeof read>): Array<{ start: number; end: number }> {
  const { tokens, lex } = reading;
  const trainings = lex.jobTraining.tag(tokens).filter((m) => !isNegated(tokens, m, reading.negations, []));
  if (trainings.length === 0) return [];
  const wishes = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens), ...lex.goals.tag(tokens).filter((g) => g.value === 'find-job')];
  const past = lex.pastJob.tag(tokens);
  const held = [...lex.possession.tag(tokens), ...lex.background.tag(tokens), ...past];
  const clauseEnd = (m: { end: number }) => { let i = m.end; while (i < tokens.length && tokens[i].clause === tokens[m.end - 1].clause) i++; return i; };
  return trainings.filter((m) => {
    const before = (cues: Array<{ start: number; end: number }>) => cues.filter((c) => c.end <= m.start + 1 && c.start < m.start
      && m.start - c.end <= TRAINING_WISH_REACH && tokens[c.start].clause === tokens[m.start].clause).reduce((last, c) => Math.max(last, c.end), -1);
    const wish = Math.max(before(wishes), /^(me|mich|mech|formarme|capacitarme)\b/.test(m.source) ? m.start + 1 : -1);
    // a past after it, in its clause: "die Ausbildung zur Verkäuferin gemacht"
    const doneAfter = past.some((c) => c.start >= m.end && c.start < clauseEnd(m));
    return wish >= 0 && wish >= before(held) && !doneAfter;
  });
}

/** How many words a statement of one's ease with computers has at least to hold its own verb and device ("kan werken met de computer"). */
const MASTERY_WORDS = 3;
/** How close before such a statement a wish or learning word makes it what one wants ("ik wil *leren* …"). */
const MASTERY_WISH_REACH = 2;

/**
 * Statements of ease with computers (autonomous or advanced) in several words, with no wish or learning word right
 * before them: the topic and goal words inside are theirs ("ik kan werken met de computer" is no wish to learn it).
 */
export function masteredSkills(reading: Reading): Span[] {
  const { tokens, lex } = reading;
  const statements = lex.digitalSkills.tag(tokens).filter((m) => (m.value === 'autonomous' || m.value === 'advanced') && m.end - m.start >= MASTERY_WORDS);
  if (statements.length === 0) return [];
  const wishes = [...learningAsTyped(reading), ...lex.aspiration.tag(tokens)].filter((w) => !statements.some((m) => m.start <= w.start && w.end <= m.end));
  return statements.filter((m) => !hasCueBefore(tokens, m, wishes, MASTERY_WISH_REACH) && !isNegated(tokens, m, reading.negations, []));
}

/** Places outside the served regions typed as written ("Deutschland", "Trier"): no word read through them is a topic. */
export function abroadTyped(reading: Reading, deps: AnswerDeps): Span[] {
  return (deps.abroad?.tag(reading.tokens) ?? []).filter((p) => p.exact === p.weight);
}

/** Whether a learning cue is typed as such (see `learningAsTyped`). */
function learnsAsTyped(reading: Reading): boolean {
  return learningAsTyped(reading).length > 0;
}

/** Topics learnt for the trade one has: a language, the basic skills, running or selling a business, looking for work. */
const KEEPS_TRADE = new Set(['languages', 'basic-skills', 'entrepreneurship', 'job-search', 'digital-marketing', 'design']);

/** Topics that are office work themselves: the clerk or developer who learns them stays in business support (M). */
const OFFICE_WORK = new Set(['office', 'programming', 'web-development', 'data', 'project-management']);

/** How far before a topic a wish or a learning word still asks for it ("want to get into web development"). */
const TOPIC_WISH_REACH = 4;

/**
 * Whether the job read is said first, with no wish, search or goal before it in its clause, and a topic is wished
 * for after it, with no work looked for anywhere: the job is the one held, the topic what is wanted.
 */
function topicWishedAfterJob(reading: Reading, deps: AnswerDeps, job: { start: number; field: Field }, topics: readonly Span[]): boolean {
  const { tokens, lex } = reading;
  // (work said to be done is no work looked for, nor a wish: "trabajo en un súper", "I work in a shop")
  const done = [...lex.background.tag(tokens), ...lex.pastJob.tag(tokens)];
  const inDone = (g: Span) => done.some((c) => c.start <= g.start && g.end <= c.end);
  const goals = lex.goals.tag(tokens).filter((g) => !isNegated(tokens, g, reading.negations, []) && !inDone(g));
  if (goals.some((g) => g.value === 'find-job' && typedAsMeant(tokens, g))) return false;
  const wishes = [...lex.aspiration.tag(tokens), ...lex.learning.tag(tokens).filter((w) => !inDone(w)), ...goals];
  if (wishes.some((w) => w.start < job.start && tokens[w.start].clause === tokens[job.start].clause)) return false;
  // (the job named again after the topic is what the topic is for: "…, quiero aprender informática para seguir de camarera")
  const again = (deps.fields.byLanguage[lex.language]?.tag(tokens) ?? []).filter((m) => m.value === job.field && m.start > job.start);
  // (in the job's own clause when the job is said to be held: "trabajo en un súper y quiero formarme en programación")
  const later = (t: Span) => tokens[t.start].clause > tokens[job.start].clause
    || (tokens[t.start].clause === tokens[job.start].clause && heldOnly(reading, deps, job.field));
  return topics.some((t) => later(t) && hasCueBefore(tokens, t, wishes.filter((w) => w.start > job.start), TOPIC_WISH_REACH)
    && !again.some((m) => m.start >= t.end));
}
