import type { Lang, Profile, Region, SlotId } from '../profile/profile';
import type { Reason } from '../recommend/reasons';

/**
 * The question the bot is waiting for an answer to; `followUp` is the "what next?" after recommendations,
 * `change` "what do you want to change?", `confirm` a yes/no before acting on an unsure request.
 */
export type PendingSlot = SlotId | 'followUp' | 'change' | 'confirm';

/**
 * Everything the bot remembers of one orientation conversation. Plain JSON: it is stored as is.
 * It holds no message text, only what was understood (and the words of a course search).
 */
export interface Session {
  version: 1;
  language?: Lang;
  /** How the language was decided: an explicit choice is never overridden by detection. */
  languageSource?: 'choice' | 'text' | 'locale' | 'default';
  /** Whether the first free-text message was already used to detect the language. */
  textSeen: boolean;
  stage: 'new' | 'collecting' | 'recommended';
  profile: Profile;
  pending?: {
    slot: PendingSlot;
    misses: number;
    /** Of the misses, how many were answers to other questions or vague words: no "still not understood" for them. */
    others?: number;
    /** With `confirm`: what is confirmed, and the question to go back to on "no". */
    about?: 'human' | 'restart' | 'erase';
    back?: { slot: PendingSlot; misses: number };
    /** With `equipment`: after a bare yes, "a computer with internet?" was asked; its yes or no is the answer. */
    computerAsked?: boolean;
    /** With `availability`: a bare number that may be hours or an option's position was asked about; typed again, it is hours. */
    numberAsked?: boolean;
    /** With `region`: asked so that a person out of hours gets their service's contacts; the request goes on after it. */
    then?: 'human';
    /** How many times this question was put again after answers to other questions ("noted", and it again). */
    noted?: number;
  };
  skipped: SlotId[];
  /**
   * How many times each profile question was put, retries included: a question is asked at most three times in a
   * conversation, even when answers to other questions come in between (which end the question pending and its misses).
   */
  asks?: Partial<Record<SlotId, number>>;
  /**
   * Questions set aside after answers to other questions kept coming to them: the questions still open are asked first,
   * these come back after (qa22 q03: the topic asked five times, "noted" each time, to answers to the others).
   */
  later?: SlotId[];
  /** The person's own words about what they want to learn, used as a catalogue search. */
  query?: string;
  /** Ids already recommended in this conversation, so "more" shows new ones. */
  shown: string[];
  /**
   * The last recommendations shown, with their reason codes (for the advisor's summary), the languages each is
   * taught or given in (for "are these courses in Dutch?") and its reasons as shown (`why`: for "why the first one?").
   */
  lastItems?: Array<{ id: string; kind: 'course' | 'support' | 'search'; reasons: string[]; languages?: string[]; why?: Reason[] }>;
  /**
   * The only language the person wants the courses in, said after a list ("I want French ones", "en français" in a
   * French chat): later lists hold only items given in it. Kept until a restart.
   */
  onlyIn?: Lang;
  /**
   * The languages the last list said the courses of the person's trade are in, none of them one they read ("I have
   * courses for jobs in baking, but none in English: only in French"): a question naming one of them after it ("y en
   * français ?") asks for those courses.
   */
  elsewhereIn?: Lang[];
  /**
   * The agency that takes cross-border workers (ADEM) of a region the person named beside another ("I live in Thionville
   * and work in Luxembourg"): named after the list with the service of where they live.
   */
  crossBorder?: string;
  /**
   * Whether the last list still answers the profile: set when it is shown, cleared when an answer changes. The
   * follow-up question then comes back without the list (after a callback set up from it).
   */
  listed?: boolean;
  /**
   * A callback being set up: the number, kept only after the person agreed to be called back; `offered`, the number
   * typed in the request itself ("rappelez-moi au 0470…"), asked back at the consent question and dropped at a no;
   * `time`, the time said in the request ("call me back tomorrow at 9"), asked back at the time question.
   */
  callback?: { phone?: string; offered?: string; time?: string };
  /**
   * The person whose job is outside the digital topics chose "something else" at the interest question: it is put again
   * with every subject (`questions/interest.ts`).
   */
  allTopics?: boolean;
  /**
   * The served region the person said they live in ("j'habite à Esch", or a place given to "where do you live?"), as
   * opposed to one where they only look for work: one who lives in Luxembourg is not asked, beside ADEM's contacts,
   * whether they live in another country (found by a tester, qa24 q22). Dropped when they say they live abroad.
   */
  residence?: Region;
}

export function newSession(): Session {
  return { version: 1, textSeen: false, stage: 'new', profile: {}, skipped: [], shown: [] };
}
