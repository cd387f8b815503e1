import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/** Higher studies given up are no degree (a leftover of the last session): the level below it, as in other languages. */
describe('Understanding: higher studies stopped', () => {
  const u = useUnderstanding();

  it('when someone stopped university or a two-year course, then the level is the secondary one', () => {
    for (const text of ['j\'ai arrêté la fac en première année', 'fac arrêtée en deuxième année', 'j\'ai lâché le BTS au bout d\'un an', 'j\'ai quitté l\'université']) {
      expect(u().understand(text, 'fr', { pending: 'qualification' }).slots.eqfLevel, text).to.equal(4);
    }
    expect(u().understand('I dropped out of uni in second year', 'en', { pending: 'qualification' }).slots.eqfLevel).to.equal(4);
  });

  it('when school was left after a diploma, then the diploma is held', () => {
    expect(u().understand('j\'ai arrêté l\'école après le bac', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(4);
    expect(u().understand('j\'ai une licence', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(6);
  });
});
