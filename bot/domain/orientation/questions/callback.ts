import type { Question } from './question';

const yesNo: Question['options'] = (lang, setting) =>
  [{ value: 'yes', label: setting.labels(lang, 'common:yes') }, { value: 'no', label: setting.labels(lang, 'common:no') }];

/** "Do you want an advisor to call you back?" (nothing is stored before yes). */
export const consent: Question = { id: 'consent', key: 'profile:ask.consent', retryKey: 'profile:ask.consent_retry', options: yesNo };

/** "Which number can we call?" (Belgium, Luxembourg or France). */
export const phone: Question = { id: 'phone', key: 'profile:ask.phone', retryKey: 'profile:ask.phone_retry', options: () => [] };

/** "When is the best time to call you?" */
export const callbackTime: Question = {
  id: 'callbackTime', key: 'profile:ask.callbackTime', retryKey: 'profile:ask.callbackTime_retry', options: () => [],
};

/** "Do you want to …?" before acting on an unsure request (a misspelt "advisor", a complaint, "are you a robot?"). */
export const confirm: Question = { id: 'confirm', key: 'common:confirm.human', retryKey: 'common:confirm.human', options: yesNo };
