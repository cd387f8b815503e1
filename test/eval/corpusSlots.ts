import type { SlotId } from '../../bot/domain/profile/profile';

/** The corpus names a question by the profile field it fills; the bot by its slot id (CONTRACT.md §2). */
export const ASKED_TO_SLOT: Record<string, SlotId> = {
  language: 'language', goal: 'goal', interest: 'interest', eqfLevel: 'qualification', digitalSkills: 'digitalSkills',
  equipment: 'equipment', hoursPerWeek: 'availability', region: 'region',
};
