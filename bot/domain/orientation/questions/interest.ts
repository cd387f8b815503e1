import type { Profile } from '../../profile/profile';
import { listed, readSlot, type Question } from './question';

/**
 * The choices of the interest question for one whose job is outside the digital topics ("je suis chauffeur", "I was a
 * cook" and no wish named): the courses of their own job, the basics of computers, looking for work, or something else
 * (then the whole list of subjects, and a job typed in their words). Found by a tester (qa24 q11): a driver who wanted
 * to change career was offered twelve digital topics only. `digital-basics` and `job-search` are the topics' own ids.
 */
export const WORKER_CHOICES = ['own-field', 'digital-basics', 'job-search', 'other'] as const;

/** The job fields the digital topics serve (ROME M, business support; E, communication and multimedia). */
const DIGITAL_FIELDS: ReadonlySet<string> = new Set(['M', 'E']);

/** Whether the interest question offers `WORKER_CHOICES`: a job held is known, of a field the digital topics do not serve. */
export function asWorker(profile: Profile, allTopics = false): boolean {
  return !allTopics && profile.field === undefined && profile.heldField !== undefined && !DIGITAL_FIELDS.has(profile.heldField);
}

const workerOptions = listed(WORKER_CHOICES, 'profile:options.interestWorker');

/** "Which field interests you?": a training topic, or a job (its ROME field), either answers it. */
export const interest: Question = {
  id: 'interest',
  key: 'profile:ask.interest',
  retryKey: 'profile:ask.interest_retry',
  options: (lang, setting, variant) => (variant === 'worker' ? workerOptions(lang, setting)
    : setting.topics.map((t) => ({ value: t.id, label: t.label[lang] ?? t.id }))),
  variant: (profile, allTopics) => (asWorker(profile, allTopics) ? 'worker' : undefined),
  profile: {
    slot: 'interest',
    answered: (p) => p.interest !== undefined || p.field !== undefined, // a job named is enough
    fromValue: (value, setting) => (setting.topics.some((t) => t.id === value) ? { interest: value } : undefined),
    read: readSlot('interest'),
  },
};
