import type { DigitalSkills, Goal } from '../../profile/profile';
import { compileSets, type WordSets } from '../match/pattern';
import { Tagger } from '../match/tagger';
import { words } from '../text/tokenize';
import type { ItemProperty, Lexicon, Lexicons, QuestionTopic } from './lexicon';
import { timeEntries, type TimeTag } from './timeTags';

export type IntentKind = 'human' | 'help' | 'restart' | 'erase';
export type Device = 'phone' | 'computer' | 'internet' | 'nothing' | 'unavailable' | 'elsewhere';

/**
 * A lexicon turned into matchers once, at start-up, so a turn only runs them. One per language; the
 * cross-language parts (every language's name for every language) come from `all`.
 */
export interface CompiledLexicon {
  language: string;
  source: Lexicon;
  fillers: Tagger<true>;
  contrast: Tagger<true>;
  negations: Tagger<'weak' | 'strong'>;
  possession: Tagger<true>;
  aspiration: Tagger<true>;
  learning: Tagger<true>;
  location: Tagger<true>;
  /** Optional cues of `Cues` (empty taggers when a lexicon has none). */
  studying: Tagger<true>;
  unfinished: Tagger<true>;
  correction: Tagger<true>;
  origin: Tagger<true>;
  diplomaFrom: Tagger<true>;
  /** A diploma named by its kind only: "diplôme", "Diplom", "degree" (see `Cues.diplomaWords`). */
  diplomaWords: Tagger<true>;
  residence: Tagger<true>;
  restrictive: Tagger<true>;
  /** Phone shorthand → the words it stands for, folded (see `Lexicon.shorthand`). */
  shorthand: ReadonlyMap<string, string[]>;
  /** Titles before a surname, folded, each with whether it is also a noun (`~frau`; see `Cues.honorifics`). */
  honorifics: ReadonlyMap<string, boolean>;
  jobTraining: Tagger<true>;
  denial: Tagger<true>;
  more: Tagger<true>;
  preference: Tagger<true>;
  listItems: Tagger<true>;
  /** "aussi en @lang", "is there * in @lang": whether something is offered in a language (see `Cues.offeredIn`). */
  offeredIn: Tagger<true>;
  /** "do I need to speak @lang": whether a job asks for a language (see `Cues.speakRequired`). */
  speakRequired: Tagger<true>;
  /** "@lang is fine too": courses in a language said to do (see `Cues.alsoFine`). */
  alsoFine: Tagger<true>;
  /** "do you speak @lang?": whether the bot speaks a language, asked (see `Cues.speaksAsked`). */
  speaksAsked: Tagger<true>;
  /** "ces cours", "the course": the courses named (see `Cues.courseWords`). */
  courseWords: Tagger<true>;
  /** Any word of the `speakTo` set ("parler", "speak", "weiter"): the chat itself is meant. */
  speakTo: Tagger<true>;
  /** "expérience", "Erfahrung": years said before one are worked, no diploma (see `Cues.experience`). */
  experience: Tagger<true>;
  workLanguage: Tagger<true>;
  /** "je", "I", "ich": the person speaking, as a subject. */
  self: Tagger<true>;
  /** "I was": a job held when a job title follows at once (`Cues.jobNext`). */
  jobNext: Tagger<true>;
  /** "devenir", "werden": the job next to it is one to become (`Cues.become`). */
  become: Tagger<true>;
  /** "I like", "j'aime": a taste follows, not a job held (`Cues.liking`). */
  liking: Tagger<true>;
  sameAgain: Tagger<true>;
  /** "pour aller vers", "into": where one goes after a job left (`Cues.towards`). */
  towards: Tagger<true>;
  /** "je ne peux plus", "nicht mehr": what one can no longer do (`Cues.noLonger`). */
  noLonger: Tagger<true>;
  /** "mon dos", "Rücken": the body and health (`Cues.health`). */
  health: Tagger<true>;
  /** "assis", "sitzend": a post adapted to one's body (`Cues.adaptedPost`). */
  adaptedPost: Tagger<true>;
  /** "comme je l'ai dit", "like I said": referring back to what one said (`Cues.recalled`). */
  recalled: Tagger<true>;
  /** "à condition que", "only if": a condition attached to what one says (`Cues.proviso`). */
  proviso: Tagger<true>;
  /** "le médecin du travail", "my GP": who looks after the person's health (`Cues.carers`). */
  carers: Tagger<true>;
  somethingElse: Tagger<true>;
  meaning: Tagger<true>;
  /** "what's the difference", "can I pick two?": a question about the options themselves (`Cues.aboutOptions`). */
  aboutOptions: Tagger<true>;
  /** "ma femme", "my husband": someone else than the person writing (see `Cues.others`). */
  others: Tagger<true>;
  /** "au", "im": location words that are also articles, no cue for a name that is also a word (see `Cues.articleLocation`). */
  articleLocation: Tagger<true>;
  /** "un", "temps", "time": next to a fraction ("un 4/5"), a share of full time (see `readAvailability`). */
  fractionOf: Tagger<true>;
  digitalContext: Tagger<true>;
  /** "un peu @lang", "a little @lang": the value is the language said to be spoken poorly (see `Cues.weakLanguage`). */
  weakLanguage: Tagger<string>;
  /** "lost", "deleted": a thing said lost or deleted (see `Cues.lost`). */
  lost: Tagger<true>;
  /** "I don't have one", "heb er geen": the thing named before is not had (see `Cues.haveNone`). */
  haveNone: Tagger<true>;
  /** "je lis pas bien", "I can't read well": reading said to be hard (see `Cues.weakReading`). */
  weakReading: Tagger<true>;
  /** "j'ai travaillé comme", "used to be": the job named next is no wish (see `readField`). */
  pastJob: Tagger<true>;
  /** "je parle", "I speak", "je suis", "studied": a topic named next to one is background, not a wish. */
  background: Tagger<true>;
  /** "ça dépend", "bof": vague answers, which fill nothing. */
  vague: Tagger<true>;
  /** "ok", "d'accord", "passt": acknowledgements, which rate no skill. */
  acknowledgement: Tagger<true>;
  /** "rien", "nothing": as the whole answer to the interest question, no preference (see `Cues.nothingAnswer`). */
  nothingAnswer: Tagger<true>;
  /** "super", "gut": approval, which answers no question of the profile. */
  approval: Tagger<true>;
  /** "au revoir", "tschüss": leaving. */
  farewell: Tagger<true>;
  /** "si j'avais", "if I had": a condition contrary to fact (see `Cues.hypothetical`). */
  hypothetical: Tagger<true>;
  /** "si j'ai", "if I have": a condition one's situation is put as (see `Cues.condition`). */
  condition: Tagger<true>;
  /** "changer mes réponses", "change my answers": asks to correct the profile. */
  changeAnswers: Tagger<true>;
  found: Tagger<true>;
  dontKnow: Tagger<true>;
  yesNo: Tagger<boolean>;
  /** Requests typed exactly (plurals aside): these act. */
  intentsAnywhere: Tagger<IntentKind>;
  intentsAlone: Tagger<IntentKind>;
  /** The same phrases read typo-tolerantly: a request found only this way is confirmed before acting. */
  intentsAnywhereFuzzy: Tagger<IntentKind>;
  intentsAloneFuzzy: Tagger<IntentKind>;
  /** Phrases in which request words mean something else ("emploi de conseiller", "restart my career"). */
  notRequests: Tagger<true>;
  greeting: Tagger<true>;
  vocatives: Tagger<true>;
  introductions: Tagger<true>;
  thanks: Tagger<true>;
  complaint: Tagger<true>;
  distress: Tagger<true>;
  /** Distress said only when the message is nothing else ("ich kann nicht mehr"). */
  distressAlone: Tagger<true>;
  /** Complaints that the bot asks again what was said: about the bot even beside an answer. */
  repeated: Tagger<true>;
  questions: Tagger<QuestionTopic>;
  questionWords: Tagger<true>;
  /** Words naming a question ("la ville", "my diploma"): the value is the question id. */
  slotNames: Tagger<string>;
  languageAnywhere: Tagger<string>;
  languageAlone: Tagger<string>;
  /**
   * Other languages' own names that this language does not use for them ("Français", "Deutsch", "español" in an
   * English chat): typed, they are written in that language, so "Français" to "what do you want to learn?" asks to
   * switch rather than to learn French ("Nederlands", which English speakers use too, is no such name, nor "English",
   * typed everywhere for the subject).
   */
  foreignEndonyms: Tagger<string>;
  /** "I don't speak @lang": the value is the language named (the request is for this lexicon's language). */
  languageOfMessage: Tagger<string>;
  /** "only @lang": the value is the language named (a request only beside another language said not to be spoken). */
  languageInstead: Tagger<string>;
  languageNames: Tagger<string>;
  /** The lexicon's `listLanguages`: items of a list pointed at by their language ("die französischen"), typed as written. */
  listLanguages: Tagger<string>;
  goals: Tagger<Goal>;
  digitalSkills: Tagger<DigitalSkills>;
  equipment: Tagger<Device>;
  time: Tagger<TimeTag>;
  ordinals: Tagger<number>;
  optionMarkers: Tagger<true>;
  /** Words asking about one property of an item shown ("how long", "level"): the value is the property. */
  itemProperties: Tagger<ItemProperty>;
  /** Professions that need a university degree, said as held: EQF 6 (see `Lexicon.degreeJobs`). */
  degreeJobs: Tagger<true>;
  /** When to be called back: `callbackTimes` with the day names, weekdays, weekend and parts of day of `time`. */
  callbackTimes: Tagger<true>;
}

