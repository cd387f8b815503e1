import type { Lang, Profile, Region } from '../profile/profile';
import type { Topic } from '../knowledge/types';
import type { Labels, Option } from './outputs';
import type { PendingSlot } from './session';
import { PROFILE_ORDER, QUESTIONS, type QuestionSetting } from './questions';

/** The choices offered for each question (see `questions/`); values are the profile values the contract names. */
export class SlotOptions {
  readonly setting: QuestionSetting;
  private readonly cache = new Map<string, Option[]>();

  constructor(labels: Labels, topics: Topic[], languages: Lang[], regions: Region[]) {
    this.setting = { labels, topics, languages, regions };
  }

  /**
   * The options of a question in a language (built once: labels do not change while the bot runs); with the session,
   * those this person is shown when the question has several sets (`Question.variant`).
   */
  for(slot: PendingSlot, lang: Lang, session?: { profile: Profile; allTopics?: boolean }): Option[] {
    const variant = session ? QUESTIONS[slot]?.variant?.(session.profile, session.allTopics) : undefined;
    const key = `${slot}|${lang}|${variant ?? ''}`;
    let options = this.cache.get(key);
    if (!options) {
      options = QUESTIONS[slot]?.options(lang, this.setting, variant) ?? [];
      this.cache.set(key, options);
    }
    return options;
  }
}

/** The profile questions in the order they are asked. */
export const ORDER = PROFILE_ORDER;
