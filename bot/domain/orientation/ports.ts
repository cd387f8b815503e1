import type { Area, Field, Lang, Profile, Region, SlotId } from '../profile/profile';
import type { Option } from './outputs';

export type { Intent, SlotAnswer, Understood } from '../understanding/types';
import type { Intent, SlotAnswer, Understood } from '../understanding/types';
import type { ItemProperty } from '../understanding/lexicon/lexicon';

/** What the engine needs from free-text understanding (implemented by `understanding/Understanding`). */
export interface UnderstandingPort {
  /** Everything one message says, with the pending question as context, and whether the list was shown (`listed`). */
  understand(text: string, lang: Lang, context: { pending?: SlotId; options?: Option[]; listed?: boolean }): Understood;
  /** Every language the understanding reads (served or not yet). */
  languages(): Lang[];
  /** A short notice, in a language the bot reads but does not serve yet, naming the languages it speaks. */
  notServedNotice(lang: Lang, served: Lang[]): string | undefined;
  /** Checks the lexicon of `lang` first, then the others: people ask for a person in any language. */
  intent(text: string, lang: Lang, context?: { slot?: string }): Intent | undefined;
  answer(slot: SlotId, text: string, lang: Lang, options: Option[]): SlotAnswer | undefined;
  extract(text: string, lang: Lang): Partial<Profile>;
  choose(text: string, lang: Lang, options: Option[]): string | undefined;
  detectLanguage(text: string, candidates: Lang[]): Lang | undefined;
  /** Whether the words of `lang` cover the message at least as well as those of `other` (a short message's language). */
  knowsAsWell(text: string, lang: Lang, other: Lang): boolean;
  yesNo(text: string, lang: Lang): boolean | undefined;
  /** Whether a message names a time to be called back ("demain matin", "egal wann", "à 14h"), not any sentence. */
  namesCallbackTime(text: string, lang: Lang): boolean;
  /** Whether a message only acknowledges or approves what the bot said ("ok", "vale", "oké"). */
  acknowledges(text: string, lang: Lang): boolean;
  /** The ordinal a message names ("le premier", "the second one", "das letzte": -1), when it names one only. */
  ordinal(text: string, lang: Lang): number | undefined;
  /** What a message asks of an item shown ("combien de temps dure le premier ?": duration), when it names a property. */
  itemProperty(text: string, lang: Lang): ItemProperty | undefined;
  /** The language a message wishes the courses were in ("I want French ones"), not one to learn. */
  languageWanted(text: string, lang: Lang): Lang | undefined;
  /** The language a message wants the items shown in when it points at them ("only the ones in French"). */
  languageOfListWanted(text: string, lang: Lang): Lang | undefined;
  /** Whether a short message asks for other suggestions ("autre chose ?", "anything else?"). */
  asksForMore(text: string, lang: Lang): boolean;
  /** Whether a message asks if the bot speaks a language ("do you speak Dutch?"), not for the chat in it. */
  asksWhetherSpoken(text: string, lang: Lang): boolean;
  /** The question a message names, when it names one only ("la ville", "my diploma"): for "what do you want to change?". */
  slotNamed(text: string, lang: Lang): SlotId | undefined;
  /** The languages a message names (ISO 639-1), in the order they come in it ("zijn die cursussen in het Nederlands?"). */
  languagesNamed(text: string, lang: Lang): Lang[];
  /** Whether a message says no to something ("je veux pas travailler avec des personnes âgées"): no catalogue search. */
  negates(text: string, lang: Lang): boolean;
  /** Whether a message takes back what was said before or prefers something else ("en fait non", "I'd rather"). */
  changesMind(text: string, lang: Lang): boolean;
  /** Whether a message only asks to correct one's answers ("je veux changer mes réponses", "ändere meine Antworten"). */
  asksToChangeAnswers(text: string, lang: Lang): boolean;
  /** The regions of the places a message names, where it names them ("j'habite en France et je travaille au Luxembourg": FR, LU). */
  regionsNamed(text: string, lang: Lang): Region[];
  /** The message less the names of the places it names, for a course search (a town says where one lives, not what to learn). */
  withoutPlaces(text: string, lang: Lang): string;
  /**
   * Where the person says they live when outside the served regions (a country code: "ich wohne in Trier": DE), null
   * when they say they live in a served region, undefined when the message says neither; `answersRegion`: it answers
   * the region question ("Où habitez-vous ?").
   */
  residenceAbroad(text: string, lang: Lang, answersRegion?: boolean): string | null | undefined;
  /**
   * The area of the place where the person says they live ("ich wohne in Eupen": Ostbelgien), null when the place has
   * none, undefined when the message names no place; `answersRegion` as above. Optional: without it no area is kept.
   */
  areaNamed?(text: string, lang: Lang, answersRegion?: boolean): Area | null | undefined;
  /**
   * The languages a message says the person speaks or reads poorly ("I only speak English and a little French": fr), and
   * whether reading is hard for them ("je lis pas bien", "I can't read well"): no slot, no switch.
   */
  languageNeeds(text: string, lang: Lang): { weak: Lang[]; readsPoorly: boolean };
  /**
   * The field of a job the message says the person holds or held ("je suis maçon depuis 15 ans"): their experience of it;
   * with its trade when the job's words say it ("je suis cuisinier": G, kitchen).
   */
  heldJob(text: string, lang: Lang): { field: Field; trade?: string } | undefined;
  /** A diploma from another country named in the message, in the person's own words ("diplôme du Maroc"). */
  diplomaFrom(text: string, lang: Lang): string | undefined;
  /** The language a message is clearly written in when the bot speaks none of it ("olá, procuro trabalho na limpeza": pt), else undefined. */
  foreignLanguage(text: string): string | undefined;
  /** Whether a message names a job the person held and no other ("ich war Schlosser"): no answer to the topic question, but understood. */
  namesHeldJob(text: string, lang: Lang): boolean;
  /** Whether a message states a goal in so many words ("me reconvertir", "je veux un diplôme"), not a goal word in passing ("après le boulot"). */
  statesGoal(text: string, lang: Lang): boolean;
}

