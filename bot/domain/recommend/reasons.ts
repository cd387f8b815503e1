/**
 * Why an item was recommended, as codes the outer layer turns into sentences (`recommend.reason.<code>`).
 * They are also the `reasons` of the `orientation.recommendations` trace, so they are part of the contract.
 */
export type ReasonCode =
  | 'interest'        // matches the topic the user chose
  | 'field'           // prepares for jobs in the person's ROME field (params.field: the letter; params.trade: their trade, when the course names it; params.business: for a founder, of use to their business in it)
  | 'related'         // of use in the person's ROME field (params.field; params.trade as for `field`) beside their trade, not the trade's own work (first aid, renovation for a mason): at best a partial match
  | 'any-job'         // general help that serves any job search (job search, languages, digital basics)
  | 'search'          // matches the words the user typed ("Python")
  | 'level'           // fits their qualification level
  | 'below-level'     // a beginner's course, maybe below a graduate's level (GRADUATE_EQF) or that of one who holds a job of its field (`heldField`): said plainly
  | 'basics-first'    // a basic module before more advanced courses
  | 'time'            // can be finished in a few weeks at their pace
  | 'language'        // taught in their language
  | 'other-language'  // NOT taught (a place: NOT served) in their language, said plainly (params.langs: its languages)
  | 'not-translated'  // its title or summary is not in their language: shown in params.language (see textIn)
  | 'local-language'  // teaches a language of their region, which they did not choose (params.language; params.languages: every one of the region it teaches), or which they said they speak poorly (params.said: 1), or the region's main one, to a graduate who chose to chat in another (params.chat: that language, params.region)
  | 'teaches'         // a language course: the languages it teaches (params.languages, comma-separated; params.more: how many more it teaches; params.unasked: 1 when the person asked to learn no language)
  | 'certification'   // what certificate it gives, to one who wants one (params.kind, said as such: a proof of attendance, `attestation`, only as that)
  | 'free'            // free for jobseekers in their region
  | 'smartphone'      // can be followed on a phone
  | 'at-place'        // no device: can be followed on the computers of a place offered (a public digital space)
  | 'inclusion-first' // support comes first: no equipment or no digital skills yet
  | 'near-you'        // a support service in their region
  | 'device'          // helps get a computer or internet access
  | 'literacy'        // a place teaching reading and writing, offered as an option to one with little schooling who did not ask for it
  | 'goal'            // serves their goal (find a job, start a business...)
  | 'agency-search';  // the agency's own training search for their field (params.agency, params.field; no field: its whole offer)

export interface Reason {
  code: ReasonCode;
  /**
   * `again: 1` on `field`, `related` or `interest` only in a Why line that says it a second time in a list (see
   * `whyReasons`): said short ("also for jobs in this field", or "for your trade too" with `trade`); never in the trace.
   */
  params?: Record<string, string | number>;
}

export interface RecommendationItem {
  id: string;
  /**
   * `search`: the agency's own training search for the person's field (id `search-<agencyId>-<field letter>`), or its whole
   * offer for one who named no field (`search-<agencyId>-all`, `fields` empty).
   */
  kind: 'course' | 'support' | 'search';
  topics: string[];
  /** ROME fields (A–N) the item prepares for; empty when it serves any job. */
  fields: string[];
  /** The languages the item is taught or given in. */
  languages: string[];
  score: number;
  reasons: Reason[];
}

/**
 * Whether the catalogue had something for the person (CONTRACT.md §2 `orientation.recommendations`):
 * `good` the first items include one that serves their interest, or their field and trade, fully (see `MATCH_TOP`);
 * `partial` they named neither, and only general help fits, or what is listed only comes near what they named (then the
 * bot says so); `none` they named a field or interest the catalogue has nothing for (then the items are only help that
 * serves any job search, and the bot says so).
 */
export type Match = 'good' | 'partial' | 'none';

