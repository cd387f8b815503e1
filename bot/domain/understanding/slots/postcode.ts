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

/**
 * The region of a postcode in the message: "L-1234" is Luxembourg, five digits France (01000-98999), four
 * digits Belgium. Four digits alone are only read when `fourDigits` (as the answer to "where do you live?"),
 * since in free text they are as likely a year. `code`: the Belgian postcode read, for the area it may lie in.
 */
export function postcodeRegion(tokens: Token[], fourDigits: boolean): { region: Region; start: number; code?: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].t;
    if (!/^\d+$/.test(t)) continue;
    const n = Number(t);
    if (t.length === 4 && i > 0 && tokens[i - 1].t === 'l') return { region: 'LU', start: i - 1 };
    if (t.length === 5 && n >= 1000 && n <= 98999) return { region: 'FR', start: i };
    if (t.length === 4 && fourDigits) {
      const range = BELGIUM.find(([from, to]) => n >= from && n <= to);
      if (range) return { region: range[2], start: i, code: n };
    }
  }
  return undefined;
}
