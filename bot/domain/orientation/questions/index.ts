import type { PendingSlot } from '../session';
import { availability } from './availability';
import { callbackTime, confirm, consent, phone } from './callback';
import { digitalSkills } from './digitalSkills';
import { equipment } from './equipment';
import { change, followUp } from './followUp';
import { goal } from './goal';
import { interest } from './interest';
import { language } from './language';
import type { Question } from './question';
import { qualification } from './qualification';
import { region } from './region';

export type { Question, ProfileQuestion, QuestionSetting } from './question';
export { PROFILE_ORDER } from './order';

/** Every question of the conversation, by id. */
export const QUESTIONS: Record<PendingSlot, Question> = {
  language, goal, interest, qualification, digitalSkills, equipment, availability, region,
  consent, phone, callbackTime, followUp, change, confirm,
};
