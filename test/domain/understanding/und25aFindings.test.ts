import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Leftovers of earlier sessions (helper und25a): each `it` failed before its fix. The sentences are our own.
 */
describe('Understanding: leftovers of the twenty-fifth session', () => {
  const u = useUnderstanding();

  it('when a training is the whole answer to the goal question, then the goal is a new trade learnt, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'plutôt une formation d\'abord'],
      ['en', 'I think a training first'],
      ['en', 'I want a training'],
      ['es', 'mejor una formación primero'],
      ['de', 'erst mal eine Weiterbildung'],
      ['nl', 'eerst een opleiding denk ik'],
      ['lb', 'éischter eng Formatioun'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'goal' }).slots.goal, `${lang} ${text}`).to.equal('retrain');
  });

  it('when the training is refused or asked about, then no goal is read from it', () => {
    expect(u().understand('no training for me', 'en', { pending: 'goal' }).slots.goal).to.equal(undefined);
    expect(u().understand('la formation est payante ?', 'fr', { pending: 'goal' }).slots.goal).to.equal(undefined);
  });

  it('when a Luxembourgish speaker looks for a full-time or half-time post, then the goal is work and the hours are read', () => {
    const full = u().understand('ech sichen eng Vollzäitplaz am Süden', 'lb');
    expect(full.slots.goal).to.equal('find-job');
    expect(full.slots.hoursPerWeek).to.be.within(35, 40);
    const half = u().understand('eng hallef Plaz wier gutt', 'lb', { pending: 'availability' });
    expect(half.slots.hoursPerWeek).to.be.within(17, 20);
    expect(u().understand('eng Vollzäitplaz', 'lb', { pending: 'goal' }).slots.goal).to.equal('find-job');
  });

  it('when a Dutch speaker ends approval with "dag", then it is thanks and goodbye, not an answer', () => {
    const bye = u().understand('oké dank je wel, dag', 'nl', { pending: 'region' });
    expect(bye.intent).to.equal('thanks');
    expect(bye.farewell).to.equal(true);
  });

  it('when the diploma question is answered "le ces" or "9e", then the CESS (4) or nine school years (2) are read', () => {
    expect(u().understand('ben le ces', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(4);
    expect(u().understand('ces', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(4);
    expect(u().understand('9e', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(2);
    expect(u().understand('j\'ai été à l\'école jusqu\'en 9e', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(2);
    // "ces" the French word is no diploma in free text
    expect(u().understand('ces cours sont pour qui', 'fr').slots.eqfLevel).to.equal(undefined);
  });

  it('when someone leaves one sector for another ("out of X, into Y"), then the field is the one gone to, in five languages', () => {
    const said: Array<[string, string, string]> = [
      ['fr', 'j\'en ai marre, je veux sortir du commerce pour aller vers l\'informatique', 'M'],
      ['fr', 'sortir de la restauration pour aller vers le soin', 'J'],
      ['en', 'time to get out of hospitality into nursing', 'J'],
      ['en', 'I need to get out of construction and into IT', 'M'],
      ['es', 'quiero salir del comercio para ir hacia la informática', 'M'],
      ['de', 'ich möchte raus aus der Gastro, rein in die Pflege', 'J'],
      ['nl', 'ik wil uit de horeca, naar de zorg', 'J'],
    ];
    for (const [lang, text, field] of said) {
      const slots = u().understand(text, lang).slots;
      expect(slots.field, `${lang} ${text}`).to.equal(field);
      expect(slots.goal, `${lang} ${text}`).to.equal('retrain');
    }
  });

  it('when no job is left first, then "into", "naar", "vers" alone make no wish', () => {
    expect(u().understand('I am really into cooking shows', 'en').slots.field).to.equal(undefined);
    expect(u().understand('ik ga elke dag naar de winkel', 'nl').slots.field).to.equal(undefined);
  });

  it('when hours are said per day named, for an evening, or as a half day, then the week\'s hours are read', () => {
    const hours = (text: string, lang = 'fr') => u().understand(text, lang, { pending: 'availability' }).slots.hoursPerWeek;
    expect(hours('1h le mardi et 4h le samedi')).to.equal(5);
    expect(hours('mardi 3h, vendredi 2h')).to.equal(5);
    expect(hours('3 hours on tuesday and 1 hour on friday', 'en')).to.equal(4);
    expect(hours('plutôt le soir, 5 heures')).to.equal(5);
    expect(hours('le soir, 2 heures')).to.equal(14);
    expect(hours('le jeudi après-midi')).to.be.within(3, 5);
  });

  it('when a job title is said with hours and nothing else, then it is the job wanted', () => {
    expect(u().understand('vendeuse 25h', 'fr').slots.field).to.equal('D');
    expect(u().understand('cocinero 30 horas', 'es').slots.field).to.equal('G');
  });
});
