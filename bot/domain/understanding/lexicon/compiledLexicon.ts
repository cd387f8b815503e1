import type { DigitalSkills, Goal } from '../../profile/profile';
import { compileSets, type WordSets } from '../match/pattern';
import { Tagger } from '../match/tagger';
import type { Lexicon, Lexicons } from './lexicon';
import { timeEntries, type TimeTag } from './timeTags';

export type IntentKind = 'human' | 'help' | 'restart' | 'erase';
export type Device = 'phone' | 'computer' | 'internet' | 'nothing' | 'unavailable';

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
  digitalContext: Tagger<true>;
  dontKnow: Tagger<true>;
  yesNo: Tagger<boolean>;
  intentsAnywhere: Tagger<IntentKind>;
  intentsAlone: Tagger<IntentKind>;
  languageAnywhere: Tagger<string>;
  languageAlone: Tagger<string>;
  /** "I don't speak @lang": the value is the language named (the request is for this lexicon's language). */
  languageOfMessage: Tagger<string>;
  languageNames: Tagger<string>;
  goals: Tagger<Goal>;
  digitalSkills: Tagger<DigitalSkills>;
  equipment: Tagger<Device>;
  time: Tagger<TimeTag>;
  ordinals: Tagger<number>;
  optionMarkers: Tagger<true>;
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
  const intents = (kind: 'anywhere' | 'alone') => new Tagger<IntentKind>(
    (['human', 'help', 'restart', 'erase'] as const).flatMap((k) => lexicon.intents[k][kind].map((p): [string, IntentKind] => [p, k])),
    { sets },
  );
  return {
    language: lexicon.language,
    source: lexicon,
    fillers: new Tagger(flag(lexicon.fillers), { sets, exact: true }),
    contrast: new Tagger(flag(lexicon.contrast), { sets, exact: true }),
    negations: new Tagger([
      ...lexicon.negations.map((p): [string, 'weak'] => [p, 'weak']),
      ...lexicon.strongNegations.map((p): [string, 'strong'] => [p, 'strong']),
    ], { sets, exact: true }),
    possession: new Tagger(flag(lexicon.cues.possession), { sets }),
    aspiration: new Tagger(flag(lexicon.cues.aspiration), { sets, stem: true }),
    learning: new Tagger(flag(lexicon.cues.learning), { sets, stem: true }),
    location: new Tagger(flag(lexicon.cues.location), { sets }),
    digitalContext: new Tagger(flag(lexicon.cues.digital), { sets }),
    dontKnow: new Tagger(flag(lexicon.dontKnow), { sets }),
    yesNo: new Tagger([
      ...lexicon.yes.map((p): [string, boolean] => [p, true]),
      ...lexicon.no.map((p): [string, boolean] => [p, false]),
    ], { sets }),
    intentsAnywhere: intents('anywhere'),
    intentsAlone: intents('alone'),
    languageAnywhere: perLanguage(lexicon.intents.language.anywhere),
    languageAlone: perLanguage(lexicon.intents.language.alone),
    languageOfMessage: perLanguage(lexicon.intents.languageOfMessage),
    languageNames: new Tagger(byKey<string>(names), { sets }),
    goals: new Tagger(byKey<Goal>(lexicon.goals), { sets, stem: true }),
    digitalSkills: new Tagger(byKey<DigitalSkills>(lexicon.digitalSkills), { sets }),
    equipment: new Tagger(byKey<Device>(lexicon.equipment), { sets, stem: true }),
    time: new Tagger(timeEntries(lexicon.time), { sets }),
    ordinals: new Tagger(Object.entries(lexicon.ordinals).flatMap(([key, list]) =>
      list.map((phrase): [string, number] => [phrase, key === 'last' ? -1 : Number(key)])), { sets }),
    optionMarkers: new Tagger(flag(lexicon.optionMarkers), { sets, exact: true }),
  };
}
