import type { QuestionTopic } from './lexicon/lexicon';
import type { Profile } from '../profile/profile';

/** An interruption: something the user asks for instead of answering. */
export type Intent =
  | { kind: 'human' }
  | { kind: 'help' }
  | { kind: 'restart' }
  | { kind: 'erase' }
  | { kind: 'language'; language: string };

/** A choice shown to the user. `value` is the profile value; `label` is what the user saw, in their language. */
export interface SlotOption {
  value: string;
  label: string;
}

/**
 * What an answer to one question gave. `dontKnow` when the user said they do not know (the goal question
 * then also sets `goal: 'unsure'`); `consent` for the yes/no consent question, which has no profile field.
 */
export interface SlotAnswer {
  profile: Partial<Profile>;
  dontKnow?: boolean;
  consent?: boolean;
  /** Vague words and nothing else ("bof", "más o menos", "geht so"): no value, by the corpus convention, but an answer all the same. */
  vague?: boolean;
  /** A diploma named with no level ("un diplôme du Maroc", "Diplom aus Polen"): understood, its level still to be said. */
  levelMissing?: boolean;
}

/** Where the conversation stands when an intent is checked, to tell an answer from an interruption. */
export interface IntentContext {
  /** The slot whose question is pending: "anglais" answers the interest question, it is no language switch. */
  slot?: string;
  /**
   * Whether the message may be written in another language than the conversation's (language detection): an
   * erasure or restart found only by another language's words needs it ("wieso wollen sie das alles wissen" is
   * German, whatever "alles wissen" means in Dutch).
   */
  mayBeIn?: (lang: string) => boolean;
}

/** What one message says (CONTRACT.md §2, `orientation.understood`): its intent id and the profile values it states. */
export interface Understood {
  /** `none`, `human`, `help`, `restart`, `erase`, `language:<code>`, `greeting`, `thanks`, `question`, `complaint`. */
  intent: string;
  slots: Partial<Profile>;
  /** For `question` (and `human` asked as "are you a robot?"): what the question is about. */
  question?: QuestionTopic;
  /** With the question `language`: it asks whether a job needs the language ("do I need to speak Luxembourgish?"), not the courses. */
  speakRequired?: boolean;
  /** A request read only through typos: the bot asks whether the person meant it. */
  maybe?: 'human' | 'restart' | 'erase';
  /** The person said they do not know the answer to the pending question. */
  dontKnow?: boolean;
  /** With `complaint`: the person said they are in distress (answered with care and the offer of a person). */
  distress?: boolean;
  /** With `thanks`: the person says goodbye ("merci au revoir"). */
  farewell?: boolean;
  /** The reading of the message as the answer to the pending question (so the caller need not read it again). */
  answer?: SlotAnswer;
}
