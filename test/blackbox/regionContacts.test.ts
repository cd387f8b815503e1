import { expect } from 'chai';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

/**
 * Asking for a person names the public service of the person's region: Wallonia had none (a generic "your
 * employment service"), while Brussels, Flanders, Luxembourg and France named theirs. Through POST /api/messages.
 */
describe('Contacts of the person\'s region when they ask for a person (black box, issue 8)', function () {
  this.timeout(60000);
  let running: RunningApp;
  // nobody signed in: the bot says so, names the region's service and its contacts, and offers a callback
  before(async () => { running = await startTestApp({ OFFICE_HOURS: '24/7' }); });
  after(async () => { await running.stop(); });

  for (const [locale, place, person, expected] of [
    ['fr-BE', "j'habite à Namur, je cherche du travail", 'je veux parler à un conseiller', ['Forem', '0800 93 947', 'leforem.be']],
    ['de-DE', 'ich wohne in Lüttich und suche Arbeit', 'ich möchte mit einem Berater sprechen', ['Forem', '0800 93 947']],
    // Eupen is in Wallonia for our regions; the German-speaking Community's own service is named beside the Forem
    ['de-BE', 'ich wohne in Eupen und suche Arbeit', 'ich möchte mit einem Berater sprechen', ['ADG', 'Eupen, Kelmis, St. Vith', 'adg.be']],
    ['fr-FR', "j'habite à Lyon, je cherche du travail", 'je veux parler à un conseiller', ['France Travail', '3949']],
    // beside ADEM, one who lives in another country is told its service may register them too (issue 8)
    ['fr-LU', "je travaille à Esch, je cherche du travail", 'je veux parler à un conseiller', ['ADEM', 'adem.public.lu', 'Vous habitez dans un autre pays ?']],
  ] as const) {
    it(`when a person in ${place.split(',')[0]} (${locale}) asks for a person and nobody is available, then the service of their region is named with its contacts`, async () => {
      const c = new Conversation(running.url, locale);
      await c.join();
      await c.say(place);
      const turn = await c.say(person);
      const text = turn.texts.join('\n');
      for (const word of expected) expect(text, text).to.include(word);
      expect(text).to.not.match(/3949: 3949/);
      expect(turn.asks).to.deep.equal(['consent']);
    });
  }

  // found chatting (QA round 5): the list began with "You can also contact…", the Cité des métiers came twice (under
  // Bruxelles Formation and under Actiris), and a Spanish speaker in Liège was given the ADG of Eupen beside the Forem
  it('when a person in Brussels is given two agencies, then the first is "you can contact", the second "also", and a place they share is named once', async () => {
    const c = new Conversation(running.url, 'en-GB');
    await c.join();
    await c.say('I live in Brussels and I am looking for a job');
    const text = (await c.say('I want to talk to an advisor')).texts.join('\n');
    expect(text, text).to.match(/You can contact (Bruxelles Formation|Actiris):/);
    expect(text, text).to.match(/You can also contact (Bruxelles Formation|Actiris):/);
    expect(text.indexOf('You can contact'), text).to.be.lessThan(text.indexOf('You can also contact'));
    expect(text.match(/Tour Astro/g), text).to.have.length(1);
  });

  for (const [locale, place, person] of [
    ['es-ES', 'vivo en Lieja y busco trabajo', 'quiero hablar con un asesor'],
    ['fr-BE', "j'habite à Liège, je cherche du travail", 'je veux parler à un conseiller'],
  ] as const) {
    it(`when a person in Liège (${locale}) asks for a person, then the Forem is named and not the ADG of the German-speaking Community`, async () => {
      const c = new Conversation(running.url, locale);
      await c.join();
      await c.say(place);
      const text = (await c.say(person)).texts.join('\n');
      expect(text, text).to.include('0800 93 947');
      expect(text, text).to.not.include('ADG');
    });
  }

  // found chatting (QA round 5): "+49 170 1234567" got "I could not read this number", then "write 'advisor'" in the advisor flow
  it('when a callback number from another country is typed twice, then the bot says it only calls Belgian, Luxembourgish or French numbers, never "write advisor"', async () => {
    const c = new Conversation(running.url, 'en-GB');
    await c.join();
    await c.say('I live in Luxembourg');
    expect((await c.say('advisor')).asks).to.deep.equal(['consent']);
    expect((await c.say('yes')).asks).to.deep.equal(['phone']);
    for (let i = 0; i < 2; i++) {
      const turn = await c.say('+49 170 1234567');
      const text = turn.texts.join('\n');
      expect(turn.asks, text).to.deep.equal(['phone']);
      expect(text, text).to.include('I can only call a Belgian, Luxembourgish or French number');
      expect(text, text).to.not.include('"advisor"');
    }
    const given = (await c.say('+49 170 1234567')).texts.join('\n');
    expect(given, given).to.include("Let's leave the call for now").and.not.include('"advisor"');
  });

  // found chatting: the number typed in the request was asked for again
  it('when the request for a person holds the number, then the callback offer names it back and a yes goes on to the time', async () => {
    const c = new Conversation(running.url, 'fr-BE');
    await c.join();
    await c.say("j'habite à Namur, je cherche du travail");
    const turn = await c.say('je veux parler à un conseiller, rappelez-moi au 0470 12 34 56');
    expect(turn.asks).to.deep.equal(['consent']);
    expect(turn.texts.join('\n')).to.include('+32 470 12 34 56');
    const yes = await c.say('oui');
    expect(yes.asks).to.deep.equal(['callbackTime']);
  });

  // found by a tester: the confirmation did not say which number and when, so a mistake could not be seen
  it('when a callback is saved, then the confirmation says the last digits of the number and the time given', async () => {
    const c = new Conversation(running.url, 'fr-BE');
    await c.join();
    await c.say("j'habite à Namur, je cherche du travail");
    expect((await c.say('je veux parler à un conseiller')).asks).to.deep.equal(['consent']);
    expect((await c.say('oui')).asks).to.deep.equal(['phone']);
    expect((await c.say('0470 12 34 56')).asks).to.deep.equal(['callbackTime']);
    const saved = await c.say('demain vers 10h');
    const text = saved.texts.join('\n');
    expect(saved.handoff).to.equal('callback-requested');
    expect(text, text).to.include('se termine par 34 56, au moment indiqué : demain vers 10h.');
    expect(text, text).to.not.include('470');
  });

  // found by a tester: "no gracias" to "where do you live?" (asked for the contacts) was asked again, then no contact came
  it('when the person will not say where they live, then every public service is named with its website and the callback is offered', async () => {
    const c = new Conversation(running.url, 'es-ES');
    await c.join();
    expect((await c.say('quiero hablar con un asesor')).asks).to.deep.equal(['region']);
    const turn = await c.say('no gracias');
    const text = turn.texts.join('\n');
    expect(turn.asks, text).to.deep.equal(['consent']);
    expect(text, text).to.include('Los servicios públicos de empleo, por región:');
    for (const word of ['Actiris (Bruselas): https://www.actiris.brussels', 'ADEM (Luxemburgo)', 'VDAB (Flandes)', 'France Travail (Francia)', 'Le Forem (Valonia)']) expect(text, text).to.include(word);
    expect(text, text).to.not.include('ADG');
  });
});

/**
 * A deployment with no advisor hours (no OFFICE_HOURS, no AGENCY: the default) never queues a person: found chatting
 * out of hours, it said "no advisor is available right now" with no return to announce, as if one would be later.
 */
describe('Asking for a person where no advisor hours are set (black box, QA round 5)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  for (const [locale, place, person, said] of [
    ['en-GB', 'I live in Brussels and I am looking for a job', 'I want to talk to an advisor', 'Advisors do not answer live in this chat: contact your employment service directly, or an advisor can call you back.'],
    ['nl-BE', 'ik woon in Gent en zoek werk', 'ik wil met een medewerker praten', 'Medewerkers antwoorden niet live in deze chat: neem zelf contact op met je dienst voor werk'],
  ] as const) {
    it(`when a person (${locale}) asks for a person, then they are told advisors do not answer here, then given contacts and the callback offer`, async () => {
      const c = new Conversation(running.url, locale);
      await c.join();
      await c.say(place);
      const turn = await c.say(person);
      const text = turn.texts.join('\n');
      expect(text, text).to.include(said);
      expect(text, text).to.not.match(/right now|nu geen medewerker/);
      expect(turn.asks).to.deep.equal(['consent']);
    });
  }
});
