import { readSlot, type Question } from './question';

/** The levels offered as buttons (EQF); any level 0-8 is understood in free text. */
const SHOWN = ['0', '2', '3', '4', '5', '6', '7'];

/** "What is your highest diploma?": an EQF level, from any country's diploma names. */
export const qualification: Question = {
  id: 'qualification',
  key: 'profile:ask.qualification',
  retryKey: 'profile:ask.qualification_retry',
  options: (lang, setting) => SHOWN.map((v) => ({ value: v, label: setting.labels(lang, `profile:options.qualification.${v}`) })),
  profile: {
    slot: 'qualification',
    answered: (p) => p.eqfLevel !== undefined,
    fromValue: (value) => (/^[0-8]$/.test(value) ? { eqfLevel: Number(value) } : undefined),
    read: readSlot('qualification'),
  },
};
