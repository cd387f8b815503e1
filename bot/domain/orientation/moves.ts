import type { Lang, Profile } from '../profile/profile';
import type { Output } from './outputs';
import type { Intent } from './ports';
import type { PendingSlot, Session } from './session';
import type { SlotId } from '../profile/profile';
import type { EngineDeps } from './orientationEngine';

/**
 * What the engine's steps may do: the moves of `OrientationEngine` that `conversationSteps`, `answerSteps`
 * and `callbackSteps` build on. Each step is a function of (moves, session, what was said, outputs).
 */
export interface Moves {
  readonly deps: EngineDeps;
  /** `counted`: false when the question is put again after help or a change of language, which is no new try. */
  /** Puts a question; `wording.key`, its first wording in place of the question's own (the region asked before the contacts). */
  ask(session: Session, slot: PendingSlot, out: Output[], misses?: number, counted?: boolean, wording?: { key?: string }): void;
  /** Asks the pending question again, or the next one. */
  reask(session: Session, out: Output[], counted?: boolean): void;
  /** Asks the first unanswered question, or recommends when none is left. */
  next(session: Session, out: Output[]): void;
  merge(session: Session, values: Partial<Profile>, out: Output[], words?: string, override?: boolean): void;
  interrupt(session: Session, intent: Intent, out: Output[]): void;
  setLanguage(session: Session, language: Lang, out: Output[]): void;
  recommend(session: Session, out: Output[], more: boolean): void;
  /**
   * After a list, the courses in `language` only ("I want French ones"): the list again with those alone, kept for
   * later lists; or, when none fits, said so and the list left as it was.
   */
  showOnlyIn(session: Session, language: Lang, out: Output[]): void;
  /**
   * A message that does not answer the pending question: "not understood" and the question again (its examples
   * from the second time), or, when it `saidOther` values (kept by the caller), the question again without the
   * apology. Either way it counts: a question is skipped after three such messages.
   *
   * `noted`: what it said was kept (another question's answer), and is acknowledged if the question is skipped now.
   */
  miss(session: Session, slot: PendingSlot, out: Output[], saidOther?: boolean, noted?: boolean): void;
  filled(session: Session, slot: SlotId): boolean;
  /** A served interruption from an intent id ("language:es"), or undefined. */
  toIntent(id: string): Intent | undefined;
  languageNamed(text: string): Lang | undefined;
}
