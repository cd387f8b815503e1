import { expect } from 'chai';
import { newSession, type Session } from '../../bot/domain/orientation/session';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse, engineFixture } from '../helpers/engineFixture';
import { warmUp } from '../../bot/domain/understanding';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

describe('OrientationEngine (domain, no SDK)', function () {
  this.timeout(60000);
  let session: Session;
  before(() => { engineFixture(); return warmUp(); }); // the language model loads asynchronously
  beforeEach(() => { session = newSession(); });

  // found chatting as jobseekers: "laptop and wifi" typed to the skills question was lost, and the equipment asked again
  it('when a later question is answered before it is asked (equipment, place), then the answer is kept and not asked again', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'en-GB' });
    for (const text of ['find a job', 'warehouse', 'GCSEs']) engine.handle(session, { text });
    const early = engine.handle(session, { text: 'laptop and wifi' });
    expect(session.profile.equipment).to.equal('computer-and-internet');
    expect(asks(early)).to.deep.equal(['digitalSkills']);
    engine.handle(session, { text: 'a little' });
    expect(session.pending?.slot).to.equal('availability');
    engine.handle(session, { text: 'Gent' }); // the place, to the hours question
    expect(session.profile.region).to.equal('BE-VLG');
    // a bare number to the skills question is left alone
    const s = newSession();
    engine.start(s, { locale: 'en-GB' });
    for (const text of ['find a job', 'warehouse', 'GCSEs']) engine.handle(s, { text });
    engine.handle(s, { text: '10' });
    expect(s.profile.hoursPerWeek).to.equal(undefined);
  });

  // found chatting: "I speak a little French", "ik spreek een beetje Nederlands", "with some help" (to another
  // question) were read as "a little time", 3 hours a week, and the hours were never asked
  it('when a message says "a little" about something else than time, then no hours are kept and the hours are still asked', () => {
    for (const [locale, answers] of [['en-GB', ['find a job', 'I speak a little French']], ['nl-BE', ['werk vinden', 'ik kom uit Syrië, ik spreek een beetje Nederlands']],
      ['fr-BE', ['trouver un emploi', 'je parle un peu néerlandais']], ['en-GB', ['find a job', 'warehouse', 'GCSEs', 'with some help']]] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      for (const text of answers) engine.handle(s, { text });
      expect(s.profile.hoursPerWeek, answers.at(-1)).to.equal(undefined);
    }
  });

  // found chatting as jobseekers: "je bosse dans un spa" as a first message put the person in Wallonia (Spa), read as
  // the region question's answer given ahead, and the region was never asked
  it('when a sentence names a word that is also a town ("dans un spa"), then it is no place answered ahead; a town named alone still is', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.handle(session, { text: 'je bosse dans un spa' });
    expect(session.profile.region).to.equal(undefined);
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    engine.handle(s, { text: 'trouver un emploi' });
    engine.handle(s, { text: 'Spa' });
    expect(s.profile.region).to.equal('BE-WAL');
  });

  // found chatting as jobseekers: "cap mecanique" typed at a later question turned a truck driver into a mechanic
  it('when a diploma with its trade is named after the job wished, then the job wished stays', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.handle(session, { text: 'je voudrais travailler comme chauffeur poids lourd' });
    engine.handle(session, { text: 'trouver un emploi' });
    engine.handle(session, { text: 'cap mecanique' });
    expect(session.profile).to.include({ field: 'N', eqfLevel: 3 });
  });

  it('when a job is named, then its trade is kept with the field, replaced with a new field, and kept when the same field is said again without one', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-BE' });
    engine.handle(session, { text: 'je cherche du travail comme agent de sécurité' });
    expect(session.profile).to.include({ field: 'K', trade: 'security' });
    const out: Output[] = [];
    engine.merge(session, { field: 'K' }, out, undefined, true);
    expect(session.profile.trade).to.equal('security');
    engine.merge(session, { field: 'K', trade: 'childcare' }, out, undefined, true);
    expect(session.profile.trade).to.equal('childcare');
    engine.merge(session, { field: 'G' }, out, undefined, true);
    expect(session.profile).to.include({ field: 'G' }).and.not.have.property('trade');
  });

  // issue 8: "je veux apprendre le néerlandais" was only interest=languages, and other languages' courses came first
  it('when a language to learn is named, then it is kept with the topic, replaced by a correction, and dropped with a new topic', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-BE' });
    engine.handle(session, { text: 'je suis vendeur depuis 10 ans à Liège, je veux apprendre le néerlandais' });
    expect(session.profile).to.include({ interest: 'languages' });
    expect(session.profile.learnLanguages).to.deep.equal(['nl']);
    engine.handle(session, { text: "non plutôt l'anglais" });
    expect(session.profile.learnLanguages).to.deep.equal(['en']);
    const out: Output[] = [];
    engine.merge(session, { interest: 'languages' }, out, undefined, true);
    expect(session.profile.learnLanguages).to.deep.equal(['en']);
    engine.merge(session, { interest: 'office' }, out, undefined, true);
    expect(session.profile).to.include({ interest: 'office' }).and.not.have.property('learnLanguages');
  });

  it('when a wish to learn a language named none, then a language named alone next is the one to learn, not a switch', () => {
    const { session: learner } = converse('fr-BE', ['bonjour', 'je veux apprendre une langue', 'anglais']);
    expect(learner.language).to.equal('fr');
    expect(learner.profile).to.include({ interest: 'languages' });
    expect(learner.profile.learnLanguages).to.deep.equal(['en']);
    // (asked in so many words, the chat switches; with no wish open, a language named alone does too)
    expect(converse('fr-BE', ['bonjour', 'je veux apprendre une langue', 'in English please']).session.language).to.equal('en');
    expect(converse('fr-BE', ['bonjour', 'english']).session.language).to.equal('en');
  });

  it('when the channel gives no locale and nothing was typed, then the language is asked first', () => {
    const out = engineFixture().start(session, {});
    expect(asks(out)).to.deep.equal(['language']);
  });

  it('when the channel gives a supported locale, then the goal is asked in that language', () => {
    const out = engineFixture().start(session, { locale: 'es-ES' });
    expect(session.language).to.equal('es');
    expect(asks(out)).to.deep.equal(['goal']);
    expect(says(out)[0]).to.equal('common:welcome');
  });

  it('when the first free text is in another language than the locale, then the text wins', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.handle(session, { text: 'Ich möchte eine neue Arbeit finden' });
    expect(session.language).to.equal('de');
    expect(session.profile.goal).to.equal('find-job');
  });

  // found chatting: a German user was switched to Dutch, Luxembourgish users to German, by their first short message
  it('when the first text is short and its words are known in the locale\'s language as well, then the locale\'s language stays', () => {
    for (const [locale, text, lang] of [['de-DE', 'hi such was als gärtner', 'de'], ['lb-LU', 'moien ech wëll als laborant schaffen', 'lb'],
      ['lb-LU', 'ech wëll als kächin schaffen', 'lb'], ['fr-BE', 'Hallo, ik zoek werk', 'nl'], ['fr-FR', 'hello I want a job', 'en']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.handle(s, { text });
      expect(s.language, text).to.equal(lang);
    }
  });

  it('when the person chose a language, then later detection never overrides it', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.handle(session, { text: 'English please' });
    engine.handle(session, { text: 'je veux trouver un travail' });
    expect(session.language).to.equal('en');
  });

  it('when one message answers several questions, then each is filled and the next missing one is asked', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    const out = engine.handle(session, { text: "je veux me reconvertir dans le web, j'ai un BTS" });
    expect(session.profile).to.include({ goal: 'retrain', eqfLevel: 5 });
    expect(asks(out)).to.not.include('qualification');
  });

  // found by a tester (qa19 B5): equipment given to the skills question, then one word not understood, got "still not
  // understood" and the offer of a person, as if two answers had been missed
  it('when an answer to another question comes before a first real miss, then the miss is a first "not understood", in every language', () => {
    for (const [locale, answers] of [['fr-BE', ['je cherche un emploi', 'vendeur', 'bac', "j'ai un ordinateur portable", 'zzkw']],
      ['en-GB', ['find a job', 'warehouse', 'GCSEs', 'I have a laptop', 'zzkw']], ['nl-BE', ['werk vinden', 'magazijnier', 'diploma secundair', 'ik heb een laptop', 'zzkw']]] as const) {
      const s = newSession();
      const engine = engineFixture();
      engine.start(s, { locale });
      const outs = answers.map((text) => engine.handle(s, { text }));
      expect(asks(outs[3]), locale).to.deep.equal(['digitalSkills']);
      expect(says(outs[4]), locale).to.include('common:notUnderstood').and.not.include('common:notUnderstoodOfferHuman');
      expect(asks(outs[4]), locale).to.deep.equal(['digitalSkills']);
      // the answer to another question was no try of it (qa21 q27): two more misses skip it
      expect(says(engine.handle(s, { text: 'zzkw' })), locale).to.include('common:notUnderstoodOfferHuman');
      expect(says(engine.handle(s, { text: 'zzkw' })), locale).to.include('common:skipping');
    }
  });

  it('when an answer is not understood twice, then a person is offered, and the question is never asked a fourth time', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'en-US' });
    expect(says(engine.handle(session, { text: 'xqzt' }))).to.include('common:notUnderstood');
    const second = engine.handle(session, { text: 'xqzt' });
    expect(says(second)).to.include('common:notUnderstoodOfferHuman');
    expect(second.find((o) => o.type === 'ask')).to.deep.include({ slot: 'goal' }).and.have.property('options').that.is.not.empty;
    const out = engine.handle(session, { text: 'xqzt' });
    expect(says(out)).to.include('common:skipping');
    expect(asks(out)).to.deep.equal(['interest']);
  });

  it('when the deployment serves one agency, then the region is preset and never asked', () => {
    const engine = engineFixture('LU');
    engine.start(session, { locale: 'fr-FR' });
    expect(session.profile.region).to.equal('LU');
    for (const text of ['trouver un emploi', 'la programmation', 'un master', 'très à l\'aise', 'un ordinateur et internet']) engine.handle(session, { text });
    const out = engine.handle(session, { text: '10 heures' });
    expect(asks(out)).to.deep.equal(['followUp']);
    expect(out.some((o) => o.type === 'recommend')).to.equal(true);
  });

  it('when a callback is accepted, then consent, number and time lead to one callback output; a bad number is asked again', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    const offer = engine.offerCallback(session);
    expect(says(offer)).to.deep.equal(['handoff:callbackNotice']);
    expect(asks(engine.handle(session, { text: 'oui' }))).to.deep.equal(['phone']);
    expect(asks(engine.handle(session, { text: '12 34' }))).to.deep.equal(['phone']);
    expect(asks(engine.handle(session, { text: '0470 12 34 56' }))).to.deep.equal(['callbackTime']);
    const done = engine.handle(session, { text: 'demain matin' });
    const callback = done.find((o) => o.type === 'callback');
    expect(callback).to.deep.include({ type: 'callback', phone: '+32470123456' });
    expect(session.callback).to.equal(undefined);
  });

  // found by testers: any sentence typed to "when can we call you?" was saved as the time
  it('when the answer to the callback-time question names no time, then it is asked again kindly; a day, a part of the day or "any time" is taken', () => {
    const atTime = (locale: string) => {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.offerCallback(s);
      engine.handle(s, { text: '0470 12 34 56' });
      expect(s.pending?.slot).to.equal('callbackTime');
      return { engine, s };
    };
    for (const [locale, text] of [['fr-FR', "je sais pas trop quoi vous dire"], ['en-GB', 'my cat is sleeping on the sofa'],
      ['de-DE', 'das weiß ich noch nicht so genau'], ['es-ES', 'no sé qué decirle']] as const) {
      const { engine, s } = atTime(locale);
      const out = engine.handle(s, { text });
      expect(out.map((o) => o.type), text).to.not.include('callback');
      expect(out.filter((o) => o.type === 'ask').map((o) => o.type === 'ask' && o.key), text).to.deep.equal(['profile:ask.callbackTime_retry']);
    }
    for (const [locale, text] of [['fr-FR', "n'importe quand"], ['en-GB', 'tomorrow afternoon'], ['de-DE', 'egal wann'], ['es-ES', 'el lunes por la tarde'],
      ['nl-BE', 'morgenvoormiddag'], ['lb-LU', 'muer de Moien'], ['fr-FR', 'vers 14h']] as const) {
      const { engine, s } = atTime(locale);
      expect(engine.handle(s, { text }).map((o) => o.type), text).to.include('callback');
    }
  });

  // found chatting: "merci bcp" to "when can we call you?" was saved as the time
  it('when thanks are typed to the callback-time question, then they are acknowledged and the time is asked again', () => {
    for (const [locale, thanks] of [['fr-FR', 'merci bcp'], ['nl-BE', 'ok bedankt'], ['en-GB', 'thanks a lot']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.offerCallback(s);
      engine.handle(s, { text: '0470 12 34 56' });
      const out = engine.handle(s, { text: thanks });
      expect(out.map((o) => o.type), thanks).to.not.include('callback');
      expect(asks(out), thanks).to.deep.equal(['callbackTime']);
    }
  });

  // found chatting: the number typed right after the notice got "sorry, I did not understand"
  it('when the number is typed as the answer to the callback offer, then it is a yes and the number, and the time is asked', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'fr-FR' });
    engine.offerCallback(session);
    expect(asks(engine.handle(session, { text: '0470 12 34 56' }))).to.deep.equal(['callbackTime']);
    const done = engine.handle(session, { text: 'demain matin' });
    expect(done.find((o) => o.type === 'callback')).to.deep.include({ type: 'callback', phone: '+32470123456' });
  });

  // found chatting: "yes pls 0478 12 34 56" was asked for the number again
  it('when a yes and the number come in one message to the callback offer, then the number is kept and the time is asked', () => {
    for (const [locale, text, phone] of [['en-GB', 'yes pls 0478 12 34 56', '+32478123456'], ['es-ES', 'sí, mi número es 0470 12 34 56', '+32470123456'],
      ['fr-BE', 'oui appelez-moi au 0470 12 34 56', '+32470123456'], ['nl-BE', 'ja graag, bel me op 0478/55.66.77', '+32478556677'],
      ['en-GB', 'yes please call me on 0032 485 11 22 33', '+32485112233']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.offerCallback(s);
      expect(asks(engine.handle(s, { text })), text).to.deep.equal(['callbackTime']);
      expect(s.callback, text).to.deep.equal({ phone });
    }
  });

  // found chatting: "rappelez-moi au 0470 12 34 56" asked for a person, then for the number typed in it
  it('when the request for a person holds a number, then the consent question offers that number back: a yes keeps it, a no drops it', () => {
    for (const [locale, request, yes, phone, shown] of [['fr-BE', 'je veux un conseiller, rappelez-moi demain à 14h au 0470 12 34 56', 'oui', '+32470123456', '+32 470 12 34 56'],
      ['en-GB', 'can someone call me back on 06 12 34 56 78', 'yes please', '+33612345678', '+33 6 12 34 56 78']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const offer = engine.offerCallback(s, [request]);
      const ask = offer.find((o) => o.type === 'ask');
      expect(ask, request).to.deep.include({ slot: 'consent', key: 'profile:ask.consentNumber', params: { phone: shown } });
      expect(asks(engine.handle(s, { text: yes })), request).to.deep.equal(['callbackTime']);
      // (and the time said in it, asked back next: qa21 q28)
      expect(s.callback?.phone, request).to.equal(phone);
    }
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-BE' });
    engine.offerCallback(s, ['rappelez-moi au 0470 12 34 56']);
    expect(says(engine.handle(s, { text: 'non' }))).to.include('handoff:callbackDeclined');
    expect(s.callback).to.equal(undefined);
    // left for another subject: the number offered back is not kept
    const other = newSession();
    engine.start(other, { locale: 'fr-BE' });
    engine.offerCallback(other, ['rappelez-moi au 0470 12 34 56']);
    engine.handle(other, { text: 'recommencer' });
    expect(other.callback).to.equal(undefined);
    // no number in the request: the usual question
    const plain = newSession();
    engine.start(plain, { locale: 'fr-BE' });
    expect(engine.offerCallback(plain, ['je veux parler à quelqu\'un']).find((o) => o.type === 'ask')).to.deep.include({ key: 'profile:ask.consent' });
  });

  // found chatting: a town typed with the number was not used, and the callback went to no region's service
  it('when the person says where they live while giving the number or the time, then the region is kept; nothing else is read from these answers', () => {
    for (const [locale, phone, time, region] of [['fr-BE', "0470 12 34 56, j'habite à Namur", 'après 17h', 'BE-WAL'],
      ['nl-BE', '0478 55 66 77', 'morgenvroeg, ik woon in Gent', 'BE-VLG'], ['de-LU', 'ja, 621 123 456, ich wohne in Esch', 'morgen', 'LU']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.offerCallback(s);
      engine.handle(s, { text: phone });
      const done = engine.handle(s, { text: time });
      expect(done.map((o) => o.type), phone).to.include('callback');
      expect(s.profile.region, phone).to.equal(region);
      expect(s.profile.hoursPerWeek, phone).to.equal(undefined);
    }
  });

  // found chatting: "je veux faire du développement web", then "en fait non, je préfère devenir aide-soignante" kept web
  // development, and its courses came before the care ones
  it('when the person changes their mind to another job, then the topic wished with the first one is dropped; a job said without taking anything back keeps it', () => {
    for (const [locale, answers] of [['fr-BE', ['je veux faire du développement web', 'namur', 'CESS', 'en fait non, je préfère devenir aide-soignante']],
      ['en-GB', ['I want to learn web development', 'no actually I would rather be a nurse']]] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      for (const text of answers) engine.handle(s, { text });
      expect(s.profile.field, answers.at(-1)).to.equal('J');
      expect(s.profile.interest, answers.at(-1)).to.equal(undefined);
    }
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    for (const text of ['je veux apprendre excel', 'je cherche du travail dans la restauration']) engine.handle(s, { text });
    expect(s.profile.interest).to.equal('office');
  });

  it('when a callback is refused, then nothing is stored and the orientation goes on', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'en-US' });
    engine.offerCallback(session);
    const out = engine.handle(session, { text: 'no thanks' });
    expect(says(out)).to.include('handoff:callbackDeclined');
    expect(asks(out)).to.deep.equal(['goal']);
    expect(session.callback).to.equal(undefined);
  });

  // found chatting (QA round 5): a callback requested from the follow-up menu printed the five cards again
  it('when a callback is set up after the recommendations (saved, refused or given up), then the list is not shown again, only "what next?"', () => {
    const listed = () => {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale: 'fr-BE' });
      const out = engine.handle(s, { text: "je cherche un emploi dans la vente à Namur, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 10h par semaine" });
      expect(out.map((o) => o.type)).to.include('recommend');
      engine.offerCallback(s);
      return { engine, s };
    };
    const saved = listed();
    saved.engine.handle(saved.s, { text: 'oui' });
    saved.engine.handle(saved.s, { text: '0470 12 34 56' });
    const done = saved.engine.handle(saved.s, { text: "n'importe quand" });
    expect(done.map((o) => o.type)).to.include('callback').and.not.include('recommend').and.not.include('summary');
    expect(asks(done)).to.deep.equal(['followUp']);
    const refused = listed();
    const no = refused.engine.handle(refused.s, { text: 'non merci' });
    expect(says(no)).to.include('handoff:callbackDeclined');
    expect(no.map((o) => o.type)).to.not.include('recommend');
    expect(asks(no)).to.deep.equal(['followUp']);
    const given = listed();
    given.engine.handle(given.s, { text: 'oui' });
    const last = ['12345', '+49 170 1234567', 'abc'].map((text) => given.engine.handle(given.s, { text })).at(-1)!;
    expect(says(last)).to.include('handoff:callbackGiveUp');
    expect(last.map((o) => o.type)).to.not.include('recommend');
    expect(asks(last)).to.deep.equal(['followUp']);
    // an answer changed afterwards still brings a new list
    const changed = given.engine.handle(given.s, { text: 'en fait plutôt la coiffure' });
    expect(changed.map((o) => o.type)).to.include('recommend');
  });

  // found chatting (QA round 5): a German number was refused twice, then "write 'advisor'" came inside the advisor flow
  it('when the callback number is not accepted twice, then the bot does not say to write "advisor", and the retry names the countries', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'en-GB' });
    engine.offerCallback(session);
    engine.handle(session, { text: 'yes' });
    const first = engine.handle(session, { text: '+49 170 1234567' });
    expect(first.find((o) => o.type === 'ask')).to.deep.include({ slot: 'phone', key: 'profile:ask.phone_retry' });
    const second = engine.handle(session, { text: '+49 170 1234567' });
    expect(says(second)).to.not.include('common:notUnderstoodOfferHuman');
    expect(asks(second)).to.deep.equal(['phone']);
  });

  it('when the person restarts, then answers are cleared but the language is kept', () => {
    const engine = engineFixture();
    engine.start(session, { locale: 'es-ES' });
    engine.handle(session, { text: 'quiero encontrar trabajo' });
    const out = engine.handle(session, { text: 'empezar de nuevo' });
    expect(session.profile).to.deep.equal({ language: 'es' });
    expect(asks(out)).to.deep.equal(['goal']);
  });

  // found chatting (QA round 5): "ik ben kapster … ik wil leren hoe ik sociale media gebruik voor mijn zaak" (topic digital
  // marketing read) was told "no online course for work in sales, hairdressing…", which hid what she asked for
  it('when a person named a topic and nothing online fits, then the reply says there is no course on that subject, not none for their trade', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'nl-BE' });
    const person = { goal: 'start-business', field: 'D', trade: 'beauty', eqfLevel: 3, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 3, region: 'BE-VLG' } as const;
    s.profile = { ...s.profile, ...person, interest: 'digital-marketing' };
    const out: Output[] = [];
    engine.recommend(s, out, false);
    expect(out.find((o) => o.type === 'recommend')).to.include({ match: 'none' });
    expect(says(out)).to.include('recommend:noneForTopic').and.not.include('recommend:noneForField');
    // with no topic named, the trade is what they asked for: none for it, though sales has courses (issue 8: said so, not
    // that the whole field has none)
    const t = newSession();
    engine.start(t, { locale: 'nl-BE' });
    t.profile = { ...t.profile, ...person, goal: 'find-job' };
    const plain: Output[] = [];
    engine.recommend(t, plain, false);
    expect(plain.find((o) => o.type === 'recommend')).to.include({ match: 'none' });
    expect(says(plain)).to.include('recommend:noneForTrade').and.not.include('recommend:noneForField');
  });

  // found by a tester: an electrician who wanted home automation was told "here is what I propose" over renovation MOOCs
  // for the whole of construction; a developer, whose courses the catalogue has, still is
  it('when what is listed only comes near the trade named, then the reply says so instead of "here is what I propose"', () => {
    for (const [locale, texts] of [
      ['fr-FR', ['je suis électricien à Thionville et je cherche à me former en domotique', 'bac pro', 'bien', 'ordi', '5h']],
      ['en-GB', ['I am an electrician in Metz and I want to learn home automation', 'bac pro', 'good', 'laptop', '5 hours']],
    ] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const out = texts.flatMap((text) => engine.handle(s, { text }));
      expect(s.profile, locale).to.include({ field: 'F', trade: 'electrical' });
      // (in English, the electrical courses are there in French only: said so, and "and in French?" brings them; rec22)
      const key = locale === 'en-GB' ? 'recommend:noneInTheirLanguage' : 'recommend:partialForField';
      expect(says(out), locale).to.include(key).and.not.include('recommend:intro');
      expect(out.find((o) => o.type === 'say' && o.key === key), locale).to.deep.include(locale === 'en-GB'
        ? { params: { field: 'F', job: 'electrical', language: 'en', first: 'fr' } } : { params: { field: 'F', job: 'electrical' } });
      expect(out.find((o) => o.type === 'recommend'), locale).to.include({ match: 'partial' });
    }
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    const out = ['je veux devenir développeur', 'bac', 'bien', 'ordi', '5h', 'lyon'].flatMap((text) => engine.handle(s, { text }));
    expect(says(out)).to.include('recommend:intro').and.not.include('recommend:partialForField');
  });
  // found chatting (tenth session): a business project became "get a diploma", then "find a job", from words said in
  // passing to later questions
  it('when a later answer names a goal word in passing, then the goal given first stays; a change of mind or a project stated replaces it', () => {
    const goalAfter = (locale: string, texts: string[]) => {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      for (const text of texts) engine.handle(s, { text });
      return s.profile.goal;
    };
    expect(goalAfter('fr-BE', ['je voudrais ouvrir mon propre salon de coiffure à Namur', "j'ai rien eu comme diplôme, j'ai arrêté en 4e secondaire",
      'le soir après le boulot, 1h par jour à peu près'])).to.equal('start-business');
    expect(goalAfter('es-ES', ['quiero cambiar de profesión, a la contabilidad', 'terminé el bachillerato en Colombia'])).to.equal('retrain');
    expect(goalAfter('fr-FR', ['je veux trouver un emploi', "en fait je préfère créer mon entreprise"])).to.equal('start-business');
    expect(goalAfter('fr-FR', ['je veux trouver un emploi', "me reconvertir dans l'informatique"])).to.equal('retrain');
    // found chatting (twelfth session): a goal stated alone to another question replaces the one read before ("not understood")
    expect(goalAfter('fr-BE', ['je suis maraîcher à Wavre, je veux vendre mes fruits sur internet', 'monter ma propre entreprise'])).to.equal('start-business');
    expect(goalAfter('nl-BE', ['ik wil werk zoeken in Gent', 'een eigen zaak starten'])).to.equal('start-business');
    expect(goalAfter('de-DE', ['ich suche Arbeit in Eupen', 'eine eigene Firma gründen'])).to.equal('start-business');
  });
  it('when one who changes careers names the diploma of the job they leave, then that job is not the one wanted', () => {
    for (const [locale, texts] of [['fr-BE', ['je suis aide-soignante depuis 10 ans à Namur et je veux me reconvertir', 'un diplôme d\'aide-soignante']],
      ['en-GB', ['I have been a chef for twelve years and I want to change careers', 'a BTEC diploma in catering']],
      ['de-DE', ['ich bin seit 12 Jahren Koch und will mich umschulen', 'Ausbildung als Koch']]] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      for (const text of texts) engine.handle(s, { text });
      expect(s.profile, locale).to.include({ goal: 'retrain', eqfLevel: 4 }).and.not.have.property('field');
    }
  });
});
