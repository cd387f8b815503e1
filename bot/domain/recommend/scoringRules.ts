/**
 * Every number and map the recommender ranks with, in one place (issue 8, "scoring as data"). `scoreCourse`,
 * `scoreSupport` and `Recommender` read them; the reasons shown to people come from the same rules, so a weight
 * changed here changes the order and never leaves a reason that no longer holds.
 *
 * @remarks Points are relative: what matters is how rules compare. The persona tables in
 * `test/domain/recommendPersonas.test.ts` say what must come first and what must never appear for each kind of
 * person; run them after any change here.
 */
import type { Profile } from '../profile/profile';

/** Goal → the topics that serve it (candidates are gathered from these topics, and a course on one scores `goal`). */
export const GOAL_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'find-job': ['job-search'],
  'start-business': ['entrepreneurship'],
  basics: ['digital-basics', 'basic-skills'],
};

/**
 * A goal that says what to learn: with no topic chosen, it is the topic the person asked for (a tiler who wants to
 * open his own firm is served by business-creation courses first, whatever his trade's courses).
 */
export const GOAL_INTEREST: Readonly<Record<string, string>> = { 'start-business': 'entrepreneurship' };

/**
 * The topic a field's jobs most often need when the person named the field but no topic: office work for
 * business support (M), whose courses are mostly programming (IT development is M too), so a warehouse worker
 * retraining "into office work" is offered Word and Excel before Java.
 */
export const FIELD_DEFAULT_TOPICS: Readonly<Record<string, readonly string[]>> = { M: ['office'] };

/**
 * A trade's usual topics, before its field's (`FIELD_DEFAULT_TOPICS`), when the person named the trade but no topic: a
 * developer or an IT technician (trade `it` of M) is offered programming and web courses first, not Excel (found by a
 * tester: "je veux devenir développeur" got an Excel course first); an accountant (`office`) keeps Word and Excel.
 */
export const TRADE_DEFAULT_TOPICS: Readonly<Record<string, readonly string[]>> = {
  it: ['programming', 'web-development'],
  office: ['office'],
  marketing: ['digital-marketing'],
};

const NO_TOPICS: readonly string[] = [];

/** The usual topics of the person's trade, else of their field (none for either): every course scored asks, so no allocation. */
export function defaultTopics(field: string | undefined, trade: string | undefined): readonly string[] {
  return (trade !== undefined ? TRADE_DEFAULT_TOPICS[trade] : undefined) ?? (field !== undefined ? FIELD_DEFAULT_TOPICS[field] : undefined) ?? NO_TOPICS;
}

/**
 * Topics offered only to a person who asked for them: a course mainly on one of them (its first topic) is for a person
 * whose goal is the one given here, or whose interest is the topic itself, and for no one else, whatever the search
 * matched ("ouvrier agricole" looks like "ouvrir" an enterprise to a typo-tolerant search). Found by a tester: a market
 * gardener who never spoke of a business of their own got Startup School first.
 */
export const ASKED_FOR_ONLY: Readonly<Record<string, string>> = { entrepreneurship: 'start-business' };

/**
 * Topics on which a course that names `fields` serves only people of those fields (`forOtherFieldsOnly`): creating a
 * business of one kind is not creating another. Y Combinator's Startup School, for tech companies (M), came as a good
 * match to a person who wanted to create a cleaning company (K) (issue 8). A person whose field is not known is served by
 * all, and a business-creation course that names no field (a business plan) by everyone.
 */
export const FOR_ITS_FIELDS_ONLY: ReadonlySet<string> = new Set(['entrepreneurship']);

/**
 * Topics that, to one who creates a business, are what running it takes: bookkeeping, quotes and invoices are office
 * work (topic `office`). Business-creation courses come first for them, then the topic's (found chatting: a painter
 * starting his firm who had to learn "la compta et les devis" got Excel and accounting courses only).
 */
export const FOUNDERS_BUSINESS_FIRST: ReadonlySet<string> = new Set(['office']);

/**
 * Help for any job that one who creates a business did not ask for (`notForFounder` in scoreCourse.ts): courses mainly on
 * job search (they are not looking for a job), and language courses unless they asked to learn a language. Found by a
 * tester chatting as jobseekers (issue 8): bakery founders got job-search courses beside the business plan, a café
 * founder language apps first.
 */
export const NOT_FOR_FOUNDERS: ReadonlySet<string> = new Set(['job-search', 'languages']);

/**
 * Trades whose courses are licence theory and the highway code (knowledge/occupations/trades.json): of use to those who
 * drive for work, of none to one who creates a business, whatever its trade. Found by a tester (qa22 q09): three of five
 * items were driving-theory courses for one creating a delivery company, and a taxi driver of ten years who wanted his
 * own company got the car licence theory.
 */
