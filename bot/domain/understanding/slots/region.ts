import type { Region } from '../../profile/profile';
import type { Lexicons } from '../lexicon/lexicon';
import { hasCueBefore } from '../match/context';
import { Tagger } from '../match/tagger';
import { postcodeRegion } from './postcode';
import type { Mode, Reading } from './reading';

/** Place names of every lexicon at once: people name places the local way ("Antwerpen", "Bruxelles"). */
export function regionTagger(lexicons: Lexicons): Tagger<Region> {
  return new Tagger(Object.values(lexicons).flatMap((lex) => Object.entries(lex.regions)
    .flatMap(([region, names]) => names.map((name): [string, Region] => [name, region as Region]))));
}

/**
 * The region of the first place named, or of a postcode. Longer names win, so "province de Luxembourg" is
 * Wallonia and "Louvain-la-Neuve" is not Leuven. In free text a place counts only after a location cue
 * ("j'habite à", "I live in"): city names are also words ("Nice", "Spa") and places of work or birth.
 */
export function readRegion(reading: Reading, tagger: Tagger<Region>, mode: Mode): Region | undefined {
  const { tokens, lex } = reading;
  const cues = mode === 'extract' ? lex.location.tag(tokens) : [];
  const named = tagger.tag(tokens).find((m) => mode === 'answer' || hasCueBefore(tokens, m, cues, 2));
  const code = postcodeRegion(tokens, mode === 'answer');
  const coded = code && (mode === 'answer' || hasCueBefore(tokens, code, cues, 2)) ? code : undefined;
  if (named && coded) return named.start <= coded.start ? named.value : coded.region;
  return named?.value ?? coded?.region;
}
