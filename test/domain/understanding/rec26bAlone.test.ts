import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * "I can do it alone / myself" as the answer to the digital-skills question, in every language: the object pronoun
 * before or after the verb ("ik kan het alleen", "dat kan ik zelf", "das kann ich selbst", "puedo hacerlo sola") is
 * autonomous; negated it is with help; "alleen"/"solo" as "only" before a use stays with help (rec26b).
 */
describe('Understanding: "I can do it alone" as the digital-skills answer (rec26b)', () => {
  const u = useUnderstanding();
  const skill = (lang: string, text: string) => u().understand(text, lang, { pending: 'digitalSkills' as never }).slots.digitalSkills;

  const said: Array<[string, string, string]> = [
    ['nl', 'ik kan het alleen', 'autonomous'],
    ['nl', 'ik kan het zelf', 'autonomous'],
    ['nl', 'dat kan ik alleen', 'autonomous'],
    ['nl', 'ja, dat kan ik wel zelf', 'autonomous'],
    ['nl', 'ik kan het niet alleen', 'with-help'],
    ['nl', 'ik kan alleen mailen', 'with-help'],
    ['lb', 'ech kann et eleng', 'autonomous'],
    ['lb', 'ech kann dat selwer', 'autonomous'],
    ['lb', 'dat kann ech selwer', 'autonomous'],
    ['de', 'ich kann das allein', 'autonomous'],
    ['de', 'das kann ich selbst', 'autonomous'],
    ['de', 'ich kann das selber', 'autonomous'],
    ['de', 'ich kann das nicht allein', 'with-help'],
    ['fr', 'je sais le faire seul', 'autonomous'],
    ['fr', 'je peux le faire moi-même', 'autonomous'],
    ['fr', 'je ne sais pas le faire seule', 'with-help'],
    ['en', 'I can do it alone', 'autonomous'],
    ['en', 'I can do it myself', 'autonomous'],
    ['en', 'I can\'t do it on my own', 'with-help'],
    ['es', 'puedo hacerlo solo', 'autonomous'],
    ['es', 'sé hacerlo sola', 'autonomous'],
    ['es', 'lo puedo hacer yo misma', 'autonomous'],
    ['es', 'no puedo hacerlo solo', 'with-help'],
  ];
  for (const [lang, text, level] of said) {
    it(`${lang} "${text}" is ${level}`, () => expect(skill(lang, text)).to.equal(level));
  }
});
