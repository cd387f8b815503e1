import { untranslatedLanguage } from '../knowledge/catalogueText';
import type { Course, CostKind } from '../knowledge/types';
import type { DigitalSkills, Profile, Region } from '../profile/profile';
import { levelRank, skillRank, type Needs } from './profileNeeds';
import type { Reason } from './reasons';
import { ANY_JOB_TOPICS, ASKED_FOR_ONLY, COURSE_WEIGHTS, defaultTopics, FOR_ITS_FIELDS_ONLY, GOAL_TOPICS, GRADUATE_EQF, isFounding, LINGUA_FRANCA, LITTLE_SCHOOLING_EQF, NEWCOMER_READING_EQF, NOT_FOR_FOUNDERS, NOT_FOR_FOUNDERS_TRADES, ONLY_THE_TOPIC, readLanguages, REGION_LANGUAGES, REGION_WORK_LANGUAGE, TEACHES_NAMED, TRADE_LICENCES } from './scoringRules';

export interface CourseScore { score: number; reasons: Reason[] }

const CERTIFIED = new Set(['state-recognised', 'certificate-of-achievement']);
const W = COURSE_WEIGHTS;

/**
 * Whether a course is known to lead to a certificate of what was learnt: one of achievement or a recognised one. A proof
 * of attendance (`attestation`: "attestation de suivi", a certificate of completion with no assessment) is none, nor is
 * `unknown`: found chatting, a mason of 15 years and a cook who wanted a certificate got MOOCs giving only that first, as
 * a good match.
 */
export function certifies(course: Pick<Course, 'certification'>): boolean {
  return CERTIFIED.has(course.certification.kind);
}

export { ANY_JOB_TOPICS };

/**
 * Whether a course prepares for the person's field: it is one of its fields and, when the course names the trades it
 * serves (`trades`) and the person's trade is known, theirs is one of them (a course on the care of the elderly
 * is no course for a security guard, though both are K). A person whose trade is not known is served by all, but for
 * the basics of a trade offered to a graduate (see `forEntrantsOnly`), and but for the courses of named trades to one
 * who holds a job of the field that none of them is (`holdsOtherTrade`).
 */
export function forTheirField(course: { topics?: readonly string[]; fields?: readonly string[]; trades?: readonly string[] }, profile: Profile): boolean {
  return profile.field !== undefined && (course.fields ?? []).includes(profile.field)
    && (profile.trade === undefined ? !forEntrantsOnly(course, profile) && !(holdsOtherTrade(profile) && course.trades !== undefined)
      : course.trades === undefined || course.trades.includes(profile.trade));
}

/**
 * Whether the person holds (or held) a job of the field they look for work in (`heldField`) that no trade of
 * `knowledge/occupations/trades.json` names: their trade is one the bot does not know, and a course for named trades of
 * the field is a sibling trade's, not theirs. Found by testers (issue 8): a florist got the pastry MOOC, an ambulance
 * driver childcare and end-of-life care, as courses for their field. One who only names a sector ("dans la
 * restauration") and holds no job in it is still offered every course of the field.
 */
export function holdsOtherTrade(profile: Profile): boolean {
  return profile.trade === undefined && profile.field !== undefined && profile.heldField === profile.field;
}

/**
 * Whether a course teaches the work of the person's trade, as they said it, not only something of use beside it: it is
 * for their field (`forTheirField`); it is no side skill (`workerSafety`: first aid, hygiene and safety; `sideSkill`:
 * knowledge around the trade, such as a building's moisture); and, when their trade is known, it names it (the
 * renovation MOOCs, for the whole of construction, name none; one who holds a job no trade names, `holdsOtherTrade`, is
 * trained by none). Found by testers chatting as jobseekers: a mason got
 * building-renovation MOOCs, a care assistant WHO hand hygiene, a cleaner a first-aid app, each as a good match. Such
 * a course is at best a partial match (reason `related`).
 */
export function trainsTheirTrade(course: { fields?: readonly string[]; trades?: readonly string[]; topics?: readonly string[]; workerSafety?: boolean; sideSkill?: boolean }, profile: Profile): boolean {
  return forTheirField(course, profile) && !course.workerSafety && !course.sideSkill
    && (profile.trade === undefined ? !holdsOtherTrade(profile) : (course.trades ?? []).includes(profile.trade));
}

/**
 * Whether the person holds a higher-education diploma (`GRADUATE_EQF`) and looks for work in the field they named,
 * without retraining (a diploma in another field says nothing of the new one).
 */
export function graduateInField(profile: Profile): boolean {
  return profile.field !== undefined && (profile.eqfLevel ?? 0) >= GRADUATE_EQF && profile.goal !== 'retrain';
}

/**
 * The basics of a field or of particular trades (first topic basic skills: hand hygiene and protective equipment for
 * health workers, courses for nursery staff, carers, cleaners, cooks) are for people entering the field: not for a
 * graduate whose job none of the field's trades names (`graduateInField`, trade not known). Found by a tester: a
 * mechanical engineer with a master's, read as K (ESCO files the job with research), got the early-childhood and
 * cleaners' courses; a medical doctor from Venezuela got WHO hand hygiene, a COVID safety course and protective
 * equipment first, "it prepares you to work in health" (issue 8).
 */
function forEntrantsOnly(course: { topics?: readonly string[] }, profile: Profile): boolean {
  return course.topics?.[0] === 'basic-skills' && graduateInField(profile);
}

/**
 * Whether a course of help for any job is one a graduate looking for work in their field did not ask for
 * (`graduateInField`): computer basics unless they have no ease with computers at all or asked for the basics, a
 * language course unless they said they want to learn one (a newcomer who needs the region's language says so: topic
 * languages or basic skills, or the languages named). Found by a tester: a mechanical engineer with a master's got
 * "Email Basics" and Duolingo, as help for any job.
 */
