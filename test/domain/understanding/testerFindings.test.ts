import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings found by a black-box tester who chatted with the bot as 85 jobseekers (qa18, 2026-12-06), each checked
 * here in words written for the test, in the languages where the same thing is said.
 */
describe('Understanding: misreadings found by a black-box tester (qa18)', () => {
  const u = useUnderstanding();
  const level = (text: string, lang: string) => u().understand(text, lang, { pending: 'qualification' }).slots.eqfLevel;

  describe('diplomas said in few words (they were not understood, then the question was skipped)', () => {
    it('when having no diploma or no school is said briefly, then the level is none (0)', () => {
      expect(level('no tengo diploma, lo siento', 'es')).to.equal(0);
      expect(level('yo no tengo diplomas', 'es')).to.equal(0);
      expect(level('no school', 'en')).to.equal(0);
      expect(level('sin diploma', 'es')).to.equal(0);
    });

    it('when "a school with no … " is said in free text, then the whole-answer "no school" reads nothing', () => {
      expect(u().understand('there is no school near my flat, I want to work in a shop', 'en').slots.eqfLevel).to.equal(undefined);
    });

    it('when the level of the French lower-secondary year is said ("niveau 3ème"), then it is lower secondary (2)', () => {
      expect(level('niveau 3ème', 'fr')).to.equal(2);
      expect(level('juste niveau 3e', 'fr')).to.equal(2);
    });

    it('when nine years of school are counted, then it is lower secondary (2); the Luxembourg 9th school year is its cycle inférieur (1)', () => {
      expect(level('just nine years of school', 'en')).to.equal(2);
      expect(level('ech hu 9 Joer Schoul gemaach', 'lb')).to.equal(2);
      expect(level('ech hunn den 9. Schouljoer fäerdeg gemaach', 'lb')).to.equal(1);
      // (said as the answer to another question, with "ech hunn", it is read too)
      expect(u().understand('ech hunn den 9. Schouljoer, ech sichen Aarbecht', 'lb').slots.eqfLevel).to.equal(1);
    });

    it('when "Première" alone answers the Luxembourgish diploma question, then it is the end of secondary (4); said as attended only, nothing', () => {
      expect(level('Premiere', 'lb')).to.equal(4);
      expect(level('ech war an der Première', 'lb')).to.equal(undefined);
      // (in French the word picks the first option shown, "la première", as before)
      const options = [{ value: '0', label: 'Aucun diplôme' }, { value: '2', label: 'Brevet' }, { value: '4', label: 'Bac' }];
      expect(u().understand('la première', 'fr', { pending: 'qualification', options }).slots.eqfLevel).to.equal(0);
    });

    it('when a Turkish lise is named beside no German diploma, then the level is the lise (4), not none', () => {
      expect(level('keinen Abschluss in Deutschland, aber lise in Izmir', 'de')).to.equal(4);
      expect(level('lise, in der Türkei', 'de')).to.equal(4);
    });
  });
});
