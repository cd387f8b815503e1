import { DIGITAL_SKILLS, type DigitalSkills } from '../../profile/profile';
import { listed, readSlot, type Question } from './question';

/** "Are you at ease with a computer?": none, with help, on your own, very well. */
export const digitalSkills: Question = {
  id: 'digitalSkills',
  key: 'profile:ask.digitalSkills',
  retryKey: 'profile:ask.digitalSkills_retry',
  options: listed(DIGITAL_SKILLS, 'profile:options.digitalSkills'),
  profile: {
    slot: 'digitalSkills',
    answered: (p) => p.digitalSkills !== undefined,
    fromValue: (value) => ((DIGITAL_SKILLS as readonly string[]).includes(value) ? { digitalSkills: value as DigitalSkills } : undefined),
    read: readSlot('digitalSkills'),
  },
};
