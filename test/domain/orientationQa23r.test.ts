import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession, type Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import { converse, engineFixture } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const booked = (out: Output[]): Array<{ phone: string; preferredTime?: string }> => out.flatMap((o) => (o.type === 'callback' ? [o] : []));

/** A conversation going on: more messages typed into the same session. */
function more(engine: OrientationEngine, session: Session, texts: string[]): Output[] {
  return texts.flatMap((text) => engine.handle(session, { text }));
}

/** A callback set up in `locale` up to its consent question. */
function callbackOffered(locale: string): { engine: OrientationEngine; session: Session } {
  const engine = engineFixture();
  const session = newSession();
  engine.start(session, { locale });
  engine.offerCallback(session, []);
  return { engine, session };
}

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa23, 2026-12-06), replayed through the engine: the
 * callback time, the item-language question and the flow findings (q02, q09, q17–q23 of the report).
 */
describe('Orientation engine: flow findings of a black-box tester (qa23r)', function () {
  this.timeout(180000);

  describe('q02: a time after a word that reads "no" ("no 17 Auer": after 5 pm) is the time to call, not a no', () => {
    it('when the time question is answered "no" + a time, in Luxembourgish and the other languages, then the callback is booked with that time', () => {
      for (const [locale, yes, phone, time] of [
        ['lb-LU', 'jo', '691 318 227', 'no 18 Auer'],
        ['lb-LU', 'jo', '691 318 227', 'no der Mëttesstonn'],
        ['lb-LU', 'jo', '691 318 227', 'nach 16 Auer'],
        ['de-DE', 'ja', '0471 98 76 54', 'nach 16 Uhr'],
        ['nl-BE', 'ja', '0471 98 76 54', 'na 16 uur'],
        ['en-GB', 'yes', '0471 98 76 54', 'after 4'],
        ['en-GB', 'yes', '0471 98 76 54', 'no, after 4pm'],
        ['fr-BE', 'oui', '0471 98 76 54', 'non, après 16h'],
        ['es-ES', 'sí', '0471 98 76 54', 'no, después de las 4'],
      ] as const) {
        const { engine, session } = callbackOffered(locale);
        expect(asks(more(engine, session, [yes, phone])), `${locale} ${time}`).to.deep.equal(['phone', 'callbackTime']);
        const out = more(engine, session, [time]);
        expect(says(out), `${locale} ${time}`).to.not.include('handoff:callbackDeclined');
        expect(booked(out), `${locale} ${time}`).to.have.length(1);
        expect(booked(out)[0].phone, `${locale} ${time}`).to.match(/^\+\d+$/);
      }
    });

    it('when the consent question is answered "no" + a time, then it is a yes with that time: the number is asked', () => {
      for (const [locale, time] of [['lb-LU', 'no 18 Auer'], ['en-GB', 'no, after 4pm']] as const) {
        const { engine, session } = callbackOffered(locale);
        const out = more(engine, session, [time]);
        expect(says(out), `${locale} ${time}`).to.not.include('handoff:callbackDeclined');
        expect(asks(out), `${locale} ${time}`).to.deep.equal(['phone']);
      }
    });

    it('when the time question is answered with a no, or a no about the time ("nee, haut net", "not now"), then the callback is still given up', () => {
      for (const [locale, yes, phone, no] of [
        ['lb-LU', 'jo', '691 318 227', 'nee merci'], ['lb-LU', 'jo', '691 318 227', 'nee, haut net'],
        ['en-GB', 'yes', '0471 98 76 54', 'not now'], ['en-GB', 'yes', '0471 98 76 54', 'no thanks'],
        ['nl-BE', 'ja', '0471 98 76 54', 'nee'], ['de-DE', 'ja', '0471 98 76 54', 'nein danke'],
      ] as const) {
        const { engine, session } = callbackOffered(locale);
        more(engine, session, [yes, phone]);
        const out = more(engine, session, [no]);
        expect(says(out), `${locale} ${no}`).to.include('handoff:callbackDeclined');
        expect(booked(out), `${locale} ${no}`).to.have.length(0);
        expect(session.callback, `${locale} ${no}`).to.equal(undefined);
      }
    });
  });
});
