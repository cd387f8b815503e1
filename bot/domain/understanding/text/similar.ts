import { BoundedCache } from './boundedCache';
import { editDistance } from './editDistance';

/**
 * Whether a typed word stands for a lexicon word. Tolerates what jobseekers type: plurals ("heures"),
 * doubled or missing letters and one typo in words of 5+ letters, two in words of 9+ ("baccalaureat"),
 * a silent h left out ("ablar"), sound-alike spellings ("licens" for "licence"). Short words and numbers must match exactly, because
 * one letter changes their meaning ("bac"/"bal", "10"/"100"). The first letter must always be right: typos
 * there are rare, and it lets `vocabulary.ts` index lexicon words by first letter.
 *
 * With `stem`, words sharing a long prefix also match ("programmer", "programmation", "programmieren"):
 * the light stemming used for topics and goals, never for intents, where "person" must not match "personal".
 */
export function similar(word: string, pattern: string, stem = false): boolean {
  if (word === pattern || plural(word, pattern)) return true;
  if (silentH(word, pattern)) return true;
  if (word[0] !== pattern[0] || word.length < 5 || pattern.length < 5 || isDigit(word.charCodeAt(0))) return false;
  // a short lexicon plural typed without its s is often another word: "nicht" is not "nichts" ("bruxelle" is fine)
  if (word.length < 6 && plural(pattern, word)) return false;
  if (soundKey(word) === soundKey(pattern)) return true;
  const allowed = pattern.length >= 9 ? 2 : 1;
  if (editDistance(word, pattern, allowed) <= allowed) return true;
  if (stem) {
    const shared = commonPrefix(word, pattern);
    if (shared >= 6 && shared >= 0.75 * Math.min(word.length, pattern.length)) return true;
  }
  return false;
}

/**
 * A word of 5+ letters typed without the silent "h" of a "ha" it opens with, as it sounds: "ablar" for "hablar", "abiter"
 * for "habiter" (phonetic chat spelling; the one look-alike whose first letter differs, see `vocabulary.ts`). Only before
 * an "a": English words are often other words without their h ("eating" is no "heating", "older" no "holder").
 */
export function silentH(word: string, pattern: string): boolean {
  return word.length >= 5 && pattern.length === word.length + 1 && pattern.startsWith('ha') && pattern.endsWith(word);
}

/**
 * "heures" for "heure", "mails" for "mail": the typed word is the lexicon word plus s or x. Only that way
 * round, so that a typed "nicht" is not the lexicon's "nichts".
 */
export function plural(word: string, pattern: string): boolean {
  if (word.length !== pattern.length + 1 || pattern.length < 3) return false;
  const last = word.charCodeAt(word.length - 1);
  return (last === 115 || last === 120) && word.startsWith(pattern); // s, x
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Sound keys of the words seen lately: each costs six regexp replacements. */
const soundKeys = new BoundedCache<string, string>(50000);

/**
 * A rough, language-neutral pronunciation key: ph→f, soft c→s, qu→k, y→i, no doubled letters, no final e,
 * so "licens" and "licence" share one. Endings other than e still count: "frances" is not "france".
 */
export function soundKey(word: string): string {
  return soundKeys.get(word) ?? soundKeys.set(word, word
    .replace(/ph/g, 'f')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/qu|ck/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/e$/, ''));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
