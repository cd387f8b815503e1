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
});
