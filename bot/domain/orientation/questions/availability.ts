import { listed, readSlot, type Question } from './question';

/** "How many hours a week can you give to a course?": a number of hours (a typed "2" is two hours, not option 2). */
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