function notAskedByGraduate(item: { topics: readonly string[]; teaches?: readonly string[] }, profile: Profile, lang: string): boolean {
  if (!graduateInField(profile)) return false;
  if (item.topics[0] === 'digital-basics') return profile.digitalSkills !== 'none' && profile.goal !== 'basics' && profile.interest !== 'digital-basics';
  // (…one teaching a language of their region they said they speak poorly is what they said: "I only speak English and a
  // little French", a registered nurse in Ixelles, found by a tester; and the one course of its main language offered to
  // one who chose to chat in another, see `chosenOtherLanguage`)
  if (item.topics[0] === 'languages') return !asksToLearnALanguage(profile) && !(item.teaches && (saidWeakIn(profile, item.teaches) || chosenOtherLanguage(profile, lang, item.teaches)));
  return false;
}

/**
 * The language of their region that a graduate looking for work in their field (`graduateInField`) is offered a course
 * of, though they asked to learn none: the one most used at work there (`REGION_WORK_LANGUAGE`), when they chose to chat in a language
 * not spoken there, wrote none of the region's (`wroteIn`) and said none of them is weak (then `saidWeakIn` speaks for
 * them); and only by a course that teaches no language they read or wrote (Duolingo teaches English: not to an English
 * speaker). Its reason says so (`local-language` with `chat` and `region`). Found by the lead (rec17): an English-speaking
 * graduate in Brussels, Flanders or Luxembourg got no course of the region's language at all, since the rule that kept
 * Duolingo from a mechanical engineer kept every language course from them.
 */
export function chosenOtherLanguage(profile: Profile, lang: string, teaches: readonly string[]): string | undefined {
  if (!graduateInField(profile) || !chatsInAnother(profile, lang) || weakInRegionLanguage(profile) || asksToLearnALanguage(profile)) return undefined;
  const spoken = regionLanguages(profile);
  const main = profile.region ? REGION_WORK_LANGUAGE[profile.region] ?? spoken[0] : spoken[0];
  const reads = readLanguages(lang, profile.alsoReads);
  const wrote = profile.wroteIn ?? NO_LANGUAGES;
  if (main === undefined || reads.includes(main) || spoken.some((l) => wrote.includes(l))) return undefined;
  return teaches.includes(main) && !teaches.some((l) => reads.includes(l) || wrote.includes(l)) ? main : undefined;
}

/**
 * Whether the person asked to learn a language: the topic languages, basic skills (a newcomer's are the region's
 * language, by the corpus convention) or languages named.
 */
export function asksToLearnALanguage(profile: Profile): boolean {
  return profile.interest === 'languages' || profile.interest === 'basic-skills' || (profile.learnLanguages?.length ?? 0) > 0;
}

/** True when an item prepares for no particular field and is mainly about job search, languages or basics. */
export function servesAnyJob(item: { topics: readonly string[]; fields?: readonly string[] }): boolean {
  return (item.fields?.length ?? 0) === 0 && item.topics.length > 0 && ANY_JOB_TOPICS.has(item.topics[0]);
}

/**
 * Whether a language course teaches none of the languages the person named as what they want to learn ("quiero
 * aprender francés": `learnLanguages`): it is not what they asked for. False for other courses and when none was named.
 */
export function teachesOthersOnly(course: { teaches?: readonly string[] }, profile: Profile): boolean {
  const wanted = profile.learnLanguages;
  return !!course.teaches && !!wanted && wanted.length > 0 && !course.teaches.some((l) => wanted.includes(l));
}

/**
 * The basics of a trade (first topic basic skills, for some fields) that is not the person's: its other topics are the
 * trade's own, so it serves no topic the person named through them (found chatting: "Une méthode pour réussir vos
 * chantiers de rénovation", project management for builders, to a biology graduate who wanted a project-management
 * certificate).
 */
export function tradeBasicsOfAnother(course: { topics: readonly string[]; fields?: readonly string[]; trades?: readonly string[] }, profile: Profile): boolean {
  return (course.fields?.length ?? 0) > 0 && course.topics[0] === 'basic-skills' && !forTheirField(course, profile);
}

/**
 * Whether a course is on `topic` only for people of other fields than the person's (see `FOR_ITS_FIELDS_ONLY`): a
 * course on creating a tech company (M) for one who creates a cleaning company (K).
 */
export function forOtherFieldsOnly(course: { fields?: readonly string[]; trades?: readonly string[] }, topic: string | undefined, profile: Profile): boolean {
  return topic !== undefined && FOR_ITS_FIELDS_ONLY.has(topic) && profile.field !== undefined && (course.fields?.length ?? 0) > 0 && !forTheirField(course, profile);
}

/**
 * Whether a course is of no use to one who creates a business (`isFounding`), whatever their words matched: one mainly on
 * job search, or a language course when they asked to learn no language (`NOT_FOR_FOUNDERS`); or one on the safety of a
 * trade's workers (`workerSafety`: first aid, hazardous products), which serves those who work in the trade, not the
 * creation of a business in it. Found by a tester (issue 8): first aid and a housekeeping-safety course came to one
 * creating a cleaning company in Arlon as courses for the trade, job-search courses to bakery founders.
 */
export function notForFounder(course: Pick<Course, 'topics' | 'teaches' | 'workerSafety' | 'trades'>, profile: Profile): boolean {
  if (!isFounding(profile)) return false;
  if (course.workerSafety) return true;
  // (nor licence theory: `NOT_FOR_FOUNDERS_TRADES`, qa22 q09)
  if (course.trades?.some((trade) => NOT_FOR_FOUNDERS_TRADES.has(trade))) return true;
  const topic = course.teaches ? 'languages' : course.topics[0];
  if (!NOT_FOR_FOUNDERS.has(topic)) return false;
  return topic === 'languages' ? !asksToLearnALanguage(profile) : profile.interest !== topic;
}

