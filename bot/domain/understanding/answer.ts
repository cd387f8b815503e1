import type { Profile, SlotId } from '../profile/profile';
import { DIGITAL_SKILLS, EQUIPMENT, GOALS, isRegion, statedValues } from '../profile/profile';
import { chooseOption } from './choose';
import { aloneExceptFillers, onlyFillers, onlyFillersBeside } from './match/context';
import { detectLanguageOf, knownWords } from './detectLanguage';
import { abroadTyped, extractProfile, heldOnly, masteredSkills, typedJobs } from './extract';
import type { CompiledLexicon } from './lexicon/compiledLexicon';
import { readAvailability } from './slots/availability';
import { readDigitalSkills } from './slots/digitalSkills';
import { readEquipment } from './slots/equipment';
import { readGoal } from './slots/goal';
import { readJob, type FieldTaggers } from './slots/field';
import { readInterest, type TopicTaggers } from './slots/interest';
import { readLanguageName } from './slots/language';
import { learnLanguagesOf } from './slots/learnLanguage';
import { readQualification, type QualificationTaggers } from './slots/qualification';
import { read, type Reading, type Span } from './slots/reading';
import { readRegion, type AbroadTagger, type RegionTagger } from './slots/region';
import type { SlotAnswer, SlotOption } from './types';
import { yesNoOf } from './yesNo';

/** What `answerSlot` needs besides the message: built once by `Understanding`. */
export interface AnswerDeps {
  /** The conversation's lexicon first, then the others. */
  lexicons: CompiledLexicon[];
  topics: TopicTaggers;
  qualifications: QualificationTaggers;
  regions: RegionTagger;
  /** Places outside the served regions: said after a correction, they replace the region said before it. */
  abroad?: AbroadTagger;
  /** Topic ids in force, to accept option values. */
  topicIds: Set<string>;
  /** Job titles and sector words, for `field`. */
  fields: FieldTaggers;
}

/**
 * The answer to the question for `slot`, in three steps: an explicit choice of a shown option (its number,
 * an ordinal, its exact label); else what the message says in its own words (in the conversation's language,
 * or in the language the message is clearly written in: "just my phone" in a French chat); else an option
 * whose label it approximately types, when it negates nothing. A "don't know" comes last, so "je sais pas, un peu" still answers.
 */
export function answerSlot(slot: SlotId, text: string, options: SlotOption[], deps: AnswerDeps): SlotAnswer | undefined {
  const reading = read(text, deps.lexicons[0]);
  if (reading.tokens.length === 0) return undefined;
  const schoolYears = slot === 'goal' || slot === 'qualification';
  const chosen = chooseOption(reading, options, { bareNumber: true, fuzzy: false, schoolYears });
  const fromOption = chosen === undefined ? undefined : fromValue(slot, chosen, deps);
  if (fromOption) return fromOption;
  // a vague answer and nothing else ("geht so", "bwa, gaat wel", "bof") fills nothing: the question is asked again
  if (slot !== 'goal' && onlyVague(reading)) return dontKnowOf(reading) ?? { profile: {}, vague: true };
  // "ok", "d'accord", "passt" alone to the skills question acknowledge what the bot said (often its answer to a question
  // of the person's): no rating, the question is asked again (found by a tester: read as at ease, "oui" still is)
  if (slot === 'digitalSkills' && acknowledgesOnly(reading)) return undefined;
  // "rien", "nothing", "nada" alone to "which job or subject interests you?" is no preference, as "peu importe" is (found by
  // testers: not understood, the question asked again)
  if (slot === 'interest' && onlyThese(reading, reading.lex.nothingAnswer)) return { profile: {}, dontKnow: true };
  const said = ownWords(slot, reading, deps) ?? inItsOwnLanguage(slot, reading, deps);
  if (said) return said;
  // an option's label typed approximately, unless the message negates something: "no degree" is not "Degree"
  // (a label's words inside a long message are no choice of it: "I want to learn programming, …, very good with computers"
  // is no "Learn computer basics", found by a tester)
  // (nor in a condition contrary to fact: "si j'avais un ordinateur…" is no "Ordinateur et Internet")
  const close = reading.negations.length > 0 || reading.tokens.length > LABEL_TYPED || reading.lex.hypothetical.tag(reading.tokens).length > 0 ? undefined
    : chooseOption(reading, options, { bareNumber: false, fuzzy: true, strictDenials: slot === 'qualification', schoolYears });
  const fromClose = close === undefined ? undefined : fromValue(slot, close, deps);
  if (fromClose) return fromClose;
  // a diploma named with no level, to the diploma question ("un diplôme du Maroc", "Diplom aus Polen", "a degree"): understood,
  // the level is asked (found by a tester: "sorry, I did not understand", then "a diploma from another country is fine too")
  if (slot === 'qualification' && reading.negations.length === 0 && reading.lex.diplomaWords.tag(reading.tokens).length > 0) {
    return { profile: {}, levelMissing: true };
  }
  return dontKnowOf(reading);
}

