import type { Area, DigitalSkills, Equipment, Field, Lang, Region, TopicId } from '../profile/profile';

/** A text in every supported language. Validation requires every language the deployment serves. */
export type Localised = Record<Lang, string>;

/**
 * A course's or service's title or summary: one language at least, not necessarily the person's (real
 * catalogues are not translated into every language served). Read it with `textIn` (catalogueText.ts).
 */
export type CatalogueText = Partial<Record<Lang, string>>;

/**
 * Where a fact comes from. `verified` is true only when the fact was read on the owner's own public page
 * (or an official document) on `checked`; anything else stays `false`, with a note saying what is unsure.
 */
export interface SourceRef {
  url: string;
  checked: string; // ISO date, YYYY-MM-DD
  verified: boolean;
  note?: string;
}

export type CourseLevel = 'beginner' | 'intermediate' | 'advanced';
export type CostKind = 'free' | 'free-for-jobseekers' | 'paid' | 'unknown';
export type CertificationKind = 'none' | 'attestation' | 'certificate-of-achievement' | 'state-recognised' | 'unknown';

export interface Course {
  id: string;                       // stable, kebab-case, unique across the catalogue
  provider: string;                 // "OpenClassrooms", "FUN MOOC", "Bruxelles Formation"...
  url: string;                      // https URL of the course page
  topics: TopicId[];                // ids from knowledge/topics.json, most relevant first
  fields?: Field[];                 // ROME fields (A–N) it prepares for; absent = serves any job (job search, languages, basics)
  trades?: string[];                // trades of those fields it prepares for (knowledge/occupations/trades.json); absent = all of them
  level: CourseLevel;
  minEqfLevel: number;              // 0..8: the qualification level the course assumes
  digitalSkillsRequired: DigitalSkills; // the least a learner needs to follow it alone
  equipment: Equipment;             // the least equipment it needs
  durationHours: number | null;     // total learning hours; null when the provider does not say
  taughtIn: Lang[];      // languages the course itself is taught in
  teaches?: string[];               // a language course: the languages it teaches as a new language (ISO 639-1)
  licences?: string[];              // a driving course: the licence categories (B, C, D…) or `code95` whose theory it prepares for
  workerSafety?: boolean;           // on the health and safety of a trade's workers (first aid, hazardous products): not for one founding a business
  sideSkill?: boolean;              // on knowledge around the trades it names, not their own work: at best a partial match for them
  numeracy?: boolean;               // on counting and arithmetic: only for one who asked for basic skills (or whose words found it)
  certification: { kind: CertificationKind; name?: string };
  cost: { default: CostKind; byRegion?: Partial<Record<Region, CostKind>>; note?: string };
  regions?: Region[];               // only for offers restricted to some regions (an agency's own offer)
  countries?: string[];             // only for offers tied to some countries (ISO 3166-1 alpha-2: a state's programme, a certificate registered there)
  /** For the residents of its regions or countries (its source says so): it goes by where the person lives (`Profile.livesIn`). */
  residentsOnly?: boolean;
  title: CatalogueText;
  summary: CatalogueText;
  source: SourceRef;
}

export type SupportKind = 'public-digital-space' | 'basic-skills-module' | 'association' | 'admin-help' | 'device-access';

export interface SupportService {
  id: string;
  kind: SupportKind;
  name: string;                     // proper name, untranslated
  regions: Region[];
  city?: string;
  address?: string | null;          // null = looked for, not found
  url: string;
  phone?: string | null;            // null = looked for, not found (never guessed)
  hours?: string | CatalogueText | null; // opening hours as published (one text, or per language), or null
  languages: string[];
  /**
   * `orientation`: advisers help choose a job; `business`: they help create a business (the Cité des métiers); `language`:
   * they teach the region's language to those who speak another; `literacy`: they teach reading, writing and counting.
   */
  helpsWith: Array<'no-equipment' | 'no-skills' | 'with-help' | 'online-procedures' | 'job-search' | 'language' | 'literacy' | 'orientation' | 'business'>;
  free: boolean | null;
  /** A website or app, not a place one goes to (Pix, Les Bons Clics): never one of the places offered first. */
  online?: boolean;
  /**
   * A place of the part of its regions whose people speak these languages (the ADG's Skills Center and Treffpunkt
   * Interaktiv, in the German-speaking Community of Wallonia): offered only to people who chat in one of them.
   */
  forSpeakersOf?: Lang[];
  /**
   * The parts of its regions the place serves, when it serves only those (`Area`: the ADG's places, Ostbelgien): offered
   * to a person known to live there (`Profile.area`) whatever their language, its card saying the language spoken there;
   * `forSpeakersOf` then only stands in for an area not known.
   */
  areas?: Area[];
  /** For the residents of its regions only (its source says so): not for a person living outside them (`Profile.livesIn`). */
  residentsOnly?: boolean;
  fields?: Field[];                 // ROME fields (A–N) it serves; absent = any job
  title: CatalogueText;             // what it is, in a few words
  summary: CatalogueText;           // why it helps, one or two short sentences
  source: SourceRef;
}

