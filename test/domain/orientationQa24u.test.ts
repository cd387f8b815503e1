import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import { converse } from '../helpers/engineFixture';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));

function more(engine: OrientationEngine, session: Session, texts: string[]): Output[] {
  return texts.flatMap((text) => engine.handle(session, { text }));
}

/** A conversation in `locale` whose profile is complete but for the region, then `place`: the list shown. */
function listed(locale: string, place: string, profile: Record<string, unknown>): { engine: OrientationEngine; session: Session } {
  const { engine, session } = converse(locale, []);
  Object.assign(session.profile, { eqfLevel: 4, digitalSkills: 'with-help', equipment: 'computer-and-internet', hoursPerWeek: 10, ...profile });
  session.pending = { slot: 'region', misses: 0 };
  more(engine, session, [place]);
  expect(session.stage, locale).to.equal('recommended');
  return { engine, session };
}

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa24, 2026-12-06), replayed through the engine: what
 * a message after the list or at a question changes (q01, q03, q15).
 */
describe('Orientation engine: understanding findings of a black-box tester (qa24u)', function () {
  this.timeout(180000);

  it('when French courses only are wished after the list, then the topic stays and the list is cut to them, no language course (q01)', () => {
    const { engine, session } = listed('fr-BE', 'Liège', { goal: 'find-job', interest: 'digital-marketing' });
    const out = more(engine, session, ['je veux que des formations en français']);
    expect(session.profile.interest).to.equal('digital-marketing');
    expect(session.profile.learnLanguages).to.equal(undefined);
    expect(says(out)).to.include('recommend:onlyIn');
  });

  it('when a question about one\'s diploma or where to register comes after the list, then it is answered and the answers stay (q03)', () => {
    const { engine, session } = listed('es-ES', 'Luxemburgo', { goal: 'find-job', field: 'F', trade: 'building' });
    const out = more(engine, session, ['¿mi título de Venezuela sirve aquí?']);
    expect(says(out)).to.include('common:answers.recognition');
    expect(session.profile.goal).to.equal('find-job');
    expect(out.some((o) => o.type === 'recommend')).to.equal(false);
    const de = listed('de-BE', 'Eupen', { goal: 'find-job', field: 'N', trade: 'driving' });
    const asked = more(de.engine, de.session, ['wo kann ich mich melden']);
    expect(de.session.profile.field).to.equal('N');
    expect(asked.some((o) => o.type === 'recommend')).to.equal(false);
  });

  it('when a plain "ok" comes at a question, then the question comes again with no "not understood", in several languages (q15)', () => {
    for (const [locale, ok] of [['en-GB', 'ok'], ['es-ES', 'vale'], ['nl-BE', 'oké'], ['de-DE', 'okay']]) {
      const { engine, session } = converse(locale, []);
      const out = more(engine, session, [ok]);
      expect(says(out), `${locale} ${ok}`).to.not.include('common:notUnderstood');
      expect(asks(out), `${locale} ${ok}`).to.include('goal');
    }
  });
});
