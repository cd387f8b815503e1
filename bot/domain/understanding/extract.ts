import type { Profile } from '../profile/profile';
import type { AnswerDeps } from './answer';
import { readAvailability } from './slots/availability';
import { readDigitalSkills } from './slots/digitalSkills';
import { readEquipment } from './slots/equipment';
import { readGoal } from './slots/goal';
import { readInterest } from './slots/interest';
import { readQualification } from './slots/qualification';
import { read } from './slots/reading';
import { readRegion } from './slots/region';

/**
 * Profile values stated clearly in a free-text message, to fill several slots from one sentence
 * ("j'ai un bac et je veux apprendre Python, 10 heures par semaine"). Every reader runs in its strict mode:
 * a diploma needs "j'ai", a topic needs "apprendre", hours need a unit and a period, a place needs "j'habite",
 * so that a word used in passing fills nothing. Bare numbers and "je sais pas" never fill anything here.
 */
export function extractProfile(text: string, deps: AnswerDeps): Partial<Profile> {
  const reading = read(text, deps.lexicons[0]);
  const taken = [
    ...deps.qualifications.mentions.tag(reading.tokens),
    ...(deps.topics.byLanguage[reading.lex.language] ?? deps.topics.any).tag(reading.tokens),
    ...reading.lex.equipment.tag(reading.tokens),
  ];
  const found: Partial<Profile> = {
    goal: readGoal(reading, 'extract', taken),
    interest: readInterest(reading, deps.topics, 'extract'),
    eqfLevel: readQualification(reading, deps.qualifications, 'extract'),
    digitalSkills: readDigitalSkills(reading, 'extract', taken),
    equipment: readEquipment(reading, 'extract'),
    hoursPerWeek: readAvailability(reading, 'extract'),
    region: readRegion(reading, deps.regions, 'extract'),
  };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)) as Partial<Profile>;
}
