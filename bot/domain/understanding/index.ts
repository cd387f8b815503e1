/**
 * The understanding module: free text in, profile values and interruptions out. Pure domain code (never
 * botbuilder, restify or i18next); all words live in `knowledge/lexicon/<lng>.json`, `knowledge/topics.json`
 * and `knowledge/qualifications.json`.
 */
export type { Intent, IntentContext, SlotAnswer, SlotOption } from './types';
export type { Lexicon, Lexicons } from './lexicon/lexicon';
export { loadLexicons, checkLexicon } from './lexicon/loadLexicons';
export { Understanding } from './understanding';
export type { AreaPlaces } from './slots/region';
export { warmUp } from './warmUp';