/** What the engine needs from the recommender. */
export interface RecommenderPort {
  /** Items best first, and whether they match the person's interest or field (`none`: only general help). */
  recommendation(profile: Profile, lang: Lang, options: { query?: string; exclude?: ReadonlySet<string>; limit?: number }):
    import('../recommend/reasons').Recommendation;
  hasSearchTerms(query: string, lang: Lang): boolean;
  /** A provider of the catalogue the message names ("c'est quoi Pix ?"): its name and what it offers. */
  aboutProvider(text: string, lang: Lang): import('../recommend/recommender').AboutItem | undefined;
  /** An item shown (course or place): who offers it, its title and summary. */
  aboutItem(id: string, lang: Lang): import('../recommend/recommender').AboutItem | undefined;
  /** What the catalogue says of an item shown (course or place), for a question about one of its properties. */
  itemFacts(id: string, region?: Region, lang?: Lang): import('../recommend/recommender').ItemFacts | undefined;
  /** The agency whose own training search an item shown is, by name ("search-france-travail-j"). */
  searchAgency(id: string): string | undefined;
  /** A place or service the message names ("c'est quoi un EPN ?"): its id. */
  placeNamed(text: string): string | undefined;
}

/** For "are these courses in Dutch?": the languages a message names, and how many courses are taught in one. */
export interface CourseLanguagesPort {
  /** The languages named (ISO 639-1), in the order they come in the message. */
  named(text: string, lang: Lang): Lang[];
  courseCount(code: Lang): number;
}

/** Reads what the callback questions need: a phone number and a preferred time. */
export interface CallbackPort {
  phone(text: string, region?: string): string | undefined;
  preferredTime(text: string, lang: Lang): string | undefined;
  /** A number as read, written for people ("+32 470 12 34 56"). */
  display(phone: string): string;
}

/** The agencies a conversation names (implemented by `handoff/AgencyNames`). */
export interface AgenciesPort {
  /** The id of the first agency a message names ("…at the ADEM…"). */
  named(text: string): string | undefined;
  /** The agency that takes cross-border workers in one of these regions (ADEM for Luxembourg). */
  crossBorderIn(regions: readonly Region[]): string | undefined;
  /**
   * Beside such an agency, the short names of the services of where the person lives (France Travail for France),
   * none when that is not known; `asks`: whether to ask if they live in another country (not when `livesIn`, the region
   * they said they live in, is the agency's); undefined for any other agency.
   */
  crossBorder(agencyId: string, residence: Region | undefined, lang: Lang, area?: Area, livesIn?: Region): { agency: string; home: Array<{ id: string; name: string }>; asks: boolean } | undefined;
}