/**
 * Whether a course is on the topic the person asked for: their interest is one of its topics; for one who named the
 * languages they want to learn (`learnLanguages`, beside the topic languages or basic skills), it teaches one of them,
 * and nothing else is that topic (found chatting: "quiero aprender francés" in Luxembourg got Khan Academy's
 * arithmetic as its basic skills, and no French course); for a newcomer whose basic skills are the region's language
 * (`asksForLanguage`), it teaches the region's main language, as `hostLanguage` in `scoreCourse` says. Basic skills of a
 * field not theirs are not (Khan Academy's statistics, for data work, filled a newcomer's list of basic skills).
 */
export function onTheirTopic(course: { topics: readonly string[]; fields?: readonly string[]; trades?: readonly string[]; teaches?: readonly string[] }, profile: Profile, lang: string): boolean {
  if (profile.interest === undefined) return false;
  if ((profile.learnLanguages?.length ?? 0) > 0) return !!course.teaches && !teachesOthersOnly(course, profile);
  if (asksForLanguage(profile, lang)) return !!course.teaches?.includes(hostLanguageOf(profile) ?? '');
  if (profile.interest === 'basic-skills' && (course.fields?.length ?? 0) > 0 && !forTheirField(course, profile)) return false;
  return course.topics.includes(profile.interest) && !tradeBasicsOfAnother(course, profile) && !forOtherFieldsOnly(course, profile.interest, profile);
}

/**
 * The language of their region a newcomer's basic skills are (`asksForLanguage`): the first they said they speak poorly,
 * else the region's main one.
 */
function hostLanguageOf(profile: Profile): string | undefined {
  const spoken = regionLanguages(profile);
  return profile.weakLanguages?.find((l) => spoken.includes(l)) ?? spoken[0];
}

/**
 * Whether a course helps this person whatever the job (CV, languages of their region, digital basics, basic skills): reading,
 * writing and arithmetic only for those who need them, not a person with the bac who did not ask; computer basics
 * not for a person who said they are at ease with computers ("Informática básica" after "good with computers"), and
 * not what a graduate in their field did not ask for (see `notAskedByGraduate`).
 */
export function helpsAnyJob(item: { topics: readonly string[]; fields?: readonly string[]; teaches?: readonly string[]; digitalSkillsRequired?: DigitalSkills }, profile: Profile, needs: Needs, lang: string): boolean {
  if (!servesAnyJob(item) || notAskedByGraduate(item, profile, lang)) return false;
  // a language course helps any job search where the language it teaches is spoken, or English: not German for a
  // bus driver in Brussels (unless languages are what the person asked for)
  if (item.topics[0] === 'languages' && item.teaches && profile.region && profile.interest !== 'languages'
    && !item.teaches.some((l) => l === LINGUA_FRANCA || (REGION_LANGUAGES[profile.region!] ?? []).includes(l))) return false;
  // …and only to one who asked to learn a language or needs one of their region's, not read yet (`localLanguageFor`):
  // found by testers, Duolingo and Brulingua filled the lists of a Dutch-speaking hairdresser in Brussels and a Flemish
  // warehouse worker, who asked for no language
  if (item.topics[0] === 'languages' && !asksToLearnALanguage(profile) && !(item.teaches && localLanguageFor(profile, lang, item.teaches))) return false;
  // …and, to one who named a job or a subject, only for a reason of theirs: a language they said they speak poorly, or the
  // one course offered to a graduate who chose to chat in another (`chosenOtherLanguage`, its reason says so); chatting in
  // another language is no reason alone (found by a tester, qa24 q10: Duolingo "teaches French, a language of your region"
  // to plumbers, drivers and shop assistants who chatted in Spanish or English, three language courses of five to one)
  if (item.topics[0] === 'languages' && !asksToLearnALanguage(profile) && (profile.field !== undefined || profile.interest !== undefined)
    && !(item.teaches && (saidWeakIn(profile, item.teaches) || chosenOtherLanguage(profile, lang, item.teaches)))) return false;
  // …and, to one who named the languages they want, only when it teaches one of them (found chatting: Nicos Weg's German
  // came third to a newcomer in Brussels who wanted Dutch or French, LLO.lu's Luxembourgish to one who wanted French)
  if (item.teaches && teachesOthersOnly(item, profile)) return false;
  if (item.topics[0] === 'basic-skills') return needsLiteracy(profile, needs, lang);
  // (nor, to anyone, one that assumes ease with computers: VDAB's information security, Elements of AI came as help for
  // any job to a Dutch warehouse worker with a phone and a little ease, rec23)
  if (item.topics[0] === 'digital-basics') return !(profile.digitalSkills && skillRank(profile.digitalSkills) >= AT_EASE)
    && !(item.digitalSkillsRequired && skillRank(item.digitalSkillsRequired) >= AT_EASE);
  return true;
}

/** Whether the person chats in a language not spoken in their region (a newcomer, as far as the bot can tell). */
export function chatsInAnother(profile: Profile, lang: string): boolean {
  return profile.region !== undefined && !(REGION_LANGUAGES[profile.region] ?? []).includes(lang);
}

/**
 * Whether the basic skills a person asked for are a language, not reading, writing and counting: they named the languages
 * they want (`learnLanguages`), or they chat in a language not spoken in their region and went to school beyond primary
 * (`NEWCOMER_READING_EQF`: they write their own language; learning the region's is basic skills by the corpus convention).
 */
