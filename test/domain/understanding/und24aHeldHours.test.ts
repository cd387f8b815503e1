import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * The hours of the job one holds are not time free for a training (a leftover of the last session): in free text they
 * fill no hours; as the answer to the hours question they count unless other hours are said.
 */
describe('Understanding: the hours of the job held', () => {
  const u = useUnderstanding();

  it('when someone says how many hours they work now, then no free hours are read, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'je bosse 35h au supermarché et je veux changer de voie'],
      ['en', 'I work 40 hours in a factory and I want something else'],
      ['es', 'ahora trabajo 30 horas en un hotel y quiero cambiar'],
      ['de', 'ich arbeite 38 Stunden im Lager und will umschulen'],
      ['nl', 'ik werk 32 uur in een winkel en wil iets anders'],
      ['lb', 'ech schaffen 40 Stonnen um Bau an ech wëll eppes anescht'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.hoursPerWeek, `${lang} ${text}`).to.equal(undefined);
  });

  it('when hours wished for are said beside, or the job\'s hours answer the hours question, then those count', () => {
    expect(u().understand('je voudrais travailler 20h par semaine', 'fr').slots.hoursPerWeek).to.equal(20);
    expect(u().understand('I work 20 hours', 'en', { pending: 'availability' }).slots.hoursPerWeek).to.equal(20);
    expect(u().understand('mon contrat c\'est 35h, donc 4 heures par semaine', 'fr', { pending: 'availability' }).slots.hoursPerWeek).to.equal(4);
  });
});
