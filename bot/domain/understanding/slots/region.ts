import { AREA_REGION, type Area, type Region } from '../../profile/profile';
import type { Lexicons } from '../lexicon/lexicon';
import { hasCueBefore } from '../match/context';
import { Tagger, type Match } from '../match/tagger';
import { words, type Token } from '../text/tokenize';
import { idOf } from '../text/vocabulary';
import { postcodeRegion } from './postcode';
import { correctionsOf, type Mode, type Reading, type Span } from './reading';
import { afterCorrection } from './qualification';

/**
 * A place name of a lexicon's `regions`. Names are written as typed, with an optional mark:
 * - `~Nice`: also an everyday word ("nice", "ça marche", "Straßen"): in free text only after a cue ("à Nice");
 * - `!Actiris`: an institution that only people of that region deal with (employment services, benefits):
 *   counts anywhere, as surely as "à Liège";
 * marked names must be typed as written (no typo tolerance: "urgent" is not UGent);
 * - otherwise a place, which in free text counts anywhere, more surely after "j'habite" or "à".
 */
export interface Place {
  region: Region;
  mark: '' | '~' | '!';
  /** The part of the region the place lies in, when it is one of `areas` (Eupen: Ostbelgien). */
  area?: Area;
  /** A locality of `places` (no lexicon's name, so no word of the languages read): "Holsbeek", "Bierset". */
  locality?: true;
}

/** An area's places by name, and the postcodes (Belgian, four digits) it covers, each range inclusive. */
export interface AreaPlaces { places: string[]; postcodes: Array<[number, number]> }

/** The place names of every lexicon, and the areas' postcode ranges: a postcode read gives its area too. */
export type RegionTagger = Tagger<Place> & { areaPostcodes?: Array<[number, number, Area]> };

/**
 * Place names of every lexicon at once: people name places the local way ("Antwerpen", "Bruxelles"); then the
 * localities of `places` (`knowledge/geo/places.json`: every Belgian village), read as names marked `~` (typed as
 * written, after a cue: "à Bierset", "woon in Baarle-Hertog"), since many are also words or names of people.
 */
export function regionTagger(lexicons: Lexicons, places: Partial<Record<Region, string[]>> = {}, areas: Partial<Record<Area, AreaPlaces>> = {}): RegionTagger {
  // the names of an area mark the places already read (no name is added: readings of the region stay the same)
  const areaOf = new Map(Object.entries(areas).flatMap(([area, a]) => (a?.places ?? []).map((n): [string, Area] => [words(n).join(' '), area as Area])));
  const withArea = ([name, place]: [string, Place]): [string, Place] => {
    const area = areaOf.get(words(name).join(' '));
    return [name, area ? { ...place, area } : place];
  };
  const own = Object.values(lexicons).flatMap((lex) => Object.entries(lex.regions)
    .flatMap(([region, names]) => names.map((name): [string, Place] => {
      const mark = name[0] === '~' || name[0] === '!' ? name[0] : '';
      return [mark ? name.slice(1) : name, { region: region as Region, mark }];
    })));
  const localities = Object.entries(places).flatMap(([region, names]) => (names ?? [])
    .map((name): [string, Place] => [name, { region: region as Region, mark: '~', locality: true }]));
  const areaPostcodes = Object.entries(areas).flatMap(([area, a]) => (a?.postcodes ?? []).map(([from, to]): [number, number, Area] => [from, to, area as Area]));
  return Object.assign(new Tagger([...own, ...localities].map(withArea)), { areaPostcodes });
}

/** How far before a place its cue may end: "j'habite *à* Liège", "I live *in the city of* Ghent". */
const CUE_REACH = 2;
const RESIDENCE_REACH = 3;
/** How many words (a cue: "à", "in") may stand between a negation and the place it negates ("pas à Bruxelles"). */
const NEGATED_PLACE_GAP = 1;
/** How many words (an article: "aus *der* Türkei") may stand between "from" right after a diploma and the place. */
const DIPLOMA_FROM_GAP = 1;

