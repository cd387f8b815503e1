import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

const ACCEPTED: CountryCode[] = ['BE', 'LU', 'FR'];
const DEFAULT_BY_REGION: Record<string, CountryCode> = { 'BE-BRU': 'BE', 'BE-WAL': 'BE', 'BE-VLG': 'BE', LU: 'LU', FR: 'FR' };

/**
 * A callback number for Belgium, Luxembourg or France, national ("0470 12 34 56") or international
 * ("+352 621 123 456", "0033 6 12 34 56 78") form, as E.164; undefined when it is not a valid number there.
 * National forms are tried for the person's region first, then for the other two countries.
 */
export function parseCallbackNumber(text: string, region?: string): string | undefined {
  const candidate = text.replace(/[^\d+()./ -]/g, ' ').trim();
  if (!/\d{6,}/.test(candidate.replace(/[^\d]/g, ''))) return undefined;
  const first = region ? DEFAULT_BY_REGION[region] : undefined;
  const order = first ? [first, ...ACCEPTED.filter((c) => c !== first)] : ACCEPTED;
  for (const country of order) {
    const number = parsePhoneNumberFromString(candidate.replace(/^00/, '+'), country);
    if (number && number.isValid() && ACCEPTED.includes(number.country as CountryCode)) return number.number;
  }
  return undefined;
}
