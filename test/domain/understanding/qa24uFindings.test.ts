import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading a black-box tester found (qa24, understanding), each checked here in words written for the test,
 * in several languages: the language courses are taught in read as one to learn, a question about one's diploma read as
 * a goal, the trade left read as the one wished, little time read as full time, a number with an article before it read
 * as a range, Luxembourgish data and complaint phrases, a person asked for "in person", "why must I say all that".
 */
describe('Understanding: findings of a black-box tester (qa24u)', () => {
  const u = useUnderstanding();

  it('when French courses are wished "in" a language, then it is the courses\' language, no language to learn (q01); a course "of" it still is', () => {
    for (const text of ['seulement des formations en anglais', 'je veux des cours en français', 'uniquement les formations en français svp',
      'des formations qui sont en français']) {
      const got = u().understand(text, 'fr', {});
      expect(got.slots.learnLanguages, text).to.equal(undefined);
      expect(got.slots.interest, text).to.equal(undefined);
    }
    expect(u().understand("des cours d'anglais", 'fr', {}).slots.learnLanguages).to.deep.equal(['en']);
    expect(u().understand("je veux apprendre l'anglais", 'fr', {}).slots.learnLanguages).to.deep.equal(['en']);
  });

  it('when someone asks whether their diploma counts here, then it is the recognition question, no goal, in six languages (q03)', () => {
    const said: Array<[string, string]> = [
      ['es', '¿mi título de Perú sirve aquí?'], ['en', 'will my degree from Nigeria count here?'], ['fr', 'mon diplôme du Cameroun compte ici ?'],
      ['de', 'gilt mein Abschluss aus Syrien hier?'], ['nl', 'telt mijn diploma uit Turkije hier?'], ['lb', 'gëllt mäin Diplom aus Brasilien hei?'],
    ];
    for (const [lang, text] of said) {
      const got = u().understand(text, lang, {});
      expect(got.intent, `${lang} ${text}`).to.equal('question');
      expect(got.question, `${lang} ${text}`).to.equal('recognition');
      expect(got.slots.goal, `${lang} ${text}`).to.equal(undefined);
    }
  });

  it('when someone asks where to register in German without "an", then it is a question, no trade read through a typo (q03)', () => {
    for (const text of ['wo muss ich mich melden', 'wo soll ich mich denn melden?']) {
      const got = u().understand(text, 'de', {});
      expect(got.intent, text).to.equal('question');
      expect(got.slots.field, text).to.equal(undefined);
    }
  });

  it('when someone leaves a trade or a degree for a topic, then the topic is wished and the trade left is no field (q04)', () => {
    const said: Array<[string, string, string]> = [
      ['en', 'I am a bookkeeper and I want to move to web development', 'web-development'],
      ['fr', 'je suis comptable et je veux passer au développement web', 'web-development'],
      ['es', 'soy contable y quiero pasarme al desarrollo web', 'web-development'],
      ['nl', 'ik ben boekhouder en wil overstappen naar programmeren', 'programming'],
      ['fr', "j'ai un bachelier en comptabilité et je voudrais me reconvertir dans le développement web", 'web-development'],
    ];
    for (const [lang, text, topic] of said) {
      for (const pending of [undefined, 'goal'] as const) {
        const got = u().understand(text, lang, { pending });
        expect(got.slots.interest, `${lang} ${pending} ${text}`).to.equal(topic);
        expect(got.slots.field, `${lang} ${pending} ${text}`).to.equal(undefined);
      }
    }
    // a job wished after the one held is still the field
    expect(u().understand('I work as a cashier but I want to become a nurse', 'en', { pending: 'goal' }).slots.field).to.equal('J');
    // cloud or software engineering is a computing topic, no industry
    expect(u().understand('I want to move into cloud engineering', 'en', { pending: 'goal' }).slots.field).to.equal(undefined);
  });

  it('when little time is said, then it is a few hours, never full time; "nothing" alone is no amount (q02)', () => {
    const few: Array<[string, string]> = [
      ['fr', "pas beaucoup de temps, j'ai un petit"], ['fr', 'pas trop de temps'], ['es', 'no tengo mucho tiempo con los niños'],
      ['en', 'not a lot of time, I have a toddler'], ['de', 'nicht viel Zeit'], ['nl', 'niet veel tijd'],
    ];
    for (const [lang, text] of few) expect(u().understand(text, lang, { pending: 'availability' }).slots.hoursPerWeek, `${lang} ${text}`).to.equal(3);
    for (const [lang, text] of [['nl', 'niks'], ['en', 'nothing'], ['fr', 'rien'], ['de', 'nichts'], ['es', 'nada']]) {
      expect(u().understand(text, lang, { pending: 'availability' }).slots.hoursPerWeek, `${lang} ${text}`).to.equal(undefined);
    }
    // a count said so stays one
    expect(u().understand('pas le temps', 'fr', { pending: 'availability' }).slots.hoursPerWeek).to.equal(0);
  });

  it('when a number of hours follows an article and "and" in a long message, then it is that number, no range from "one" (q02)', () => {
    const said: Array<[string, string]> = [
      ['fr', "je cherche dans la vente, j'habite à Namur, j'ai un portable et 10h par semaine"],
      ['es', 'busco trabajo de cocinero, tengo un móvil y 10 horas por semana'],
      ['en', 'I look for work in a shop, I have a phone and 10 hours a week'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, {}).slots.hoursPerWeek, `${lang} ${text}`).to.equal(10);
    expect(u().understand('entre 10 et 15 heures', 'fr', { pending: 'availability' }).slots.hoursPerWeek).to.equal(12.5);
  });

  it('when Luxembourgish asks about its data or complains that this is nothing, then it is the data question or a complaint (q05)', () => {
    for (const text of ['wat maacht dir mat menge Donnéeën?', 'wat geschitt dann mat mengen Daten?']) {
      const got = u().understand(text, 'lb', {});
      expect(got.intent, text).to.equal('question');
      expect(got.question, text).to.equal('data');
    }
    for (const text of ['dat hei ass näischt', 'dat ass jo näischt']) expect(u().understand(text, 'lb', {}).intent, text).to.equal('complaint');
  });

  it('when someone asks for help in person, then it is a request for a person, in six languages (q07)', () => {
    const said: Array<[string, string]> = [
      ['en', 'could somebody help me in person'], ['fr', "quelqu'un peut m'aider en personne"], ['es', '¿alguien puede ayudarme en persona?'],
      ['de', 'kann mir jemand persönlich helfen'], ['nl', 'kan iemand mij persoonlijk helpen'], ['lb', 'kann mir een perséinlech hëllefen'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'availability' }).intent, `${lang} ${text}`).to.equal('human');
  });

  it('when someone asks why they must say all that, then it is the "why" question; "umm hi" is a greeting (q16)', () => {
    const said: Array<[string, string]> = [
      ['en', 'why do I have to tell you all this'], ['nl', 'waarom moet ik dat allemaal vertellen'], ['fr', 'pourquoi je dois vous dire tout ça'],
      ['de', 'warum muss ich das alles angeben'], ['es', 'por qué tengo que contar todo eso'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'goal' }).question, `${lang} ${text}`).to.equal('why');
    expect(u().understand('umm hi', 'en', {}).intent).to.equal('greeting');
  });
});
