import { GOALS, type Goal } from '../../profile/profile';
import { listed, readSlot, type Question } from './question';

/** "What do you want to do?": find a job, change career, get a certificate, learn the basics, start a business, unsure. */
export const goal: Question = {
  id: 'goal',
  key: 'profile:ask.goal',
  retryKey: 'profile:ask.goal_retry',
  options: listed(GOALS, 'profile:options.goal'),
  profile: {
    slot: 'goal',
    answered: (p) => p.goal !== undefined,
    fromValue: (value) => ((GOALS as readonly string[]).includes(value) ? { goal: value as Goal } : undefined),
    read: readSlot('goal'),
  },
};