export function asksForLanguage(profile: Profile, lang: string): boolean {
  if (profile.interest !== 'basic-skills') return false;
  // (…or said they speak a language of their region poorly: "je parle pas bien français", typed in French in Brussels)
  if ((profile.learnLanguages?.length ?? 0) > 0 || weakInRegionLanguage(profile)) return true;
  return chatsInAnother(profile, lang) && profile.eqfLevel !== undefined && profile.eqfLevel > NEWCOMER_READING_EQF;
}

/**
 * Whether the person asks to read and write: basic skills asked for that are no language (`asksForLanguage`), or reading
 * said to be hard (`readsPoorly`: "je lis pa bien le fransai", found by a tester, QA round 16) with no other topic asked;
 * and little schooling or none known (see `LITTLE_SCHOOLING_EQF`).
 */
export function asksToRead(profile: Profile, lang: string): boolean {
  return (readingAsked(profile, lang) && (profile.interest === undefined || profile.interest === 'basic-skills'))
    && (profile.eqfLevel === undefined || profile.eqfLevel <= LITTLE_SCHOOLING_EQF);
}

/**
 * Whether the person asked for reading and writing, whatever their schooling: basic skills that are no language
 * (`asksForLanguage`), or reading said to be hard (`readsPoorly`). A low diploma alone is no such request.
 */
export function readingAsked(profile: Profile, lang: string): boolean {
  return (profile.interest === 'basic-skills' && !asksForLanguage(profile, lang)) || profile.readsPoorly === true;
}

/**
 * Whether a course is made for adults learning to read, write and count: on basic skills, for no particular job, and
 * assuming no schooling (`minEqfLevel` 0: oefenen.nl, the vhs-Lernportal, Bruxelles Formation's Tremplin, Khan Academy's
 * arithmetic). A course that assumes primary school (learning to learn, soft skills, algebra) or is about another topic
 * (a language app) is not.
 */
export function forBeginningReaders(course: Pick<Course, 'topics' | 'fields' | 'minEqfLevel'>): boolean {
  return course.topics.includes('basic-skills') && (course.fields?.length ?? 0) === 0 && course.minEqfLevel === 0;
}

/** The skill rank from which a person is at ease with computers (autonomous). */
const AT_EASE = 2;

/** Ranking thousands of candidates needs only their scores: reasons are built for the few that are shown. */
const DISCARD = { push: () => 0 } as unknown as Reason[];

/**
 * Whether a course is open in the person's region: courses tied to some regions (a country's driving theory) or
 * countries (Germany's Digital-Führerschein) are not elsewhere, nor for a person whose region is not known (found by a
 * tester: one who answered "je sais pas" to every question got Bruxelles Formation's in-person centre in Brussels).
 * One for the residents of its regions or countries (`residentsOnly`) goes by where the person lives: to one living
 * outside the served regions (`livesIn`: Trier, DE), only when its countries hold theirs.
 */
export function openTo(course: Pick<Course, 'regions' | 'countries' | 'residentsOnly'>, region: Region | undefined, livesIn?: string): boolean {
  if (course.residentsOnly && livesIn !== undefined) return !course.regions && !!course.countries?.includes(livesIn);
  if (!region) return !course.regions && !course.countries;
  return !(course.regions && !course.regions.includes(region)) && !(course.countries && !course.countries.includes(countryOf(region)));
}

/** The country of a region: regions are ISO 3166-2 codes (BE-BRU) or countries themselves (LU, FR). */
function countryOf(region: Region): string {
  return region.split('-')[0];
}

export function costFor(course: Course, region: string | undefined): CostKind {
  return (region && course.cost.byRegion?.[region as keyof typeof course.cost.byRegion]) || course.cost.default;
}

/**
 * Scores one course for one profile, or returns undefined when the course does not fit at all
 * (needs equipment or skills the person does not have, or is reserved to another region).
 *
 * @remarks Pure and deterministic: the same profile and course always give the same score and reasons,
 * so recommendations can be explained, tested and compared. `searchBoost` (0..1) comes from free-text search.
 */
