import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession, type Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import { converse, engineFixture } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const lists = (out: Output[]): number => out.filter((o) => o.type === 'recommend').length;

/** A conversation going on: more messages typed into the same session. */
function more(engine: OrientationEngine, session: Session, texts: string[]): Output[] {
  return texts.flatMap((text) => engine.handle(session, { text }));
}

/** A callback set up in `locale` up to its consent question (with a number offered in the request, when given). */
function callbackOffered(locale: string, request?: string): { engine: OrientationEngine; session: Session } {
  const engine = engineFixture();
  const session = newSession();
  engine.start(session, { locale });
  engine.offerCallback(session, request ? [request] : []);
  return { engine, session };
}

/** A conversation in `locale` whose profile is complete but for the region, then "Namur": the list shown. */
function listed(locale: string): { engine: OrientationEngine; session: Session } {
  const { engine, session } = converse(locale, []);
  Object.assign(session.profile, { goal: 'find-job', interest: 'programming', eqfLevel: 6, digitalSkills: 'advanced', equipment: 'computer-and-internet', hoursPerWeek: 10 });
  session.pending = { slot: 'region', misses: 0 };
  more(engine, session, ['Namur']);
  expect(session.stage, locale).to.equal('recommended');
  return { engine, session };
}

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa22, 2026-12-06), replayed through the engine: the
 * findings of class flow/recs (q03–q08 of the report).
 */
