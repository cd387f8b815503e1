import { EQUIPMENT, type Equipment } from '../../profile/profile';
import { listed, readSlot, type Question } from './question';

/** "What equipment do you have?": nothing, only a smartphone, a computer with internet. */
export const equipment: Question = {
  id: 'equipment',
  key: 'profile:ask.equipment',
  retryKey: 'profile:ask.equipment_retry',
  options: listed(EQUIPMENT, 'profile:options.equipment'),
  profile: {
    slot: 'equipment',
    answered: (p) => p.equipment !== undefined,
    fromValue: (value) => ((EQUIPMENT as readonly string[]).includes(value) ? { equipment: value as Equipment } : undefined),
    read: readSlot('equipment'),
  },
};
