import type { Region } from '../../profile/profile';
import type { Token } from '../text/tokenize';

/**
 * Belgian postcode ranges by region (bpost numbering: the first digits follow the provinces). Not language
 * data, so it lives here: 1000-1299 Brussels; 1300-1499 Walloon Brabant; 1500-3999 Flemish Brabant,
 * Antwerp, Limburg; 4000-7999 Liège, Namur, Luxembourg province, Hainaut; 8000-9999 West and East Flanders.
 */
const BELGIUM: Array<[number, number, Region]> = [
  [1000, 1299, 'BE-BRU'], [1300, 1499, 'BE-WAL'], [1500, 3999, 'BE-VLG'], [4000, 7999, 'BE-WAL'], [8000, 9999, 'BE-VLG'],
];

/** Years a four-digit number at the end of a message is more likely to be than a postcode ("…, CAP, 2009"). */
const YEARS: [number, number] = [1900, 2099];

/** Words that make a two-digit number a French département: "le 59", "the 59", "département 57", "im 57". */
const DEPARTEMENT_WORDS = new Set(['departement', 'department', 'dept', 'dep', 'departamento', 'departament']);
const DEPARTEMENT_ARTICLES = new Set(['le', 'the', 'el', 'das', 'de', 'den', 'dem', 'im', 'am']);
/** Metropolitan départements (01-95; Corsica is 2A/2B). */
const DEPARTEMENTS: [number, number] = [1, 95];

/**
 * The region of a postcode in the message: "L-1234" is Luxembourg, five digits France (01000-98999), four
 * digits Belgium. Four digits are read as the answer to "where do you live?" (`answer`), or, in free text, alone as
 * the last clause of a message that says more before it ("…, je cherche un poste à temps plein, 1348": `bare`, read
 * as a place named alone is), never in the years a number there is more likely to be. A French département is two
 * digits after its word ("département 57"), or after an article in an answer ("le 59", "the 59").
 * `code`: the Belgian postcode read, for the area it may lie in.
 */
export function postcodeRegion(tokens: Token[], answer: boolean): { region: Region; start: number; code?: number; bare?: boolean } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].t;
    if (!/^\d+$/.test(t)) continue;
    const n = Number(t);
    const before = i > 0 ? tokens[i - 1].t : '';
    if (t.length === 4 && before === 'l') return { region: 'LU', start: i - 1 };
    if (t.length === 5 && n >= 1000 && n <= 98999) return { region: 'FR', start: i };
    if (t.length === 2 && n >= DEPARTEMENTS[0] && n <= DEPARTEMENTS[1] && i > 0 && tokens[i - 1].clause === tokens[i].clause
      && (DEPARTEMENT_WORDS.has(before) || (answer && i === 1 && DEPARTEMENT_ARTICLES.has(before)))) return { region: 'FR', start: i - 1 };
    if (t.length !== 4) continue;
    const lastAlone = !answer && i === tokens.length - 1 && i > 0 && tokens[i - 1].clause < tokens[i].clause && (n < YEARS[0] || n > YEARS[1]);
    if (answer || lastAlone) {
      const range = BELGIUM.find(([from, to]) => n >= from && n <= to);
      if (range) return { region: range[2], start: i, code: n, ...(lastAlone ? { bare: true } : {}) };
    }
  }
  return undefined;
}
