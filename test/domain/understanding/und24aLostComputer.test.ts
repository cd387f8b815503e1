import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Being lost on a computer rates one's skills, it asks for no help with the chat and says nothing of one's plans; apps
 * that go well against the rest that does not is with help (leftovers of the last session).
 */
describe('Understanding: lost on a computer, apps but not the rest', () => {
  const u = useUnderstanding();

  it('when someone says they are lost on a computer, then it is a skill, no request for help nor a goal, in every language', () => {
    const said: Array<[string, string]> = [
      ['en', 'I\'m lost on a computer'],
      ['en', 'I am lost in front of a PC'],
      ['es', 'estoy perdido con el ordenador'],
      ['de', 'am Laptop bin ich völlig verloren'],
      ['nl', 'ik ben verloren op een computer'],
      ['lb', 'ech si verluer um Computer'],
    ];
    for (const [lang, text] of said) {
      const r = u().understand(text, lang, { pending: 'digitalSkills' });
      expect(r.intent, `${lang} ${text}`).to.equal('none');
      expect(r.slots.digitalSkills, `${lang} ${text}`).to.be.oneOf(['none', 'with-help']);
      expect(r.slots.goal, `${lang} ${text}`).to.equal(undefined);
    }
    expect(u().understand('je suis perdue devant un ordinateur', 'fr', { pending: 'digitalSkills' }).slots.goal).to.equal(undefined);
    expect(u().understand('I\'m lost', 'en').intent).to.equal('help');
  });

  it('when apps go but the rest does not, then it is with help, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'les applis du téléphone ça va, le reste non'],
      ['en', 'apps are ok, the rest not really'],
      ['es', 'las apps bien, el resto nada'],
      ['de', 'Apps gehen, der Rest eher nicht'],
      ['nl', 'apps lukken, de rest niet'],
      ['lb', 'Apps ginn, de Rescht net'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, `${lang} ${text}`).to.equal('with-help');
  });
});
