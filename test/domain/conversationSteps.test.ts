import { expect } from 'chai';
import { newSession, type Session } from '../../bot/domain/orientation/session';
import type { Output } from '../../bot/domain/orientation/outputs';
import { QUESTIONS, PROFILE_ORDER } from '../../bot/domain/orientation/questions';
import { converse, engineFixture } from '../helpers/engineFixture';
import { warmUp } from '../../bot/domain/understanding';
import fs from 'node:fs';
import path from 'node:path';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const understood = (out: Output[]) => out.find((o) => o.type === 'understood');

/** The conversation around the answers: questions back, complaints, greetings, unsure requests, corrections. */

/** A new conversation in `locale` whose first message is `first` (one that says everything: the list follows). */
function listed(locale: string, first: string): { engine: ReturnType<typeof engineFixture>; s: ReturnType<typeof newSession> } {
  const engine = engineFixture();
  const s = newSession();
  engine.start(s, { locale });
  engine.handle(s, { text: first });
  return { engine, s };
}

/** A new conversation in `locale` at the topic question, the goal (find a job) given. */
function atTopicQuestion(locale: string): { engine: ReturnType<typeof engineFixture>; s: ReturnType<typeof newSession> } {
  const engine = engineFixture();
  const s = newSession();
  engine.start(s, { locale });
  Object.assign(s, { stage: 'collecting', profile: { ...s.profile, goal: 'find-job' }, pending: { slot: 'interest', misses: 0 } });
  return { engine, s };
}

