import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));

/** After the list, asking in one's own words to change one's answers offers what to change, as the button does. */
describe('Orientation engine: "change my answers" typed after the list', function () {
  this.timeout(240000);

  it('when the person types that they want to change their answers, then the bot asks what to change and keeps the profile', () => {
    for (const [locale, first, change] of [
      ['fr-BE', "je cherche du travail comme vendeuse, j'ai le bac, à l'aise en informatique, j'ai un ordi avec internet, 10 heures, j'habite à Liège", 'je veux changer mes réponses'],
      ['de-DE', 'ich suche Arbeit als Verkäuferin, habe Abitur, gut am Computer, Laptop mit Internet, 10 Stunden, wohne in Lüttich', 'ändere meine Antworten'],
      ['es-ES', 'busco trabajo de dependienta, tengo bachillerato, me manejo bien con el ordenador, tengo portátil con internet, 10 horas, vivo en Lieja', 'quiero cambiar mis respuestas'],
      ['nl-BE', 'ik zoek werk als verkoopster, ik heb secundair, goed met de computer, laptop met internet, 10 uur, ik woon in Luik', 'ik wil mijn antwoorden aanpassen'],
    ] as const) {
      const before = converse(locale, [first]);
      const { out, session } = converse(locale, [first, change]);
      const after = out.slice(before.out.length);
      expect(asks(after), change).to.deep.equal(['change']);
      expect(session.profile.goal, change).to.equal(before.session.profile.goal);
    }
  });
});
