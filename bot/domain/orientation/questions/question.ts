import type { Topic } from '../../knowledge/types';
import type { Lang, Profile, Region, SlotId } from '../../profile/profile';
import type { Labels, Option } from '../outputs';
import type { SlotAnswer, UnderstandingPort } from '../ports';
import type { PendingSlot } from '../session';

/** What building a question's options needs: texts, the topics in force, the languages and regions served. */
export interface QuestionSetting {
  labels: Labels;
  topics: Topic[];
  languages: Lang[];
  regions: Region[];
}

/**
 * One question of the conversation, in one file: its id, the texts that ask it (and ask it again after a
 * miss), its options, and for profile questions the field it fills, how a shown option's value becomes a
 * profile value and how free text answers it. Adding a question is adding a file here and its texts.
 */
export interface Question {
  id: PendingSlot;
  /** Text key of the question, and of its rephrasing after a miss (which the options follow). */
  key: string;
  retryKey: string;
  options(lang: Lang, setting: QuestionSetting, variant?: string): Option[];
  /**
   * Which set of options this person is shown, when a question has more than one (the interest question for one whose
   * job is outside the digital topics); `allTopics`: they asked for the whole list ("something else").
   */
  variant?(profile: Profile, allTopics?: boolean): string | undefined;
  /** Present on questions that fill the profile. */
  profile?: ProfileQuestion;
}

export interface ProfileQuestion {
  slot: SlotId;
  /** Whether the profile already holds the answer (a question is never asked again once answered). */
  answered(profile: Profile): boolean;
  /** A shown option's value as profile values; undefined when the value is not valid here. */
  fromValue(value: string, setting: QuestionSetting): Partial<Profile> | undefined;
  /** The answer in the person's own words (numbers, labels, synonyms, typos). */
  read(understanding: UnderstandingPort, text: string, lang: Lang, options: Option[]): SlotAnswer | undefined;
}

/** The usual free-text reader of a profile question: the understanding's reader for its slot. */
export const readSlot = (slot: SlotId): ProfileQuestion['read'] =>
  (understanding, text, lang, options) => understanding.answer(slot, text, lang, options);

/** A question whose options are a fixed list of values, each labelled by `<prefix>.<value>`. */
export const listed = (values: readonly string[], prefix: string) => (lang: Lang, setting: QuestionSetting): Option[] =>
  values.map((value) => ({ value, label: setting.labels(lang, `${prefix}.${value}`) }));
