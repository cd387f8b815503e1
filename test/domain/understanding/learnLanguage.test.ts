import { expect } from 'chai';
import type { SlotId } from '../../../bot/domain/profile/profile';
import { useUnderstanding } from './fixture';

/**
 * The language a person wants to learn is kept beside the topic (issue 8, "recommendations that really fit": "je veux
 * apprendre le néerlandais" was only `interest: languages`, and Duolingo's German came before the Dutch course). Each
 * row: the text, its language, the question pending (`null`: free text), the topic and the languages to learn
 * (`null`: none kept).
 */
type Row = [text: string, lang: string, asked: SlotId | null, interest: string, learn: string[] | null];

const rows: Row[] = [
  // free text, in every language
  ['je suis vendeur depuis 10 ans à Liège, je veux apprendre le néerlandais', 'fr', null, 'languages', ['nl']],
  ['I want to learn Dutch', 'en', null, 'languages', ['nl']],
  ['quiero aprender alemán', 'es', null, 'languages', ['de']],
  ['ich will Englisch lernen', 'de', null, 'languages', ['en']],
  ['ik wil Frans leren', 'nl', null, 'basic-skills', ['fr']],
  ['je veux apprendre le luxembourgeois', 'fr', null, 'languages', ['lb']],
  ['je veux apprendre l\'anglais et le néerlandais', 'fr', null, 'languages', ['en', 'nl']],
  // as the answer to "what do you want to learn?", a name alone, also in another language than the chat's
  ['néerlandais', 'fr', 'interest', 'languages', ['nl']],
  ['Luxembourgish', 'en', 'interest', 'languages', ['lb']],
  ['Luxembourgish', 'fr', 'interest', 'languages', ['lb']],
  // a self-correction names the language to learn instead
  ["non plutôt l'anglais", 'fr', 'qualification', 'languages', ['en']],
  // a language one speaks is no wish; a wish said after it is
  ['I speak French and I want to learn Dutch', 'en', null, 'languages', ['nl']],
  ['ich spreche Englisch und will Deutsch lernen', 'de', null, 'basic-skills', ['de']],
  ['je parle arabe, je veux apprendre des langues', 'fr', null, 'languages', null],
  // the language of a question about a course is no language to learn
  ['I want to learn German. Is the course in English?', 'en', null, 'languages', ['de']],
];

describe('Understanding: the languages a person wants to learn', () => {
  const u = useUnderstanding();
  for (const [text, lang, asked, interest, learn] of rows) {
    it(`when a ${lang} user writes "${text}"${asked ? ` to the ${asked} question` : ''}, then ${interest} ${JSON.stringify(learn)}`, () => {
      const slots = u().understand(text, lang, { pending: asked ?? undefined }).slots;
      expect(slots.interest, 'interest').to.equal(interest);
      expect(slots.learnLanguages, 'learnLanguages').to.deep.equal(learn ?? undefined);
    });
  }

  it('when a language one does not speak is said in passing, then no language to learn is kept', () => {
    const slots = u().understand('I\'m a plumber in Brussels, I don\'t speak French', 'en').slots;
    expect(slots.learnLanguages).to.equal(undefined);
  });

  // found measuring: "algo de" ("something in", a learning cue) read a language spoken a little as one to learn
  it('when the languages one speaks are listed, a little of one among them, then no language to learn and no topic', () => {
    for (const [text, lang, asked] of [['hablo árabe, inglés y algo de francés', 'es', 'interest'], ['hablo rumano, italiano y algo de neerlandés, busco trabajo', 'es', undefined]] as const) {
      const slots = u().understand(text, lang, { pending: asked }).slots;
      expect(slots.interest, text).to.equal(undefined);
      expect(slots.learnLanguages, text).to.equal(undefined);
    }
    // learning a little of it is still a wish
    expect(u().understand('quiero aprender algo de francés', 'es').slots.learnLanguages).to.deep.equal(['fr']);
  });
});
