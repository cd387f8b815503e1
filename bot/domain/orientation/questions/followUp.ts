import { listed, type Question } from './question';
import { PROFILE_ORDER } from './order';

/** After recommendations: "What would you like to do now?" (more, change my answers, start again, a person). */
export const followUp: Question = {
  id: 'followUp',
  key: 'recommend:followUp.ask',
  retryKey: 'recommend:followUp.ask',
  options: listed(['more', 'change', 'restart', 'human'], 'recommend:followUp'),
};

/** "What do you want to change?": one option per profile question (the region only when it can change). */
export const change: Question = {
  id: 'change',
  key: 'recommend:change.ask',
  retryKey: 'recommend:change.ask',
  options: (lang, setting) => PROFILE_ORDER.filter((slot) => slot !== 'region' || setting.regions.length > 1)
    .map((slot) => ({ value: slot, label: setting.labels(lang, `profile:slotName.${slot}`) })),
};