/** The most words a message may have to be an option's label typed approximately ("trouver emplois", "entre 10 y 15 por la pensión"). */
const LABEL_TYPED = 12;

/** "je sais pas", "keine Ahnung" (and "ça dépend", which the lexicons list as not knowing too): the person does not know. */
function dontKnowOf(reading: Reading): SlotAnswer | undefined {
  return reading.lex.dontKnow.tag(reading.tokens).length > 0 ? { profile: {}, dontKnow: true } : undefined;
}

/** Whether the message is vague words ("ça dépend", "so lala", "mwah") and fillers only. */
function onlyVague(reading: Reading): boolean {
  return onlyThese(reading, reading.lex.vague);
}

/** Whether the message only acknowledges what the bot said: "ok", "d'accord", "passt", with fillers. */
export function acknowledgesOnly(reading: Reading): boolean {
  return onlyThese(reading, reading.lex.acknowledgement);
}

/** Whether the message only approves or acknowledges: "ok", "gut", "super", "parfait", with fillers. */
export function approvesOnly(reading: Reading): boolean {
  return onlyThese(reading, reading.lex.acknowledgement, reading.lex.approval);
}

/** Whether the message is words of `taggers` and fillers only. */
function onlyThese(reading: Reading, ...taggers: Array<CompiledLexicon['vague']>): boolean {
  const found = taggers.flatMap((tagger) => tagger.tag(reading.tokens));
  return found.length > 0 && onlyFillersBeside(reading.tokens, found, reading.lex.fillers);
}

function inItsOwnLanguage(slot: SlotId, reading: Reading, deps: AnswerDeps): SlotAnswer | undefined {
  const detected = detectLanguageOf(reading.text, deps.lexicons.map((lex) => lex.language), deps.lexicons);
  const lex = deps.lexicons.find((l) => l.language === detected);
  // not when the conversation's language knows its words as well: typed without accents on a phone, "tres bien" is
  // French "très bien", no Spanish three (found by a tester: 3 hours a week)
  const ours = knownWords(reading.text, reading.lex);
  if (lex && ours > 0 && ours >= knownWords(reading.text, lex)) return undefined;
  return lex && lex !== reading.lex ? ownWords(slot, read(reading.text, lex), deps) : undefined;
}

