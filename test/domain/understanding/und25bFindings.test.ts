import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * People who refer back to what they said ("like I said", "wie gesagt", "dat hat ech scho gesot") and answers with a
 * condition attached ("only if it's close", "solange es tagsüber ist"), read in every language (twenty-fifth session,
 * und25b; found in the twenty-ninth fresh set's tuning half).
 */
describe('Understanding: referring back and conditions attached (und25b)', () => {
  const u = useUnderstanding();

  it('when a job is named again with words that refer back to it, then it is the job looked for, in every language', () => {
    const said: Array<[string, string]> = [
      ['en', 'plumber, like I said'], ['fr', 'boulanger, comme je vous l’ai dit'], ['es', 'cocinero, como ya te dije'],
      ['de', 'Dachdecker, wie gesagt'], ['nl', 'kapper, zoals ik al zei'], ['lb', 'Schräiner, wéi gesot'],
    ];
    for (const [lang, text] of said) {
      const read = u().understand(text, lang);
      expect(read.intent, `${lang} ${text}`).to.equal('none');
      expect(read.slots.goal, `${lang} ${text}`).to.equal('find-job');
      expect(read.slots.field, `${lang} ${text}`).to.not.equal(undefined);
    }
  });

  it('when a job is named with a condition attached, then it is still the job looked for, in every language', () => {
    const said: Array<[string, string]> = [
      ['en', 'waiter, as long as it is not at night'], ['fr', 'serveuse, à condition que ce soit le matin'],
      ['es', 'camarero, con tal de que sea cerca de casa'], ['de', 'Koch, aber nur im Frühdienst'],
      ['nl', 'kok, zolang het overdag is'], ['lb', 'Kach, soulaang et net ze wäit ass'],
    ];
    for (const [lang, text] of said) {
      const read = u().understand(text, lang);
      expect(read.slots.goal, `${lang} ${text}`).to.equal('find-job');
      expect(read.slots.field, `${lang} ${text}`).to.equal('G');
    }
  });

  it('when an answer is given again with words that only refer back to it, then it is the answer, no complaint', () => {
    const said: Array<[string, string, string, Record<string, unknown>]> = [
      ['en', 'region', 'still in Namur, like I told you', { region: 'BE-WAL' }],
      ['nl', 'equipment', 'enkel mijn smartphone, dat had ik al gezegd', { equipment: 'smartphone-only' }],
      ['lb', 'equipment', 'jo, e Laptop mat Internet, dat hat ech Iech virdrun scho gesot', { equipment: 'computer-and-internet' }],
      ['es', 'qualification', 'tengo el bachillerato, como ya te dije', { eqfLevel: 4 }],
      ['de', 'region', 'ich wohne in Eupen, wie ich schon vorhin gesagt habe', { region: 'BE-WAL' }],
    ];
    for (const [lang, pending, text, slots] of said) {
      const read = u().understand(text, lang, { pending: pending as never });
      expect(read.intent, `${lang} ${text}`).to.equal('none');
      expect(read.slots, `${lang} ${text}`).to.deep.include(slots);
    }
  });

  it('when the words refer back and nothing is given again, or the person counts or reproaches, then it stays a complaint', () => {
    expect(u().understand('I already told you that', 'en').intent).to.equal('complaint');
    expect(u().understand('dat heb ik al gezegd', 'nl').intent).to.equal('complaint');
    expect(u().understand("j'habite à Namur, c'est la troisième fois que je le dis", 'fr', { pending: 'region' }).intent).to.equal('complaint');
  });

  it('when someone says they answered already and the bot does not read them, then it is a complaint, in every language', () => {
    const said: Array<[string, string]> = [
      ['en', 'you asked the same question earlier'], ['es', 'ya te contesté a eso, no me estás leyendo'],
      ['nl', 'heb ik al beantwoord, lees je wel wat ik schrijf?'], ['lb', 'dat hunn ech scho dräimol gesot, liest du dat net?'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).intent, `${lang} ${text}`).to.equal('complaint');
  });

  it('when someone says they do not know what they want, with a word of emphasis or where to turn, then it is unsure', () => {
    const said: Array<[string, string]> = [
      ['fr', 'honnêtement je sais pas vers quoi aller, je vis à Namur'], ['nl', 'ik weet eerlijk gezegd niet wat ik wil'],
      ['lb', 'ech weess ganz ehrlech net wat ech wëll'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.goal, `${lang} ${text}`).to.equal('unsure');
  });

  it('when someone needs a person to show them how, then they use a computer with help', () => {
    expect(u().understand('I would need someone to show me', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
  });
});
