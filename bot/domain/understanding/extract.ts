import { statedValues, type Profile } from '../profile/profile';
import type { AnswerDeps } from './answer';
import { readAvailability } from './slots/availability';
import { readDigitalSkills } from './slots/digitalSkills';
import { readEquipment } from './slots/equipment';
import { readGoal } from './slots/goal';
import { readInterest } from './slots/interest';
import { readQualification } from './slots/qualification';
import { read } from './slots/reading';
import { readRegion } from './slots/region';
import { readField } from './slots/field';

/**
 * Profile values stated clearly in a free-text message, to fill several slots from one sentence
 * ("j'ai un bac et je veux apprendre Python, 10 heures par semaine"). Every reader runs in its strict mode:
 * a diploma needs "j'ai", a topic needs "apprendre", hours need a unit and a period, a place needs "j'habite",
 * so that a word used in passing fills nothing. Bare numbers and "je sais pas" never fill anything here.
 */
export function extractProfile(text: string, deps: AnswerDeps): Partial<Profile> {
  const reading = read(text, deps.lexicons[0]);
  const diplomas = deps.qualifications.mentions.tag(reading.tokens);
  const devices = reading.lex.equipment.tag(reading.tokens);
  // a topic word inside a skill said in several words, with no wish or learning in the message, is that skill:
  // "ich kann E-Mails schreiben und im Internet surfen"; "Programmieren" alone or "je veux apprendre internet" is a topic
  const wishes = reading.lex.learning.tag(reading.tokens).length + reading.lex.aspiration.tag(reading.tokens).length > 0;
  const statedSkills = wishes ? [] : reading.lex.digitalSkills.tag(reading.tokens).filter((m) => m.end - m.start >= 2);
  const topics = (deps.topics.byLanguage[reading.lex.language] ?? deps.topics.any).tag(reading.tokens)
    .filter((t) => !statedSkills.some((k) => k.start <= t.start && t.end <= k.end));
  const taken = [
    ...diplomas,
    ...topics,
    // "nothing" is no device of its own in free text: "ich kann gar nix am Computer" states a skill
    ...devices.filter((d) => d.value !== 'nothing'),
  ];
  const found: Partial<Profile> = {
    // a topic word is no obstacle to a goal: "emprender", "freiberuflich" say both
    // "no diploma" after a wish is no diploma wished for: "brauche keine Hilfe"
    goal: readGoal(reading, 'extract', [...diplomas, ...devices], diplomas.filter((d) => d.value !== null && d.value > 0)),
    // a topic word inside the words of a goal other than learning is not a topic: "à mon compte" is no counting
    interest: readInterest(reading, deps.topics, 'extract', reading.lex.goals.tag(reading.tokens).filter((g) => g.value !== 'basics'),
      deps.regions.tag(reading.tokens).filter((p) => p.value.mark === '' && p.exact === p.weight)),
    eqfLevel: readQualification(reading, deps.qualifications, 'extract'),
    digitalSkills: readDigitalSkills(reading, 'extract', taken),
    equipment: readEquipment(reading, 'extract'),
    hoursPerWeek: readAvailability(reading, 'extract'),
    region: readRegion(reading, deps.regions, 'extract'),
    field: readField(reading, deps.fields, 'extract', diplomas.filter((d) => d.value !== null)),
  };
  // the job one wants, with no goal said otherwise, is looking for work: "i wanna be a nurse", "quiero ser
  // camarero" (readField only reads a job after a wish, or a person's own job when they want work)
  if (found.goal === undefined && found.field !== undefined && reading.lex.aspiration.tag(reading.tokens).length > 0) found.goal = 'find-job';
  // learning computer basics is also the topic digital basics
  if (found.goal === 'basics' && found.interest === undefined && deps.topicIds.has('digital-basics')) found.interest = 'digital-basics';
  return statedValues(found);
}
