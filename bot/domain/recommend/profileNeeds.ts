import type { DigitalSkills, Equipment, Profile } from '../profile/profile';
import type { CourseLevel } from '../knowledge/types';

const SKILL_RANK: Record<DigitalSkills, number> = { none: 0, 'with-help': 1, autonomous: 2, advanced: 3 };
const EQUIPMENT_RANK: Record<Equipment, number> = { none: 0, 'smartphone-only': 1, 'computer-and-internet': 2 };
const LEVEL_RANK: Record<CourseLevel, number> = { beginner: 0, intermediate: 1, advanced: 2 };

export const skillRank = (s: DigitalSkills): number => SKILL_RANK[s];
export const levelRank = (l: CourseLevel): number => LEVEL_RANK[l];

/**
 * What the profile implies for the choice of items. Unknown answers are read generously (a person who did not
 * say is treated as able to follow a beginner online course), so that a skipped question never empties the list.
 */
export interface Needs {
  skills: number;          // 0..3
  equipment: number;       // 0..2
  eqf: number;             // 0..8
  desiredLevel: number;    // 0 beginner .. 2 advanced
  inclusionFirst: boolean; // no equipment or no digital skills: support comes first
  basicsFirst: boolean;    // weak skills: basic modules before advanced courses
}

export function needsOf(profile: Profile): Needs {
  const skills = profile.digitalSkills ? SKILL_RANK[profile.digitalSkills] : 2;
  const equipment = profile.equipment ? EQUIPMENT_RANK[profile.equipment] : 2;
  const eqf = profile.eqfLevel ?? 3;
  let desiredLevel = 0;
  if (skills >= 2 && eqf >= 4) desiredLevel = 1;
  if (skills >= 3 && eqf >= 6) desiredLevel = 2;
  return {
    skills, equipment, eqf, desiredLevel,
    inclusionFirst: equipment === 0 || skills === 0,
    basicsFirst: skills <= 1,
  };
}
