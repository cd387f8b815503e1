import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession } from '../../bot/domain/orientation/session';
import { converse, engineFixture } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const SKIPS = ['common:skipping', 'common:skippingNoted'];

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa21, 2026-12-06), replayed through the engine:
 * what counts as a try at a question (q26, q27 of the report).
 */
describe('Orientation engine: flow findings of a black-box tester (qa21)', function () {
  this.timeout(120000);

  it('when questions, help or a complaint come while a question is pending, then it is asked again and never skipped for them', () => {
    const chats: Array<[string, string[], string]> = [
      ['fr-BE', ['bonjour', "c'est quoi OpenClassrooms ?", 'pourquoi vous demandez ça ?'], 'goal'],
      ['fr-BE', ['bonjour', "c'est gratuit ?", 'aide', 'pourquoi vous demandez ça ?', "c'est quoi un MOOC ?"], 'goal'],
      ['fr-BE', ['bonjour', 'votre truc marche pas', 'non', "c'est gratuit ?", 'pourquoi vous demandez ça ?'], 'goal'],
      // (the topic set aside at "computer", the second answer to another question: qa22 q03)
      ['en-GB', ['hi', 'I want a certificate', 'HND', 'very good', 'computer', 'do you have courses in Ukrainian?', 'is it free?'], 'digitalSkills'],
      ['nl-BE', ['hallo', 'is het gratis?', 'waarom vraag je dat?', 'spreek je Frans?'], 'goal'],
      ['lb-LU', ['Moien', 'ass dat gratis?', 'firwat frot Dir dat?', 'wat ass e MOOC?'], 'goal'],
    ];
    for (const [locale, texts, slot] of chats) {
      const { out } = converse(locale, texts);
      expect(asks(out).at(-1), `${locale}: ${texts.join(' / ')}`).to.equal(slot);
      expect(says(out).filter((k) => SKIPS.includes(k)), `${locale}: ${texts.join(' / ')}`).to.deep.equal([]);
    }
  });

  // (…or, the second time, set aside until the other questions are answered: qa22 q03)
  it('when a reply to a question answers another one not yet answered, then it is kept, thanked, and the question is asked again or set aside', () => {
    const chats: Array<[string, string[], string]> = [
      ['es-ES', ['hola', 'quiero aprender francés', 'FP de grado medio'], 'goal'],
      ['fr-FR', ["Bonjour, j'ai un master en comptabilité et je veux me reconvertir dans la data", 'ordinateur et internet', '20 heures', 'Lyon'], 'digitalSkills'],
      ['nl-BE', ['hallo', 'ik wil Nederlands leren', 'ik heb een bachelor', 'Gent'], 'goal'],
      ['fr-BE', ['bonjour je cherche une formation en anglais', 'les cours sont en quelle langue ?', 'licence', 'Liège'], 'goal'],
      ['en-GB', ['hello', 'I want to learn English', 'I have a bachelor', 'laptop and wifi', 'London'], 'goal'],
    ];
    for (const [locale, texts, slot] of chats) {
      const { out, session } = converse(locale, texts);
      const chat = `${locale}: ${texts.join(' / ')}`;
      expect(says(out).filter((k) => SKIPS.includes(k)), chat).to.deep.equal([]);
      expect(says(out), chat).to.include('common:noted');
      // (a subject to learn named to the goal question is enough to go on: the goal is set aside at once, asked once, and
      // never put again; qa24 q06)
      if (session.profile.interest !== undefined && slot === 'goal') {
        expect(asks(out).filter((s) => s === 'goal').length, chat).to.be.at.most(1);
        expect(session.skipped, chat).to.deep.equal(['goal']);
        continue;
      }
      expect(asks(out).at(-1) === slot || session.later?.includes(slot as never), chat).to.equal(true);
      expect(session.skipped, chat).to.deep.equal([]);
    }
  });

  it('when the answers to the other questions all came and the question is still not answered, then three misses of it still skip it', () => {
    // (the goal is set aside at "cess", and the skills at "Namur" (qa22 q03): the equipment's three misses skip it, then the
    // goal comes back and three misses skip it too)
    // (since qa24 q06 the goal is set aside at once for the subject named, Excel: the equipment's misses skip it alone, and
    // the skills, set aside, come back)
    const { session } = converse('fr-BE', ['bonjour', "j'aimerais apprendre Excel", 'cess', '10 heures', 'Namur', 'euh', 'hmm', 'zzkw']);
    expect(session.skipped).to.include('equipment');
    expect(session.skipped).to.not.include('digitalSkills');
    expect(session.pending?.slot).to.equal('digitalSkills');
  });

  it('when where the person lives is asked before the contacts of their service, then it is one question that says why (q35)', () => {
    for (const locale of ['de-DE', 'fr-BE', 'en-GB', 'es-ES', 'nl-BE', 'lb-LU']) {
      const { engine, session } = converse(locale, []);
      const out = engine.regionForContacts(session);
      expect(says(out), locale).to.deep.equal([]);
      expect(out.flatMap((o) => (o.type === 'ask' ? [[o.slot, o.key]] : [])), locale).to.deep.equal([['region', 'handoff:regionFirst']]);
      expect(session.pending, locale).to.include({ slot: 'region', then: 'human' });
    }
  });

  it('when a callback is asked for with a time in the request, then the time is asked back, not asked for again (q28)', () => {
    const chats: Array<[string, string[], string[], string]> = [
      ['en-GB', ['Hi, can someone call me back tomorrow at 9?', 'Brussels'], ['yes', '0487654321'], 'tomorrow at 9'],
      ['es-ES', ['quiero hablar con un asesor a las 22h', 'Bruselas'], ['sí', '+32 499 99 88 77'], '22h'],
      ['de-DE', ['ich möchte einen Rückruf um 20 Uhr', 'Luxemburg'], ['ja', '621123456'], '20 Uhr'],
      ['fr-BE', ['rappelez-moi au 0470 12 34 56 demain matin'], ['oui'], 'demain matin'],
    ];
    for (const [locale, said, texts, time] of chats) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const out = [...engine.offerCallback(s, said), ...texts.flatMap((text) => engine.handle(s, { text }))];
      const last = out.filter((o): o is Extract<Output, { type: 'ask' }> => o.type === 'ask').at(-1)!;
      expect([last.slot, last.key, last.params?.time], locale).to.deep.equal(['callbackTime', 'profile:ask.callbackTimeOffered', time]);
      const saved = engine.handle(s, { text: texts[0] }).find((o) => o.type === 'callback');
      expect(saved, locale).to.not.equal(undefined);
    }
    // a no asks for the time; a number of years is no time
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'en-GB' });
    engine.offerCallback(s, ['call me back tomorrow at 9']);
    for (const text of ['yes', '0487654321']) engine.handle(s, { text });
    const no = engine.handle(s, { text: 'no' });
    expect(no.flatMap((o) => (o.type === 'ask' ? [o.key] : []))).to.deep.equal(['profile:ask.callbackTime']);
    const other = newSession();
    engine.start(other, { locale: 'en-GB' });
    engine.offerCallback(other, ["I've worked 9 years as a nurse, can I talk to someone?"]);
    expect(other.callback?.time).to.equal(undefined);
  });
});