/**
 * Where the person lives. Each place named (or postcode) is ranked by what introduces it, and the best wins
 * (the first among equals): "j'habite", "I live in" (4) over an institution of the region or a preposition
 * ("à Liège", "moving to Luxembourg": 3) over a bare name ("…, Ixelles": 2) over a place of origin ("je viens
 * de", "born in", "aus": 1). Longer names win, so "province de Luxembourg" is Wallonia and "Louvain-la-Neuve"
 * is not Leuven. In free text (`extract`) names marked `~` need a cue, and postcodes too (a number may be
 * anything); four-digit postcodes are read only as an answer.
 */
export function readRegion(reading: Reading, tagger: RegionTagger, mode: Mode, job?: number, abroad?: AbroadTagger, diplomas: readonly Span[] = []): Region | undefined {
  return readPlace(reading, tagger, mode, job, abroad, diplomas)?.region;
}

/**
 * The region where the person lives as `readRegion` reads it, with the area of the place that said it (`Place.area`:
 * "ich wohne in Eupen" is BE-WAL, Ostbelgien; a postcode or a place of no area, none).
 */
export function readPlace(reading: Reading, tagger: RegionTagger, mode: Mode, job?: number, abroad?: AbroadTagger, diplomas: readonly Span[] = []): { region: Region; area?: Area } | undefined {
  const { tokens, lex } = reading;
  // where a diploma comes from is no region: "ik heb een diploma uit Frankrijk", "de Bac aus Frankräich" (found by a
  // tester: the French agency was given to a person living in Luxembourg)
  const fromWords = diplomas.length > 0 ? lex.diplomaFrom.tag(tokens) : [];
  const diplomaOrigin = (m: Span) => fromWords.some((f) => f.end <= m.start && m.start - f.end <= DIPLOMA_FROM_GAP
    && diplomas.some((d) => d.end === f.start) && tokens[f.start].clause === tokens[m.start].clause);
  const residence = lex.residence.tag(tokens);
  const cues = lex.location.tag(tokens);
  // "au marché" is no Marche: a location word that is also an article is no cue for a name that is also a word
  const articles = lex.articleLocation.tag(tokens);
  const wordCues = articles.length === 0 ? cues : cues.filter((c) => !articles.some((a) => a.start <= c.start && c.end <= a.end));
  const origins = lex.origin.tag(tokens);
  const rank = (m: { start: number }, mark: Place['mark']): number => {
    if (hasCueBefore(tokens, m, origins, CUE_REACH)) return 1;
    if (hasCueBefore(tokens, m, residence, RESIDENCE_REACH)) return 4;
    // a name that is also a word needs its cue right before it: "à Spa", not "dans un spa" (a word between is an article)
    if (hasCueBefore(tokens, m, mark === '~' ? wordCues : cues, mark === '~' ? 0 : CUE_REACH) || mark === '!') return 3;
    return mode === 'answer' || mark === '' ? 2 : 0;
  };
  let best: { region: Region; rank: number; start: number; area?: Area } | undefined;
  const consider = (region: Region, r: number, start: number, area?: Area) => {
    if (r > 0 && (!best || r > best.rank || (r === best.rank && start < best.start))) best = { region, rank: r, start, area };
  };
  // a self-correction keeps the places after it: "j'habite à Ixelles, enfin plus maintenant, j'ai déménagé à Wavre";
  // one outside the served regions replaces those before it too: "Frankreich? Nein, Deutschland!" is no France
  const corrections = correctionsOf(reading);
  const elsewhere = corrections.length > 0 && abroad ? abroad.tag(tokens).map((m) => ({ ...m, value: 'abroad' as const })) : [];
  const named = afterCorrection<Match<Place | 'abroad'>>([...tagger.tag(tokens) as Array<Match<Place>>, ...elsewhere], corrections);
  for (const m of named.filter((n): n is Match<Place> => n.value !== 'abroad')) {
    // marked names are short or look like words ("urgent" is not UGent): they must be typed as written
    if (m.value.mark && m.exact < m.end - m.start) continue;
    // a name that is also a word, read as the job wanted (`job`: where its words start), is the job: "un emploi de
    // maçon à Namur" is no Mâcon ("j'habite à Mâcon" still is)
    if (m.value.mark === '~' && m.start === job) continue;
    if (diplomaOrigin(m)) continue;
    // a place said not to be it is none: "not Brussels itself, Tervuren", "pas à Bruxelles mais à Hal" (the negation
    // right before it or its cue; "no perdón, en Lovaina la Nueva" corrects, it negates nothing)
    if (reading.negations.some((n) => n.end <= m.start && m.start - n.end <= NEGATED_PLACE_GAP
      && tokens[n.end - 1].clause === tokens[m.start].clause)) continue;
    // a locality alone as the last clause of a message that says more before it is where one lives, as the name of a
    // town is there: "…, je cherche à temps plein, Holsbeek" (a locality is no word of the languages read)
    const r = m.value.locality && lastAlone(tokens, m) ? Math.max(2, rank(m, m.value.mark)) : rank(m, m.value.mark);
    // in free text, a one-word name read through a typo is no place when the word typed is itself a word the
    // lexicons know, even after a preposition ("meinen" is not Menen, "bauen" not Balen, "por las tardes" not Tarbes),
    // nor, unless said to be where one lives, any word one letter from a name ("Sprachen liegen mir nicht" is not
    // Liège, "faire de belles affiches" not Beles): the region is asked later, a wrong one would be kept
    if (mode === 'extract' && m.exact === 0 && m.end - m.start === 1 && (r < 4 || idOf(tokens[m.start].t) >= 0)) continue;
    consider(m.value.region, r, m.start, m.value.area);
  }
  const code = postcodeRegion(tokens, mode === 'answer');
  // a Belgian postcode of an area gives its area as a name of it does ("4700" is Eupen, Ostbelgien)
  const codeArea = code?.code === undefined ? undefined
    : tagger.areaPostcodes?.find(([from, to, area]) => code.code! >= from && code.code! <= to && AREA_REGION[area] === code.region)?.[2];
  if (code) consider(code.region, rank(code, mode === 'answer' || code.bare ? '' : '~'), code.start, codeArea);
  return best && { region: best.region, ...(best.area ? { area: best.area } : {}) };
}