const flag = (list: string[]): Array<[string, true]> => list.map((phrase) => [phrase, true]);

function byKey<K extends string>(map: Record<string, string[]>): Array<[string, K]> {
  return Object.entries(map).flatMap(([key, list]) => list.map((phrase): [string, K] => [phrase, key as K]));
}

/** Every name of every language known to any lexicon: this lexicon's names plus each language's endonym. */
export function languageNameMap(lexicon: Lexicon, all: Lexicons): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  const add = (code: string, list: string[]) => { names[code] = [...(names[code] ?? []), ...list]; };
  for (const [code, list] of Object.entries(lexicon.languageNames)) add(code, list);
  for (const other of Object.values(all)) add(other.language, other.languageNames[other.language] ?? []);
  return names;
}

/** Compiles `lexicon`; `all` supplies the other languages' endonyms ("Deutsch" works in a French chat). */
export function compileLexicon(lexicon: Lexicon, all: Lexicons): CompiledLexicon {
  const names = languageNameMap(lexicon, all);
  const nameSets: WordSets = Object.fromEntries(
    Object.entries(names).map(([code, list]) => [`lang_${code}`, compileSets({ list }).list]));
  const sets: WordSets = { ...compileSets(lexicon.sets), ...nameSets, lang: Object.values(nameSets).flat() };
  // One copy of each `@lang` phrase per language, so a match says which language was named. Names are typed
  // exactly in requests: "France" or "Luxemburg" (a place) must not switch languages.
  const exactSets = new Set(['lang', ...Object.keys(nameSets)]);
  const perLanguage = (phrases: string[]): Tagger<string> => new Tagger(Object.keys(names).flatMap((code) =>
    phrases.map((phrase): [string, string] => [phrase.replace(/@lang\b/g, `@lang_${code}`), code])), { sets, exactSets });
  const intents = (kind: 'anywhere' | 'alone', exact: boolean) => new Tagger<IntentKind>(
    (['human', 'help', 'restart', 'erase'] as const).flatMap((k) => lexicon.intents[k][kind].map((p): [string, IntentKind] => [p, k])),
    { sets, exact },
  );
  const social = lexicon.social;
  return {
    language: lexicon.language,
    source: lexicon,
    fillers: new Tagger(flag(lexicon.fillers), { sets, exact: true }),
    restrictive: new Tagger(flag(lexicon.restrictive ?? []), { sets, exact: true }),
    honorifics: new Map((lexicon.cues.honorifics ?? []).flatMap((title) => words(title).map((word): [string, boolean] => [word, title.startsWith('~')]))),
    shorthand: new Map(Object.entries(lexicon.shorthand ?? {}).map(([typed, meant]) => [words(typed).join(' '), words(meant)])),
    contrast: new Tagger(flag(lexicon.contrast), { sets, exact: true }),
    negations: new Tagger([
      ...lexicon.negations.map((p): [string, 'weak'] => [p, 'weak']),
      ...lexicon.strongNegations.map((p): [string, 'strong'] => [p, 'strong']),
    ], { sets, exact: true }),
    possession: new Tagger(flag(lexicon.cues.possession), { sets }),
    aspiration: new Tagger(flag(lexicon.cues.aspiration), { sets, stem: true }),
    learning: new Tagger(flag(lexicon.cues.learning), { sets, stem: true }),
    location: new Tagger(flag(lexicon.cues.location), { sets }),
    studying: new Tagger(flag(lexicon.cues.studying ?? []), { sets, exact: true }),
    unfinished: new Tagger(flag(lexicon.cues.unfinished ?? []), { sets }),
    correction: new Tagger(flag(lexicon.cues.correction ?? []), { sets }),
    origin: new Tagger(flag(lexicon.cues.origin ?? []), { sets }),
    diplomaFrom: new Tagger(flag(lexicon.cues.diplomaFrom ?? []), { sets, exact: true }),
    diplomaWords: new Tagger(flag(lexicon.cues.diplomaWords ?? []), { sets }),
    residence: new Tagger(flag(lexicon.cues.residence ?? []), { sets }),
    jobTraining: new Tagger(flag(lexicon.cues.jobTraining ?? []), { sets, stem: true }),
    denial: new Tagger(flag(lexicon.cues.denial ?? []), { sets, exact: true }),
    more: new Tagger(flag(lexicon.cues.more ?? []), { sets }),
    preference: new Tagger(flag(lexicon.cues.preference ?? []), { sets, exact: true }),
    listItems: new Tagger(flag(lexicon.cues.listItems ?? []), { sets, exact: true }),
    offeredIn: new Tagger(flag(lexicon.cues.offeredIn ?? []), { sets, exactSets }),
    speakRequired: new Tagger(flag(lexicon.cues.speakRequired ?? []), { sets, exactSets }),
    alsoFine: new Tagger(flag(lexicon.cues.alsoFine ?? []), { sets, exactSets }),
    speaksAsked: new Tagger(flag(lexicon.cues.speaksAsked ?? []), { sets, exactSets }),
    courseWords: new Tagger(flag(lexicon.cues.courseWords ?? []), { sets, exactSets }),
    speakTo: new Tagger(flag(lexicon.sets.speakTo ? ['@speakTo'] : []), { sets }),
    experience: new Tagger(flag(lexicon.cues.experience ?? []), { sets }),
    workLanguage: new Tagger(flag(lexicon.cues.workLanguage ?? []), { sets }),
    self: new Tagger(flag(lexicon.cues.self ?? []), { sets, exact: true }),
    jobNext: new Tagger(flag(lexicon.cues.jobNext ?? []), { sets, exact: true }),
    become: new Tagger(flag(lexicon.cues.become ?? []), { sets, exact: true }),
    liking: new Tagger(flag(lexicon.cues.liking ?? []), { sets, exact: true }),
    sameAgain: new Tagger(flag(lexicon.cues.sameAgain ?? []), { sets }),
    towards: new Tagger(flag(lexicon.cues.towards ?? []), { sets }),
    noLonger: new Tagger(flag(lexicon.cues.noLonger ?? []), { sets }),
    health: new Tagger(flag(lexicon.cues.health ?? []), { sets, exact: true }),
    adaptedPost: new Tagger(flag(lexicon.cues.adaptedPost ?? []), { sets }),
    recalled: new Tagger(flag(lexicon.cues.recalled ?? []), { sets, exact: true }),
    proviso: new Tagger(flag(lexicon.cues.proviso ?? []), { sets, exact: true }),
    carers: new Tagger(flag(lexicon.cues.carers ?? []), { sets, exact: true }),
    meaning: new Tagger(flag(lexicon.cues.meaning ?? []), { sets }),
    aboutOptions: new Tagger(flag(lexicon.cues.aboutOptions ?? []), { sets }),
    others: new Tagger(flag(lexicon.cues.others ?? []), { sets }),
    articleLocation: new Tagger(flag(lexicon.cues.articleLocation ?? []), { sets, exact: true }),
    somethingElse: new Tagger(flag(lexicon.cues.somethingElse ?? []), { sets }),
    fractionOf: new Tagger(flag(lexicon.time.fractionOf ?? []), { sets, exact: true }),
    digitalContext: new Tagger(flag(lexicon.cues.digital), { sets }),
    weakLanguage: perLanguage(lexicon.cues.weakLanguage ?? []),
    lost: new Tagger(flag(lexicon.cues.lost ?? []), { sets }),
    haveNone: new Tagger(flag(lexicon.cues.haveNone ?? []), { sets }),
    weakReading: new Tagger(flag(lexicon.cues.weakReading ?? []), { sets }),
    pastJob: new Tagger(flag(lexicon.cues.pastJob ?? []), { sets, exact: true }),
    background: new Tagger(flag(lexicon.cues.background ?? []), { sets, knownExact: true }),
    vague: new Tagger(flag(lexicon.cues.vague ?? []), { sets }),
    acknowledgement: new Tagger(flag(lexicon.cues.acknowledgement ?? []), { sets, exact: true }),
    nothingAnswer: new Tagger(flag(lexicon.cues.nothingAnswer ?? []), { sets, exact: true }),
    approval: new Tagger(flag(lexicon.cues.approval ?? []), { sets, exact: true }),
    farewell: new Tagger(flag(lexicon.cues.farewell ?? []), { sets }),
    hypothetical: new Tagger(flag(lexicon.cues.hypothetical ?? []), { sets }),
    condition: new Tagger(flag(lexicon.cues.condition ?? []), { sets }),
    changeAnswers: new Tagger(flag(lexicon.cues.changeAnswers ?? []), { sets }),
    found: new Tagger(flag(lexicon.cues.found ?? []), { sets, exact: true }),
    dontKnow: new Tagger(flag(lexicon.dontKnow), { sets }),
    yesNo: new Tagger([
      ...lexicon.yes.map((p): [string, boolean] => [p, true]),
      ...lexicon.no.map((p): [string, boolean] => [p, false]),
    ], { sets }),
    intentsAnywhere: intents('anywhere', true),
    intentsAlone: intents('alone', true),
    intentsAnywhereFuzzy: intents('anywhere', false),
    intentsAloneFuzzy: intents('alone', false),
    // a language one works in is no request to speak it: "ik wil in het Frans werken"
    notRequests: new Tagger(flag([...lexicon.intents.notRequests, ...lexicon.cues.workLanguage ?? []]), { sets }),
    greeting: new Tagger(flag(social.greeting), { sets, exact: true }),
    vocatives: new Tagger(flag(social.vocatives), { sets, exact: true }),
    introductions: new Tagger(flag(social.introductions), { sets, exact: true }),
    thanks: new Tagger(flag(social.thanks), { sets, exact: true }),
    complaint: new Tagger(flag(social.complaint), { sets, exact: true }),
    distress: new Tagger(flag(social.distress ?? []), { sets }),
    distressAlone: new Tagger(flag(social.distressAlone ?? []), { sets }),
    repeated: new Tagger(flag(social.repeated ?? []), { sets, exact: true }),
    questions: new Tagger(byKey<QuestionTopic>(social.questions), { sets, exact: true }),
    questionWords: new Tagger(flag(social.questionWords), { sets, exact: true }),
    slotNames: new Tagger(byKey<string>(Object.fromEntries(Object.entries(lexicon.slotNames ?? {}).map(([k, v]) => [k, v ?? []]))), { sets }),
    languageAnywhere: perLanguage(lexicon.intents.language.anywhere),
    languageAlone: perLanguage(lexicon.intents.language.alone),
    languageOfMessage: perLanguage(lexicon.intents.languageOfMessage),
    languageInstead: perLanguage(lexicon.intents.languageInstead ?? []),
    languageNames: new Tagger(byKey<string>(names), { sets }),
    listLanguages: new Tagger(byKey<string>(lexicon.listLanguages ?? {}), { sets, exact: true }),
    // (not "English": people of every language type it for the subject, "english" to "what do you want to learn?")
    foreignEndonyms: new Tagger(Object.values(all).filter((other) => other.language !== lexicon.language && other.language !== 'en').flatMap((other) => {
      const own = new Set((lexicon.languageNames[other.language] ?? []).map((name) => words(name).join(' ')));
      return (other.languageNames[other.language] ?? []).filter((name) => !own.has(words(name).join(' ')))
        .map((name): [string, string] => [`=${words(name).join(' ')}`, other.language]);
    }), { sets }),
    goals: new Tagger(byKey<Goal>(lexicon.goals), { sets, stem: true, compounds: lexicon.compoundNouns === true }),
    digitalSkills: new Tagger(byKey<DigitalSkills>(lexicon.digitalSkills), { sets }),
    equipment: new Tagger(byKey<Device>(lexicon.equipment), { sets, stem: true }),
    time: new Tagger(timeEntries(lexicon.time), { sets }),
    ordinals: new Tagger(Object.entries(lexicon.ordinals).flatMap(([key, list]) =>
      list.map((phrase): [string, number] => [phrase, key === 'last' ? -1 : Number(key)])), { sets }),
    optionMarkers: new Tagger(flag(lexicon.optionMarkers), { sets, exact: true }),
    itemProperties: new Tagger(byKey<ItemProperty>(Object.fromEntries(Object.entries(lexicon.itemProperties ?? {}).map(([k, v]) => [k, v ?? []]))), { sets }),
    degreeJobs: new Tagger(flag(lexicon.degreeJobs ?? []), { sets, exact: true }),
    callbackTimes: new Tagger(flag([...lexicon.callbackTimes ?? [], ...Object.values(lexicon.time.dayNames ?? {}).flat(),
      ...lexicon.time.weekdays ?? [], ...lexicon.time.weekend ?? [], ...lexicon.time.partOfDay ?? []]), { sets }),
  };
}