export function scoreCourse(course: Course, profile: Profile, needs: Needs, lang: string, searchBoost = 0, explain = true): CourseScore | undefined {
  if (!openTo(course, profile.region, profile.livesIn)) return undefined;
  // a business-creation course only for one who asked to create a business (ASKED_FOR_ONLY), whatever the search matched
  const askedFor = ASKED_FOR_ONLY[course.topics[0]];
  if (askedFor !== undefined && profile.goal !== askedFor && profile.interest !== course.topics[0]) return undefined;
  // …and one mainly on creating a business of another field than the one the person named, not even then (a tech startup
  // programme for one who creates a cleaning company: its words may match theirs, "entreprise", "start")
  if (forOtherFieldsOnly(course, course.topics[0], profile)) return undefined;
  // one who creates a business is not looking for a job, nor learning a language unless they said so (NOT_FOR_FOUNDERS)
  if (notForFounder(course, profile)) return undefined;
  // one who only asked to learn the basics of computers gets courses on them, not their trade's nor other help (ONLY_THE_TOPIC)
  const only = profile.goal ? ONLY_THE_TOPIC[profile.goal] : undefined;
  if (only !== undefined && profile.interest === only && searchBoost === 0 && !(course.level === 'beginner'
    && (course.topics[0] === only || ((course.fields?.length ?? 0) === 0 && course.topics.includes(only))))) return undefined;
  // A person without a computer may follow a computer course on the computers of the place offered first (a phone-only
  // person, or one with no device at all); a reading, writing or arithmetic module only when they need or asked for one
  // (Khan Academy's arithmetic came first to a person with a CAP who asked for nothing of the kind)
  if (course.topics[0] === 'basic-skills' && (course.fields?.length ?? 0) === 0 && !course.teaches && !needsLiteracy(profile, needs, lang) && searchBoost === 0) return undefined;
  // …and arithmetic (`numeracy`) only to one who asked for basic skills in the region's language, none to learn named, or
  // whose own words found it ("remise à niveau en calcul"): Khan Academy's arithmetic came as "useful for any job" to a
  // plumber with no diploma, a bus driver and a warehouse worker, and to newcomers who had said they do not speak French
  // (found by a tester, issue 8)
  if (course.numeracy && searchBoost === 0
    && !(profile.interest === 'basic-skills' && !(profile.learnLanguages?.length) && !chatsInAnother(profile, lang) && !weakInRegionLanguage(profile))) return undefined;
  // one who asks to read and write gets courses made for learning to read, and digital basics when computers are new to
  // them, not self-study that assumes reading (Duolingo, "Apprenez à apprendre"), unless their own words asked for it
  if (asksToRead(profile, lang) && searchBoost === 0 && !forBeginningReaders(course)
    && !(needs.basicsFirst && course.level === 'beginner' && course.topics[0] === 'digital-basics')) return undefined;
  // a lesson on using a smartphone ("Android basics") is no help to a person who has no phone
  if (needs.equipment === 0 && course.equipment === 'smartphone-only' && course.topics[0] === 'digital-basics') return undefined;
  // Never a course that only teaches the person languages they read (a German speaker offered German; German or French
  // to a Luxembourgish speaker, schooled in both: the vhs-Lernportal told a Luxembourger bus driver "Dir léiert do
  // Däitsch", found by a tester), except reading and writing modules for a person with little schooling, and a language
  // course that also teaches reading and writing (the vhs-Lernportal) for one who asked for basic skills.
  // (basic skills asked for: the region's main language taught in itself is one of them, see `hostLanguage` below)
  const reads = readLanguages(lang, profile.alsoReads);
  const regionMain = profile.region ? REGION_LANGUAGES[profile.region]?.[0] : undefined;
  const teachesRegionMain = regionMain !== undefined && !!course.teaches?.includes(regionMain) && course.taughtIn.includes(regionMain);
  // (the languages they named come first: "je veux apprendre le français" typed in French asks for it; a German speaker
  // who needs French and Luxembourgish did not ask for the vhs-Lernportal's German, found chatting)
  const wanted = (profile.learnLanguages?.length ?? 0) > 0 ? profile.learnLanguages : undefined;
  // (…and so is a language of their region they said they speak poorly, even the one they chat in: "Ich spreche wenig
  // Deutsch", typed in German in Differdange)
  const saidWeak = course.teaches ? saidWeakIn(profile, course.teaches) : undefined;
  const askedOwn = (wanted ? !!course.teaches?.some((l) => wanted.includes(l)) : profile.interest === 'basic-skills' && teachesRegionMain) || saidWeak !== undefined;
  if (course.teaches && course.teaches.every((l) => reads.includes(l)) && !askedOwn && !(course.topics.includes('basic-skills') && needsLiteracy(profile, needs, lang)
    && (course.topics[0] !== 'languages' || profile.interest === 'basic-skills'))) return undefined;
  const required = skillRank(course.digitalSkillsRequired);
  if (required > needs.skills + 1) return undefined;
  // Only in a foreign language the person does not read, that is neither English nor spoken in their region: not for them
  // the first language in the person's own order (a Luxembourgish speaker reads German before French, as the texts are shown)
  const readable = reads.find((l) => course.taughtIn.includes(l));
  const regional = regionLanguages(profile);
  // (a language course taught in the language it teaches is for anyone learning it; one taught through another
  // language is for readers of that one: VDAB's French for Dutch speakers is not for an English speaker in Lyon)
  // (learns: it teaches a language the person asked to learn)
  const learns = !!wanted && !!course.teaches && course.teaches.some((l) => wanted.includes(l));
  if (!readable && !course.taughtIn.some((l) => l === LINGUA_FRANCA || regional.includes(l))
    && !((course.teaches?.some((l) => course.taughtIn.includes(l)) && (profile.interest === 'languages' || learns || course.teaches.some((l) => regional.includes(l))))
      || (!course.teaches && course.topics.includes('languages')))) return undefined;

  // a language course taught through a language the person does not read is not for them, even one of their region:
  // VDAB's French course taught in Dutch is no help to an English speaker in Brussels
  if (!readable && course.teaches && !course.teaches.some((l) => course.taughtIn.includes(l))) return undefined;

  // English read by everyone is a guess that fails those with little schooling or little ease with computers: for
  // them a course only in a language they did not choose, nor spoken in their region, is none of theirs (a French
  // speaker with no diploma was offered Android and internet basics in English)
  // (only the region's main language counts as one they may read: German-only courses are no help to a French
  // speaker in Charleroi, though German is a language of Wallonia; and not even that one for a person who chose another
  // language of the region: French-only courses are no help to a Dutch speaker in Brussels, found by a tester)
  const mainRead = regionMain !== undefined && !(lang !== regionMain && regional.includes(lang)) ? regionMain : undefined;
  // (a course teaching a language they asked for in that language is for them: TV5MONDE's French to a Spanish speaker in
  // Luxembourg who wants French, whose region's main language is Luxembourgish)
  if (!readable && (needs.eqf <= 2 || needs.basicsFirst) && !course.taughtIn.some((l) => l === mainRead)
    && !(profile.interest === 'languages' || course.teaches?.some((l) => l === regionMain) || (learns && course.teaches!.some((l) => course.taughtIn.includes(l))))) return undefined;

  const reasons: Reason[] = explain ? [] : DISCARD;
  let score = 0;
  const local = course.teaches ? localLanguageFor(profile, lang, course.teaches) : undefined;
  // the language of their region, for a person who chose another one, is a basic skill there (convention: learning
  // French as a newcomer is basic skills): an English speaker in Lyon asking for basic skills gets French first
  // it is one for anyone asking for basic skills when the course teaches the region's main language in that language
  // ("je veux apprendre français pour travail", typed in French by a newcomer in Charleroi)
  // …and when they named the languages they want, it is a course teaching one of them, whatever the region's main one:
  // "quiero aprender francés" in Luxembourg asks for French, not Luxembourgish (found chatting)
  const hostLanguage = profile.interest === 'basic-skills' && (wanted ? learns : (local !== undefined && (local === regionMain || local === saidWeak)) || teachesRegionMain);
  // basic skills of a trade (customer service, health and safety of care workers) are not what a person asking
  // for basic skills without naming that trade asked for, nor is another trade's basics the topic they named
  const otherTrade = (profile.interest === 'basic-skills' && (course.fields?.length ?? 0) > 0 && !forTheirField(course, profile)) || tradeBasicsOfAnother(course, profile)
    || forOtherFieldsOnly(course, profile.interest, profile);
  // with languages named, only a course teaching one of them is on their topic (no arithmetic, no other language); for a
  // newcomer whose basic skills are the region's language, only one teaching it (see `onTheirTopic`)
  const topicIndex = hostLanguage ? 0 : profile.interest && !otherTrade && (!asksForLanguage(profile, lang) || learns) ? course.topics.indexOf(profile.interest) : -1;
  // one with no device or no ease with computers at all starts from the beginning: help they did not ask for (not on their
  // topic, field nor goal) is a beginner's (TV5MONDE's intermediate French filled the list of a German speaker in Brussels
  // with no diploma once Khan Academy's arithmetic was no longer offered to them)
  if (needs.inclusionFirst && course.level !== 'beginner' && topicIndex < 0 && searchBoost === 0 && !forTheirField(course, profile)
    && !(profile.goal && (GOAL_TOPICS[profile.goal] ?? []).some((t) => course.topics.includes(t)))) return undefined;
  // (a language course is said to be about languages, not "basic skills", to one who asked to learn the country's language)
  const topic = hostLanguage ? 'languages' : profile.interest!;
  if (topicIndex === 0) { score += W.interestMain; explain && reasons.push({ code: 'interest', params: { topic } }); }
  else if (topicIndex > 0) { score += W.interestOther; explain && reasons.push({ code: 'interest', params: { topic } }); }

  if (searchBoost > 0) { score += Math.round(W.search * searchBoost); explain && reasons.push({ code: 'search' }); }

  // The job field the person named (ROME letter): a course for it scores; general help says it serves any job;
  // a course for other fields, that is not what they asked for either, is pushed well down.
  if (profile.field) {
    if (forTheirField(course, profile)) {
      // (to one who creates a business, said to be for their business in that field, not for a job in it)
      // (to one who works in the field, a course that only helps beside their trade says so: "related to building, not
      // masonry itself"; it scores the same, the recommender puts what trains their trade first)
      score += W.field;
      // (params.trade: the trade it is for, that the person named, which the reason says rather than the whole field)
      const trade: Record<string, string> = profile.trade !== undefined && course.trades?.includes(profile.trade) ? { trade: profile.trade } : {};
      explain && reasons.push(isFounding(profile) ? { code: 'field', params: { field: profile.field, business: 1, ...trade } }
        : { code: trainsTheirTrade(course, profile) ? 'field' : 'related', params: { field: profile.field, ...trade } });
      if (!profile.interest && defaultTopics(profile.field, profile.trade).includes(course.topics[0])) score += W.fieldDefaultTopic;
      // the licence their trade asks for beyond the car licence (a bus driver: C/D theory before the car theory)
      const asked = profile.trade ? TRADE_LICENCES[profile.trade] : undefined;
      if (asked && course.licences?.some((l) => asked.includes(l))) score += W.tradeLicence;
    }
    else if (helpsAnyJob(course, profile, needs, lang)) {
      // (not said of a course on the topic they asked: TV5MONDE's French was "useful for any job" to a teacher from
      // Ukraine who asked to learn French, issue 8)
      score += W.anyJob; explain && topicIndex < 0 && reasons.push({ code: 'any-job' });
    }
    else if (topicIndex < 0 && searchBoost === 0) score += W.otherField;
  }

  const goalTopics = profile.goal ? GOAL_TOPICS[profile.goal] ?? [] : [];
  if (goalTopics.some((t) => course.topics.includes(t) && !forOtherFieldsOnly(course, t, profile))) { score += W.goal; explain && reasons.push({ code: 'goal', params: { goal: profile.goal! } }); }

  // Weak digital skills call for digital basics first; reading, writing and arithmetic modules only when the
  // person has little schooling or asked for them.
  const beginner = course.level === 'beginner';
  // (a course that assumes one already uses a computer on one's own is no first step: VDAB's information security came
  // as "basics first" in a Dutch warehouse worker's list, who has only a phone and a little ease, rec23)
  const digitalBasic = beginner && course.topics.includes('digital-basics') && required < AT_EASE;
  const literacy = beginner && course.topics.includes('basic-skills') && (course.fields?.length ?? 0) === 0;
  if ((needs.basicsFirst && digitalBasic) || (literacy && needsLiteracy(profile, needs, lang)) || hostLanguage) {
    score += W.basicsFirst; explain && reasons.push({ code: 'basics-first' });
  }
  if (required > needs.skills) score += W.skillGap;

  const levelGap = Math.abs(levelRank(course.level) - needs.desiredLevel);
  const eqfOk = course.minEqfLevel <= needs.eqf;
  // one who holds or held a job of their field (`heldField`: "je suis maçon depuis 15 ans") knows its trade at a level no
  // diploma tells: a course of that field is not said to fit their level, and a beginner's one is maybe below it, even
  // when the words of their job found it ("cuisinier" finds the cooking basics; found chatting: a mason of 15 years who
  // wanted a certificate was offered beginner renovation MOOCs, "elle est adaptée à votre niveau", from his CAP alone)
  const experienced = profile.heldField !== undefined && profile.heldField === profile.field && forTheirField(course, profile);
  // (…but not to one with little schooling, EQF 2 at most: a beginner's course is where the written side of their trade
  // starts for them, whatever their years of practice; found by a tester, a home carer of 10 years with no diploma heard
  // "peut-être en dessous de votre niveau" on every course)
  const littleSchooling = profile.eqfLevel !== undefined && profile.eqfLevel <= LITTLE_SCHOOLING_EQF;
  // a beginner's course of their own field or interest is below a graduate's level, unless they retrain or asked for it
  // in their own words (see GRADUATE_EQF); a founder's diploma is in their trade, not in creating a business: the
  // business plan is not below a master baker's level (found chatting, issue 8)
  const foundingCourse = isFounding(profile) && GOAL_TOPICS['start-business'].some((t) => course.topics.includes(t));
  const belowLevel = beginner && !foundingCourse && ((experienced && !littleSchooling) || ((profile.eqfLevel ?? 0) >= GRADUATE_EQF && needs.skills >= AT_EASE && profile.goal !== 'retrain'
    && searchBoost === 0 && !ANY_JOB_TOPICS.has(course.topics[0]) && (topicIndex >= 0 || forTheirField(course, profile))));
  if (belowLevel) { score += W.belowLevel; explain && reasons.push({ code: 'below-level' }); }
  // their level in their own trade is not known: no level points, no "fits your level"; with little schooling the
  // beginner's course is where the written side of the trade starts, so it scores as for anyone of their diploma, still
  // unsaid (a Spanish-speaking cook with ESO in Brussels lost the Afpa's cooking MOOC and heard there was none, issue 8)
  else if (experienced && !littleSchooling) { /* no level points */ }
  // (said only when the person's diploma is known: "adaptée à votre niveau" to one who answered "je sais pas" was untrue)
  // (…nor to one it asks more ease with computers of than they said: a renovation MOOC for craftsmen at ease online was
  // "adaptée à votre niveau" to an electrician with only a phone who needs help; found by a tester)
  else if (eqfOk && levelGap === 0) { score += W.levelExact; explain && profile.eqfLevel !== undefined && !experienced && required <= needs.skills && reasons.push({ code: 'level' }); }
  else if (eqfOk && levelGap === 1) score += W.levelNear;
  else if (!eqfOk) score += W.perMissingEqfLevel * (course.minEqfLevel - needs.eqf);

  if (course.durationHours !== null && profile.hoursPerWeek && profile.hoursPerWeek > 0) {
    const weeks = Math.ceil(course.durationHours / profile.hoursPerWeek);
    if (weeks <= W.weeksShortMax) { score += W.weeksShort; explain && reasons.push({ code: 'time', params: { weeks, hours: course.durationHours } }); }
    else if (weeks <= W.weeksMediumMax) score += W.weeksMedium;
    else if (weeks > W.weeksLongMin) score += W.weeksLong;
  }

  if (readable) { score += W.inLanguage; explain && reasons.push({ code: 'language', params: { lang: readable } }); }
  // (a course of the language they said they speak poorly, taught in it, is no warning: it is the language they learn)
  else if (saidWeak !== undefined && course.taughtIn.includes(saidWeak)) { /* neither in their language nor a warning */ }
  else { score += W.otherLanguage; explain && reasons.push({ code: 'other-language', params: { langs: course.taughtIn.join(',') } }); }
  // Its title or summary is not written in their language: shown in its own, and said (no score: it is the same course).
  const shownIn = explain ? untranslatedLanguage(course, lang, course.taughtIn) : undefined;
  if (shownIn) reasons.push({ code: 'not-translated', params: { language: shownIn } });

  // the languages they asked to learn first (see `learnWanted`)
  if (course.teaches && wanted) score += learns ? W.learnWanted : W.learnOther;
  // a language course says which languages it teaches (Duolingo teaches seven: a Spanish speaker in Brussels who
  // wants Dutch must see Dutch named)
  if (local) {
    score += W.localLanguage;
    // (said to be for the language they said they speak poorly: "you said your French is not strong yet"; to a graduate
    // who chose another language, why: "you chose to talk in English; French is much used at work in Brussels")
    explain && reasons.push({ code: 'local-language', params: local === saidWeak ? { language: local, said: 1 }
      : local === chosenOtherLanguage(profile, lang, course.teaches!) ? { language: local, chat: lang, region: profile.region! }
        : { language: local, languages: regionalTaught(profile, course.teaches!, reads).join(',') } });
  } else if (explain && course.teaches) {
    const named = taughtNamed(profile, reads, course.teaches, askedOwn);
    // (said, and weighed as why it is shown, when they asked to learn a language; to one who did not, it is a fact of the
    // course: a hairdresser in Anderlecht was offered Tremplin's basics "pour apprendre : néerlandais" first, issue 8)
    const asked = !!wanted || hostLanguage || askedOwn || profile.interest === 'languages';
    if (named) reasons.push({ code: 'teaches', params: asked ? named : { ...named, unasked: 1 } });
  }

  // to one who wants a certificate: one that certifies scores, and a proof of attendance is said to be only that (its
  // reason warns, it promises nothing: "vous obtenez une attestation de suivi" was read as the certificate asked for)
  if (profile.goal === 'certify' && (certifies(course) || course.certification.kind === 'attestation')) {
    const kind = course.certification.kind;
    score += kind === 'state-recognised' ? W.stateRecognised : kind === 'attestation' ? W.attendanceOnly : W.otherCertificate;
    // (said as what it is: "you get a certificate" on a proof of attendance was untrue, found by a tester)
    explain && reasons.push({ code: 'certification', params: { kind } });
  }

  const cost = costFor(course, profile.region);
  if (cost === 'free' || cost === 'free-for-jobseekers') { score += W.free; explain && reasons.push({ code: 'free', params: { region: profile.region ?? '' } }); }
  else if (cost === 'paid') score += W.paid;

  // without a computer, a computer course is followed at a place with computers, and said so (not when the region is
  // not known: no place is offered then); an app for a phone helps a person who has one, not one who has none
  if (needs.equipment <= 1 && course.equipment === 'smartphone-only') {
    if (needs.equipment === 1) { score += W.phoneFriendly; explain && reasons.push({ code: 'smartphone' }); }
    else score += W.phoneApp;
  } else if (needs.equipment <= 1 && course.equipment === 'computer-and-internet') {
    score += W.needsComputer; explain && profile.region !== undefined && reasons.push({ code: 'at-place' });
  }
  if (!explain) { RANKING.score = score; return RANKING; }
  return { score, reasons };
}

