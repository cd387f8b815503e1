import type { Lang } from '../profile/profile';
import type { UnderstandingPort } from './ports';

/** An hour written as one ("22h", "9am", "14:30", "10h30", "20u"). */
const HOUR = /^\d{1,2}(?:[h:]\d{0,2}|u|uhr|am|pm)$/i;
/** A word that makes the bare number before it an hour ("20 Uhr", "9 am", "10 heures"). */
const HOUR_AFTER = /^(?:h|u|uhr|am|pm|heures?|hours?|horas?|o'clock|auer)$/i;
/** How near a bare number must be to a time word ("tomorrow at 9") to be its hour. */
const NEAR = 2;

/**
 * The words of a time to be called back said in a sentence ("can someone call me back tomorrow at 9?" → "tomorrow
 * at 9", "quiero hablar con un asesor a las 22h" → "22h"), from its first time word to its last; undefined when it
 * names none. A day, a part of the day or "any time" is the lexicon's (`namesCallbackTime`); an hour is a number
 * written as one, or a number next to such a word: "I have worked 9 years" names none, nor does a phone number.
 */
export function timeSaid(u: UnderstandingPort, text: string, lang: Lang): string | undefined {
  const words = text.split(/[\s?!,;]+/).map((w) => w.replace(/^[.(«"“]+|[.)»"”]+$/g, '')).filter(Boolean);
  const named = words.map((w) => !/\d/.test(w) && u.namesCallbackTime(w, lang));
  const hour = words.map((w, i) => HOUR.test(w) || (/^\d{1,2}$/.test(w) && Number(w) <= 24
    && (HOUR_AFTER.test(words[i + 1] ?? '') || named.some((n, k) => n && Math.abs(k - i) <= NEAR))));
  const at = words.map((w, i) => named[i] || hour[i] || (HOUR_AFTER.test(w) && hour[i - 1] === true));
  const first = at.indexOf(true);
  if (first < 0) return undefined;
  return words.slice(first, at.lastIndexOf(true) + 1).join(' ');
}
