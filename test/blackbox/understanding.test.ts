import { expect } from 'chai';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

/**
 * What the bot understood, read black-box through the `orientation.understood` trace, and what it does with
 * messages that are not answers (questions, complaints, greetings, unsure requests), in every language.
 * The sentences are our own, not lines of the evaluation corpus.
 */
const CASES: Record<string, { locale: string; first: string; firstSlots: Record<string, unknown>; question: string; complaint: string; job: string; typoRequest: string; yes: string }> = {
  fr: { locale: 'fr-FR', first: "bonsoir, je voudrais trouver du travail, j'ai mon bac et j'ai seulement un smartphone", firstSlots: { goal: 'find-job', eqfLevel: 4, equipment: 'smartphone-only' },
    question: 'est-ce que les cours sont gratuits ?', complaint: "ça sert à rien ce truc", job: 'je cherche un emploi', typoRequest: 'je veux parler a un conseiler', yes: 'oui' },
  en: { locale: 'en-US', first: 'hello, I want to find a job, I have A levels and just my phone', firstSlots: { goal: 'find-job', eqfLevel: 4, equipment: 'smartphone-only' },
    question: 'do I have to pay for the courses?', complaint: 'this is useless', job: 'I am looking for a job', typoRequest: 'can I talk to an advisr', yes: 'yes' },
  es: { locale: 'es-ES', first: 'hola, quiero encontrar trabajo, tengo el bachillerato y solo tengo el móvil', firstSlots: { goal: 'find-job', eqfLevel: 4, equipment: 'smartphone-only' },
    question: '¿los cursos cuestan dinero?', complaint: 'no sirve para nada', job: 'busco un empleo', typoRequest: 'quiero hablar con un asesr', yes: 'sí' },
  de: { locale: 'de-DE', first: 'guten Abend, ich möchte Arbeit finden, ich habe Abitur und nur ein Handy', firstSlots: { goal: 'find-job', eqfLevel: 4, equipment: 'smartphone-only' },
    question: 'sind die Kurse kostenlos?', complaint: 'das bringt nichts', job: 'ich suche eine Arbeit', typoRequest: 'ich möchte mit einem Beratr sprechen', yes: 'ja' },
};

describe('Understanding, black box (orientation.understood)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp({ OFFICE_HOURS: '24/7' }); running.app.desk.advisorSignedIn('test-advisor'); });
  after(async () => { await running.stop(); });

  for (const [lang, c] of Object.entries(CASES)) {
    it(`when a ${lang} first message says several things, then all are kept and none is asked`, async () => {
      const conv = new Conversation(running.url, c.locale);
      await conv.join();
      const r = await conv.say(c.first);
      expect(r.understood?.intent).to.equal('none');
      expect(r.understood?.slots).to.include(c.firstSlots);
      expect(r.profile).to.include(c.firstSlots);
      expect(r.asks).to.not.include.members(['goal', 'qualification', 'equipment']);
    });

    it(`when a ${lang} speaker says they look for a job, then it is the goal, not a handoff`, async () => {
      const conv = new Conversation(running.url, c.locale);
      await conv.join();
      const r = await conv.say(c.job);
      expect(r.understood).to.deep.equal({ intent: 'none', slots: { goal: 'find-job' } });
      expect(r.handoff).to.equal(undefined);
      expect(r.asks).to.deep.equal(['interest']);
    });

    it(`when a ${lang} speaker asks a question about the service, then it is answered and the question comes back`, async () => {
      const conv = new Conversation(running.url, c.locale);
      await conv.join();
      await conv.say(c.job);
      const r = await conv.say(c.question);
      expect(r.understood?.intent).to.equal('question');
      expect(r.texts.length).to.be.greaterThan(1);
      expect(r.asks).to.deep.equal(['interest']);
    });

    it(`when a ${lang} speaker complains, then the bot apologises and asks whether they want a person`, async () => {
      const conv = new Conversation(running.url, c.locale);
      await conv.join();
      const r = await conv.say(c.complaint);
      expect(r.understood?.intent).to.equal('complaint');
      expect(r.asks).to.deep.equal(['confirm']);
      expect(r.handoff).to.equal(undefined);
    });

    it(`when a ${lang} request for a person is misspelt, then the bot asks before handing off, and hands off on yes`, async () => {
      const conv = new Conversation(running.url, c.locale);
      await conv.join();
      const r = await conv.say(c.typoRequest);
      expect(r.handoff).to.equal(undefined);
      expect(r.asks).to.deep.equal(['confirm']);
      const yes = await conv.say(c.yes);
      expect(yes.handoff).to.equal('queued');
    });
  }

  it('when a person says they start over in life with where they live, then the place is kept and the bot asks before restarting', async () => {
    const conv = new Conversation(running.url, 'fr-FR');
    await conv.join();
    await conv.say('je cherche un emploi');
    const r = await conv.say("je dois tout recommencer à zéro, j'habite à Liège maintenant");
    expect(r.understood?.intent).to.equal('none');
    expect(r.profile).to.include({ goal: 'find-job', region: 'BE-WAL' });
    expect(r.asks).to.deep.equal(['confirm']);
    const no = await conv.say('non');
    expect(no.handoff).to.equal(undefined);
    expect(conv.lastProfile).to.include({ goal: 'find-job', region: 'BE-WAL' });
    expect(no.asks).to.deep.equal(['interest']);
  });

  it('when the profile is complete, then one line sums it up before the recommendations', async () => {
    const conv = new Conversation(running.url, 'en-US');
    await conv.join();
    for (const m of ['find a job', 'office software', 'A levels', 'with some help', 'a computer with internet', '5 hours a week']) await conv.say(m);
    const r = await conv.say('Brussels');
    expect(r.recommendations).to.not.equal(undefined);
    expect(r.texts.join('\n')).to.match(/What I understood: .*A levels|What I understood: .*·/);
  });
});