/**
 * A language of the person's region that the course teaches and there is reason to think they do not read: one they said
 * they speak or read poorly (`weakLanguages`: "I only speak English and a little French", see `saidWeakIn`), or, when they
 * chose another language than the region's and wrote none of the region's in the conversation (`wroteIn`), one they do
 * not read (French and German are none for a Luxembourgish speaker in Wallonia: they read both). Found by a tester (QA
 * round 16): one who wrote French, then switched the chat to English, got "Learn French".
 */
export function localLanguageFor(profile: Profile, lang: string, teaches: readonly string[]): string | undefined {
  const spoken = regionLanguages(profile);
  const said = saidWeakIn(profile, teaches);
  if (said) return said;
  if (spoken.includes(lang) || spoken.some((l) => profile.wroteIn?.includes(l))) return undefined;
  const reads = readLanguages(lang, profile.alsoReads);
  return spoken.find((l) => teaches.includes(l) && !reads.includes(l));
}

/**
 * A language of the person's region that they said they speak or read poorly (`weakLanguages`) and the course teaches,
 * the first said first: what the course is for them ("you said your French is not strong yet").
 */
export function saidWeakIn(profile: Profile, teaches: readonly string[]): string | undefined {
  const spoken = regionLanguages(profile);
  return profile.weakLanguages?.find((l) => spoken.includes(l) && teaches.includes(l));
}

