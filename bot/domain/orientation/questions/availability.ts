import { listed, readSlot, type Question } from './question';

/**
 * "How many hours a week can you give to a course?": a number of hours, or the number of an option shown (the
 * options are numbered and the bot says "type a number": a typed "4" is the fourth, 20 hours or more; "7" is 7 hours).
 */
export const availability: Question = {
  id: 'availability',
  key: 'profile:ask.availability',
  retryKey: 'profile:ask.availability_retry',
  options: listed(['2', '5', '10', '20'], 'profile:options.availability'),
  profile: {
    slot: 'availability',
    answered: (p) => p.hoursPerWeek !== undefined,
    fromValue: (value) => (value !== '' && Number(value) >= 0 ? { hoursPerWeek: Number(value) } : undefined),
    read: readSlot('availability'),
  },
};