/** Whether a span is the whole last clause of a message that has clauses before it. */
function lastAlone(tokens: Token[], m: { start: number; end: number }): boolean {
  return m.end === tokens.length && m.start > 0 && tokens[m.start - 1].clause < tokens[m.start].clause
    && tokens[m.start].clause === tokens[m.end - 1].clause;
}

/** Places outside the served regions, by country (lexicons' `abroad`, every language's names). */
export type AbroadTagger = Tagger<string>;

/** The lexicons' places outside the served regions ("Trèves", "Deutschland"), each with its country code. */
export function abroadTagger(lexicons: Lexicons): AbroadTagger {
  return new Tagger(Object.values(lexicons).flatMap((lex) => Object.entries(lex.abroad ?? {})
    .flatMap(([country, names]) => names.map((name): [string, string] => [name, country]))));
}

/**
 * Where a message says the person lives, when it is outside the served regions: the country of a place named after
 * "j'habite", "ich wohne in", "I live in" ("wohne in Trier, arbeite aber in Luxemburg": DE), or, as the answer to the
 * region question ("Où habitez-vous ?"), named alone ("Trier") and not as where one comes from. Null when it says the
 * person lives in a served region ("j'habite à Arlon"); undefined when it says neither. A region answered, or where
 * one looks for work ("Luxemburg"), says nothing of where one lives.
 */
export function readResidenceAbroad(reading: Reading, regions: RegionTagger, abroad: AbroadTagger, answersRegion: boolean): string | null | undefined {
  const { tokens, lex } = reading;
  const residence = lex.residence.tag(tokens);
  const lives = (m: { start: number }): boolean => hasCueBefore(tokens, m, residence, RESIDENCE_REACH);
  const outside = abroad.tag(tokens).filter((m) => !reading.negations.some((n) => n.end <= m.start && m.start - n.end <= NEGATED_PLACE_GAP + 1
    && tokens[n.end - 1].clause === tokens[m.start].clause));
  const origins = lex.origin.tag(tokens);
  const said = outside.find(lives) ?? (answersRegion ? outside.find((m) => !hasCueBefore(tokens, m, origins, CUE_REACH)) : undefined);
  if (said) return said.value;
  const served = (regions.tag(tokens) as Array<Match<Place>>).filter((m) => !m.value.mark || m.exact === m.end - m.start);
  return served.some(lives) ? null : undefined;
}
