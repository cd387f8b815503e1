import { textIn, untranslatedLanguage } from '../knowledge/catalogueText';
import type { SupportService } from '../knowledge/types';
import { areaOf, type Area, type Profile } from '../profile/profile';
import type { Needs } from './profileNeeds';
import type { Reason } from './reasons';
import { asksForLanguage, needsLiteracy, readingAsked } from './scoreCourse';
import { SUPPORT_WEIGHTS as W, isFounding, isUndecided, readLanguages } from './scoringRules';

/**
 * Scores a digital-inclusion support service, or undefined when it is not for this person
 * (another region, a region not known: every service serves some regions only, or nothing it helps with matches their needs).
 */
export function scoreSupport(service: SupportService, profile: Profile, needs: Needs, lang: string): { score: number; reasons: Reason[] } | undefined {
  if (!profile.region || !service.regions.includes(profile.region)) return undefined;
  // for the residents of its regions only: not for one who lives outside them, looking for work there (found by a tester:
  // Digital Inclusion's free computers, for adults living in Luxembourg, were offered to a person living in Trier)
  if (service.residentsOnly && profile.livesIn !== undefined) return undefined;
  // a place of the German-speaking Community (the ADG's) for the people known to live there, whatever their language (its
  // card says it is in German: a French speaker in Eupen got none of them, found by a tester, issue 8); where the area is
  // not known, for the people who chat in its language: not for a French speaker in Charleroi, whose region it shares
  if (!servesArea(service, areaOf(profile), lang)) return undefined;
  // a website is no place for a person with no device to go to (Pix came as a "place in your region", found chatting)
  if (service.online && needs.equipment === 0) return undefined;
  const helps = new Set(service.helpsWith);
  // a place that teaches reading and writing, and not the region's language, is for those who need it (`needsLiteracy`):
  // Lire et Écrire came, as help with the basics, to a Spanish speaker with lower secondary who needed French (issue 8)
  const literacyOnly = helps.has('literacy') && !helps.has('language');
  if (literacyOnly && !needsLiteracy(profile, needs, lang)) return undefined;
  // …and to one with little schooling who never asked for reading and writing, an option further down, said as one: not
  // a place "to start with computers" among the first (found by a tester: a mason with no diploma who never spoke of
  // reading got Lire et Écrire second, which can hurt)
  const asOption = literacyOnly && !readingAsked(profile, lang);
  const reasons: Reason[] = [];
  let score = 0;
  if (asOption) { score += W.literacyOption; reasons.push({ code: 'literacy' }); }
  const lendsOrHasDevices = helps.has('no-equipment') || service.kind === 'device-access';
  if (needs.equipment === 0 && lendsOrHasDevices) {
    score += W.deviceForNone; reasons.push({ code: 'device' });
  } else if (needs.equipment === 1 && lendsOrHasDevices) {
    score += service.kind === 'device-access' ? W.deviceForPhone : W.placeForPhone; reasons.push({ code: 'device' });
  }
  if (asOption) { /* its help with computers is for its learners */ }
  else if (needs.skills === 0 && helps.has('no-skills')) { score += W.noSkills; reasons.push({ code: 'inclusion-first' }); }
  // (a service that does online procedures for you is no help with the basics to one who has a computer and uses it with
  // some help: found by a tester, qa24 q10, Aidants Connect came first to a hairdresser with a laptop who opened a salon)
  else if (needs.skills === 1 && (helps.has('with-help') || helps.has('no-skills')) && !(service.kind === 'admin-help' && needs.equipment >= 2)) { score += W.withHelp; reasons.push({ code: 'basics-first' }); }
  if (profile.goal === 'find-job' && helps.has('job-search')) { score += W.goal; reasons.push({ code: 'goal', params: { goal: 'find-job' } }); }
  // advisers who help choose a job, or create a business (the Cité des métiers): offered to those it serves (issue 8)
  if (isUndecided(profile) && helps.has('orientation')) { score += W.orientation; reasons.push({ code: 'goal', params: { goal: profile.goal ?? 'unsure' } }); }
  if (isFounding(profile) && helps.has('business')) { score += W.business; reasons.push({ code: 'goal', params: { goal: 'start-business' } }); }
  if (profile.interest === 'languages' && helps.has('language')) score += W.language;
  // basic skills asked for: a place that teaches the region's language to one whose need is a language (a newcomer with some
  // schooling), else one that teaches reading, writing and counting (Lire et Écrire came first to a Spanish speaker with
  // lower secondary who said "No hablo bien francés", found by a tester, issue 8)
  // (reading said to be hard is asking for reading and writing: "je lis pa bien le fransai", QA round 16)
  if (profile.interest === 'basic-skills' || profile.readsPoorly) {
    const language = asksForLanguage(profile, lang) && !(profile.readsPoorly && helps.has('literacy'));
    // (a place for reading and writing says so: "they help with reading, writing and numbers", not "with basic skills")
    if (helps.has(language ? 'language' : 'literacy')) { score += W.basicSkills; reasons.push({ code: 'interest', params: language ? { topic: 'languages' } : { topic: 'basic-skills', reading: 1 } }); }
  }
  if (score === 0) return undefined;
  if (profile.field) {
    if (service.fields?.includes(profile.field)) { score += W.field; reasons.unshift({ code: 'field', params: { field: profile.field } }); }
    // (not "useful for any job" to one who creates a business: it is no reason of theirs)
    else if ((service.fields?.length ?? 0) === 0 && !isFounding(profile)) reasons.push({ code: 'any-job' });
  }
  if (profile.region && !service.online) { score += W.nearYou; reasons.push({ code: 'near-you', params: { region: profile.region } }); }
  if (service.free) { score += W.free; reasons.push({ code: 'free', params: { region: profile.region ?? '' } }); }
  // a place where the person's language is not spoken says so: German speakers in Eupen were sent to places serving
  // only in French with no word of it (issue 8); one that serves it comes first (`placesFirst` in recommender.ts)
  if (service.languages.some((l) => readLanguages(lang, profile.alsoReads).includes(l))) score += W.inLanguage;
  else reasons.push({ code: 'other-language', params: { langs: service.languages.join(',') } });
  // What a person needs to go there: each published detail (address, hours, phone) counts.
  score += W.practicalDetail * [service.address, service.hours, service.phone].filter(Boolean).length;
  if (needs.inclusionFirst) score += W.inclusionFirst;
  const shownIn = untranslatedLanguage(service, lang, service.languages) ?? hoursShownIn(service, lang);
  if (shownIn) reasons.push({ code: 'not-translated', params: { language: shownIn } });
  return { score, reasons };
}

/**
 * The language the opening hours are shown in when it is not the person's: hours published as one text are in
 * the place's first language ("Permanences de 2 à 3 h…" to an English reader), per-language hours as `textIn`
 * finds them.
 */
function hoursShownIn(service: SupportService, lang: string): string | undefined {
  if (!service.hours) return undefined;
  const shown = typeof service.hours === 'string' ? service.languages[0] : textIn(service.hours, lang, service.languages).lang;
  return shown && shown !== lang ? shown : undefined;
}

/**
 * Whether a place that serves part of its regions only (`areas`, `forSpeakersOf`) serves this person: one known to live
 * in its area, whatever their language; one whose area is not known, when they chat in a language it is for. A place
 * with neither serves its whole regions.
 */
function servesArea(service: SupportService, area: Area | undefined, lang: string): boolean {
  if (service.areas) return area !== undefined ? service.areas.includes(area) : (service.forSpeakersOf?.includes(lang as never) ?? false);
  return !service.forSpeakersOf || service.forSpeakersOf.includes(lang as never);
}