export interface Recommendation {
  match: Match;
  items: RecommendationItem[];
  /**
   * With `match: none`: the catalogue has courses for the person's field in a language they read, but none they
   * can follow yet (a higher diploma or more ease with computers asked for). Not in the trace: it only words the reply.
   */
  beyondReach?: boolean;
  /**
   * Fewer items than asked for, for a person who named a field or topic: nothing else of use to them is left (courses
   * of no use do not fill the list). Not in the trace: after "more", the reply says that is all.
   */
  allShown?: boolean;
  /**
   * With `match: partial`, for a person who named a field or topic: the items come near it, but none among the first
   * serves it fully (`MATCH_TOP` in scoringRules.ts). Not in the trace: the reply says so instead of "here is what I propose".
   */
  approximate?: boolean;
  /**
   * With `match: none`: the person's trade is learnt in person (`inPersonTrades`: nursing, crane operators) and no
   * course names it; the reply says so and offers a person. Not in the trace: it only words the reply.
   */
  inPerson?: boolean;
  /**
   * The person named no field or topic and wants to change job or is not sure (or did not say): the reply says an
   * advisor helps to choose one, before the help for any job. Not in the trace: it only words the reply.
   */
  undecided?: boolean;
  /**
   * The person named no field or topic (whatever their goal, but the basics): the items are help for any job and the
   * agency's whole training offer (`search-<agency>-all`), and the reply asks which job or field interests them. Not in
   * the trace: it only words the reply.
   */
  general?: boolean;
  /**
   * With `match: none`: the person holds a higher-education diploma and looks for work in the field they named, for
   * which the catalogue has nothing at their level (`graduateInField` in scoreCourse.ts); the reply says so and offers
   * a person. With `inPerson`, for a regulated profession (`regulatedTrades`: nursing, medicine): the reply offers a
   * person who can say how to have a foreign diploma recognised, not that the job is learnt in school. Not in the
   * trace: it only words the reply.
   */
  graduate?: boolean;
  /**
   * One who creates a business (and chose no other topic) and nothing on creating a business that they can follow is
   * listed, neither a course nor a place that helps with it (`helpsWith` business): the reply says so and offers a person.
   * Not in the trace: it only words the reply.
   */
  noBusinessHelp?: boolean;
  /**
   * A graduate of a regulated profession (`regulatedTrades`: nursing, medicine) who asked for a topic beside their job
   * (the region's language): the topic is served, and the reply also offers a person who can say how to have a foreign
   * diploma recognised. Not in the trace: it only words the reply.
   */
  recognition?: boolean;
  /**
   * With `match: none`: the person's trade is known (or they hold a job of the field that no trade names) and the
   * catalogue has courses of their field for other trades only; the reply says there is none for their trade, not none
   * for the field. Not in the trace: it only words the reply.
   */
  otherTrades?: boolean;
  /**
   * With `match: none`: the catalogue has courses for the person's field (and trade), open to their region, but none in a
   * language they read. `languages`: the one or two they are mostly in; `only`: the first is the only one. The reply says
   * so ("none in German, mostly in French and English"), not that there is none for the field or only for other trades.
   * Not in the trace: it only words the reply.
   */
  otherLanguages?: { languages: string[]; only: boolean };
  /**
   * One who asks to read and write is offered a place that teaches it only in another language (`language`: Lire et
   * Écrire, in French, to a German speaker in Eupen; no place teaching it in German is sourced): the reply says so and
   * names the agency to ask for one in theirs (`agency`, its short name: the ADG). Not in the trace: it only words the reply.
   */
  readingOtherLanguage?: { language: string; agency?: string };
}

/**
 * The item without the warnings a person who asked for items in `language` has accepted ("only the ones in French"):
 * "careful: it is only in French", "we only have its description in French". Found by testers (issue 8): every Why line
 * of the list in French they had asked for still warned that it was in French.
 */
export function languageAccepted(item: RecommendationItem, language: string): RecommendationItem {
  const accepted = (r: Reason): boolean => (r.code === 'other-language' && String(r.params?.langs ?? '').split(',').includes(language))
    || (r.code === 'not-translated' && r.params?.language === language);
  return item.reasons.some(accepted) ? { ...item, reasons: item.reasons.filter((r) => !accepted(r)) } : item;
}
