import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of message left over from issue 7 (diplomas named as trades, Facebook and
 * vague IT wishes, a situation asked about, everything done on the computer), each checked in words written for the test.
 */
describe('Understanding: leftovers of the twenty-third session', () => {
  const u = useUnderstanding();

  it('when someone names a Belgian A2 in a trade, a trade diploma or a nursing training, then it is a level', () => {
    const level = (text: string, lang: string) => u().understand(text, lang, { pending: 'qualification' }).slots.eqfLevel;
    expect(level('un A2 en menuiserie', 'fr')).to.equal(4);
    expect(level("j'ai eu mon a2 technique", 'fr')).to.equal(4);
    expect(level('certificat de soudeuse', 'fr')).to.equal(3);
    expect(level('diplôme de plombier', 'fr')).to.equal(3);
    expect(level('Altenpflegeausbildung', 'de')).to.equal(4);
    expect(level('getuigschrift zorgkundige', 'nl')).to.equal(4);
    expect(u().understand('ik heb mijn diploma zorgkundige en zoek werk', 'nl').slots.eqfLevel).to.equal(4);
    // a language level is no diploma; wished for, a trade diploma is none held
    expect(level("A2 en allemand", 'fr')).to.equal(undefined);
    expect(u().understand('je voudrais passer un diplôme de plombier', 'fr').slots.eqfLevel).to.equal(undefined);
    expect(u().understand('ich möchte eine Altenpflegeausbildung machen', 'de').slots.eqfLevel).to.equal(undefined);
  });

  it('when someone says they are on Facebook to the topic question, then it is no marketing wish; ads still are', () => {
    const topic = (text: string, lang: string) => u().understand(text, lang, { pending: 'interest' }).slots.interest;
    expect(topic('je suis tout le temps sur facebook', 'fr')).to.equal(undefined);
    expect(topic('Facebook', 'de')).to.equal(undefined);
    expect(topic('publicité sur facebook', 'fr')).to.equal('digital-marketing');
    expect(topic('facebook ads for my shop', 'en')).to.equal('digital-marketing');
  });

  it('when someone wants something with IT, vaguely, then it is the IT field', () => {
    const said: Array<[string, string]> = [
      ['de', 'irgendwas mit IT halt'], ['nl', 'iets met ICT'], ['es', 'algo en IT'], ['lb', 'eppes mat IT'], ['fr', 'un truc en IT'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'interest' }).slots.field, text).to.equal('M');
  });

  it('when someone asks whether their job or contract allows a course, then it is a question, not a job search', () => {
    const said: Array<[string, string]> = [
      ['es', 'si ya tengo trabajo, ¿me puedo apuntar igual?'],
      ['fr', 'si je bosse déjà, je peux quand même suivre un cours ?'],
      ['en', "if I'm working already, can I still join?"],
    ];
    for (const [lang, text] of said) {
      const got = u().understand(text, lang);
      expect(got.slots.goal, text).to.equal(undefined);
      expect(got.intent, text).to.equal('question');
    }
    // a search said with its verb stays one
    expect(u().understand('si tengo que buscar trabajo, ¿me ayudan?', 'es').slots.goal).to.equal('find-job');
  });

  it('when someone says they can do everything on the computer, then they are autonomous', () => {
    const asked = (text: string, lang: string) => u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills;
    expect(asked("je sais tout faire avec mon pc", 'fr')).to.equal('autonomous');
    expect(asked('am Laptop kann ich alles', 'de')).to.equal('autonomous');
    expect(asked('ech kann alles mam Laptop', 'lb')).to.equal('autonomous');
    expect(asked("je sais pas tout faire sur l'ordinateur", 'fr')).to.not.equal('autonomous');
  });
});
