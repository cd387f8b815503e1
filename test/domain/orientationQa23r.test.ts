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

/** A conversation in `locale` whose profile is complete but for the region, then `place`: the list shown. */
function listed(locale: string, place: string): { engine: OrientationEngine; session: Session } {
  const { engine, session } = converse(locale, []);
  Object.assign(session.profile, { goal: 'find-job', field: 'Q', eqfLevel: 4, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 10 });
  session.pending = { slot: 'region', misses: 0 };
  more(engine, session, [place]);
  expect(session.stage, locale).to.equal('recommended');
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

  describe('q09: a yes/no question about the language of one item shown is answered yes or no', () => {
    it('when a Dutch or Luxembourgish person asks whether item n is in a language (no question word), then the answer is yes or no for that item: the list is not cut, the chat not switched', () => {
      for (const [locale, place, text, number, language] of [
        ['nl-BE', 'Gent', 'is de eerste in het Nederlands?', 1, 'nl'],
        ['nl-BE', 'Gent', 'is de tweede in het Frans', 2, 'fr'],
        ['nl-BE', 'Gent', 'is nummer 2 in het Engels?', 2, 'en'], // (two items since rec23 took VDAB's information security out of this list)
        ['lb-LU', 'Esch', 'ass deen éischten op Lëtzebuergesch?', 1, 'lb'],
        ['lb-LU', 'Esch', 'ass deen zweeten op Franséisch?', 2, 'fr'],
        ['lb-LU', 'Esch', 'ass déi drëtt op Däitsch', 3, 'de'],
        // the languages where it already worked, in other words
        ['fr-BE', 'Namur', 'le premier il est en anglais ?', 1, 'en'],
        ['en-GB', 'Namur', 'is number 2 in French?', 2, 'fr'],
        ['es-ES', 'Namur', '¿el primero está en inglés?', 1, 'en'],
        ['de-BE', 'Eupen', 'ist Nummer 2 auf Englisch?', 2, 'en'],
      ] as const) {
        const { engine, session } = listed(locale, place);
        const shown = session.lastItems!.map((i) => i.id);
        const out = more(engine, session, [text]);
        const yes = session.lastItems![number - 1].languages!.includes(language);
        const answer = out.find((o) => o.type === 'say');
        expect(answer, `${locale} ${text}`).to.deep.include({ key: `common:answers.languageItem${yes ? 'Yes' : 'No'}`, params: { language, number } });
        expect(out.filter((o) => o.type === 'recommend' || o.type === 'language'), `${locale} ${text}`).to.deep.equal([]);
        expect(session.lastItems!.map((i) => i.id), `${locale} ${text}`).to.deep.equal(shown);
        expect(session.language, `${locale} ${text}`).to.equal(locale.slice(0, 2));
        expect(asks(out), `${locale} ${text}`).to.deep.equal(['followUp']);
      }
    });

    it('when a wish for the list in one language names an item ("je veux le premier en anglais"), then the list in that language is still shown', () => {
      const { engine, session } = listed('fr-BE', 'Namur');
      const out = more(engine, session, ['je veux le premier en anglais']);
      expect(says(out)).to.include('recommend:onlyIn');
    });
  });

  describe('q17: an answer from "change my answers" that changes nothing is said to leave the list as it is', () => {
    it('when the town is changed to another one in the same region, in any language, then "noted, the suggestions stay the same" and the follow-up question, no list again', () => {
      for (const [locale, first, second] of [
        ['fr-BE', 'Lyon', 'Lille'], ['en-GB', 'Ghent', 'Antwerp'], ['es-ES', 'Lyon', 'Marsella'],
        ['de-DE', 'Eupen', 'Sankt Vith'], ['nl-BE', 'Gent', 'Brugge'], ['lb-LU', 'Esch', 'Diddeleng'],
      ] as const) {
        const { engine, session } = listed(locale, first);
        const region = session.profile.region;
        engine.handle(session, { choice: 'change' });
        engine.handle(session, { choice: 'region' });
        const out = more(engine, session, [second]);
        expect(session.profile.region, `${locale} ${second}`).to.equal(region);
        expect(says(out), `${locale} ${second}`).to.deep.equal(['recommend:sameSuggestions']);
        expect(out.filter((o) => o.type === 'recommend'), `${locale} ${second}`).to.deep.equal([]);
        expect(asks(out), `${locale} ${second}`).to.deep.equal(['followUp']);
      }
    });

    it('when the town is changed to one in another region, then the new list, without that sentence', () => {
      const { engine, session } = listed('fr-BE', 'Lyon');
      engine.handle(session, { choice: 'change' });
      engine.handle(session, { choice: 'region' });
      const out = more(engine, session, ['Liège']);
      expect(session.profile.region).to.equal('BE-WAL');
      expect(says(out)).to.not.include('recommend:sameSuggestions');
      expect(out.filter((o) => o.type === 'recommend')).to.have.length(1);
    });
  });
});
