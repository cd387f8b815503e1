/**
 * The jobseeker profile as the contract defines it (CONTRACT.md §2). Fields stay absent until the user
 * has told us; nothing here knows how the answer was obtained.
 */
/**
 * A language code (ISO 639-1). The languages a deployment supports are not listed in code: they are the
 * folders of `locales/` (with a lexicon in `knowledge/lexicon/`), so adding a language means adding files.
 */
export type Lang = string;

export const GOALS = ['find-job', 'retrain', 'certify', 'basics', 'start-business', 'unsure'] as const;
export type Goal = (typeof GOALS)[number];

export const TOPICS = [
  'digital-basics', 'office', 'web-development', 'programming', 'data', 'digital-marketing', 'design',
  'project-management', 'entrepreneurship', 'job-search', 'languages', 'basic-skills',
] as const;
export type TopicId = string; // contract: "more may be added"; knowledge/topics.json is the list in force

export const DIGITAL_SKILLS = ['none', 'with-help', 'autonomous', 'advanced'] as const;
export type DigitalSkills = (typeof DIGITAL_SKILLS)[number];

export const EQUIPMENT = ['none', 'smartphone-only', 'computer-and-internet'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const REGIONS = ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR'] as const;
export type Region = (typeof REGIONS)[number];
/**
 * A part of a region with services of its own, known from the place a person names (`knowledge/geo/areas.json`): the
 * German-speaking Community of Belgium (Eupen, St. Vith…), counted as Wallonia (BE-WAL) but served by the ADG, not the
 * Forem. Not a region: the contract's region ids are unchanged.
 */
export const AREAS = ['ostbelgien'] as const;
export type Area = (typeof AREAS)[number];

/** ROME v3 "grands domaines": the job sector a person names (A agriculture … N transport and logistics). */
export const FIELDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'] as const;
export type Field = (typeof FIELDS)[number];

export const SLOTS = [
  'language', 'goal', 'interest', 'qualification', 'digitalSkills', 'equipment', 'availability', 'region',
  'consent', 'phone', 'callbackTime',
] as const;
export type SlotId = (typeof SLOTS)[number];

export interface Profile {
  language?: Lang;
  goal?: Goal;
  interest?: TopicId;
  /**
   * The languages the person wants to learn (ISO 639-1, first named first), when `interest` is `languages` or
   * `basic-skills` and they named them ("je veux apprendre le néerlandais"): courses teaching them come first.
   * It goes with the interest it was read with (see `OrientationEngine.merge`). Like `trade`, a detail the contract's
   * traces leave out.
   */
  learnLanguages?: Lang[];
  /** The job sector the person names (CONTRACT.md §2), absent when no job or sector was named. */
  field?: Field;
  /**
   * The trade within `field` of the job named (`knowledge/occupations/trades.json`: "security", "childcare"…),
   * when its words say it: courses for one trade of a field are not offered to another. Not part of the
   * contract's profile object: the traces leave it out (see dialogs/renderer.ts).
   */
  trade?: string;
  /**
   * The field of a job the person says they hold or held ("je suis maçon depuis 15 ans": F): when it is `field`, their
   * level in it is not told by their diploma, and a beginner's course of it is maybe below it. Like `trade`, a detail
   * the contract's traces leave out.
   */
  heldField?: Field;
  /**
   * The trade within `heldField` of that job, when its words say it ("je suis cuisinier": kitchen): the trade looked for
   * when the person picks the courses of their own job at the interest question. Like `trade`, left out of the traces.
   */
  heldTrade?: string;
  /**
   * A diploma from another country in the person's own words ("diplôme du Maroc", "degree from Nigeria"), said back and
   * shown in the summary beside its level when one was read. Like `trade`, a detail the contract's traces leave out.
   */
  diploma?: string;
  /**
   * Where the person lives when they said it is outside the served regions (ISO 3166-1 alpha-2: "ich wohne in Trier",
   * DE); `region` is then where they look for work ("wohne in Trier, arbeite aber in Luxemburg" is LU). Offers tied to
   * residence (`residentsOnly` in knowledge/) follow this. Like `trade`, a detail the contract's traces leave out.
   */
  livesIn?: string;
  /**
   * The part of `region` the person lives in when the place they named tells it (`Area`: "ich wohne in Eupen" is
   * Ostbelgien, in BE-WAL): the agencies serving that part (`Agency.areas`) are theirs. Read only with a region of its
   * own (`AREA_REGION`). Like `trade`, a detail the contract's traces leave out.
   */
  area?: Area;
  /**
   * The languages the person says they speak, understand or read poorly, or not at all (ISO 639-1, first said first: "I
   * only speak English and a little French", fr; "Ich spreche wenig Deutsch", de): a course teaching one of their region's
   * is offered after their trade's courses, said to be for it. Not a language to learn (`learnLanguages`) nor a switch,
   * by the corpus convention. Like `trade`, a detail the contract's traces leave out.
   */
  weakLanguages?: Lang[];
  /**
   * The person says reading is hard for them, in the language they chat in or none named ("je lis pas bien", "I can't
   * read well"): a place that teaches reading and writing comes first. Like `trade`, left out of the traces.
   */
  readsPoorly?: boolean;
  /**
   * Languages the person showed they read besides the chat's, for one list: "show me the French ones" after a list
   * (`onlyIn`) asks for the courses in French, which are then ranked as ones they read. Never kept in the session's
   * profile: the engine adds it to the profile it hands the recommender for that list.
   */
  alsoReads?: Lang[];
  /**
   * The languages the person wrote messages in (of some length, among those the bot speaks): one who wrote French before
   * switching the chat to English reads French, and is not offered a course of it unasked (found by a tester, QA round 16).
   * Like `trade`, left out of the traces.
   */
  wroteIn?: Lang[];
  eqfLevel?: number; // 0..8
  digitalSkills?: DigitalSkills;
  equipment?: Equipment;
  hoursPerWeek?: number;
  region?: Region;
}

/** Only the fields that hold a value: readers return absent fields as `undefined`, the profile leaves them out. */
export function statedValues(values: Partial<Profile>): Partial<Profile> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Profile>;
}

export function isRegion(x: unknown): x is Region {
  return typeof x === 'string' && (REGIONS as readonly string[]).includes(x);
}

/** The region each area lies in: an area read with a place is kept only while the profile's region is this one. */
export const AREA_REGION: Readonly<Record<Area, Region>> = { ostbelgien: 'BE-WAL' };

/** The person's area, when it lies in their region (an area kept from an earlier answer says nothing of another region). */
export function areaOf(profile: Pick<Profile, 'area' | 'region'>): Area | undefined {
  return profile.area && AREA_REGION[profile.area] === profile.region ? profile.area : undefined;
}
