import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading found on the tuning halves of the newest evaluation sets (twenty-first session), each checked
 * here in words written for the test: the wished field, the topic and the job held.
 */
describe('Understanding: the wished field, the topic and the job held, in people\'s own words', () => {
  const u = useUnderstanding();
  const read = (text: string, lang: string, pending?: string) => u().understand(text, lang, pending ? { pending: pending as never } : {}).slots;

  it('when someone writes that a relative "veut être" a trade, then that trade is the wished field', () => {
    expect(read('Il veut être mécanicien auto, on habite à Namur.', 'fr').field).to.equal('I');
    expect(read('mon fils voudrait être plombier, il a 17 ans', 'fr').field).to.equal('F');
    expect(read('ma fille aimerait être coiffeuse, elle vit à Arlon', 'fr').field).to.equal('D');
  });

  it('when years are said before a trade ("20 ans de", "después de 15 años", "na 20 jaar in"), then that trade is held, not wished', () => {
    const said: Array<[string, string]> = [
      ['es', 'después de 15 años de albañil quiero cambiar de oficio'],
      ['nl', 'na 20 jaar in de bouw wil ik iets rustigers'], ['nl', '12 jaar als kok, nu wil ik iets anders'],
      ['fr', 'j\'ai passé 20 ans dans la vente, je veux un métier plus calme'], ['en', '15 years of nursing, now I want something calmer'],
      ['de', '25 Jahre als Maurer, jetzt möchte ich was Ruhigeres'], ['lb', '20 Joer als Kach, elo wëll ech eppes méi roueges'],
    ];
    for (const [lang, text] of said) expect(read(text, lang).field, text).to.equal(undefined);
    // a job wished after it is still the wish, and an age is no years of work
    expect(read('tengo 20 años de experiencia en hostelería y busco trabajo de camarero', 'es').field).to.equal('G');
    expect(read('tengo 25 años y busco trabajo de camarero', 'es').field).to.equal('G');
    expect(read('ik ben 30 jaar en wil kok worden', 'nl').field).to.equal('G');
  });

  it('when a trade is weighed with "why not", then it is the wish, not a trade refused', () => {
    const said: Array<[string, string, string]> = [
      ['fr', 'je veux changer de métier, pourquoi pas dans la vente', 'D'], ['en', 'I want a new career, why not in a hospital', 'J'],
      ['es', 'quiero cambiar de oficio, por qué no en la hostelería', 'G'], ['de', 'ich will umschulen, warum nicht in der Pflege', 'J'],
      ['nl', 'ik wil me omscholen, waarom niet in de zorg', 'J'], ['lb', 'ech wëll ëmschoulen, firwat net an der Fleeg', 'J'],
    ];
    for (const [lang, text, field] of said) expect(read(text, lang).field, text).to.equal(field);
    expect(read('je ne veux pas travailler dans la vente', 'fr').field).to.equal(undefined);
    expect(read('not in a hospital, I want to work in logistics', 'en').field).to.equal('N');
  });

  it('when office computing is named ("informática de oficina", "informatique de bureau"), then it is the office topic and no office job', () => {
    const said: Array<[string, string]> = [
      ['es', 'quiero cambiar de oficio y aprender informática de oficina'], ['fr', 'je voudrais apprendre l\'informatique de bureau'],
      ['de', 'ich möchte Büroinformatik lernen'], ['nl', 'ik wil kantoorinformatica leren'],
    ];
    for (const [lang, text] of said) {
      expect(read(text, lang).interest, text).to.equal('office');
      expect(read(text, lang).field, text).to.equal(undefined);
    }
    expect(read('quiero trabajar en una oficina', 'es').field).to.equal('M');
  });

  it('when a well-known trade is named that the lists spelt otherwise, then it is its field', () => {
    const said: Array<[string, string, string]> = [
      ['lb', 'Reesleeder', 'G'], ['nl', 'sierteelt', 'A'], ['de', 'ich will mich mit einer Hundeschule selbständig machen', 'A'],
      ['nl', 'ik wil me laten omscholen tot psychomotorisch therapeut', 'J'], ['de', 'Pressereferentin bei einer Stadt', 'E'],
      ['de', 'ich will einen Umzugsservice gründen', 'N'], ['nl', 'ik wil een hondenschool beginnen', 'A'],
    ];
    for (const [lang, text, field] of said) expect(read(text, lang).field, text).to.equal(field);
  });

  it('when the computer is said lacking and a wish to learn follows bare, then the topic is the computer', () => {
    const said: Array<[string, string]> = [
      ['fr', 'je ne sais pas me servir d\'un ordinateur et je voudrais apprendre'], ['en', 'I can\'t use a computer and I\'d like to learn'],
      ['de', 'ich kann nicht mit dem Computer umgehen und möchte es lernen'],
    ];
    for (const [lang, text] of said) expect(read(text, lang).interest, text).to.equal('digital-basics');
    // another topic wished keeps its own
    expect(read('je n\'ai pas d\'ordinateur et je voudrais apprendre l\'anglais', 'fr').interest).to.equal('languages');
  });

  it('when ease with computers is rated in everyday words ("sé bastante", "buen nivel", "ik kan wel wat"), then it is read', () => {
    const skills = (text: string, lang: string) => u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills;
    expect(skills('sé bastante, hago presupuestos en excel', 'es')).to.equal('autonomous');
    expect(skills('buen nivel', 'es')).to.equal('autonomous');
    expect(read('tengo buen nivel de informática', 'es').digitalSkills).to.equal('autonomous');
    expect(skills('ik kan wel wat, maar als het vastloopt helpt mijn dochter', 'nl')).to.equal('with-help');
    // a language at a good level rates no computer
    expect(read('tengo buen nivel de francés', 'es').digitalSkills).to.equal(undefined);
  });

  it('when someone asks for their experience to be certified, or has no clue what they want, then the goal is read', () => {
    expect(read('quiero que me certifiquen la experiencia', 'es').goal).to.equal('certify');
    expect(read('que me reconozcan los años que trabajé de cocinero', 'es').goal).to.equal('certify');
    expect(read('no clue what I want', 'en').goal).to.equal('unsure');
    expect(read('honestly I don\'t know what I want', 'en').goal).to.equal('unsure');
    expect(read('ik weet echt niet wat ik nu moet doen', 'nl').goal).to.equal('unsure');
  });
});
