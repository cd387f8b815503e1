import type { Course, CostKind } from '../knowledge/types';
import type { Profile } from '../profile/profile';
import { levelRank, skillRank, equipmentRank, type Needs } from './profileNeeds';
import type { Reason } from './reasons';

export interface CourseScore { score: number; reasons: Reason[] }

const CERTIFIED = new Set(['state-recognised', 'certificate-of-achievement', 'attestation']);
const GOAL_TOPICS: Record<string, string[]> = {
  'find-job': ['job-search'],
  'start-business': ['entrepreneurship'],
  basics: ['digital-basics', 'basic-skills'],
};

/** Topics of help that serves any job search: a course on them that names no `fields` is "any job" help. */
export const ANY_JOB_TOPICS: ReadonlySet<string> = new Set(['job-search', 'languages', 'digital-basics', 'basic-skills']);

/** True when an item prepares for no particular field and is mainly about job search, languages or basics. */
export function servesAnyJob(item: { topics: readonly string[]; fields?: readonly string[] }): boolean {
  return (item.fields?.length ?? 0) === 0 && item.topics.length > 0 && ANY_JOB_TOPICS.has(item.topics[0]);
}

/** Ranking thousands of candidates needs only their scores: reasons are built for the few that are shown. */
const DISCARD = { push: () => 0 } as unknown as Reason[];

export function costFor(course: Course, region: string | undefined): CostKind {
  return (region && course.cost.byRegion?.[region as keyof typeof course.cost.byRegion]) || course.cost.default;
}

/**
 * Scores one course for one profile, or returns undefined when the course does not fit at all
 * (needs equipment or skills the person does not have, or is reserved to another region).
 *
 * @remarks Pure and deterministic: the same profile and course always give the same score and reasons,
 * so recommendations can be explained, tested and compared. `searchBoost` (0..1) comes from free-text search.
 */
export function scoreCourse(course: Course, profile: Profile, needs: Needs, lang: string, searchBoost = 0, explain = true): CourseScore | undefined {
  if (course.regions && profile.region && !course.regions.includes(profile.region)) return undefined;
  if (equipmentRank(course.equipment) > Math.max(needs.equipment, 1)) {
    // A phone-only person may still get a computer course once support gives access; never with no device at all.
    if (needs.equipment === 0) return undefined;
  }
  const required = skillRank(course.digitalSkillsRequired);
  if (required > needs.skills + 1) return undefined;

  const reasons: Reason[] = explain ? [] : DISCARD;
  let score = 0;
  const topicIndex = profile.interest ? course.topics.indexOf(profile.interest) : -1;
  if (topicIndex === 0) { score += 40; explain && reasons.push({ code: 'interest', params: { topic: profile.interest! } }); }
  else if (topicIndex > 0) { score += 30; explain && reasons.push({ code: 'interest', params: { topic: profile.interest! } }); }

  if (searchBoost > 0) { score += Math.round(30 * searchBoost); explain && reasons.push({ code: 'search' }); }

  // The job field the person named (ROME letter): a course for it scores; general help says it serves any job;
  // a course for other fields, that is not what they asked for either, is pushed well down.
  if (profile.field) {
    if (course.fields?.includes(profile.field)) { score += 35; explain && reasons.push({ code: 'field', params: { field: profile.field } }); }
    else if (servesAnyJob(course)) { score += 5; explain && reasons.push({ code: 'any-job' }); }
    else if (topicIndex < 0 && searchBoost === 0) score -= 30;
  }

  const goalTopics = profile.goal ? GOAL_TOPICS[profile.goal] ?? [] : [];
  if (goalTopics.some((t) => course.topics.includes(t))) { score += 10; explain && reasons.push({ code: 'goal', params: { goal: profile.goal! } }); }

  // Weak digital skills call for digital basics first; reading, writing and arithmetic modules only when the
  // person has little schooling or asked for them.
  const beginner = course.level === 'beginner';
  const digitalBasic = beginner && course.topics.includes('digital-basics');
  const literacy = beginner && course.topics.includes('basic-skills');
  if ((needs.basicsFirst && digitalBasic) || (literacy && (needs.eqf <= 1 || profile.interest === 'basic-skills'))) {
    score += 25; explain && reasons.push({ code: 'basics-first' });
  }
  if (required > needs.skills) score -= 20;

  const levelGap = Math.abs(levelRank(course.level) - needs.desiredLevel);
  const eqfOk = course.minEqfLevel <= needs.eqf;
  if (eqfOk && levelGap === 0) { score += 15; explain && reasons.push({ code: 'level' }); }
  else if (eqfOk && levelGap === 1) score += 6;
  else if (!eqfOk) score -= 8 * (course.minEqfLevel - needs.eqf);

  if (course.durationHours !== null && profile.hoursPerWeek && profile.hoursPerWeek > 0) {
    const weeks = Math.ceil(course.durationHours / profile.hoursPerWeek);
    if (weeks <= 8) { score += 10; explain && reasons.push({ code: 'time', params: { weeks, hours: course.durationHours } }); }
    else if (weeks <= 16) score += 4;
    else if (weeks > 26) score -= 10;
  }

  if (course.taughtIn.includes(lang)) { score += 10; explain && reasons.push({ code: 'language', params: { lang } }); }
  else { score -= 15; explain && reasons.push({ code: 'other-language', params: { langs: course.taughtIn.join(',') } }); }

  const certified = CERTIFIED.has(course.certification.kind);
  if (certified && profile.goal === 'certify') {
    score += course.certification.kind === 'state-recognised' ? 20 : 12;
    explain && reasons.push({ code: 'certification' });
  }

  const cost = costFor(course, profile.region);
  if (cost === 'free' || cost === 'free-for-jobseekers') { score += 8; explain && reasons.push({ code: 'free', params: { region: profile.region ?? '' } }); }
  else if (cost === 'paid') score -= 12;

  if (needs.equipment === 1) {
    if (course.equipment === 'smartphone-only') { score += 12; explain && reasons.push({ code: 'smartphone' }); }
    else score -= 15;
  }
  if (!explain) { RANKING.score = score; return RANKING; }
  return { score, reasons };
}

/** Reused result of ranking-only calls, so scoring thousands of candidates allocates nothing (no GC pauses). */
const RANKING: CourseScore = { score: 0, reasons: DISCARD };
