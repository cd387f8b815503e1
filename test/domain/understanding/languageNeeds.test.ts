import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * What a person says of their own languages (QA round 16, R1 and R5): "I only speak English and a little French",
 * "hablo poco francés", "Ich spreche wenig Deutsch" and "je lis pa bien le fransai" were read as nothing, so nobody got a
 * language course or a literacy place. The statement is read apart from the slots: it is no topic to learn and no
 * language switch (corpus convention), so the understood profile stays as it was.
 */
describe('Understanding: the languages a person speaks or reads poorly', () => {
  const u = useUnderstanding();

  const WEAK: Array<[string, string, string[]]> = [
    ['en', "I'd like to work as a nurse here but I only speak English and a little French.", ['fr']],
    ['en', 'my french is not good', ['fr']],
    ['en', 'I speak French and a bit of Dutch', ['nl']],
    ['en', "I can't read French", ['fr']],
    ['es', 'hablo poco francés', ['fr']],
    ['es', 'el frances poco', ['fr']],
    ['es', 'no leo bien el francés', ['fr']],
    ['de', 'Ich spreche wenig Deutsch', ['de']],
    ['de', 'mein Französisch ist noch schwach', ['fr']],
    ['nl', 'mijn Nederlands is niet zo goed', ['nl']],
    ['nl', 'ik spreek een beetje Frans', ['fr']],
    ['fr', 'je parle pas bien français', ['fr']],
    ['fr', 'mon français est faible', ['fr']],
    ['fr', "je parle arabe et un peu l'anglais", ['en']],
    ['lb', 'mäi Franséisch ass net gutt', ['fr']],
    ['lb', 'ech schwätzen e bëssen Däitsch', ['de']],
  ];
  for (const [lang, text, weak] of WEAK) {
    it(`when a person says "${text}" (${lang}), then ${weak.join(', ')} is a language they speak poorly, and no language to learn nor topic is read from it`, () => {
      expect(u().languageNeeds(text, lang)).to.deep.equal({ weak, readsPoorly: false });
      const { slots } = u().understand(text, lang, {});
      expect(slots, text).to.not.have.property('learnLanguages');
      expect(slots.interest, text).to.not.equal('languages');
    });
  }

  const READING: Array<[string, string]> = [
    ['fr', 'je sui livreur je lis pa bien le fransai'], ['fr', 'je ne sais pas bien lire'], ['en', "I can't read well"],
    ['es', 'no sé leer bien'], ['de', 'ich kann nicht gut lesen'], ['de', 'ich kann nicht gut Deutsch lesen'], ['nl', 'ik kan niet goed lezen'],
    ['lb', 'ech ka net gutt liesen'],
  ];
  for (const [lang, text] of READING) {
    it(`when a person says "${text}" (${lang}), then reading is hard for them, and it is no weak language`, () => {
      expect(u().languageNeeds(text, lang)).to.deep.equal({ weak: [], readsPoorly: true });
    });
  }

  const NOTHING: Array<[string, string]> = [
    ['en', 'I speak French fluently'], ['fr', 'je veux apprendre le néerlandais'], ['fr', 'ma fille ne sait pas lire'],
    ['de', 'ich will kein Deutsch lernen'], ['es', 'hablo español y francés'], ['nl', 'ik spreek Nederlands en Frans'],
    ['en', 'I read a lot'], ['fr', "j'ai un bac et je cherche du travail"],
  ];
  for (const [lang, text] of NOTHING) {
    it(`when a person says "${text}" (${lang}), then no weak language nor reading difficulty is read`, () => {
      expect(u().languageNeeds(text, lang)).to.deep.equal({ weak: [], readsPoorly: false });
    });
  }
});
