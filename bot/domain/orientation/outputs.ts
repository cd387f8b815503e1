import type { Lang, Profile } from '../profile/profile';
import type { Match, Reason, RecommendationItem } from '../recommend/reasons';
import type { PendingSlot } from './session';

/** A choice shown to the user: the profile value, and the label they see in their language. */
export type { SlotOption as Option } from '../understanding/types';
import type { SlotOption as Option } from '../understanding/types';

/**
 * What the engine decided to do, channel-neutral. The outer layer renders `key`s with the person's
 * language, shows options as buttons or a numbered list, and turns the rest into traces and side effects.
 */
export type Output =
  | { type: 'say'; key: string; params?: Record<string, string | number> }
  | { type: 'ask'; slot: PendingSlot; key: string; options: Option[]; params?: Record<string, string | number> }
  /** Items best first; `match` as in the `orientation.recommendations` trace (CONTRACT.md §2). */
  | { type: 'recommend'; items: RecommendationItem[]; match: Match }
  | { type: 'profile'; profile: Profile }
  /** What one message said (CONTRACT.md §2 `orientation.understood`): its intent id and the values it stated. */
  | { type: 'understood'; intent: string; slots: Partial<Profile> }
  /** The profile in plain words, before recommendations, so the person can correct it. */
  | { type: 'summary'; profile: Profile }
  /** Why item `number` of the last list was suggested: its reasons, said as its "Why" line is. */
  | { type: 'why'; number: number; reasons: Reason[]; kind: 'course' | 'support' | 'search'; languages: string[] }
  /** A text that is not in the conversation's language files (a notice in a language the bot does not serve yet). */
  | { type: 'text'; text: string }
  /** `regionAsked`: where the person lives was just asked for their service's contacts (not asked again). */
  | { type: 'handoff'; reason: 'user' | 'not-understood'; regionAsked?: boolean }
  | { type: 'handoffState'; state: import('../handoff/handoffState').HandoffState }
  /** `brief`: one line per agency, its name, region and website (where the person lives is not known). */
  | { type: 'contacts'; agencyIds: string[]; brief?: boolean }
  | { type: 'callback'; phone: string; preferredTime?: string }
  | { type: 'handoffInitiate'; ticketId: string; summary: Record<string, unknown>; transcript: Array<{ at: string; from: string; text: string }> }
  | { type: 'erase' }
  | { type: 'language'; language: Lang };

/** Renders a text key in a language: the port through which the domain gets option labels. */
export type Labels = (lang: Lang, key: string) => string;
