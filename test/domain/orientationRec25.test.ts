import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import { converse } from '../helpers/engineFixture';

const asked = (out: Output[]): Array<Extract<Output, { type: 'ask' }>> => out.flatMap((o) => (o.type === 'ask' ? [o] : []));

/** A conversation going on: more messages typed into the same session. */
function more(engine: OrientationEngine, session: Session, texts: string[]): Output[] {
  return texts.flatMap((text) => engine.handle(session, { text }));
}

/** The leftovers of the twenty-fourth session's tester findings (qa24 q10–q13, q20, q22, q26), issue 8. */
describe('Orientation engine: recommendations and flow leftovers (rec25)', function () {
  this.timeout(180000);

  describe('q11: the interest question fits one whose job is outside the digital topics', () => {
    const workers = [
      ['en-GB', 'hi', 'I would like a new career, I have been a bus driver for years', 'N'],
      ['fr-BE', 'bonjour', 'je voudrais changer de métier, je suis cuisinier', 'G'],
      ['de-DE', 'hallo', 'ich war lange Kellner und suche jetzt Arbeit', 'G'],
    ] as const;

    it('when a driver, a cook or a waiter is asked what interests them, then the choices are their trade, computer basics, job search and something else, not the digital topics', () => {
      for (const [locale, hello, job] of workers) {
        const { out } = converse(locale, [hello, job]);
        const question = asked(out).at(-1)!;
        expect(question.slot, locale).to.equal('interest');
        expect(question.key, locale).to.equal('profile:ask.interestWorker');
        expect(question.options.map((o) => o.value), locale).to.deep.equal(['own-field', 'digital-basics', 'job-search', 'other']);
      }
    });

    it('when they pick their own trade by its number, then the field of their job is the one to look in', () => {
      for (const [locale, hello, job, field] of workers) {
        const { engine, session } = converse(locale, [hello, job]);
        more(engine, session, ['1']);
        expect(session.profile.field, locale).to.equal(field);
        expect(session.pending?.slot, locale).to.not.equal('interest');
      }
    });

    it('when they pick "something else", then every subject is offered and a job typed next is their field', () => {
      for (const [locale, hello, job, other, wish, field] of [
        ['fr-BE', 'bonjour', 'je voudrais changer de métier, je suis cuisinier', 'autre chose', 'aide-soignante', 'J'],
        ['en-GB', 'hi', 'I would like a new career, I have been a bus driver for years', '4', 'shop assistant', 'D'],
      ] as const) {
        const { engine, session } = converse(locale, [hello, job]);
        const out = more(engine, session, [other]);
        const question = asked(out).at(-1)!;
        expect(question.key, locale).to.equal('profile:ask.interestOther');
        expect(question.options.map((o) => o.value), locale).to.include.members(['office', 'programming', 'job-search']);
        more(engine, session, [wish]);
        expect(session.profile.field, locale).to.equal(field);
      }
    });

    it('when someone with no job named or an office worker is asked, then the subjects are offered as before', () => {
      for (const [locale, texts] of [['en-GB', ['hi', 'I want to change career']], ['fr-BE', ['bonjour', 'je veux changer de métier, je suis secrétaire']]] as const) {
        const { out } = converse(locale, [...texts]);
        const question = asked(out).at(-1)!;
        expect(question.slot, locale).to.equal('interest');
        expect(question.key, locale).to.equal('profile:ask.interest');
        expect(question.options.map((o) => o.value), locale).to.include('programming');
      }
    });
  });
});
