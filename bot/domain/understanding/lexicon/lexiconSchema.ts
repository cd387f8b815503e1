import { DIGITAL_SKILLS, GOALS, REGIONS, SLOTS } from '../../profile/profile';
import { ITEM_PROPERTIES, QUESTION_TOPICS, WEEK_DAYS } from './lexicon';

/**
 * JSON Schema of a lexicon file (see `Lexicon`). Contract values (goals, digital-skills levels, regions) are
 * required keys, so a new language cannot silently forget one; everything else is a list of phrases.
 */
const phrases = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const phraseMap = { type: 'object', additionalProperties: phrases } as const;
/** An amount of hours; its optional `answerOnly` phrases count only as the answer to the hours question. */
const amount = {
  type: 'object', required: ['hours', 'phrases'], additionalProperties: false,
  properties: { hours: { type: 'number', minimum: 0 }, phrases, answerOnly: phrases },
} as const;
const intent = {
  type: 'object', required: ['anywhere', 'alone'], additionalProperties: false,
  properties: { anywhere: phrases, alone: phrases },
} as const;

function keyed(keys: readonly string[]): object {
  return {
    type: 'object', required: [...keys], additionalProperties: false,
    properties: Object.fromEntries(keys.map((key) => [key, { ...phrases, minItems: 1 }])),
  };
}

function object(properties: Record<string, object>, optional: string[] = []): object {
  return {
    type: 'object', additionalProperties: false, properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
  };
}

