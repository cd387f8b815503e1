import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

const ACCEPTED: CountryCode[] = ['BE', 'LU', 'FR'];
const DEFAULT_BY_REGION: Record<string, CountryCode> = { 'BE-BRU': 'BE', 'BE-WAL': 'BE', 'BE-VLG': 'BE', LU: 'LU', FR: 'FR' };

/**
 * A callback number for Belgium, Luxembourg or France, national ("0470 12 34 56") or international
 * ("+352 621 123 456", "0033 6 12 34 56 78") form, as E.164; undefined when it is not a valid number there.
 * National forms are tried for the person's region first, then for the other two countries. A number within a
 * sentence with other figures ("appelez-moi demain à 14h au 0470 12 34 56") is found too.
 */
export function parseCallbackNumber(text: string, region?: string): string | undefined {
  const first = region ? DEFAULT_BY_REGION[region] : undefined;
  const order = first ? [first, ...ACCEPTED.filter((c) => c !== first)] : ACCEPTED;
  // the number among the words first ("I have 2 kids, ring 621 123 456": the 2 is no part of it)
  const international = text.replace(/(^|[^\d+])00(?=\d)/g, '$1+');
  for (const country of order) {
    const found = findPhoneNumbersInText(international, country).find(({ number }) => isAccepted(number));
    if (found) return found.number.number;
  }
  // then the figures of the whole message as one number, in forms the search does not see
  const candidate = text.replace(/[^\d+()./ -]/g, ' ').trim();
  if (!/\d{6,}/.test(candidate.replace(/[^\d]/g, ''))) return undefined;
  for (const country of order) {
    const number = parsePhoneNumberFromString(candidate.replace(/^00/, '+'), country);
    if (number && isAccepted(number)) return number.number;
  }
  return undefined;
}

const isAccepted = (number: PhoneNumber): boolean => number.isValid() && ACCEPTED.includes(number.country as CountryCode);

/** A number kept as E.164, written for people ("+32 470 12 34 56"). */
export function displayNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
