import type { Lang, Profile, SlotId } from '../profile/profile';
import type { Option } from './outputs';

export type Intent =
  | { kind: 'human' } | { kind: 'help' } | { kind: 'restart' } | { kind: 'erase' }
  | { kind: 'language'; language: Lang };

export interface SlotAnswer { profile: Partial<Profile>; dontKnow?: boolean }

/** What the engine needs from free-text understanding (implemented by `understanding/Understanding`). */
export interface UnderstandingPort {
  /** Checks the lexicon of `lang` first, then the others: people ask for a person in any language. */
  intent(text: string, lang: Lang, context?: { slot?: string }): Intent | undefined;
  answer(slot: SlotId, text: string, lang: Lang, options: Option[]): SlotAnswer | undefined;
  extract(text: string, lang: Lang): Partial<Profile>;
  choose(text: string, lang: Lang, options: Option[]): string | undefined;
  detectLanguage(text: string, candidates: Lang[]): Lang | undefined;
  yesNo(text: string, lang: Lang): boolean | undefined;
}

/** What the engine needs from the recommender. */
export interface RecommenderPort {
  recommend(profile: Profile, lang: Lang, options: { query?: string; exclude?: ReadonlySet<string>; limit?: number }):
    import('../recommend/reasons').RecommendationItem[];
  hasSearchTerms(query: string, lang: Lang): boolean;
}

/** Reads what the callback questions need: a phone number and a preferred time. */
export interface CallbackPort {
  phone(text: string, region?: string): string | undefined;
  preferredTime(text: string, lang: Lang): string | undefined;
}
