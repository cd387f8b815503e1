import type { Tagger } from '../match/tagger';
import { fold } from '../text/fold';
import type { Reading, Span } from './reading';
import type { CountryNames } from './countryNames';

/** How many words may stand between the diploma and "from" ("une licence *en économie* du Maroc"). */
const DIPLOMA_GAP = 3;
/**
 * Articles between "from" and the country ("aus *der* Türkei", "uit *het* buitenland"): skipped, in any of our languages.
 * Function words, not lexicon phrases: they only let the country after them be found.
 */
const ARTICLES = new Set(['der', 'dem', 'den', 'die', 'the', 'la', 'le', 'les', 'l', 'el', 'het', 'de', 'd']);
/**
 * "From" words that also say "of" ("diplôme de comptable", "diploma van verpleegkundige"): a word after them is a country
 * when written with a capital or when it is a country's name (`CountryNames`: "diplôme du maroc").
 */
const AMBIGUOUS = new Set(['de', 'du', 'd', 'del', 'van', 'vun', 'vom', 'of']);

/**
 * A diploma from another country in the person's own words ("j'ai un diplôme du Maroc" → "diplôme du Maroc", "a
 * bachelor's degree from Nigeria" → "degree from Nigeria"): a diploma word or a named diploma, then "from" (the lexicon's
 * `diplomaFrom`) and a place, in one clause, not denied. The words are cut from the message as typed (case and accents
 * kept), so that the summary says it as the person did. Undefined when none is named. Found by a tester (qa24 q13): the
 * diploma was read as a level, or not at all, and never said back. A country's name of several words is said whole
 * ("licence de côte d'ivoire", "degree from Sri Lanka").
 */
export function readDiplomaFrom(reading: Reading, mentions: Tagger<number | null>, countries?: CountryNames): string | undefined {
  const { tokens, lex } = reading;
  const diplomas: Span[] = [...lex.diplomaWords.tag(tokens), ...mentions.tag(tokens).filter((m) => m.value !== null)];
  if (diplomas.length === 0) return undefined;
  for (const from of lex.diplomaFrom.tag(tokens)) {
    const clause = tokens[from.start].clause;
    const diploma = diplomas.filter((d) => d.end <= from.start && from.start - d.end <= DIPLOMA_GAP && tokens[d.start].clause === clause)
      .sort((a, b) => a.start - b.start)[0];
    if (!diploma) continue;
    if (reading.negations.some((n) => n.end <= diploma.start && tokens[n.start].clause === clause)) continue;
    let place = from.end;
    if (ARTICLES.has(tokens[place]?.t ?? '') && tokens[place + 1]?.clause === clause) place++;
    const country = tokens[place];
    if (!country || country.clause !== clause || !/^[a-z]{3,}$/.test(country.t)) continue;
    const named = countries?.endOf(tokens, place);
    const end = named !== undefined && tokens[named - 1].clause === clause ? named - 1 : place;
    const first = surface(reading.text, tokens.map((t) => t.t), diploma.start);
    const last = surface(reading.text, tokens.map((t) => t.t), end);
    const start = surface(reading.text, tokens.map((t) => t.t), place);
    if (!first || !last || !start || last.end <= first.start) continue;
    const cue = tokens.slice(from.start, from.end).map((t) => t.t).join(' ');
    if (AMBIGUOUS.has(cue) && named === undefined && !/^\p{Lu}/u.test(reading.text.slice(start.start))) continue;
    return reading.text.slice(first.start, last.end);
  }
  return undefined;
}

/** Where the message's word that became token `index` stands in the text (the n-th word folding to that token's text). */
function surface(text: string, folded: string[], index: number): { start: number; end: number } | undefined {
  const wanted = folded[index];
  const nth = folded.slice(0, index).filter((t) => t === wanted).length;
  let seen = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (fold(word[0]) !== wanted) continue;
    if (seen++ === nth) return { start: word.index!, end: word.index! + word[0].length };
  }
  return undefined;
}
