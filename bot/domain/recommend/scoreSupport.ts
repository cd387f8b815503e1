import type { SupportService } from '../knowledge/types';
import type { Profile } from '../profile/profile';
import type { Needs } from './profileNeeds';
import type { Reason } from './reasons';

/**
 * Scores a digital-inclusion support service, or undefined when it is not for this person
 * (another region, or nothing it helps with matches their needs).
 */
export function scoreSupport(service: SupportService, profile: Profile, needs: Needs, lang: string): { score: number; reasons: Reason[] } | undefined {
  if (profile.region && !service.regions.includes(profile.region)) return undefined;
  const helps = new Set(service.helpsWith);
  const reasons: Reason[] = [];
  let score = 0;
  if (needs.equipment === 0 && (helps.has('no-equipment') || service.kind === 'device-access')) {
    score += 45; reasons.push({ code: 'device' });
  } else if (needs.equipment === 1 && service.kind === 'device-access') {
    score += 15; reasons.push({ code: 'device' });
  }
  if (needs.skills === 0 && helps.has('no-skills')) { score += 40; reasons.push({ code: 'inclusion-first' }); }
  else if (needs.skills === 1 && (helps.has('with-help') || helps.has('no-skills'))) { score += 20; reasons.push({ code: 'basics-first' }); }
  if (profile.goal === 'find-job' && helps.has('job-search')) { score += 8; reasons.push({ code: 'goal', params: { goal: 'find-job' } }); }
  if (profile.interest === 'languages' && helps.has('language')) score += 8;
  if (score === 0) return undefined;
  if (profile.field) {
    if (service.fields?.includes(profile.field)) { score += 20; reasons.unshift({ code: 'field', params: { field: profile.field } }); }
    else if ((service.fields?.length ?? 0) === 0) reasons.push({ code: 'any-job' });
  }
  if (profile.region) { score += 5; reasons.push({ code: 'near-you', params: { region: profile.region } }); }
  if (service.free) { score += 5; reasons.push({ code: 'free', params: { region: profile.region ?? '' } }); }
  if (service.languages.includes(lang)) score += 5;
  if (needs.inclusionFirst) score += 30;
  return { score, reasons };
}
