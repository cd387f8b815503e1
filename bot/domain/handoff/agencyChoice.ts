import type { Agency } from '../knowledge/types';
import type { Area, Lang, Region } from '../profile/profile';

/**
 * The agencies serving a region, or, for a person known to live in a part of it served by agencies of its own
 * (`area`: Ostbelgien, the ADG), those agencies only: the others' service does not reach there (found by a tester,
 * issue 8: a jobseeker in Eupen was given the Forem's contacts and catalogue).
 */
export function servingAgencies(agencies: readonly Agency[], region: Region, area?: Area): Agency[] {
  const serving = agencies.filter((a) => a.region === region || a.servesRegions.includes(region));
  const local = area ? serving.filter((a) => a.areas?.includes(area)) : [];
  return local.length > 0 ? local : serving.filter((a) => !a.areas || !area);
}

/**
 * The agencies whose contacts a person is given, best first: those serving their region, by the language of the
 * conversation. Agencies whose first language is theirs come first, and then only those that do not speak it at
 * all (a French speaker in Liège gets the Forem, not the German-speaking Community's ADG, which also answers in
 * French; a German speaker in Eupen gets the ADG, then the Forem). With none, those that speak it come first (a
 * Dutch speaker in Brussels: Actiris, then Bruxelles Formation), then the others. An agency that serves only part of
 * the region (`namedToSpeakersOf`: the ADG, for Ostbelgien) is named only to people chatting in its language: a
 * Spanish or English speaker in Liège was given the ADG beside the Forem (found chatting). A person known to live in
 * such a part (`area`) gets its agencies alone, in any language (`servingAgencies`).
 */
export function agenciesFor(agencies: readonly Agency[], region: Region | undefined, lang: Lang, area?: Area): Agency[] {
  if (!region) return [];
  const local = area ? servingAgencies(agencies.filter((a) => a.servesRegions.includes(region)), region, area).filter((a) => a.areas?.includes(area)) : [];
  const serving = local.length > 0 ? local
    : agencies.filter((a) => a.servesRegions.includes(region) && (!a.namedToSpeakersOf || a.namedToSpeakersOf.includes(lang)));
  const primary = serving.filter((a) => a.languages[0] === lang);
  const silent = serving.filter((a) => !a.languages.includes(lang));
  if (primary.length > 0) return [...primary, ...silent];
  return [...serving.filter((a) => a.languages.includes(lang)), ...silent];
}

/**
 * What to say beside an agency that takes cross-border workers (`crossBorderWorkers`: ADEM, in Luxembourg): the
 * employment services of where the person lives when it names that region (`homeServices`, in the order of
 * `agenciesFor`: a person living in France who works in Luxembourg gets France Travail beside ADEM; one in Liège, the
 * Forem), or no service (`home` empty) when where they live is not known or is not ours: they are then told that the
 * service of the country they live in may register them too. So is one whose region is the agency's own: "Ich wohne in Deutschland und arbeite in Luxemburg" is read
 * as Luxembourg (Germany is no region of ours), and the sentence asks "you live in another country?". Undefined for
 * any other agency.
 */
export function crossBorderHome(agencies: readonly Agency[], agencyId: string, residence: Region | undefined, lang: Lang, area?: Area): { home: Agency[] } | undefined {
  const agency = agencies.find((a) => a.id === agencyId);
  if (!agency?.crossBorderWorkers) return undefined;
  const ids = residence ? agency.crossBorderWorkers.homeServices[residence] ?? [] : [];
  return { home: agenciesFor(agencies.filter((a) => ids.includes(a.id)), residence, lang, area) };
}

/**
 * Whether to ask, beside the contacts of an agency that takes cross-border workers (ADEM), if the person lives in another
 * country: not when they said they live in a region it serves (found by a tester, qa24 q22: "do you live in another
 * country?" after the ADEM contacts, to one who had said they live in Luxembourg).
 */
export function asksCrossBorder(agency: Pick<Agency, 'crossBorderWorkers' | 'servesRegions'>, residence: Region | undefined): boolean {
  return !!agency.crossBorderWorkers && !(residence !== undefined && agency.servesRegions.includes(residence));
}
