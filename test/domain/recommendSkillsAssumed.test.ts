import { expect } from 'chai';
import { converse, recommended } from '../helpers/engineFixture';
import { realCatalogue } from '../helpers/realCatalogue';

/**
 * A digital course that assumes one already uses a computer alone (VDAB's information security, Elements of AI: they
 * require `autonomous` skills) is neither "basics first" nor help for any job to one with little ease: it came third in a
 * Dutch warehouse worker's list, with a phone and a little ease (the issue-8 catalogue's leftover, rec22/qa22r).
 */
describe('A digital course that assumes ease with computers, for one with little (engine, real knowledge)', function () {
  this.timeout(180000);
  const assumesEase = new Set(realCatalogue().kb.courses
    .filter((c) => c.topics[0] === 'digital-basics' && (c.digitalSkillsRequired === 'autonomous' || c.digitalSkillsRequired === 'advanced')).map((c) => c.id));
  const ROWS: Array<[string, string[]]> = [
    ['nl-BE', ['Goeiemiddag, ik zou graag in een magazijn in Mechelen werken', 'ASO diploma', 'enkel een smartphone, ik ben er niet zo handig mee', '8 uur']],
    ['nl-BE', ['ik woon in Kortrijk en zoek een job als orderpicker', 'geen diploma', 'ik heb een gsm en ik kan er een beetje mee', '10 uur']],
  ];
  for (const [locale, texts] of ROWS) {
    it(`when "${texts[0]}" (${locale}) gets a list, then no course that assumes ease with computers is in it`, () => {
      const { session, out } = converse(locale, texts);
      expect(session.profile.trade).to.equal('warehouse');
      const items = recommended(out);
      expect(items.length).to.be.greaterThan(0);
      expect(items.filter((i) => assumesEase.has(i.id)).map((i) => i.id)).to.deep.equal([]);
    });
  }
});