/** Whether the person said they speak or read poorly a language of their region (see `saidWeakIn`). */
export function weakInRegionLanguage(profile: Profile): boolean {
  const spoken = regionLanguages(profile);
  return !!profile.weakLanguages?.some((l) => spoken.includes(l));
}

/** The languages of the person's region a course teaches, in the region's order, less those in `reads`. */
function regionalTaught(profile: Profile, teaches: readonly string[], reads: readonly string[] = []): string[] {
  return regionLanguages(profile).filter((l) => teaches.includes(l) && !reads.includes(l));
}

/** The languages of the person's region, its main one first (none when the region is not known). */
function regionLanguages(profile: Profile): readonly string[] {
  return (profile.region && REGION_LANGUAGES[profile.region]) || NO_LANGUAGES;
}

/** No languages: shared, so that scoring a candidate allocates nothing (see `RANKING`). */
const NO_LANGUAGES: readonly string[] = [];

/**
 * The languages a language course's reason names (see `TEACHES_NAMED`): those the person asked to learn first, then,
 * not those the person reads (`readLanguages`), the region's, English, and the course's order; `more` counts those left
 * unnamed. None when it teaches only languages they read and they did not ask for one (`askedOwn`): Oefenen.nl told a
 * Flemish care worker "je leert er Nederlands" (found by a tester, issue 8); its reading, writing and computer modules
 * are what it is offered for.
 */
