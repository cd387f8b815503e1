import { expect } from 'chai';
import { converse } from '../helpers/engineFixture';

/**
 * "I would like to be called back", said in the passive, is a request for a person in every language alike (found by a
 * tester, qa22 q22: German got "do you want to talk to a person?" first, English and Luxembourgish "I did not understand";
 * French, Spanish and Dutch went to a person).
 */
describe('Asking to be called back, in the passive, in six languages (engine, real knowledge)', function () {
  this.timeout(180000);
  const ROWS: Array<[string, string, string]> = [
    ['fr-BE', "je cherche un emploi de vendeuse à Namur", "j'aimerais être rappelée demain"],
    ['en-GB', 'I want a job in a shop in Namur', 'I would like to be called back'],
    ['es-ES', 'busco empleo de dependienta en Namur', 'me gustaría que me llamen'],
    ['de-BE', 'ich suche eine Stelle als Verkäuferin in Namur', 'ich würde gern zurückgerufen werden'],
    ['nl-BE', 'ik zoek een baan als verkoopster in Namen', 'ik zou graag teruggebeld worden'],
    ['lb-LU', "ech sichen eng Plaz als Verkeeferin zu Ettelbréck", 'ech géif gär zréckgeruff ginn'],
  ];
  for (const [locale, first, asked] of ROWS) {
    it(`when "${asked}" (${locale}) follows a first message, then it is a request for a person, handed over without a confirmation`, () => {
      const before = converse(locale, [first]);
      const { out } = converse(locale, [first, asked], before.engine);
      const after = out.slice(before.out.length);
      expect(after.some((o) => o.type === 'understood' && o.intent === 'human'), JSON.stringify(after.map((o) => o.type === 'say' || o.type === 'ask' ? o.key : o.type))).to.equal(true);
      expect(after.some((o) => o.type === 'handoff')).to.equal(true);
    });
  }
});