function ownWords(slot: SlotId, reading: Reading, deps: AnswerDeps): SlotAnswer | undefined {
  const profile = (p: Partial<Profile>): SlotAnswer | undefined => {
    const said = statedValues(p);
    return Object.keys(said).length > 0 ? { profile: said } : undefined;
  };
  switch (slot) {
    // the goal and interest questions also take a job or sector ("aide-soignante", "dans la vente")
    case 'goal': {
      // ("Laptop mit Internet" to "what do you want to do?" is the equipment, no wish to learn the basics; found by a tester)
      const listed = devicesListed(reading);
      if (listed) return listed;
      // a goal stated as such wins; a bare computer word is "learn the basics" only when it does not describe
      // the person's devices or skills ("sí, tengo ordenador", "I'm rubbish with computers")
      const stated = readGoal(reading, 'extract', reading.lex.equipment.tag(reading.tokens));
      const loose = readGoal(reading, 'answer');
      // words that are the basics goal itself describe no skill: "les bases de l'informatique", "the basics"
      const basics = reading.lex.goals.tag(reading.tokens).filter((m) => m.value === 'basics');
      const described = readEquipment(reading, 'extract') !== undefined || readDigitalSkills(reading, 'extract', basics) !== undefined;
      // a whole sentence read as free text knows more: "soy camarero y quiero trabajar de repartidor" is a change
      // of trade to N, not looking for work as a waiter
      const free = statedInFull(reading, deps);
      // (so does a change of trade read from the whole sentence: "I'm 38, accountant, …, want to switch to data analysis")
      // (a diploma held, named and not wished for, is no goal to get one: "I was an engineer back home, master degree",
      // "premier diplom, CCP", found chatting as jobseekers)
      // (a wish in another clause is for something else: "I have bachelor degree, I must learn french first")
      const certifying = reading.lex.goals.tag(reading.tokens).filter((g) => g.value === 'certify').map((g) => reading.tokens[g.start].clause);
      const wishFor = (w: { start: number }) => certifying.length === 0 || certifying.includes(reading.tokens[w.start].clause);
      const held = free.eqfLevel !== undefined && free.goal !== 'certify'
        && !reading.lex.aspiration.tag(reading.tokens).some(wishFor) && !reading.lex.learning.tag(reading.tokens).some(wishFor);
      const chosen = (free.field !== undefined || free.goal === 'retrain' ? free.goal : undefined) ?? (held && stated === 'certify' ? undefined : stated)
        ?? ((loose === 'basics' && described) || (held && loose === 'certify') ? undefined : loose);
      // one who says they use a computer well is not asking for its basics, whatever computer words they use ("je sais
      // bien utiliser l'ordinateur", "sé usar bien la computadora": found chatting, an accountant was offered basic IT)
      const masters = free.digitalSkills === 'autonomous' || free.digitalSkills === 'advanced';
      // (a wish typed beside it still asks for them: "je me débrouille, mais je veux apprendre l'informatique")
      // (nor is a computer word after another topic learnt: "I want to learn programming, very good with computers" wishes
      // programming, found by a tester; the whole sentence read as free text says so)
      const otherTopic = free.interest !== undefined && free.interest !== 'digital-basics' && free.goal !== 'basics';
      const goal = chosen === 'basics' && (otherTopic || (masters && reading.lex.aspiration.tag(reading.tokens).length === 0)) ? free.goal : chosen;
      // a change of trade with no other job wished leaves the job named: "je suis prof … et je voudrais changer de
      // voie" is no wish to teach (found chatting: the teacher was offered teaching courses)
      const job = jobOf(free, reading, deps);
      // (nor, whatever the goal, a job one says one was and cannot do any more: "war Maurer, kann nicht mehr auf dem Bau
      // arbeiten" to "what do you want to do?" is no wish for building, found chatting)
      // (nor a job held beside a topic wished for, as in free text: "I was civil engineer there, I must learn french first")
      // (nor the trade or the diploma's subject one leaves for a topic wished, read whole: "j'ai un bachelier en comptabilité
      // et je voudrais me reconvertir dans le développement web" wishes web development, found by a tester, qa24 q04)
      const { field, trade } = leavesFor(free) ? {} as typeof job : free.field === undefined && job.field !== undefined
        && (goal === 'retrain' || (free.interest !== undefined && goal === undefined) ? heldOnly(reading, deps, job.field)
          : heldOnly(reading, deps, job.field, true) && reading.negations.length > 0) ? {} as typeof job : job;
      // (the skill said is no goal, nor an option typed approximately: "je sais bien…" is no "je ne sais pas")
      if (chosen === 'basics' && goal === undefined && field === undefined) return { profile: {} };
      // a job title of a topic typed alone ("data analyst", "développeur web") is the job sought, as a trade's is (found by
      // a tester: nothing was read and the person ended with "talk to an advisor")
      const titled = goal === undefined && field === undefined && free.interest === undefined ? titleTopic(reading, deps) : undefined;
      if (titled) return profile({ goal: 'find-job', interest: titled });
      // a job named with a post adapted to one's body is that job looked for: "magasinier, mais assis", "cajera, sentada"
      if (goal === undefined && field !== undefined && reading.lex.adaptedPost.tag(reading.tokens).length > 0) return profile({ goal: 'find-job', field, trade });
      return goal === 'unsure' ? { profile: statedValues({ goal, field, trade }), dontKnow: true } : profile({ goal, field, trade, ...basicsTopic(goal, deps) });
    }
    case 'interest': {
      // what one has is no topic: "just mäin handy", "j'ai que mon portable" answer another question (the equipment
      // is kept from the free-text reading, and this question is asked again)
      const free = statedInFull(reading, deps);
      const listed = devicesListed(reading, true);
      if (listed) return listed;
      const named = reading.lex.equipment.tag(reading.tokens);
      const devices = free.equipment !== undefined ? named : [];
      // (a place typed is no language read through its stem: "arbeite in Luxemburg" is no Luxembourgish, found chatting)
      // (nor a country outside the served regions: "Deutschland" is no "Deutsch", found by a tester after the list)
      const places: Span[] = [...deps.regions.tag(reading.tokens).filter((p) => p.value.mark === '' && p.exact === p.weight), ...abroadTyped(reading, deps)];
      const topic = readInterest(reading, deps.topics, 'answer', typedJobs(reading, deps), places, devices);
      // (one who says they use a computer well, with no wish to learn, asks for no basics: "very good with computers",
      // found by a tester; as to the goal question)
      const masters = free.digitalSkills === 'autonomous' || free.digitalSkills === 'advanced';
      // (a learning word inside the statement is its verb: "ik kan werken met de computer", found by a tester)
      const mastered = masters ? masteredSkills(reading) : [];
      const learns = () => [...reading.lex.learning.tag(reading.tokens), ...reading.lex.aspiration.tag(reading.tokens)]
        .some((c) => !mastered.some((m) => m.start <= c.start && c.end <= m.end));
      const interest = topic === 'digital-basics' && masters && !learns() ? undefined : topic;
      // (a job held beside a change of trade read from the whole sentence is left, as to the goal question)
      const job = jobOf(free, reading, deps);
      const wanted = leavesFor(free) || (free.goal === 'retrain' && free.field === undefined && job.field !== undefined && heldOnly(reading, deps, job.field)) ? {} : job;
      return profile({ interest, ...learnLanguagesOf(interest, reading, 'answer', deps.lexicons), ...wanted });
    }
    // a bare "no" to "which diploma do you have?" is none ("non", "neen", "nope"; found chatting)
    // (so is "I don't have any", "no tengo", "j'en ai pas", "hab ich nicht" alone: having none, found by a tester)
    case 'qualification': return profile({ eqfLevel: readQualification(reading, deps.qualifications, 'answer')
      ?? (bareYesNo(reading, false) || deniesHaving(reading) ? 0 : undefined) });
    // a word inside a diploma's name says no skill: "bac pro" is no "pro"; the question asks "are you at ease with a
    // computer?", so a bare "yes" is at ease on one's own, a bare "no" is not without help (found chatting: "oui")
    case 'digitalSkills': return profile({ digitalSkills: readDigitalSkills(reading, 'answer', deps.qualifications.mentions.tag(reading.tokens).filter((d) => d.value !== null && d.value > 0))
      ?? (bareYesNo(reading, true, deps.lexicons) ? 'autonomous' : bareYesNo(reading, false, deps.lexicons) ? 'with-help' : undefined) });
    case 'equipment': return profile({ equipment: readEquipment(reading, 'answer') });
    case 'availability': return profile({ hoursPerWeek: aboutDevice(reading) ? undefined : readAvailability(reading, 'answer') });
    case 'region': return profile({ region: readRegion(reading, deps.regions, 'answer', undefined, deps.abroad) });
    case 'language': {
      const candidates = deps.lexicons.map((lex) => lex.language);
      return profile({ language: readLanguageName(reading.text, deps.lexicons)
        ?? detectLanguageOf(reading.text, candidates, deps.lexicons) });
    }
    case 'consent': {
      const yes = yesNoOf(reading.text, deps.lexicons);
      return yes === undefined ? undefined : { profile: {}, consent: yes };
    }
    default: return undefined;
  }
}