export const lexiconSchema = object({
  $comment: { type: 'string' },
  language: { type: 'string', pattern: '^[a-z]{2,3}$' },
  notServed: { type: 'string', minLength: 1 },
  numbers: object({
    recognizerCulture: { type: 'string' },
    recognizerWords: phrases,
    words: { type: 'object', additionalProperties: { type: 'number' } },
    compound: object({ joiner: { type: 'string' }, unitsFirst: { type: 'boolean' } }),
    odd: phrases,
  }, ['recognizerCulture', 'recognizerWords', 'words', 'compound', 'odd']),
  sets: phraseMap,
  fillers: phrases,
  contrast: phrases,
  negations: phrases,
  strongNegations: phrases,
  restrictive: phrases,
  shorthand: { type: 'object', propertyNames: { pattern: '^[a-z0-9]+$' }, additionalProperties: { type: 'string', minLength: 1 } },
  cues: object({
    possession: phrases, aspiration: phrases, learning: phrases, location: phrases, digital: phrases, pastJob: phrases,
    studying: phrases, unfinished: phrases, correction: phrases, origin: phrases, background: phrases,
    vague: phrases, residence: phrases, jobTraining: phrases, denial: phrases, more: phrases, preference: phrases, listItems: phrases, offeredIn: phrases, speakRequired: phrases, courseWords: phrases, alsoFine: phrases, speaksAsked: phrases, experience: phrases, workLanguage: phrases, self: phrases, sameAgain: phrases, towards: phrases, noLonger: phrases, health: phrases, adaptedPost: phrases, recalled: phrases, proviso: phrases, carers: phrases, somethingElse: phrases, meaning: phrases, aboutOptions: phrases, others: phrases, honorifics: phrases, articleLocation: phrases, weakLanguage: phrases, weakReading: phrases, diplomaFrom: phrases, diplomaWords: phrases, approval: phrases, farewell: phrases, acknowledgement: phrases, nothingAnswer: phrases, lost: phrases, haveNone: phrases, jobNext: phrases, become: phrases, liking: phrases, hypothetical: phrases, condition: phrases, changeAnswers: phrases, found: phrases,
  }, ['studying', 'unfinished', 'correction', 'origin', 'background', 'vague', 'pastJob', 'residence', 'jobTraining', 'denial', 'more', 'preference', 'listItems', 'offeredIn', 'speakRequired', 'courseWords', 'alsoFine', 'experience', 'workLanguage', 'self', 'sameAgain', 'towards', 'noLonger', 'health', 'adaptedPost', 'recalled', 'proviso', 'carers', 'somethingElse', 'meaning', 'aboutOptions', 'others', 'honorifics', 'articleLocation', 'weakLanguage', 'weakReading', 'diplomaFrom', 'diplomaWords', 'approval', 'farewell', 'acknowledgement', 'nothingAnswer', 'lost', 'haveNone', 'jobNext', 'liking', 'speaksAsked', 'hypothetical', 'condition', 'changeAnswers', 'found', 'become']),
  dontKnow: phrases,
  yes: phrases,
  no: phrases,
  intents: object({
    human: intent, help: intent, restart: intent, erase: intent, language: intent, languageOfMessage: phrases,
    languageInstead: phrases, notRequests: phrases,
  }, ['languageInstead']),
  social: object({
    greeting: phrases, thanks: phrases, vocatives: phrases, introductions: phrases, complaint: phrases, distress: phrases,
    distressAlone: phrases, repeated: phrases, questionWords: phrases, questions: keyed(QUESTION_TOPICS),
  }, ['distress', 'distressAlone', 'repeated']),
  languageNames: phraseMap,
  goals: keyed(GOALS),
  digitalSkills: keyed(DIGITAL_SKILLS),
  // `elsewhere` (optional): "at the library", "at a friend's": a device used there is not one's own
  equipment: (() => {
    const base = keyed(['phone', 'computer', 'internet', 'nothing', 'unavailable']) as { properties: object };
    return { ...base, properties: { ...base.properties, elsewhere: phrases } };
  })(),
  time: object({
    hourUnits: phrases, minuteUnits: phrases, dayUnits: phrases, sessionUnits: phrases, perDay: phrases, partOfDay: phrases, perWeek: phrases,
    perMonth: phrases, weekdays: phrases, weekend: phrases, dayNames: keyed([...WEEK_DAYS]),
    hours: { type: 'object', propertyNames: { pattern: '^\\d+(\\.\\d+)?$' }, additionalProperties: phrases },
    andHalf: phrases, range: phrases, approx: phrases, clock: phrases, fullTime: amount, halfTime: amount,
    few: object({ hours: { type: 'number', minimum: 0 }, phrases, answerOnly: phrases }), none: phrases, past: phrases, held: phrases, fractionOf: phrases, exceptDays: phrases, dayRange: phrases,
    only: phrases, each: phrases, halfDays: phrases, countAfterUnit: phrases, durationUnits: phrases, between: phrases,
    shareParts: { type: 'object', propertyNames: { pattern: '^\\d+$' }, additionalProperties: phrases }, atMost: phrases,
  }, ['past', 'shareParts', 'atMost', 'held', 'fractionOf', 'exceptDays', 'sessionUnits', 'partOfDay', 'dayRange', 'only', 'each', 'halfDays', 'countAfterUnit', 'durationUnits', 'between']),
  ordinals: { type: 'object', propertyNames: { pattern: '^(\\d+|last)$' }, additionalProperties: phrases },
  optionMarkers: phrases,
  itemProperties: object(Object.fromEntries(ITEM_PROPERTIES.map((key) => [key, phrases])), [...ITEM_PROPERTIES]),
  regions: keyed(REGIONS),
  abroad: { type: 'object', propertyNames: { pattern: '^[A-Z]{2}$' }, additionalProperties: phrases },
  listLanguages: { type: 'object', propertyNames: { pattern: '^[a-z]{2,3}$' }, additionalProperties: phrases },
  qualificationIgnore: phrases,
  degreeJobs: phrases,
  callbackTimes: phrases,
  slotNames: object(Object.fromEntries(SLOTS.map((slot) => [slot, phrases])), [...SLOTS]),
  compoundNouns: { type: 'boolean' },
}, ['$comment', 'notServed', 'restrictive', 'shorthand', 'slotNames', 'abroad', 'listLanguages', 'itemProperties', 'degreeJobs', 'callbackTimes', 'compoundNouns']);
