import type { Question } from './question';

/** "Which language do you prefer?": each language named in itself, so a person who does not read the current one finds theirs. */
export const language: Question = {
  id: 'language',
  key: 'profile:ask.language',
  retryKey: 'profile:ask.language_retry',
  options: (_lang, setting) => setting.languages.map((code) => ({ value: code, label: setting.labels(code, 'common:language.name') })),
};