/** Time words that are an amount without a number ("mucho", "nada", "temps plein", "a few"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['fullTime', 'halfTime', 'few', 'little', 'none']);

/** How close to a computer or a phone an amount word is said of it: "no sé usar *mucho* el ordenador". */
const DEVICE_AMOUNT_REACH = 3;

/**
 * Whether the amounts of a message without a number are said of a computer or a phone ("no se usar mucho el ordenador",
 * "nada de ordenador"): to the hours question they are no hours (found by a tester: 38 and 0 hours a week).
 */
function aboutDevice(reading: Reading): boolean {
  if (/\d/.test(reading.text)) return false;
  const devices = reading.lex.equipment.tag(reading.tokens).filter((d) => d.value === 'computer' || d.value === 'phone');
  if (devices.length === 0) return false;
  const amounts = reading.lex.time.tag(reading.tokens).filter((t) => AMOUNT_WORDS.has(t.value.kind));
  return amounts.length > 0 && amounts.every((a) => devices.some((d) => (a.end <= d.start && d.start - a.end <= DEVICE_AMOUNT_REACH)
    || (d.end <= a.start && a.start - d.end <= DEVICE_AMOUNT_REACH)));
}

/** What the message states read as free text, in the language it was read in (see `extractProfile`). */
function statedInFull(reading: Reading, deps: AnswerDeps): Partial<Profile> {
  const lexicons = reading.lex === deps.lexicons[0] ? deps.lexicons : [reading.lex, ...deps.lexicons.filter((lex) => lex !== reading.lex)];
  return extractProfile(reading.text, { ...deps, lexicons });
}