describe('OrientationEngine: conversation, not just slots (domain)', function () {
  this.timeout(60000);
  let session: Session;
  before(() => { engineFixture(); return warmUp(); });
  beforeEach(() => { session = newSession(); });

  it('when every message is handled, then an understood output says what it read', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    expect(understood(engine.handle(session, { text: 'je cherche un emploi' }))).to.deep.equal({ type: 'understood', intent: 'none', slots: { goal: 'find-job' } });
  });

  it('when an answer is read only as the answer to the pending question ("en Handy", "tiene su portátil"), then the understood output carries it (CONTRACT §2)', () => {
    for (const [locale, text] of [['lb-LU', 'en Handy'], ['es-ES', 'tiene su portátil']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      // to the digital skills question (found by a tester: traced {} while the equipment was filled)
      Object.assign(s, { stage: 'collecting', profile: { ...s.profile, goal: 'find-job', interest: 'office', eqfLevel: 3 }, pending: { slot: 'digitalSkills', misses: 0 } });
      const out = engine.handle(s, { text });
      expect(s.profile.equipment, text).to.not.equal(undefined);
      expect(understood(out), text).to.deep.include({ type: 'understood', intent: 'none' });
      expect(understood(out)!.type === 'understood' && understood(out)!.slots, text).to.deep.include({ equipment: s.profile.equipment });
    }
  });

  it('when a device and a connection are the whole answer to the topic question ("Laptop und WLAN"), then they are the equipment and no topic', () => {
    for (const [locale, text] of [['de-DE', 'Laptop und WLAN'], ['nl-BE', 'computer en internet']] as const) {
      // found chatting as jobseekers: read as the topic "digital basics", and the equipment asked again later
      const { engine, s } = atTopicQuestion(locale);
      engine.handle(s, { text });
      expect(s.profile.equipment, text).to.equal('computer-and-internet');
      expect(s.profile.interest, text).to.equal(undefined);
    }
  });

  it('when vague words answer a question ("bof", "más o menos", "naja geht so"), then no "sorry": the options come back to pick the closest, and nothing is filled', () => {
    // found by a tester: "Désolé, je n'ai pas compris" to the most common hedges, then the question skipped
    for (const [locale, first, vague] of [['fr-BE', 'je cherche un emploi de vendeur à Namur, j\'ai le CESS', 'bof bof'],
      ['es-ES', 'busco trabajo de cocinero en Lieja, tengo el bachillerato', 'mas o menos'], ['de-DE', 'ich suche Arbeit als Maler in Eupen, Realschule', 'naja geht so'],
      ['en-GB', 'looking for work as a painter in Namur, I have A levels', 'meh so-so'], ['nl-BE', 'ik zoek werk als schilder in Gent, ik heb mijn diploma secundair', 'bwa gaat wel']] as const) {
      const { engine, session: s } = converse(locale, []);
      const pending = asks(engine.handle(s, { text: first })).pop();
      expect(pending, first).to.equal('digitalSkills');
      const out = engine.handle(s, { text: vague });
      expect(says(out), vague).to.deep.equal(['common:vague']);
      expect(asks(out), vague).to.deep.equal(['digitalSkills']);
      expect(s.profile.digitalSkills, vague).to.equal(undefined);
    }
  });

  it('when a diploma is named with its country and no level ("Diplom aus Polen"), then no "sorry": its level is asked, and nothing is filled (qa23 q05)', () => {
    // found by a tester: "not understood", then the question again saying that a diploma from another country is fine
    for (const [locale, first, named] of [['de-DE', 'ich suche Arbeit als Maler in Eupen', 'ein Diplom aus Rumänien'],
      ['fr-BE', 'je cherche un emploi de vendeur à Namur', "j'ai un diplôme d'Algérie"], ['en-GB', 'looking for work as a painter in Namur', 'a diploma from Kenya'],
      ['nl-BE', 'ik zoek werk als schilder in Gent', 'diploma uit Turkije'], ['es-ES', 'busco trabajo de cocinero en Lieja', 'tengo un título de Perú']] as const) {
      const { engine, session: s } = converse(locale, []);
      const pending = asks(engine.handle(s, { text: first })).pop();
      expect(pending, first).to.equal('qualification');
      const out = engine.handle(s, { text: named });
      // (said back in the person's words first, since qa24 q13: orientationRec25.test.ts)
      expect(says(out), named).to.deep.equal(['common:diplomaNoted', 'common:diplomaLevel']);
      expect(asks(out), named).to.deep.equal(['qualification']);
      expect(s.profile.eqfLevel, named).to.equal(undefined);
    }
  });

  it('when a job held and no wish is said to the topic question ("ich war 30 Jahre Schlosser"), then it is said to be understood and the question asked again', () => {
    for (const [locale, text] of [['de-DE', 'ich war 30 Jahre Schlosser'], ['en', 'I was a locksmith for 20 years'], ['fr-BE', "j'étais maçon pendant 20 ans"]] as const) {
      // found chatting as jobseekers: "Entschuldigung, das habe ich nicht verstanden"
      const { engine, s } = atTopicQuestion(locale);
      const keys = says(engine.handle(s, { text }));
      expect(keys, text).to.include('common:heldJob');
      expect(keys, text).to.not.include('common:notUnderstood');
      expect(s.pending?.slot, text).to.equal('interest');
      expect(s.profile.field, text).to.equal(undefined);
    }
  });

  it('when a person asks what a MOOC is, then the bot says what it is, in their language', () => {
    for (const [locale, text] of [['fr-BE', "c'est quoi un mooc ?"], ['en', 'what does MOOC mean?'], ['es-ES', '¿qué es un MOOC?'], ['de-DE', 'was bedeutet MOOC'], ['nl-BE', 'wat is een mooc?'], ['lb-LU', 'wat ass e MOOC?']] as const) {
      // found chatting as jobseekers: the answer listed providers and agencies, never what a MOOC is
      const { engine, s } = atTopicQuestion(locale);
      const keys = says(engine.handle(s, { text }));
      expect(keys, text).to.include('common:answers.mooc');
    }
  });

  it('when a callback time reads like hours ("demain vers 10h"), then the understood output holds no hours, as the profile is not changed', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-BE' });
    Object.assign(s, { stage: 'recommended', profile: { ...s.profile, hoursPerWeek: 20, region: 'BE-WAL' }, callback: { phone: '+32470123456' }, pending: { slot: 'callbackTime', misses: 0 } });
    const out = engine.handle(s, { text: 'demain vers 10h' });
    expect(s.profile.hoursPerWeek).to.equal(20);
    expect(understood(out)).to.deep.equal({ type: 'understood', intent: 'none', slots: {} });
  });

  it('when a greeting comes mid-way, then it is answered and the same question is asked again', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'en-US' });
    engine.handle(session, { text: 'find a job' });
    const out = engine.handle(session, { text: 'hello' });
    expect(says(out)).to.deep.equal(['common:greetingReply']);
    expect(asks(out)).to.deep.equal(['interest']);
  });

  it('when the person asks why the bot asks, then it answers and resumes where it was', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.handle(session, { text: 'trouver un emploi' });
    const out = engine.handle(session, { text: 'pourquoi vous me demandez ça ?' });
    expect(says(out)).to.deep.equal(['common:answers.why']);
    expect(asks(out)).to.deep.equal(['interest']);
  });

  it('when the person asks if it is a robot, then it says what it is and asks whether they want a person; "no" resumes', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'es-ES' });
    const out = engine.handle(session, { text: '¿eres un robot?' });
    expect(says(out)).to.deep.equal(['common:answers.bot']);
    expect(asks(out)).to.deep.equal(['confirm']);
    const no = engine.handle(session, { text: 'no' });
    expect(no.some((o) => o.type === 'handoff')).to.equal(false);
    expect(asks(no)).to.deep.equal(['goal']);
  });

  it('when a request for a person is misspelt, then it is confirmed first; yes hands off', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'de-DE' });
    expect(asks(engine.handle(session, { text: 'ich will mit einem Beratr sprechen' }))).to.deep.equal(['confirm']);
    expect(engine.handle(session, { text: 'ja' }).some((o) => o.type === 'handoff')).to.equal(true);
  });

  it('when a Dutch speaker writes first, then the bot goes on in Dutch, keeping what they said', () => {
    const engine = engineFixture();
    engine.start(session, {});
    const out = engine.handle(session, { text: 'Goeiedag, ik zoek werk in de verkoop' });
    expect(session.language).to.equal('nl');
    expect(out.some((o) => o.type === 'text')).to.equal(false);
    expect(asks(out)).to.not.include('language');
    expect(session.profile.goal).to.equal('find-job');
  });

  it('when the first message is a button\'s label sent as text, then the language of the channel stays (no detection on it)', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'lb-LU' });
    expect(session.language).to.equal('lb');
    const out = engine.handle(session, { text: 'Eng Aarbecht fannen' });
    expect(session.language).to.equal('lb');
    expect(session.profile.goal).to.equal('find-job');
    expect(asks(out)).to.deep.equal(['interest']);
  });

  it('when someone writes first in a language the deployment reads but does not serve, then they are told in it which languages it speaks', () => {
    const engine = engineFixture(undefined, ['de', 'en', 'es', 'fr']);
    engine.start(session, {});
    const out = engine.handle(session, { text: 'Goeiedag, ik zoek werk in de verkoop' });
    const notice = out.find((o) => o.type === 'text');
    expect(notice && notice.type === 'text' && notice.text).to.match(/Nederlands.*Frans/);
    expect(asks(out)).to.deep.equal(['language']);
    expect(session.profile.goal).to.equal('find-job');
    const chosen = engine.handle(session, { text: 'English' });
    expect(session.language).to.equal('en');
    expect(asks(chosen)).to.not.include('goal');
  });

  it('when the profile is complete, then a summary comes before the recommendations, and "change my answers" asks which', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'en-US' });
    for (const text of ['find a job', 'office software', 'A levels', 'with some help', 'a computer with internet', '5 hours a week']) engine.handle(session, { text });
    const out = engine.handle(session, { text: 'Brussels' });
    const kinds = out.map((o) => o.type);
    expect(kinds.indexOf('summary')).to.be.within(0, kinds.indexOf('recommend'));
    expect(asks(engine.handle(session, { text: 'change my answers' }))).to.deep.equal(['change']);
    expect(asks(engine.handle(session, { text: 'my diploma' }))).to.deep.equal(['qualification']);
    const again = engine.handle(session, { text: 'a master' });
    expect(session.profile.eqfLevel).to.equal(7);
    expect(again.some((o) => o.type === 'recommend')).to.equal(true);
  });

  it('when a question comes after the recommendations, then it is answered and the list is not recomputed', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    for (const text of ['trouver un emploi', 'la bureautique', 'un CAP', 'avec un peu d\'aide', 'un ordinateur', '5 heures', 'Liège']) engine.handle(session, { text });
    const shown = [...session.shown];
    const out = engine.handle(session, { text: "c'est gratuit ?" });
    // (answered from the items listed, by their numbers, since rec23: "Free: number 1, 2, 3.")
    expect(says(out).length).to.be.greaterThan(0);
    expect(says(out).every((key) => key.startsWith('common:answers.list.'))).to.equal(true);
    expect(out.some((o) => o.type === 'recommend')).to.equal(false);
    expect(asks(out)).to.deep.equal(['followUp']);
    expect(session.shown).to.deep.equal(shown);
  });

  // found chatting: messages that said other things (hours, equipment...) asked the diploma question five times; found by
  // a tester (qa21 q27): skipping it after three such messages left the diploma or the goal unknown. Each answer to a
  // question still open is progress (noted, the question again); once they are all answered, misses skip it
  // (qa22 q03: answered that way again, it was asked four to seven times in a row; the second time it is set aside, the
  // other open questions asked, and it comes back after them)
  it('when messages keep answering other questions than the pending one, then the first is noted and it comes again, the second sets it aside; it comes back, and three misses skip it', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'de-DE' });
    engine.handle(session, { text: 'ich suche Arbeit als Koch in Eupen' });
    const pending = session.pending!.slot;
    const [first, second] = ['ich habe einen Laptop', '20 Stunden pro Woche'].map((text) => engine.handle(session, { text }));
    expect(says(first)).to.include('common:noted');
    expect(asks(first)).to.deep.equal([pending]);
    expect(says(second)).to.include('common:notedLater');
    expect(asks(second)).to.have.length(1).and.not.include(pending);
    expect(session.skipped).to.not.include(pending);
    expect(asks(engine.handle(session, { text: 'sehr gut' }))).to.deep.equal([pending]);
    for (const text of ['hmm', 'äh']) engine.handle(session, { text });
    expect(session.skipped).to.include(pending);
  });

  it('when the person asks to change their answers before the list, then the change menu comes (as the button does after it)', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.handle(session, { text: 'je cherche un emploi' });
    expect(asks(engine.handle(session, { text: 'changer mes reponses svp' }))).to.deep.equal(['change']);
    const changed = engine.handle(session, { choice: 'goal' });
    expect(asks(changed)).to.deep.equal(['goal']);
    // "je veux changer" says a goal; "2" answers the question pending
    const other = newSession();
    engine.start(other, { locale: 'fr-FR' });
    expect(asks(engine.handle(other, { text: 'je veux changer de métier' }))).to.not.include('change');
  });

  it('when the hours are corrected while another question is pending, then they are replaced and that question asked again', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.handle(session, { text: 'je cherche un emploi dans la vente, je peux faire 20h par semaine' });
    const pending = session.pending?.slot;
    expect(pending).to.not.equal(undefined).and.not.equal('availability');
    const out = engine.handle(session, { text: 'non pardon, plutôt 8h par semaine' });
    expect(session.profile.hoursPerWeek).to.equal(8);
    expect(says(out)).to.not.include('common:notUnderstood');
    expect(asks(out)).to.deep.equal([pending]);
  });

  it('when the person asks for something else after the recommendations, then more items come, in any language', () => {
    for (const [locale, first, more] of [
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", 'vous avez autre chose ?'],
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week", 'anything else?'],
      ['es-ES', 'busco trabajo de dependienta en Bruselas, tengo bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas', 'otra cosa?'],
      ['de-DE', 'ich suche Arbeit als Verkäuferin in Eupen, habe Abitur, kann gut mit dem PC, habe einen Laptop, 20 Stunden', 'noch was?'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      expect(s.pending?.slot, locale).to.equal('followUp');
      const profile = { ...s.profile };
      const out = engine.handle(s, { text: more });
      // (more items come: "other ideas", or, when they are help for any job only, said so: qa22 q20; or, since qa24 q26,
      // when nothing more fits what they named, that there is nothing else, with a person offered, not filler)
      expect(says(out).some((k) => k === 'recommend:more' || k === 'recommend:moreAnyJob' || k === 'recommend:noMore'), locale).to.equal(true);
      expect(says(out), locale).to.not.include('common:answers.other');
      expect(s.profile, locale).to.deep.equal(profile);
    }
  });

  // found by a tester: a plumber's "voir plus" offered a MOOC on building in the tropics to fill the list
  it('when a plumber asks for more until nothing of use is left, then no course of another trade comes, and the last short list says that is all', () => {
    for (const [locale, first, more] of [
      ['fr-BE', "je suis plombier à Namur, je cherche du travail, j'ai le CESS, je suis à l'aise avec l'ordinateur, j'ai un pc, 10h par semaine", 'voir plus'],
      ['en-GB', 'I am a plumber in Lyon looking for work, I have A-levels, good with computers, I have a laptop, 10 hours a week', 'see more'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      const replies = [1, 2, 3, 4].map(() => engine.handle(s, { text: more }));
      const shown = replies.flatMap((out) => out.flatMap((o) => (o.type === 'recommend' ? o.items.map((i) => i.id) : [])));
      expect(shown, locale).to.not.include('mbd-construction-zone-tropicale');
      const lastList = replies.map((out) => out.some((o) => o.type === 'recommend')).lastIndexOf(true);
      // (since qa24 q26 help for any job is no filler under "more": when nothing more fits at once, "nothing else" is said)
      if (lastList < 0) { expect(says(replies[0]), locale).to.include('recommend:noMore'); continue; }
      expect(says(replies[lastList]), locale).to.include('recommend:allShown');
      replies.slice(0, lastList).forEach((out) => expect(says(out), locale).to.not.include('recommend:allShown'));
      expect(says(replies[lastList + 1]), locale).to.include('recommend:noMore');
    }
  });

  it('when the person says courses in another language will do ("in het Frans is ook goed"), then the chat stays in its language and the courses in that one are counted', () => {
    // found by a tester: the Dutch chat switched to French
    for (const [locale, text, language] of [['nl-BE', 'in het Engels is ook goed hoor', 'en'], ['en-GB', 'Dutch is fine too', 'nl'],
      ['de-DE', 'auf Französisch geht auch', 'fr'], ['es-ES', 'en inglés también vale', 'en'], ['fr-BE', "en néerlandais c'est bien aussi", 'nl']] as const) {
      const { engine, session: s } = converse(locale, []);
      const before = s.language;
      const out = engine.handle(s, { text });
      expect(s.language, text).to.equal(before);
      expect(out.map((o) => o.type), text).to.not.include('language');
      const said = out.find((o): o is Extract<Output, { type: 'say' }> => o.type === 'say' && o.key.startsWith('common:answers.language'));
      expect(said?.params?.language, text).to.equal(language);
    }
    // the chat's own language said to do is about the person, not the courses
    const { engine, session: s } = converse('de-DE', []);
    expect(says(engine.handle(s, { text: 'meine Muttersprache ist Arabisch, aber Deutsch geht auch' })).some((key) => key.startsWith('common:answers.language'))).to.equal(false);
  });

  it('when the person asks whether a job needs a language ("muss ich Luxemburgisch sprechen?"), then the answer is about work (it depends on the job and the employer), not a count of courses', () => {
    // found by a tester: "J'ai 1 cours en luxembourgeois" to "est ce que je dois parler luxembourgeois ?"
    for (const [locale, first, question] of [
      ['fr-FR', "je cherche un emploi d'aide-cuisinier à Differdange, j'ai un CAP", 'il faut parler luxembourgeois pour travailler ici ?'],
      ['de-DE', 'ich suche Arbeit als Lagerist in Mersch, Hauptschule', 'brauche ich Luxemburgisch für die Arbeit?'],
      ['lb', 'ech sichen Aarbecht als Kach zu Ettelbréck', 'muss ech Franséisch kënnen?'],
      ['en-GB', 'I want to work as a cleaner in Brussels', 'do I have to speak Dutch for that?'],
      ['es-ES', 'busco trabajo de cuidadora en Amberes', '¿hay que hablar neerlandés para trabajar allí?'],
      ['nl-BE', 'ik zoek werk als magazijnier in Brussel', 'moet ik Frans spreken voor dat werk?'],
    ] as const) {
      const { engine, session: s } = converse(locale, []);
      engine.handle(s, { text: first });
      const pending = s.pending?.slot;
      const out = engine.handle(s, { text: question });
      expect(says(out), question).to.include('common:answers.languageForWork');
      expect(asks(out), question).to.deep.equal([pending]);
    }
    // the same words about the courses are the courses' language
    const { engine, s } = listed('fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine");
    const courses = says(engine.handle(s, { text: 'faut-il parler anglais pour ces cours ?' }));
    expect(courses).to.not.include('common:answers.languageForWork');
    expect(courses.some((key) => key.startsWith('common:answers.language'))).to.equal(true);
  });

  it('when the person asks after the recommendations which language they must speak, then it is answered and the list is kept; a topic named alone then changes it', () => {
    for (const [locale, first, question, topic] of [
      ['en-GB', "hi, I live in Esch, I want a job in an office, I have a bachelor, I have a laptop and I'm good with computers, 20 hours a week", 'do i need to speak luxembourgish??', 'languages'],
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", 'faut-il parler anglais pour ces cours ?', 'les langues'],
      ['es-ES', 'busco trabajo de dependienta en Bruselas, tengo bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas', 'hay que hablar francés?', 'idiomas'],
      ['de-DE', 'ich suche Arbeit als Verkäuferin in Eupen, habe Abitur, kann gut mit dem PC, habe einen Laptop, 20 Stunden', 'muss ich Französisch sprechen?', 'Sprachen'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      const profile = { ...s.profile };
      const out = engine.handle(s, { text: question });
      expect(says(out).some((key) => key.startsWith('common:answers.language')), locale).to.equal(true);
      expect(out.map((o) => o.type), locale).to.not.include('recommend');
      expect(s.profile, locale).to.deep.equal(profile);
      expect(asks(out), locale).to.deep.equal(['followUp']);
      const changed = engine.handle(s, { text: topic });
      expect(s.profile.interest, locale).to.equal('languages');
      expect(changed.map((o) => o.type), locale).to.include('recommend');
    }
  });

  // found chatting as jobseekers: "non merci" after the list got "not understood", "merci bye" printed the list again
  it('when the person says a short no or goodbye after the recommendations, then the bot closes kindly and shows nothing again', () => {
    for (const [locale, first, no, bye] of [
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 10h par semaine", 'non merci', 'merci bye'],
      ['en-GB', 'looking for a job in sales in Brussels, I have a bachelor, good with computers, I have a laptop, 10 hours a week', 'no thanks', 'thanks bye'],
    ] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      expect(engine.handle(s, { text: first }).map((o) => o.type), locale).to.include('recommend');
      const closed = engine.handle(s, { text: no });
      expect(says(closed), no).to.deep.equal(['recommend:goodbye']);
      const again = engine.handle(s, { text: bye });
      expect(again.map((o) => o.type), bye).to.not.include('recommend');
      expect(says(again), bye).to.not.include('common:notUnderstood');
    }
  });

  it('when a person says they are in distress, then the bot answers with care (not "not understood") and offers a person, keeping what they said', () => {
    for (const [locale, text] of [['fr-FR', "je suis au bout du rouleau, j'ai plus de boulot"], ['en-GB', "I'm desperate, I can't cope anymore"],
      ['de-DE', 'ich bin am Ende, ich finde keine Arbeit'], ['es-ES', 'no puedo más, estoy desesperada']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const out = engine.handle(s, { text });
      expect(says(out), text).to.include('common:distress');
      expect(says(out), text).to.not.include('common:notUnderstood');
      expect(asks(out), text).to.deep.equal(['confirm']);
    }
    // a past illness told as one's story is no distress: "après ma dépression je veux retravailler"
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    expect(says(engine.handle(s, { text: 'après ma dépression je veux retravailler dans la vente' }))).to.not.include('common:distress');
  });

  it('when a complaint to the diploma question says "nothing", then no diploma is recorded and a person is offered', () => {
    for (const [locale, complaint] of [['fr-FR', 'vs servez à rien'], ['es-ES', 'no sirves para nada'], ['fr-FR', 'tu sers a rien']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.handle(s, { text: locale === 'fr-FR' ? 'je cherche un emploi dans la vente' : 'busco trabajo en la venta' });
      s.pending = { slot: 'qualification', misses: 0 };
      const out = engine.handle(s, { text: complaint });
      expect(s.profile.eqfLevel, complaint).to.equal(undefined);
      expect(says(out), complaint).to.include('common:sorry');
      expect(asks(out), complaint).to.deep.equal(['confirm']);
    }
    // to "how well do you use a computer?", words of feeling describe the person
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    engine.handle(s, { text: 'je cherche un emploi dans la vente' });
    s.pending = { slot: 'digitalSkills', misses: 0 };
    engine.handle(s, { text: 'bof pas terrible' });
    expect(s.profile.digitalSkills).to.equal('with-help');
  });

  // found by testers: "c'est nul vos trucs" to the skills question set the skills to none
  it('when a longer complaint about the bot is typed to the skills question, then it fills nothing and gets the complaint answer', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    engine.handle(s, { text: 'je cherche un emploi dans la vente' });
    s.pending = { slot: 'digitalSkills', misses: 0 };
    const out = engine.handle(s, { text: "c'est nul vos trucs" });
    expect(understood(out)).to.deep.include({ intent: 'complaint', slots: {} });
    expect(s.profile.digitalSkills).to.equal(undefined);
    expect(says(out)).to.include('common:sorry');
  });

  it('when the person asks whether the courses are in a language, then it is answered and the chat keeps its language', () => {
    for (const [locale, first, question] of [
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", "c'est en anglais ?"],
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week", 'is there anything in french?'],
      ['es-ES', 'busco trabajo de dependienta en Bruselas, tengo bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas', 'los cursos son en español?'],
      ['de-DE', 'ich suche Arbeit als Verkäuferin in Eupen, habe Abitur, kann gut mit dem PC, habe einen Laptop, 20 Stunden', 'gibt es Kurse auf Englisch?'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      const language = s.language;
      const out = engine.handle(s, { text: question });
      expect(s.language, question).to.equal(language);
      expect(says(out).some((key) => key.startsWith('common:answers.language')), question).to.equal(true);
      expect(asks(out), question).to.deep.equal(['followUp']);
    }
  });

  // found chatting (QA round 5): "zijn die cursussen in het Nederlands?" got "I show courses in your language first" over
  // five English courses, and "do you have courses in Ukrainian?" the same general text
  it('when the person asks whether the courses are in a language, then the answer says which of those shown are in it, or plainly none', () => {
    const say = (out: Output[]) => out.find((o): o is Extract<Output, { type: 'say' }> => o.type === 'say' && o.key.startsWith('common:answers.language'));
    const { engine, s } = listed('nl-BE', 'ik zoek werk als webontwikkelaar in Gent, ik heb een bachelor, ik ben goed met computers, ik heb een laptop, 10 uur per week');
    expect(s.lastItems!.every((item) => !item.languages!.includes('nl'))).to.equal(true);
    const none = engine.handle(s, { text: 'zijn die cursussen in het Nederlands?' });
    expect(say(none)).to.deep.include({ key: 'common:answers.languageNone', params: { language: 'nl' } });
    expect(asks(none)).to.deep.equal(['followUp']);
    // some of those shown: which ones, by their place in the list
    const fr = listed('fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine");
    const numbers = fr.s.lastItems!.flatMap((item, i) => (item.languages!.includes('en') ? [i + 1] : []));
    expect(numbers.length).to.be.within(1, fr.s.lastItems!.length - 1);
    expect(say(fr.engine.handle(fr.s, { text: "c'est en anglais ?" }))).to.deep.include({
      key: 'common:answers.languageSome', params: { language: 'en', numbers: numbers.join(', '), count: numbers.length },
    });
    // before any list, and for a language no course is taught in: how many there are, or plainly none
    const engine2 = engineFixture();
    const before = newSession();
    engine2.start(before, { locale: 'en-GB' });
    const uk = engine2.handle(before, { text: 'Hello, do you have courses in Ukrainian? I came from Kharkiv, I live in Liège now' });
    expect(say(uk)).to.deep.include({ key: 'common:answers.languageCount', params: { language: 'uk', count: 1 } });
    expect(before.profile.region).to.equal('BE-WAL');
    expect(say(engine2.handle(before, { text: 'are there courses in Arabic?' }))).to.deep.include({ key: 'common:answers.languageNoCourse', params: { language: 'ar' } });
  });

  // found by testers: after the list, "gibt es das auch auf Französisch?" switched the chat to French
  it('when the person asks after the list whether it is also in another language, then the courses\' language is answered and the chat keeps its language', () => {
    const first: Record<string, string> = {
      'de-DE': 'ich suche Arbeit als Verkäuferin in Eupen, habe Abitur, kann gut mit dem PC, habe einen Laptop, 20 Stunden',
      'es-ES': 'busco trabajo de dependienta en Bruselas, tengo bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas',
      'nl-BE': 'ik zoek werk als webontwikkelaar in Gent, ik heb een bachelor, ik ben goed met computers, ik heb een laptop, 10 uur per week',
      'en-GB': "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week",
      'fr-FR': "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine",
    };
    for (const [locale, question] of [
      ['de-DE', 'gibt es das auch auf Französisch?'], ['de-DE', 'und auf Englisch?'],
      ['es-ES', '¿y en francés?'], ['es-ES', '¿hay algo en inglés?'],
      ['nl-BE', 'en in het Frans?'], ['nl-BE', 'bestaat dat ook in het Engels?'],
      ['en-GB', 'is that also in French?'], ['en-GB', 'are those available in German?'],
      ['fr-FR', 'is that also in English?'], ['fr-FR', 'ça existe aussi en néerlandais ?'],
    ] as const) {
      const { engine, s } = listed(locale, first[locale]);
      const language = s.language;
      const profile = { ...s.profile };
      const out = engine.handle(s, { text: question });
      expect(s.language, question).to.equal(language);
      expect(understood(out), question).to.deep.include({ intent: 'question' });
      expect(says(out).some((key) => key.startsWith('common:answers.language')), `${question}: ${says(out).join(', ')}`).to.equal(true);
      // (the language the message is written in is noted, no slot)
      expect({ ...s.profile, wroteIn: undefined }, question).to.deep.equal({ ...profile, wroteIn: undefined });
      expect(asks(out), question).to.deep.equal(['followUp']);
    }
    // asked to speak it, after the list too, it is a switch
    const { engine, s } = listed('de-DE', first['de-DE']);
    engine.handle(s, { text: 'können wir auf Französisch weitermachen?' });
    expect(s.language).to.equal('fr');
    // before the list, the same words ask for the chat in that language (the corpus' convention)
    const before = newSession();
    engine.start(before, { locale: 'de-DE' });
    engine.handle(before, { text: 'ich suche Arbeit als Verkäuferin' });
    expect(understood(engine.handle(before, { text: 'geht das auch auf Spanisch?' }))).to.deep.include({ intent: 'language:es' });
    expect(before.language).to.equal('es');
  });

  // found by testers: "who reads what I write?" got the general data answer, "hoe lang bewaren jullie dat?" a course's
  // length, "t'es un humain ?" the answer to an unknown question
  it('when the person asks who reads the conversation, how long it is kept, or whether the bot is a person, then each gets its own short answer', () => {
    for (const [locale, question, key] of [
      ['en-GB', 'who reads what I write?', 'common:answers.readers'], ['fr-FR', "qui lit ce que j'écris ?", 'common:answers.readers'],
      ['de-DE', 'wer liest, was ich schreibe?', 'common:answers.readers'], ['nl-BE', 'hoe lang bewaren jullie dat?', 'common:answers.retention'],
      ['en-GB', 'how long do you keep my data?', 'common:answers.retention'], ['es-ES', '¿cuánto tiempo guardan mis datos?', 'common:answers.retention'],
      ['fr-FR', "t'es un humain ?", 'common:answers.bot'], ['nl-BE', 'ben je een persoon?', 'common:answers.bot'], ['en-GB', 'are you a person?', 'common:answers.bot'],
    ] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const out = engine.handle(s, { text: question });
      expect(says(out), question).to.include(key);
      expect(says(out), question).to.not.include('common:answers.provider');
    }
  });

  it('when a message after the list says what the person does not want, then it is no request for a person and no search', () => {
    for (const [locale, first, negative] of [
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", 'je veux pas travailler avec des personnes agees'],
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", 'pas aide a la personne'],
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week", "I don't want to talk to people on the phone"],
      ['es-ES', 'busco trabajo de dependienta en Bruselas, tengo bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas', 'no quiero trabajar con personas mayores'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      const out = engine.handle(s, { text: negative });
      expect(asks(out), negative).to.deep.equal(['followUp']);
      expect(out.map((o) => o.type), negative).to.not.include('recommend');
    }
  });

  it('when the topic is corrected with "rather" while another question is pending, then it is replaced and that question asked again', () => {
    for (const [locale, first, correction] of [
      ['fr-FR', 'je suis mecanicien auto, je veux changer de metier et apprendre la bureautique', 'non en fait pas bureautique, plutot la programmation'],
      ['de-DE', 'ich bin Buchhalter und will umschulen, Excel lernen', 'nee, am liebsten Programmierung'],
      ['en-GB', "I'm a mechanic and want to change careers, learn office software", 'no, ideally programming'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      const pending = s.pending?.slot;
      expect(s.profile.interest, first).to.equal('office');
      const out = engine.handle(s, { text: correction });
      expect(s.profile.interest, correction).to.equal('programming');
      expect(asks(out), correction).to.deep.equal([pending]);
    }
  });

  it('when the hours are changed in one message after the list ("can i change my hours to 10"), then they are replaced and the list recomputed', () => {
    for (const [locale, first, change] of [
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 5 hours a week", 'can i change my hours to 10'],
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 5h par semaine", 'changez mes heures à 10 svp'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      expect(s.profile.hoursPerWeek).to.equal(5);
      const out = engine.handle(s, { text: change });
      expect(s.profile.hoursPerWeek, change).to.equal(10);
      expect(out.map((o) => o.type), change).to.include('recommend');
    }
  });

  it('when a message is in a script none of the bot\'s languages uses, then it says which languages it reads, by their own names, and asks again', () => {
    for (const text of ['مرحبا أريد عمل', 'Привет, ищу работу', 'ሰላም']) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale: 'fr-FR' });
      const out = engine.handle(s, { text });
      const said = out.find((o) => o.type === 'say' && o.key === 'common:unreadable');
      expect(said, text).to.exist;
      expect(String((said as { params?: Record<string, string> }).params?.languages), text).to.include('Español').and.include('Nederlands');
      expect(asks(out), text).to.deep.equal(['goal']);
      expect(says(out), text).to.not.include('common:notUnderstood');
    }
  });

  it('when the person asks about an item past the end of the list ("c quoi le 6e ?" when five were shown), then it says how many were shown, not the help text', () => {
    for (const [locale, first, question] of [
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", 'et le 9e c quoi ?'],
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week", 'what about the eighth one?'],
      ['de-DE', 'ich suche Arbeit als Verkäuferin in Eupen, habe Abitur, kann gut mit dem PC, habe einen Laptop, 20 Stunden', 'was ist der neunte?'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      const shown = s.lastItems?.length ?? 0;
      expect(shown, locale).to.be.within(1, 7);
      const out = engine.handle(s, { text: question });
      const said = out.find((o): o is Extract<Output, { type: 'say' }> => o.type === 'say' && o.key === 'common:answers.noSuchItem');
      expect(said?.params, question).to.deep.equal({ count: shown });
      expect(says(out), question).to.not.include('common:help');
      expect(asks(out), question).to.deep.equal(['followUp']);
    }
  });

  it('when a message in Latin letters is clearly in a language the bot does not speak, then it says which languages it reads; chat shorthand of its own languages is not', () => {
    // found by a tester: "olá, procuro trabalho na limpeza" got "Sorry, I did not understand" in English
    for (const text of ['bom dia, estou à procura de emprego como motorista', 'ciao, vorrei trovare un lavoro in un negozio', 'szukam pracy jako kierowca, mieszkam w Brukseli']) {
      const { engine, session: s } = converse('en-GB', []);
      const out = engine.handle(s, { text });
      expect(says(out), text).to.include('common:unreadable');
      expect(says(out), text).to.not.include('common:notUnderstood');
    }
    for (const [locale, text] of [['fr-FR', 'euh ben jsais pas koi dire'], ['nl-BE', 'allee ik weet het ni goed'], ['lb', 'kann net gutt schreiwen'], ['es-ES', 'pues nose q decir la verdad']] as const) {
      const { engine, session: s } = converse(locale, []);
      expect(says(engine.handle(s, { text })), text).to.not.include('common:unreadable');
    }
  });

  it('when the person asks what courses the bot has, then before the list it says the answers choose them and asks again, after the list it shows more', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    engine.handle(s, { text: 'je cherche un emploi dans la vente' });
    const pending = s.pending?.slot;
    const before = engine.handle(s, { text: 'en attendant vous avez quoi comme formation pour moi ?' });
    expect(says(before)).to.include('common:answers.courses');
    expect(says(before)).to.not.include('common:answers.other');
    expect(asks(before)).to.deep.equal([pending]);
    const other = newSession();
    engine.start(other, { locale: 'en-GB' });
    engine.handle(other, { text: "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week" });
    expect(says(engine.handle(other, { text: 'what other courses do you have?' }))).to.include.oneOf(['recommend:more', 'recommend:moreAnyJob']);
  });

  it('when the person asks what a provider of the catalogue is ("c\'est quoi Pix ?"), then one of its courses is named and described', () => {
    for (const [locale, question, name] of [['fr-FR', "c'est quoi Pix ?", 'Pix'], ['en-GB', 'what is Duolingo?', 'Duolingo'], ['es-ES', '¿qué es Duolingo?', 'Duolingo']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const out = engine.handle(s, { text: question });
      const said = out.find((o) => o.type === 'say' && o.key === 'common:answers.aboutProvider') as { params?: Record<string, string> } | undefined;
      expect(said?.params?.name, question).to.equal(name);
      expect(said?.params?.summary, question).to.have.length.greaterThan(10);
      expect(says(out), question).to.not.include('common:answers.other');
    }
  });

  it('when the person asks after the list what a provider is ("c est quoi pix ?"), then it is described, not searched for', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    engine.handle(s, { text: "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine" });
    expect(s.pending?.slot).to.equal('followUp');
    const out = engine.handle(s, { text: 'c est quoi pix ?' });
    expect(says(out)).to.include('common:answers.aboutProvider');
    expect(out.map((o) => o.type)).to.not.include('recommend');
    expect(s.profile.interest).to.equal(undefined);
  });

  it('when the person asks after the list what an item shown is, by its rank or its short name ("c quoi le premier ?", "c\'est quoi un EPN ?"), then that item is described', () => {
    for (const [locale, first, question] of [
      ['fr-BE', "je cherche un emploi dans la vente à Namur, j'ai un CAP, je suis pas à l'aise avec l'ordi, j'ai qu'un gsm, 10h par semaine", 'c quoi le premier ?'],
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week", 'what is the second one?'],
      ['de-DE', 'Ich suche Arbeit im Verkauf in Lüttich, ich habe Abitur, kann gut mit dem Computer, habe einen Laptop, 20 Stunden pro Woche', 'was ist das erste?'],
    ] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.handle(s, { text: first });
      expect(s.pending?.slot, first).to.equal('followUp');
      const out = engine.handle(s, { text: question });
      const said = out.find((o) => o.type === 'say' && o.key === 'common:answers.aboutItem') as { params?: Record<string, string> } | undefined;
      expect(said?.params?.title, question).to.have.length.greaterThan(3);
      expect(says(out), question).to.not.include('common:help');
      expect(asks(out), question).to.deep.equal(['followUp']);
    }
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-BE' });
    engine.handle(s, { text: "je cherche un emploi dans la vente à Namur, j'ai un CAP, je suis pas à l'aise avec l'ordi, j'ai qu'un gsm, 10h par semaine" });
    const epn = engine.handle(s, { text: "c'est quoi un EPN ?" });
    expect(says(epn)).to.include('common:answers.aboutItem');
  });

  it('when an item is named by its rank with other words ("the second one, what is it"), then that item is described, and a bare rank still picks a button', () => {
    const { engine, s } = listed('en-GB', "I'm looking for a job in web development in Brussels, I have a bachelor, good with computers, I have a laptop, 10 hours a week");
    const second = s.lastItems![1].id;
    const out = engine.handle(s, { text: 'the second one, what is it' });
    const said = out.find((o) => o.type === 'say' && o.key === 'common:answers.aboutItem') as { params?: Record<string, string> } | undefined;
    expect(said?.params?.title).to.equal(engineFixture().deps.recommender.aboutItem(second, 'en')!.title);
    expect(out.map((o) => o.type)).to.not.include('recommend');
    expect(asks(out)).to.deep.equal(['followUp']);
    expect(asks(engine.handle(s, { text: 'the second one' }))).to.deep.equal(['change']);
  });

  it('when the example of "sameList" is typed in each language, then it describes the item it names', () => {
    for (const [locale, first, question] of [
      ['fr-BE', "je cherche un emploi dans la vente à Namur, j'ai un CAP, je suis pas à l'aise avec l'ordi, j'ai qu'un gsm, 10h par semaine", "c'est quoi le deuxième ?"],
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week", 'what is the second one?'],
      ['es-ES', 'busco trabajo de vendedor en Bruselas, tengo el bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas por semana', '¿qué es el segundo?'],
      ['de-DE', 'Ich suche Arbeit im Verkauf in Lüttich, ich habe Abitur, kann gut mit dem Computer, habe einen Laptop, 20 Stunden pro Woche', 'Was ist der zweite?'],
      ['nl-BE', 'ik zoek werk in de verkoop in Brussel, ik heb een bachelor, ik kan goed met de computer, ik heb een laptop, 20 uur per week', 'wat is de eerste?'],
      ['lb-LU', "ech sichen eng Aarbecht am Verkaf zu Lëtzebuerg, ech hunn e Bac, ech kann gutt mam Computer, ech hunn e Laptop, 20 Stonnen d'Woch", 'wat ass deen zweeten?'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      expect(s.pending?.slot, first).to.equal('followUp');
      // (the item named may be the agency's own training search, now offered in Belgium and Luxembourg too: a Dutch
      // speaker looking for sales work in Brussels has no sales course in Dutch, and Bruxelles Formation's catalogue
      // comes first; it is then described as that search)
      const named = s.lastItems![/eerste/.test(question) ? 0 : 1];
      const out = engine.handle(s, { text: question });
      // (a description in another language says so: "…, we only have its description in French", rec24)
      const shownIn = engine.deps.recommender.aboutItem(named.id, s.language!)?.shownIn;
      expect(says(out), question).to.include(named.kind === 'search' ? 'common:answers.aboutSearch' : shownIn ? 'common:answers.aboutItemIn' : 'common:answers.aboutItem');
    }
  });

  it('when the person asks whether an item shown is in a language ("is the first one in french?"), then the answer is about its language', () => {
    const { engine, s } = listed('en-GB', "I'm looking for a job in web development in Brussels, I have a bachelor, good with computers, I have a laptop, 10 hours a week");
    const first = s.lastItems![0];
    const out = engine.handle(s, { text: 'is the first one in french?' });
    const expected = first.languages!.includes('fr') ? 'common:answers.languageItemYes' : 'common:answers.languageItemNo';
    expect(says(out)).to.deep.equal([expected]);
    expect(out.find((o) => o.type === 'say')).to.deep.include({ params: { language: 'fr', number: 1 } });
    expect(s.lastItems![2].languages).to.not.include('fr');
    expect(says(engine.handle(s, { text: 'is the third one in French?' }))).to.deep.equal(['common:answers.languageItemNo']);
    expect(says(engine.handle(s, { text: 'is the last one in english?' }))).to.deep.equal(['common:answers.languageItemYes']);
  });

  it('when words after the list bring back the very list shown ("wat is A2 eigenlijk voor niveau bij jullie"), then it is said, not shown again', () => {
    const { engine, s } = listed('nl-BE', 'ik zoek werk en wil Frans leren, ik heb een bachelor, ik kan goed met de computer, ik heb een laptop, 10 uur per week, ik woon in Brussel');
    const shown = s.lastItems!.map((i) => i.id);
    const out = engine.handle(s, { text: 'wat is A2 eigenlijk voor niveau bij jullie' });
    expect(out.map((o) => o.type)).to.not.include('recommend');
    expect(says(out)).to.deep.equal(['recommend:sameList']);
    expect(asks(out)).to.deep.equal(['followUp']);
    expect(s.lastItems!.map((i) => i.id)).to.deep.equal(shown);
  });

  it('when a question names an agency ("…at the ADEM…", "bei der ADEM"), then its contacts are given, not a description of course providers', () => {
    // (a person living in France gets France Travail beside ADEM: test/domain/crossBorder.test.ts)
    for (const [locale, text, agencies] of [
      ['en-GB', 'can I follow courses at the ADEM if I live in France?', ['adem', 'france-travail']],
      ['de-LU', 'Ich wohne in Trier, bin ich bei der ADEM oder bei der Agentur für Arbeit gemeldet?', ['adem']],
      ['fr-BE', 'est-ce que le Forem peut payer ma formation ?', ['forem']],
      ['nl-BE', 'kan ik bij de VDAB een opleiding volgen?', ['vdab']],
    ] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const out = engine.handle(s, { text });
      expect(out.find((o) => o.type === 'contacts'), text).to.deep.equal({ type: 'contacts', agencyIds: agencies });
      expect(says(out), text).to.include('common:answers.agency').and.not.include('common:answers.provider');
      expect(asks(out), text).to.have.length(1);
    }
  });

  it('when the list is shown again with the profile unchanged, then the items shown keep their order', () => {
    const { engine, s } = listed('en-GB', "I'm looking for a job in web development in Brussels, I have a bachelor, good with computers, I have a laptop, 10 hours a week");
    const shown = s.lastItems!.map((i) => i.id);
    // a search in words that favours the last item shown
    const out: Output[] = [];
    s.query = 'duolingo app languages phone';
    engine.recommend(s, out, false);
    const again = s.lastItems!.map((i) => i.id);
    expect(again.filter((id) => shown.includes(id))).to.deep.equal(shown.filter((id) => again.includes(id)));
  });

  it('when a correction after the list holds the words of a button ("…healthcare again…"), then it is a correction, and "start again" typed loosely is confirmed', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'en-GB' });
    engine.handle(s, { text: "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week" });
    const out = engine.handle(s, { text: 'i want to work in healthcare again, as a care assistant for now' });
    expect(s.profile.field).to.equal('J');
    expect(out.map((o) => o.type)).to.include('recommend');
    expect(asks(out)).to.deep.equal(['followUp']);
    expect(asks(engine.handle(s, { text: 'strat again' }))).to.deep.equal(['confirm']);
  });

  it('when the person names in their own words what they want to change, then that question is asked', () => {
    for (const [locale, first, named, slot] of [
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", 'la ville', 'region'],
      ['fr-FR', "je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", 'mon diplome', 'qualification'],
      ['en-GB', "I'm looking for a job in a shop in Brussels, I have A-levels, good with computers, I have a laptop, 20 hours a week", 'the hours', 'availability'],
      ['es-ES', 'busco trabajo de dependienta en Bruselas, tengo bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas', 'la ciudad', 'region'],
      ['de-DE', 'ich suche Arbeit als Verkäuferin in Eupen, habe Abitur, kann gut mit dem PC, habe einen Laptop, 20 Stunden', 'den Abschluss', 'qualification'],
    ] as const) {
      const { engine, s } = listed(locale, first);
      engine.handle(s, { choice: 'change' });
      expect(s.pending?.slot, locale).to.equal('change');
      expect(asks(engine.handle(s, { text: named })), `${locale} ${named}`).to.deep.equal([slot]);
    }
  });

  it('when a request for a person after the recommendations is misspelt, then it is confirmed, and "no" keeps the list (not sent again)', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'de-DE' });
    engine.handle(session, { text: 'ich suche Arbeit als Verkäuferin in Eupen, habe Abitur, kann gut mit dem PC, habe einen Laptop, 20 Stunden' });
    const asked = engine.handle(session, { text: 'kann ich mit einem berata sprechen' });
    expect(asked.map((o) => o.type)).to.not.include('handoff');
    expect(asked.map((o) => o.type)).to.not.include('recommend');
    expect(asks(asked)).to.deep.equal(['confirm']);
    const no = engine.handle(session, { text: 'nein' });
    expect(says(no)).to.deep.equal(['common:goOn']);
    expect(no.map((o) => o.type)).to.not.include('recommend');
    expect(asks(no)).to.deep.equal(['followUp']);
  });

  it('when a correction comes after the recommendations, then the value is replaced and the list recomputed', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    for (const text of ['trouver un emploi', 'la bureautique', 'un CAP', 'avec un peu d\'aide', 'un ordinateur', '5 heures', 'Liège']) engine.handle(session, { text });
    const out = engine.handle(session, { text: "non en fait j'ai le bac" });
    expect(session.profile.eqfLevel).to.equal(4);
    expect(out.some((o) => o.type === 'recommend')).to.equal(true);
  });

  // found chatting: the help text alone, the nurse's job and goal lost
  it('when a first message says who the person is and asks what to do, then the help is given and what it says is kept', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'es-ES' });
    const out = engine.handle(session, { text: 'hola soy enfermera de colombia y quiero trabajar de enfermera en belgica q tengo q hacer' });
    expect(says(out)).to.include('common:help');
    expect(session.profile).to.include({ goal: 'find-job', field: 'J' });
    expect(asks(out)).to.not.include('goal');
  });

  // found chatting: "No puedo responder a esa pregunta"
  it('when a question after the recommendations names another trade, then it is a search for it and the list is recomputed', () => {
    const { engine, s } = listed('es-ES', 'busco trabajo de camarera en Bruselas, tengo bachillerato, me manejo bien con el ordenador, tengo portátil, 10 horas');
    expect(s.profile.field).to.equal('G');
    const out = engine.handle(s, { text: 'y hay algo para cajera?' });
    expect(s.profile.field).to.equal('D');
    expect(says(out)).to.not.include('common:answers.other');
    expect(out.some((o) => o.type === 'recommend')).to.equal(true);
  });

  it('when a value already noted is said again after the recommendations, then the bot says it has it (no "not understood")', () => {
    const { engine, s } = listed('fr-BE', "je veux créer ma propre société de nettoyage à Namur, j'ai un CAP, un ordi, je me débrouille, 5h par semaine");
    expect(s.profile.goal).to.equal('start-business');
    const out = engine.handle(s, { text: 'mais moi je veux créer MA boîte, être indépendante' });
    expect(says(out)).to.deep.equal(['recommend:alreadyNoted']);
    expect(out.some((o) => o.type === 'summary')).to.equal(true);
    expect(asks(out)).to.deep.equal(['followUp']);
  });
});

describe('questions/ (one question, one file)', () => {
  const locales = path.resolve(__dirname, '../../locales');
  const keys = (lng: string): Set<string> => {
    const flat = new Set<string>();
    for (const file of fs.readdirSync(path.join(locales, lng))) {
      const walk = (prefix: string, value: unknown): void => {
        if (typeof value === 'string') flat.add(prefix.replace(/_(one|other)$/, ''));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
      };
      walk('', JSON.parse(fs.readFileSync(path.join(locales, lng, file), 'utf8')));
      for (const k of [...flat]) if (!k.includes(':')) { flat.delete(k); flat.add(`${file.replace('.json', '')}:${k}`); }
    }
    return flat;
  };

  it('when the questions are listed, then each has an id equal to its key in the registry and texts in every language', () => {
    for (const lng of fs.readdirSync(locales).filter((d) => !d.includes('.'))) {
      const known = keys(lng);
      for (const [id, question] of Object.entries(QUESTIONS)) {
        expect(question.id).to.equal(id);
        expect(known.has(question.key), `${lng} ${question.key}`).to.equal(true);
        expect(known.has(question.retryKey), `${lng} ${question.retryKey}`).to.equal(true);
      }
    }
  });

  it('when the profile questions are listed, then each fills a profile field and reads free text', () => {
    for (const id of PROFILE_ORDER) {
      expect(QUESTIONS[id].profile?.slot).to.equal(id);
      expect(QUESTIONS[id].profile?.read).to.be.a('function');
    }
  });

  // found replaying the chats (tenth session): "el primero de que trata?" got "I cannot answer that" when the first item
  // was the agency's own training search
  it('when the item asked about by its rank is the agency\'s training search, then the bot says whose search it is', () => {
    const { engine, s } = listed('fr-FR', "je veux devenir cariste à Lyon, j'ai un CAP, je me débrouille bien avec l'ordi, j'ai un pc et internet, 10h par semaine");
    const rank = (s.lastItems ?? []).findIndex((item) => item.id.startsWith('search-'));
    expect(rank, JSON.stringify(s.lastItems)).to.equal(0);
    const out = engine.handle(s, { text: "c'est quoi le premier ?" });
    expect(says(out)).to.include('common:answers.aboutSearch');
    expect(out.find((o) => o.type === 'say' && o.key === 'common:answers.aboutSearch')).to.deep.include({ params: { agency: 'France Travail' } });
    expect(asks(out)).to.deep.equal(['followUp']);
  });
});
