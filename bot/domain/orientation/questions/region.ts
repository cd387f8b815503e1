import { isRegion } from '../../profile/profile';
import { readSlot, type Question } from './question';

/** "Where do you live?": Brussels, Wallonia, Flanders, Luxembourg or France (never asked when an agency fixes it). */
export const region: Question = {
  id: 'region',
  key: 'profile:ask.region',
  retryKey: 'profile:ask.region_retry',
  options: (lang, setting) => setting.regions.map((r) => ({ value: r, label: setting.labels(lang, `profile:options.region.${r}`) })),
  profile: {
    slot: 'region',
    answered: (p) => p.region !== undefined,
    fromValue: (value) => (isRegion(value) ? { region: value } : undefined),
    read: readSlot('region'),
  },
};