/**
 * A device and a connection, and nothing else ("Laptop und WLAN", "computer en internet"), say what one has: the
 * equipment, to whatever question they answer (found chatting as jobseekers: read as the topic or the goal digital basics);
 * that question is asked again. One word joining two of them is part of the list: "pc + internet", "a laptop with wifi".
 */
function devicesListed(reading: Reading, alone = false): SlotAnswer | undefined {
  const named = reading.lex.equipment.tag(reading.tokens);
  const joins = (i: number) => named.some((d) => d.end === i) && named.some((d) => d.start === i + 1);
  // (to "what job or topic?", a device named alone is one too: "Laptop", "pc", "Handy" answer the next question, found
  // by a tester: it became the topic computer basics)
  if (!(alone || named.some((d) => d.value === 'internet')) || !named.some((d) => d.value === 'computer' || d.value === 'phone')) return undefined;
  if (!onlyFillers(reading.tokens.filter((_, i) => !named.some((d) => d.start <= i && i < d.end) && !joins(i)), reading.lex.fillers)) return undefined;
  const equipment = readEquipment(reading, 'answer');
  return equipment !== undefined ? { profile: { equipment } } : undefined;
}

/** The topic of a job title that is the whole message, with fillers ("data analyst", "web developer"), or undefined. */
function titleTopic(reading: Reading, deps: AnswerDeps): Profile['interest'] {
  const titles = (deps.fields.byLanguage[reading.lex.language]?.tag(reading.tokens) ?? []).filter((m) => m.value === 'topic');
  if (titles.length === 0) return undefined;
  if (!onlyFillersBeside(reading.tokens, titles, reading.lex.fillers)) return undefined;
  const topic = readInterest(reading, deps.topics, 'answer');
  return topic === 'digital-basics' ? undefined : topic;
}

