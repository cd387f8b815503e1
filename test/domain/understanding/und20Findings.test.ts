import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading found on the newest evaluation sets (twentieth session), each checked here in words written for
 * the test: hours, digital skills, goals and interruptions said in people's own words.
 */
describe('Understanding: hours, skills, goals and requests said in people\'s own words', () => {
  const u = useUnderstanding();
  const hours = (text: string, lang: string) => u().understand(text, lang, { pending: 'availability' }).slots.hoursPerWeek;

  it('when a range of hours is said with a unit that only counts hours, then it is an amount, not a span of the day', () => {
    expect(hours('between 10 and 14 hours', 'en')).to.equal(12);
    expect(hours('so zwischen 12 und 16 Stunden', 'de')).to.equal(14);
    expect(hours('tussen 12 en 16 uren', 'nl')).to.equal(14);
    expect(hours('tëscht 10 an 14 Stonnen', 'lb')).to.equal(12);
    // a unit that also tells the time keeps the span: 9 to 13 o'clock on weekdays
    expect(hours('de 9 a 13h', 'fr')).to.equal(20);
  });

  it('when the answer says a number "a week" and why, then the number is the hours', () => {
    expect(hours('around 15 a week, my kids are still little', 'en')).to.equal(15);
    expect(hours('à peu près 12 par semaine, j\'ai un boulot à côté', 'fr')).to.equal(12);
    expect(hours('een 16 per week, want ik heb kinderen', 'nl')).to.equal(16);
    expect(hours('3 jours par semaine', 'fr')).to.equal(21);
  });

  it('when someone says they can restart a device, then it is no restart of the conversation', () => {
    const said: Array<[string, string]> = [
      ['en', 'I can reset the modem and restart the tv box, nothing more'], ['fr', 'je sais redémarrer la tablette, pas plus'],
      ['de', 'ich kann den Fernseher neu starten, mehr nicht'], ['es', 'sé reiniciar la tele y poco más'],
      ['nl', 'ik kan de tv herstarten, dat is alles'], ['lb', 'ech kann den Tablet nei starten, soss näischt'],
    ];
    for (const [lang, text] of said) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).intent, text).to.not.equal('restart');
    }
    expect(u().understand('restart please', 'en').intent).to.equal('restart');
    expect(u().understand('neu starten bitte', 'de').intent).to.equal('restart');
  });

  it('when, to the skills question, a call is mentioned in one clause and someone in the next, then no person is asked for', () => {
    expect(u().understand('only Facebook and calls with my sister, someone has to help me with the rest', 'en',
      { pending: 'digitalSkills' }).intent).to.not.equal('human');
    expect(u().understand('can I speak, please, to an advisor', 'en').intent).to.equal('human');
    expect(u().understand('talk to, um, a real person', 'en').intent).to.equal('human');
  });

  it('when someone writes that a relative wants to work for themselves, then the goal is to start a business', () => {
    const said: Array<[string, string]> = [
      ['fr', 'mon mari veut se mettre à son compte'], ['fr', 'je voudrais monter une start-up dans le vélo'],
      ['en', 'my wife wants to set up on her own'], ['de', 'ich will mein eigenes Ding machen'],
      ['es', 'mi hermana quiere ponerse por su cuenta'], ['nl', 'mijn broer wil voor zichzelf beginnen'],
      ['lb', 'mäi Papp wëll sech selbststänneg maachen'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.goal, text).to.equal('start-business');
  });

  it('when someone says nobody will hire them, then the goal is to find a job', () => {
    const said: Array<[string, string]> = [
      ['en', 'nobody wants to hire me because of my age'], ['fr', 'personne ne veut m\'embaucher à mon âge'],
      ['es', 'nadie me quiere contratar sin papeles'], ['de', 'keiner will mich einstellen, ich bin zu alt'],
      ['nl', 'niemand wil mij aannemen met mijn rug'], ['lb', 'keen wëll mech astellen'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.goal, text).to.equal('find-job');
  });
});
