import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * A wish typed with common spelling errors (a leftover of the last session, the tester's q13): "je veu", a past
 * participle for the infinitive ("travaillé" for "travailler") still wish the job named.
 */
describe('Understanding: a wish with typos', () => {
  const u = useUnderstanding();

  it('when the wish verb or the infinitive is misspelt, then the job wished is the field', () => {
    const said: Array<[string, string, string]> = [
      ['fr', 'je veu travailler dans la vente', 'D'],
      ['fr', 'je veux travaillé dans la coifure', 'D'],
      ['fr', 'je voudrai travaillé comme aide-soignante', 'J'],
      ['es', 'quiero trabajé de cocinero', 'G'],
      ['en', 'i whant to work as a driver', 'N'],
      ['de', 'ich mochte als Maurer arbeiten', 'F'],
    ];
    for (const [lang, text, field] of said) expect(u().understand(text, lang).slots.field, `${lang} ${text}`).to.equal(field);
  });

  it('when a past job is said without a wish, then it is still no field', () => {
    expect(u().understand('j\'ai travaillé dans la coiffure', 'fr').slots.field).to.equal(undefined);
  });
});
