import type { Lang, Profile } from '../profile/profile';
import type { RecommendationItem } from '../recommend/reasons';
import type { PendingSlot } from './session';

export interface Option { value: string; label: string }

/**
 * What the engine decided to do, channel-neutral. The outer layer renders `key`s with the person's
 * language, shows options as buttons or a numbered list, and turns the rest into traces and side effects.
 */
export type Output =
  | { type: 'say'; key: string; params?: Record<string, string | number> }
  | { type: 'ask'; slot: PendingSlot; key: string; options: Option[]; params?: Record<string, string | number> }
  | { type: 'recommend'; items: RecommendationItem[] }
  | { type: 'profile'; profile: Profile }
  | { type: 'handoff'; reason: 'user' | 'not-understood' }
  | { type: 'handoffState'; state: import('../handoff/handoffState').HandoffState }
  | { type: 'contacts'; agencyIds: string[] }
  | { type: 'callback'; phone: string; preferredTime?: string }
  | { type: 'handoffInitiate'; ticketId: string; summary: Record<string, unknown>; transcript: Array<{ at: string; from: string; text: string }> }
  | { type: 'erase' }
  | { type: 'language'; language: Lang };

/** Renders a text key in a language: the port through which the domain gets option labels. */
export type Labels = (lang: Lang, key: string) => string;
