import type { SlotId } from '../../profile/profile';

/** The profile questions in the order they are asked. */
export const PROFILE_ORDER: SlotId[] = ['goal', 'interest', 'qualification', 'digitalSkills', 'equipment', 'availability', 'region'];
