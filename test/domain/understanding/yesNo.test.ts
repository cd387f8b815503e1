import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

describe('Understanding.yesNo and answer(consent)', () => {
  const u = useUnderstanding();
  table<[string, boolean | undefined]>([
    ['oui', ['fr', true]], ['ouais', ['fr', true]], ["d'accord", ['fr', true]], ['ok', ['fr', true]],
    ['pas de problème', ['fr', true]], ['oui bien sûr', ['fr', true]], ['non', ['fr', false]], ['non merci', ['fr', false]],
    ["je ne suis pas d'accord", ['fr', false]], ['je refuse', ['fr', false]], ["je n'accepte pas", ['fr', false]],
    ['yes', ['fr', true]], ['yes please', ['en', true]], ['sure', ['en', true]], ['no thanks', ['en', false]],
    ['nope', ['en', false]], ['sí', ['es', true]], ['si claro', ['es', true]], ['vale', ['es', true]],
    ['no gracias', ['es', false]], ['ja', ['de', true]], ['ja gerne', ['de', true]], ['nein', ['de', false]],
    ['nein danke', ['de', false]], ['ja', ['fr', true]], ['peut-être', ['fr', undefined]], ['bonjour', ['fr', undefined]],
  ], (text, [lang, yes]) => expect(u().yesNo(text, lang)).to.equal(yes),
  (text, [lang, yes]) => `when a ${lang} user says "${text}", then yes/no is ${yes}`);

  it('when the consent question is answered, then consent is set and the profile untouched', () => {
    expect(u().answer('consent', 'oui', 'fr', [])).to.deep.equal({ profile: {}, consent: true });
    expect(u().answer('consent', 'nein', 'de', [])).to.deep.equal({ profile: {}, consent: false });
    expect(u().answer('consent', '2', 'fr', [{ value: 'yes', label: 'Oui' }, { value: 'no', label: 'Non' }]))
      .to.deep.equal({ profile: {}, consent: false });
  });
});