describe('Orientation engine: flow findings of a black-box tester (qa22)', function () {
  this.timeout(180000);

  it('when answers to other questions keep coming to the topic question, then the second time it is set aside and the next open question asked (q03)', () => {
    const { out, session } = converse('en-GB', ['I lost my job last month', 'I have a bachelor', 'I am fine with computers']);
    expect(says(out)).to.include('common:noted');
    expect(says(out).at(-1)).to.equal('common:notedLater');
    expect(asks(out).at(-1)).to.not.equal('interest');
    expect(session.later).to.deep.equal(['interest']);
  });

  it('when the topic question was set aside, then it comes back once the other questions are answered, and not knowing it still gives a list (q03)', () => {
    const { out } = converse('en-GB', ['I lost my job last month', 'I have a bachelor', 'I am fine with computers', 'a laptop', '6 hours a week', 'Liege']);
    expect(asks(out).at(-1)).to.equal('interest');
    expect(asks(out).filter((s) => s === 'interest').length).to.equal(3);
    const { out: end } = converse('en-GB', ['I lost my job last month', 'I have a bachelor', 'I am fine with computers', 'a laptop', '6 hours a week', 'Liege', "I really don't know"]);
    expect(lists(end)).to.equal(1);
  });

  it('when misses come between answers to other questions, then the question is still set aside the second time another answer comes (q03)', () => {
    const { out } = converse('fr-BE', ['bonjour', 'je suis au chômage depuis peu', "j'ai un graduat", 'euh', 'mmh', 'un ordinateur portable']);
    expect(says(out).at(-1)).to.equal('common:notedLater');
    expect(asks(out).at(-1)).to.not.equal('interest');
  });

  it('when "why the first one?" is asked after the list, in any language, then the reasons of that item are given, not its description (q04)', () => {
    for (const [locale, why] of [
      ['fr-BE', 'pourquoi le premier ?'], ['en-GB', 'why the first one?'], ['es-ES', '¿por qué el primero?'],
      ['de-DE', 'warum das erste?'], ['nl-BE', 'waarom de eerste?'], ['lb-LU', 'firwat déi éischt?'],
    ]) {
      const { engine, session } = listed(locale);
      const answer = more(engine, session, [why]);
      const given = answer.find((o) => o.type === 'why');
      expect(given, `${locale}: ${why}`).to.deep.include({ number: 1, reasons: session.lastItems![0].why });
      expect(says(answer), `${locale}: ${why}`).to.not.include('common:answers.aboutItem');
    }
  });

  it('when "why do you suggest this?" is asked after the list, then it is said where each suggestion says why, never "I cannot answer" (q04)', () => {
    for (const [locale, why] of [['en-GB', 'why do you suggest these courses?'], ['fr-LU', 'pourquoi vous me conseillez ça ?'], ['de-BE', 'warum empfehlen Sie mir das?']]) {
      const { engine, session } = listed(locale);
      const answer = says(more(engine, session, [why]));
      expect(answer, `${locale}: ${why}`).to.include('common:answers.whyListed');
      expect(answer, `${locale}: ${why}`).to.not.include('common:answers.other');
    }
  });

  it('when a no after the list names another topic ("hmm no, marketing then"), then it is that change and a new list, no goodbye (q05)', () => {
    const { engine, session } = converse('en-GB', ['I want to learn web design', 'master', 'very good', 'laptop', '10 hours', 'Brussels']);
    expect(session.stage).to.equal('recommended');
    const out = more(engine, session, ['hmm no, data analysis then']);
    expect(says(out)).to.not.include('recommend:goodbye');
    expect(session.profile.interest).to.equal('data');
    expect(lists(out)).to.equal(1);
    // a plain no still ends kindly
    expect(says(more(engine, session, ['no thanks']))).to.include('recommend:goodbye');
  });

  it('when "ok" and something else answers "do you want to talk to a person?", then it is no yes: no handoff, and what it says is read (q06)', () => {
    for (const [locale, robot, reply] of [
      ['de-DE', 'bist du ein Roboter?', 'ok, ich suche eine Lehrstelle'],
      ['en-GB', 'are you a robot?', 'ok, I want to learn to drive a forklift'],
      ['fr-BE', 'tu es un robot ?', 'ok, je voudrais apprendre le néerlandais'],
      ['nl-BE', 'ben jij een robot?', 'oké, ik zoek een opleiding tot kok'],
    ]) {
      const { out } = converse(locale, [robot, reply]);
      expect(out.map((o) => o.type), `${locale}: ${reply}`).to.not.include('handoff');
    }
    const { session } = converse('fr-BE', ['tu es un robot ?', 'ok, je voudrais apprendre le néerlandais']);
    expect(session.profile.learnLanguages).to.deep.equal(['nl']);
    // a short yes is still a yes
    for (const [locale, robot, yes] of [['de-DE', 'bist du ein Roboter?', 'ja gerne'], ['en-GB', 'are you a robot?', 'yes please']]) {
      expect(converse(locale, [robot, yes]).out.map((o) => o.type), locale).to.include('handoff');
    }
  });

  it('when the time to call is "morning" or a day and part of it written as one word, then the callback is saved (q07)', () => {
    for (const [locale, time] of [['en-GB', 'morning'], ['en-GB', 'evening'], ['nl-BE', 'dinsdagnamiddag'], ['nl-BE', 'vrijdagvoormiddag'], ['de-DE', 'Mittwochnachmittag']]) {
      const { engine, session } = callbackOffered(locale);
      more(engine, session, [locale.startsWith('en') ? 'yes' : 'ja', '0470 12 34 56']);
      expect(session.pending?.slot, locale).to.equal('callbackTime');
      const out = more(engine, session, [time]);
      expect(out.find((o) => o.type === 'callback'), `${locale}: ${time}`).to.not.equal(undefined);
    }
  });

  it('when a number was offered and the consent question is answered with a time, then that is a yes, and the callback is saved for that time (q07)', () => {
    const { engine, session } = callbackOffered('lb-LU', 'rufft mech op 691 111 222 zréck');
    const out = more(engine, session, ['muer de Moien']);
    const saved = out.find((o) => o.type === 'callback');
    expect(saved).to.deep.include({ phone: '+352691111222' });
  });

  it('when a trade is named alone after a list for a topic, then the topic is dropped; a topic named instead of a trade drops the trade (q08)', () => {
    const { engine, session } = converse('fr-BE', ['je voudrais apprendre à programmer', 'CESS', 'très bien', 'un pc', '10h', 'Liège']);
    expect(session.profile.interest).to.equal('programming');
    more(engine, session, ['la boulangerie']);
    expect(session.profile.interest).to.equal(undefined);
    expect(session.profile.field).to.be.a('string');

    const nl = converse('nl-BE', ['ik wil kinderverzorgster worden', 'geen diploma', 'goed', 'laptop', '10 uur', 'Antwerpen']);
    expect(nl.session.profile.field).to.equal('K');
    more(nl.engine, nl.session, ['nee, toch liever webdesign']);
    expect(nl.session.profile.field).to.equal(undefined);
    expect(nl.session.profile.interest).to.be.a('string');
  });

  it('when the person says hello again after a break, then it is no try at the question pending: it is asked again, not skipped (q18)', () => {
    const { out, session } = converse('fr-BE', ['bonjour, je voudrais devenir comptable à Mons', 'un bachelier', 'zzkw', 'merci', 're bonjour']);
    expect(says(out)).to.not.include('common:skipping');
    expect(session.skipped).to.deep.equal([]);
    expect(asks(out).at(-1)).to.equal('digitalSkills');
  });

  it('when "more" brings only help for any job (the region\'s languages), then it is said so, not "other ideas" (q20)', () => {
    const { out } = converse('es-ES', ['trabajo de camarero en Luxemburgo y me gustaría aprender diseño gráfico', 'bachillerato', 'bien', 'solo el móvil', '10 horas', 'algo más']);
    const after = out.slice(out.findIndex((o) => o.type === 'recommend') + 1);
    // (since qa24 q26, help for any job is no filler under "more" to one who named a subject: "nothing else", a person offered)
    expect(says(after).some((k) => k === 'recommend:moreAnyJob' || k === 'recommend:noMore')).to.equal(true);
    expect(says(after)).to.not.include('recommend:more');
  });

  it('when the town abroad where the person lives is named again after the list, then the summary (with the region of the list) and "already noted" come (q23)', () => {
    const { out } = converse('de-DE', ['Ich wohne in Trier und bin Verkäufer in Luxemburg, ich möchte Buchhaltung lernen', 'Abitur', 'sehr gut', 'Laptop', '8 Stunden', 'Trier']);
    const after = out.slice(out.findIndex((o) => o.type === 'recommend') + 1);
    expect(says(after)).to.include('recommend:alreadyNoted');
    expect(says(after)).to.not.include('recommend:sameList');
    expect(after.find((o) => o.type === 'summary')).to.deep.include({ type: 'summary' });
  });
});