export interface ContactChannel {
  kind: 'phone' | 'web' | 'email' | 'in-person';
  value: string;
  label: Localised;
  source: SourceRef;
}

export interface Agency {
  id: string;                       // "bruxelles-formation", "actiris", "adem", "france-travail"
  name: string;
  region: Region;
  servesRegions: Region[];
  languages: Lang[];
  /**
   * Set for an agency that serves only part of its regions (the ADG: the German-speaking Community in Wallonia): it is
   * named only to people who chat in one of these languages, the only sign the bot has that they live there.
   */
  namedToSpeakersOf?: Lang[];
  /**
   * The parts of its regions the agency serves, when it serves only those (`Area`: the ADG, Ostbelgien): to a person
   * known to live there (`Profile.area`) it is named whatever their language, and in place of the region's other
   * agencies, whose service does not reach there (the Forem, since the ADG took it over in 2000).
   */
  areas?: Area[];
  /**
   * People living in another region who work in this agency's region may register here as well as with their home
   * region's employment service (ADEM, for cross-border workers from France and Belgium): `homeServices` names those
   * services (agency ids) per region lived in, and the bot names both.
   */
  crossBorderWorkers?: { homeServices: Partial<Record<Region, string[]>>; source: SourceRef };
  /**
   * Regions outside `servesRegions` where the agency trains the people who speak one of `languages` (VDAB, through VDAB
   * Brussel: Dutch-speaking jobseekers in Brussels, Actiris staying their employment service): its training search is
   * offered to them there, before that of an agency of the region (found by a tester: a Dutch speaker in Brussels was sent
   * to Bruxelles Formation's French catalogue).
   */
  trainsSpeakersIn?: Array<{ region: Region; languages: Lang[]; source: SourceRef }>;
  website: string;
  contacts: ContactChannel[];
  advisorHours: {
    openingHours: string | null;    // OpenStreetMap opening_hours syntax, null if unknown
    timeZone: string;               // IANA, e.g. Europe/Brussels
    holidays: string;               // date-holidays country code: BE, LU, FR
    source: SourceRef;
  };
  callbackPromise: Localised | null; // the agency's own promise, or null when not published
  /**
   * Its public training search, null if none found: a URL template with `{keywords}` and search words per ROME field,
   * or, where no search address with keywords was found, the catalogue's own page (no `{keywords}`, no `keywords`),
   * offered for every field. `name` is the catalogue's own name when it is not the agency's (shown instead of it).
   */
  trainingSearch?: { urlTemplate: string; keywords?: Partial<Record<Field, string>>; name?: string; source: SourceRef } | null;
  source: SourceRef;
}

export interface Topic {
  id: TopicId;
  label: Localised;
  synonyms: Record<Lang, string[]>;
  /**
   * Precise subjects of the topic (a tool, a method: AutoCAD, BIM), read as the topic like its synonyms but no search
   * words of its courses: a course is on one only when its own title or summary names it. Found chatting: BIM and
   * AutoCAD got graphic design and design thinking as a good match.
   */
  specific?: Record<Lang, string[]>;
}

export interface QualificationEntry {
  id: string;
  eqf: number;                      // 0..8
  countries: string[];              // FR, BE, LU, ES, DE, UK, INT...
  names: string[];                  // how people write it, lower-case, any language
  source: SourceRef;
}

export interface KnowledgeBase {
  courses: Course[];
  support: SupportService[];
  agencies: Agency[];
  topics: Topic[];
  qualifications: QualificationEntry[];
  /**
   * Trades learnt in person (`inPerson` in knowledge/occupations/trades.json: nursing, crane operators): when no
   * course names one, the bot says the job is not learnt online and offers a person, not its field's other courses.
   */
  inPersonTrades?: string[];
  /**
   * Those of `inPersonTrades` that are regulated professions (`inPerson.regulated`: nursing, medicine): a graduate who
   * looks for work in one is offered a person who can say how to have a foreign diploma recognised.
   */
  regulatedTrades?: string[];
}
