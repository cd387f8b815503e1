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
});
