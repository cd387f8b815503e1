import { expect } from 'chai';
import { newSession } from '../../bot/domain/orientation/session';
import type { Output } from '../../bot/domain/orientation/outputs';
import { engineFixture } from '../helpers/engineFixture';
import { warmUp } from '../../bot/domain/understanding';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));

/**
 * "ok" to the callback consent question. The question is a plain yes/no ("Would you like an advisor to call you
 * back?", buttons Yes and No, after a notice saying the number is kept only for the call): "ok" answers it yes. The
 * data rule holds either way: a yes stores nothing, it only asks for the number; a number offered in the request is
 * kept only after that yes.
 */
describe('OrientationEngine: the callback consent answered "ok" (domain)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  it('when the consent question is answered with "ok" (or its everyday forms) in any language, then it is a yes: the number is asked, nothing is stored', () => {
    for (const [locale, text] of [
      ['fr-BE', 'ok'], ['fr-BE', "d'accord"], ['en-GB', 'ok'], ['en-GB', 'okay'], ['es-ES', 'ok'], ['es-ES', 'vale'],
      ['de-DE', 'ok'], ['de-DE', 'okay'], ['nl-BE', 'oké'], ['lb-LU', 'ok'],
    ] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      expect(asks(engine.offerCallback(s)), locale).to.deep.equal(['consent']);
      const out = engine.handle(s, { text });
      expect(asks(out), `${locale} ${text}`).to.deep.equal(['phone']);
      expect(s.callback, `${locale} ${text}`).to.deep.equal({});
      expect(out.map((o) => o.type), `${locale} ${text}`).to.not.include('callback');
    }
  });

  it('when a number was offered in the request and the consent question naming it is answered "ok", then the number is kept and the time asked', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-BE' });
    const offer = engine.offerCallback(s, ['rappelez-moi au 0470 12 34 56']);
    expect(offer.find((o) => o.type === 'ask')).to.deep.include({ key: 'profile:ask.consentNumber' });
    expect(s.callback?.phone).to.equal(undefined);
    const out = engine.handle(s, { text: 'ok' });
    expect(asks(out)).to.deep.equal(['callbackTime']);
    expect(s.callback?.phone).to.be.a('string');
  });

  it('when the consent question is answered with no, then nothing is kept, not even a number offered', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'en-GB' });
    engine.offerCallback(s, ['call me back on 0470 12 34 56']);
    engine.handle(s, { text: 'no thanks' });
    expect(s.callback).to.equal(undefined);
  });
});