/** The job a goal or interest answer names: as read in the whole sentence, else a bare job or sector ("magasinier"), with its trade. */
/**
 * Whether the whole sentence, read as free text, wishes a topic and no trade while leaving a trade or naming a diploma:
 * a job word the answer's looser reading finds there is the trade left or the diploma's subject ("I'm an accountant and
 * want to move to web development", "master en ingénierie, je veux me spécialiser en data science"), not the one wished.
 */
function leavesFor(free: Partial<Profile>): boolean {
  return free.field === undefined && free.interest !== undefined && (free.goal === 'retrain' || free.eqfLevel !== undefined);
}

function jobOf(free: Partial<Profile>, reading: Reading, deps: AnswerDeps): Pick<Profile, 'field' | 'trade'> {
  if (free.field !== undefined) return { field: free.field, trade: free.trade };
  const job = readJob(reading, deps.fields, 'answer');
  return { field: job?.field, trade: job?.trade };
}

/** Learning computer basics is also the topic digital basics (as in free text, and as the engine records it). */
function basicsTopic(goal: string | undefined, deps: AnswerDeps): Partial<Profile> {
  return goal === 'basics' && deps.topicIds.has('digital-basics') ? { interest: 'digital-basics' } : {};
}

/** An option value as a profile field; undefined when the value is not valid for the slot. */
function fromValue(slot: SlotId, value: string, deps: AnswerDeps): SlotAnswer | undefined {
  const number = Number(value);
  switch (slot) {
    case 'goal': return (GOALS as readonly string[]).includes(value)
      ? { profile: { goal: value as Profile['goal'], ...basicsTopic(value, deps) } } : undefined;
    case 'interest': return deps.topicIds.has(value) ? { profile: { interest: value } } : undefined;
    case 'qualification':
      return Number.isInteger(number) && number >= 0 && number <= 8 && value !== '' ? { profile: { eqfLevel: number } } : undefined;
    case 'digitalSkills': return (DIGITAL_SKILLS as readonly string[]).includes(value)
      ? { profile: { digitalSkills: value as Profile['digitalSkills'] } } : undefined;
    case 'equipment': return (EQUIPMENT as readonly string[]).includes(value)
      ? { profile: { equipment: value as Profile['equipment'] } } : undefined;
    case 'availability': return value !== '' && number >= 0 ? { profile: { hoursPerWeek: number } } : undefined;
    case 'region': return isRegion(value) ? { profile: { region: value } } : undefined;
    case 'language': return deps.lexicons.some((lex) => lex.language === value) ? { profile: { language: value } } : undefined;
    case 'consent': return /^(yes|true|oui|1)$/i.test(value) ? { profile: {}, consent: true }
      : /^(no|false|non|0)$/i.test(value) ? { profile: {}, consent: false } : undefined;
    default: return undefined;
  }
}

/**
 * A message that is only "no" (`yes` false: "non", "neen", "nope", with fillers; not "no degree", which says what one
 * lacks) or only "yes" ("oui", "ja hoor").
 */
/**
 * Whether the message only says one has none, with nothing named: a negation and a possession ("no tengo", "I don't
 * have any", "j'ai pas", "hab ich nicht"), or a phrase of having none ("je n'en ai pas", "heb er geen"), and fillers.
 */
function deniesHaving(reading: Reading): boolean {
  const { tokens, lex } = reading;
  const possessions = lex.possession.tag(tokens);
  const none = lex.haveNone.tag(tokens);
  if (none.length === 0 && (reading.negations.length === 0 || possessions.length === 0)) return false;
  const spans = [...possessions, ...none, ...reading.negations];
  return onlyFillersBeside(tokens, spans, lex.fillers);
}

function bareYesNo(reading: Reading, yes: boolean, others: CompiledLexicon[] = []): boolean {
  const said = reading.lex.yesNo.tag(reading.tokens).filter((m) => m.value === yes);
  if (said.length === 1 && aloneExceptFillers(reading.tokens, said[0], reading.lex.fillers)) return true;
  // (a bare "oui", "ja", "sí" in another of our languages says the same: found by a tester, "oui" on an English page)
  return others.some((lex) => lex !== reading.lex && bareYesNo(read(reading.text, lex), yes));
}