export const NOT_FOR_FOUNDERS_TRADES: ReadonlySet<string> = new Set(['driving', 'heavy-driving']);

/**
 * Goals that are the basics of one topic and nothing else: a person with this goal whose interest is that topic
 * ("Apprendre les bases de l'informatique") is offered only beginner courses on it (mainly on it, or on it among others
 * and for no particular field) and places, not the courses of their trade nor other help for any job. Found by a tester:
 * a 63-year-old cleaner who wanted to learn to use a computer for her papers got Khan Academy's arithmetic and the Red
 * Cross's first-aid app, a 60-year-old a driving-theory site, a 67-year-old with a tablet Linux. Their own words found
 * in a course still count (`search`).
 */
export const ONLY_THE_TOPIC: Readonly<Record<string, string>> = { basics: 'digital-basics' };

/**
 * Up to this EQF level (lower secondary at most), or with no diploma known, a person who asks for basic skills and names
 * no language to learn asks to read and write (`asksToRead`): "je ne sais pas lire", "I can't read well", "no sé leer".
 * Such a person is offered a place that teaches reading and writing first, and among courses only those made for
 * adults who are learning to read (`forBeginningReaders`), not self-study that assumes reading: Duolingo and
 * OpenClassrooms' "Apprenez à apprendre" came to them as a good match (issue 8). Above it, basic skills asked for keep
 * their wider meaning; for one who chats in another language than their region's, they are its language from
 * `NEWCOMER_READING_EQF` up.
 */
export const LITTLE_SCHOOLING_EQF = 2;

/**
 * Up to this EQF level (primary school at most), a person who chats in a language not spoken in their region and asks
 * for basic skills may be learning to read and write (`asksToRead`); above it they write their own language, and the basic
 * skills they ask for are the region's language (`asksForLanguage`). Found by a tester: a Spanish speaker in Charleroi
 * with lower secondary (ESO) who said "No hablo bien francés" got a literacy association and Khan Academy's arithmetic,
 * and no French course (issue 8).
 */
export const NEWCOMER_READING_EQF = 1;

/** Topics of help that serves any job search: a course on them that names no `fields` is "any job" help. */
export const ANY_JOB_TOPICS: ReadonlySet<string> = new Set(['job-search', 'languages', 'digital-basics', 'basic-skills']);

/**
 * The languages people need for work in each region. A person who chose another language (a Spanish speaker in
 * Brussels) is also offered courses teaching these, with the reason `local-language`.
 */
export const REGION_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  'BE-BRU': ['fr', 'nl'],
  'BE-WAL': ['fr', 'de'],
  'BE-VLG': ['nl'],
  LU: ['lb', 'fr', 'de'],
  FR: ['fr'],
};

/**
 * The language most used at work in each region, offered to a graduate who chose to chat in another (see
 * `chosenOtherLanguage`). In Luxembourg that is French, not Luxembourgish, the first of its languages above
 * (STATEC, 2021 census: French is the language most used at work; general knowledge, unverified here).
 */
export const REGION_WORK_LANGUAGE: Readonly<Record<string, string>> = { 'BE-BRU': 'fr', 'BE-WAL': 'fr', 'BE-VLG': 'nl', LU: 'fr', FR: 'fr' };

/**
 * Languages a speaker of one language is taken to read as well: Luxembourg's schools teach in German and French,
 * and few courses exist in Luxembourgish. A course in one of them counts as in the person's language.
 */
export const ALSO_READ: Readonly<Record<string, readonly string[]>> = { lb: ['de', 'fr'] };

/**
 * The one foreign language a course may be in and still be offered (scored down, its reason says so): many free
 * digital courses exist only in English. A course only in another foreign language, not spoken in the person's
 * region either, is not offered (a French speaker in France is not sent to a Spanish course), unless it teaches a language.
 */
export const LINGUA_FRANCA = 'en';

/**
 * How many languages a language course's reason names (`teaches`, issue 8: Duolingo was offered to a Spanish speaker in
 * Brussels who wanted Dutch with no word that it teaches Dutch). The languages of the person's region come first, then
 * English, then the others in the course's order; past this many the reason adds "and other languages" (Duolingo
 * teaches seven). The language the person chats in is left out, unless it is all the course teaches.
 */
export const TEACHES_NAMED = 3;