function taughtNamed(profile: Profile, reads: readonly string[], teaches: readonly string[], askedOwn: boolean): { languages: string; more: number } | undefined {
  const others = teaches.filter((l) => !reads.includes(l));
  if (others.length === 0 && !askedOwn) return undefined;
  const candidates = others.length > 0 ? others : [...teaches];
  const regional = regionalTaught(profile, candidates);
  // the languages asked for first, even the one they chat in ("apprendre le français", typed in French)
  const wanted = (profile.learnLanguages ?? []).filter((l) => teaches.includes(l));
  const ordered = [...new Set([...wanted, ...regional, ...candidates.filter((l) => l === LINGUA_FRANCA), ...candidates])];
  return { languages: ordered.slice(0, TEACHES_NAMED).join(','), more: Math.max(0, ordered.length - TEACHES_NAMED) };
}

/**
 * Little schooling, or reading and writing asked for (`readingAsked`): reading, writing and arithmetic modules are for
 * them. Not for one whose basic skills are a language (`asksForLanguage`: learning French as a newcomer is basic skills,
 * by the corpus convention): a nurse who must learn French got Khan Academy's arithmetic (found chatting).
 */
export function needsLiteracy(profile: Profile, needs: Needs, lang: string): boolean {
  return (needs.eqf <= 1 && !usesComputerAlone(profile)) || readingAsked(profile, lang);
}

/**
 * One who says they use a computer on their own or very well reads and writes, whatever their schooling: no literacy place
 * unless asked (found by a tester, qa22 q10: a young man with no diploma, "sehr gut" with computers, who wanted to
 * program, got Lire et Écrire as the third of three items).
 */
function usesComputerAlone(profile: Profile): boolean {
  return profile.digitalSkills === 'autonomous' || profile.digitalSkills === 'advanced';
}

/** Reused result of ranking-only calls, so scoring thousands of candidates allocates nothing (no GC pauses). */
const RANKING: CourseScore = { score: 0, reasons: DISCARD };
