import { readSlot, type Question } from './question';

/** "Which field interests you?": a training topic, or a job (its ROME field), either answers it. */
export const interest: Question = {
  id: 'interest',
  key: 'profile:ask.interest',
  retryKey: 'profile:ask.interest_retry',
  options: (lang, setting) => setting.topics.map((t) => ({ value: t.id, label: t.label[lang] ?? t.id })),
  profile: {
    slot: 'interest',
    answered: (p) => p.interest !== undefined || p.field !== undefined, // a job named is enough
    fromValue: (value, setting) => (setting.topics.some((t) => t.id === value) ? { interest: value } : undefined),
    read: readSlot('interest'),
  },
};