/**
 * The licences a trade's jobs ask for beyond the car licence (B): for a person of the trade, a course preparing for one
 * of them (`licences` in courses.json) scores `tradeLicence`, so it comes first (issue 8: a bus driver who holds a car
 * licence was offered the car theory first). `heavy-driving` (knowledge/occupations/trades.json: lorries, buses,
 * coaches) is learnt in person while no course names it (`inPerson`); `driving` (taxis, vans, delivery) keeps the car theory.
 */
export const TRADE_LICENCES: Readonly<Record<string, readonly string[]>> = {
  'heavy-driving': ['C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'code95'],
};

/**
 * From this EQF level a person holds a higher-education diploma (5 BTS or DUT, 6 bachelor, 7 master, 8 doctorate). At
 * ease with computers, such a person gets the courses of their field or interest at their level first: a beginner's one
 * scores `belowLevel` and says so (reason `below-level`), since a developer with a master's was offered a beginner
 * programming course first, as "a good match" (issue 8). It stays in the list for one who wants to start from the basics.
 * Not for one who retrains (a diploma in another field says nothing of their level in the new one), nor for a course
 * their own words asked for. Courses mainly on a topic of `ANY_JOB_TOPICS` keep their level: a master's says nothing of
 * one's Dutch, nor of the basics of a trade (the catalogue's cooking or care courses, `basic-skills` first, are graded
 * for no diploma), and one who needs help with computers starts with the basics whatever the diploma.
 */
export const GRADUATE_EQF = 5;

const READ_BY = new Map<string, readonly string[]>();

/**
 * The languages a person who chats in `lang` reads (built once per language: every course scored asks), and those they
 * showed they read too (`also`: `Profile.alsoReads`, "show me the French ones").
 */
export function readLanguages(lang: string, also?: readonly string[]): readonly string[] {
  let reads = READ_BY.get(lang);
  if (!reads) { reads = [lang, ...(ALSO_READ[lang] ?? [])]; READ_BY.set(lang, reads); }
  return also?.some((l) => !reads!.includes(l)) ? [...reads, ...also.filter((l) => !reads!.includes(l))] : reads;
}

export const COURSE_WEIGHTS = {
  /** The person's chosen topic is the course's main topic / one of its topics. */
  interestMain: 40,
  interestOther: 30,
  /** Full match with the words they typed ("Python"), scaled by the search score (0..1). */
  search: 30,
  /** Prepares for the person's job field; general help serves any job; a course for other fields is pushed down. */
  field: 35,
  /** The usual topic of their trade or field (`defaultTopics`), when the person named no topic. */
  fieldDefaultTopic: 25,
  anyJob: 5,
  otherField: -30,
  /** Prepares for a licence the person's trade asks for (TRADE_LICENCES): ahead of the car theory in the same language, even paid and a level up. */
  tradeLicence: 40,
  goal: 10,
  /** A beginner basics module for weak skills (or literacy for little schooling). */
  basicsFirst: 25,
  /** Needs more digital skill than the person has (one step more; two steps excludes the course). */
  skillGap: -20,
  levelExact: 15,
  levelNear: 6,
  /** A beginner's course of their field or interest for a graduate at ease with computers (GRADUATE_EQF), instead of the level points. */
  belowLevel: -20,
  /** Per EQF level the course assumes above the person's. */
  perMissingEqfLevel: -8,
  /** Weeks to finish at the person's pace. */
  weeksShort: 10, weeksShortMax: 8,
  weeksMedium: 4, weeksMediumMax: 16,
  weeksLong: -10, weeksLongMin: 26,
  inLanguage: 10,
  otherLanguage: -15,
  /** Teaches a language of the region to a person who chose another one. */
  localLanguage: 20,
  /**
   * A language course teaching a language the person asked to learn (`learnLanguages`: "je veux apprendre le
   * néerlandais"), whose `teaches` reason then names it first; or teaching only other languages, so it comes after
   * those, or not at all when enough others fit (issue 8: a salesman in Liège who wanted Dutch got Duolingo "for
   * German, English, Spanish…" and Nicos Weg's German before the Dutch course; a waitress in Luxembourg got other
   * courses above the Luxembourgish one). Their gap outweighs being taught in the person's language (`inLanguage` and
   * `otherLanguage`) and a language of the region (`localLanguage`): the language asked for comes first.
   */
  learnWanted: 30,
  learnOther: -30,
  /** For one whose goal is a certificate: a recognised one, one of achievement, or only a proof of attendance (no more than none). */
  stateRecognised: 20,
  otherCertificate: 12,
  attendanceOnly: 0,
  free: 8,
  paid: -12,
  /** Only a phone: a course that works on a phone, or one that does not. */
  phoneFriendly: 12,
  needsComputer: -15,
  /**
   * No device at all: a course made for a phone (they would need one first), below a computer course followed at a
   * place (at -30, Duolingo came third to a German speaker in France with no device once Germany's Digital-Führerschein
   * was no longer offered there).
   */
  phoneApp: -40,
} as const;

export const SUPPORT_WEIGHTS = {
  /** No device at all: a place that lends one or has computers; only a phone: device access still helps. */
  deviceForNone: 45,
  deviceForPhone: 15,
  /** A place with a computer and someone to help, for a person who has only a phone. */
  placeForPhone: 20,
  noSkills: 40,
  withHelp: 20,
  goal: 8,
  language: 8,
  /**
   * Wants the basics (reading, writing, counting, the country's language): a place that teaches them comes before one
   * for computers only (found chatting: "je sais pas bien lire et écrire" got two digital spaces, not Lire et Écrire).
   */
  basicSkills: 30,
  /**
   * A place that teaches reading and writing, for one with little schooling (EQF 1 at most) who did not ask for it: offered
   * as an option, below the places for their needs (reason `literacy`, "if you wish, they help with reading, writing and
   * numbers"; found by a tester, QA round 16: a mason with no diploma who never spoke of reading got Lire et Écrire second).
   */
  literacyOption: 10,
  field: 20,
  nearYou: 5,
  free: 5,
  inLanguage: 5,
  /** Published address, hours and phone: what a person needs to go there. Each one known adds this. */
  practicalDetail: 3,
  /** No device or no digital skills: support comes before any course. */
  inclusionFirst: 30,
  /**
   * Not sure which job to aim for (or changing job without naming one): a place whose advisers help choose one; one
   * who creates a business: a place whose advisers help with that (the Cité des métiers of Brussels, issue 8).
   */
  orientation: 25,
  business: 25,
} as const;

/** Goals that name no job to aim for: to change job, or not sure yet. */
const UNDECIDED_GOALS: ReadonlySet<string> = new Set(['retrain', 'unsure']);

/**
 * One who named neither a field nor a topic, and wants to change job or is not sure (or has not said): choosing a job
 * is what they need first (the recommender's help for any job, and a place whose advisers help choose).
 */
export function isUndecided(profile: Pick<Profile, 'interest' | 'field' | 'goal'>): boolean {
  return profile.interest === undefined && profile.field === undefined && (profile.goal === undefined || UNDECIDED_GOALS.has(profile.goal));
}

/** One who creates a business: by their goal, or by the topic they chose. */
export function isFounding(profile: Pick<Profile, 'interest' | 'goal'>): boolean {
  return profile.goal === 'start-business' || profile.interest === 'entrepreneurship';
}

/**
 * Below this score, an item about the person's interest or field is not presented as a match (`match` is not
 * `good` on its strength alone): a beginner in another language offered an advanced course in English is not "a fit".
 */
export const MATCH_THRESHOLD = 25;

/**
 * A course past the beginner's whose minimum EQF level is this many levels or more above the person's known diploma is no
 * match for them (`match` is not `good` on its strength; it stays listed): renovation MOOCs for craftsmen and site managers
 * came as "a good match" to a mason with no diploma (found by a tester, qa19).
 */
export const FAR_ABOVE_DIPLOMA = 2;

/**
 * Below this score a course is never shown, not even to fill a short list, whoever the person: more speaks against it
 * than for it (found chatting: Duolingo at −22 to a man with no device, TV5MONDE's French at −1 to a German speaker in
 * Eupen who wanted Excel, each to fill five slots). Fewer items instead; a person who named nothing still gets the help
 * for any job that scores above it.
 */
export const MIN_SHOWN_SCORE = 0;

/**
 * A course the person's own words match (`RecommendOptions.query`) is of use to a person who named a field or topic,
 * though neither, when it matches them at least this well, relative to the best match (0..1): a match on one word of
 * several is not (found chatting: "gestion de projet" matched "Utilisez des API REST dans vos projets web" at 0.14,
 * which then filled a project-management list).
 */
export const SEARCH_RELATED = 0.5;

/**
 * How many first items (after the places put first for a person without a computer or ease) must hold one that really
 * serves what the person asked for `match` to be `good`: their topic, or their field and, when their trade is known, a
 * course naming it; not one said to be below their level; one that certifies when a certificate is their goal (see
 * `Recommender.recommendation`). Found by a tester: an accountant with a master's who wanted a certificate got Excel
 * basics, an electrician renovation MOOCs for the whole of construction, a would-be security guard digital basics first,
 * each as "a good match".
 */
export const MATCH_TOP = 3;

/** How many of the first items must be in the person's language when the catalogue has enough of them. */
export const OWN_LANGUAGE_TOP = 3;
