import { expect } from 'chai';
import { Conversation, startTestApp, type RunningApp, type TurnResult } from '../helpers/testApp';

/** A whole orientation in free text, as a jobseeker would write it, through POST /api/messages. */
interface Script { lang: string; locale: string; steps: Array<[slot: string, answer: string]>; expect: Record<string, unknown> }

const SCRIPTS: Script[] = [
  {
    lang: 'fr', locale: 'fr-FR',
    steps: [
      ['goal', 'je voudrais changer de metier'],
      ['interest', "j'aimerais apprendre a coder en python"],
      ['qualification', "j'ai un bac pro"],
      ['digitalSkills', 'je me débrouille'],
      ['equipment', 'un ordi portable avec la wifi'],
      ['availability', 'vingt heures'],
      ['region', "j'habite à Schaerbeek"],
    ],
    expect: { language: 'fr', goal: 'retrain', interest: 'programming', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 20, region: 'BE-BRU' },
  },
  {
    lang: 'en', locale: 'en-GB',
    steps: [
      ['goal', 'I need to find a job'],
      ['interest', 'websites'],
      ['qualification', 'A levels'],
      ['digitalSkills', "I'm ok with computers"],
      ['equipment', 'a laptop and internet at home'],
      ['availability', 'two hours a day'],
      ['region', 'Luxembourg'],
    ],
    expect: { language: 'en', goal: 'find-job', interest: 'web-development', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 14, region: 'LU' },
  },
  {
    lang: 'es', locale: 'es-ES',
    steps: [
      ['goal', 'quiero encontrar trabajo'],
      ['interest', 'excel y word'],
      ['qualification', 'tengo el bachillerato'],
      ['digitalSkills', 'a veces necesito ayuda'],
      ['equipment', 'solo el movil'],
      ['availability', '10 horas a la semana'],
      ['region', 'vivo en Paris'],
    ],
    expect: { language: 'es', goal: 'find-job', interest: 'office', eqfLevel: 4, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 10, region: 'FR' },
  },
  {
    lang: 'de', locale: 'de-DE',
    steps: [
      ['goal', 'ich möchte mich umschulen lassen'],
      ['interest', 'Programmieren'],
      ['qualification', 'Abitur'],
      ['digitalSkills', 'sehr gut'],
      ['equipment', 'PC und Internet'],
      ['availability', 'zwei Stunden am Tag'],
      ['region', 'Brüssel'],
    ],
    expect: { language: 'de', goal: 'retrain', interest: 'programming', eqfLevel: 4, digitalSkills: 'advanced', equipment: 'computer-and-internet', hoursPerWeek: 14, region: 'BE-BRU' },
  },
];

describe('Orientation through /api/messages (black box)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  for (const script of SCRIPTS) {
    it(`when a ${script.lang} speaker answers in their own words, then every slot is understood and 3 to 5 items are recommended with reasons`, async () => {
      const c = new Conversation(running.url, script.locale);
      const welcome = await c.join();
      expect(welcome.status).to.equal(200);
      expect(welcome.asks).to.deep.equal(['goal']);
      let last: TurnResult = welcome;
      for (const [slot, answer] of script.steps) {
        expect(last.asks.at(-1), `asked before "${answer}"`).to.equal(slot);
        last = await c.say(answer);
        expect(last.status).to.equal(200);
      }
      expect(c.lastProfile).to.deep.equal(script.expect);
      expect(last.recommendations?.items.length).to.be.within(3, 5);
      for (const item of last.recommendations!.items) expect(item.reasons).to.not.be.empty;
      expect(last.activities.some((a) => (a.attachments ?? []).length >= 3)).to.equal(true);
      expect(last.asks.at(-1)).to.equal('followUp');
    });
  }

  it('when the first message is free text in Spanish without a locale, then the bot answers in Spanish', async () => {
    const c = new Conversation(running.url);
    const r = await c.say('Hola, quiero aprender a usar el ordenador');
    expect(r.profile?.language).to.equal('es');
    expect(r.texts.join(' ')).to.match(/asistente/i);
  });

  it('when someone says everything in one sentence, then nothing is asked twice', async () => {
    const c = new Conversation(running.url, 'fr-FR');
    await c.join();
    const r = await c.say("je cherche du travail, j'ai un master et je veux apprendre le marketing digital");
    expect(c.lastProfile).to.include({ goal: 'find-job', eqfLevel: 7 });
    expect(r.asks).to.not.include('goal');
    expect(r.asks).to.not.include('qualification');
  });

  it('when the person has no equipment and no computer skills, then support comes first', async () => {
    const c = new Conversation(running.url, 'fr-FR');
    await c.join();
    let r: TurnResult | undefined;
    for (const answer of ['trouver un emploi', "l'informatique de base", 'aucun diplôme', 'pas du tout', 'rien du tout', '3 heures', 'Bruxelles']) r = await c.say(answer);
    expect(c.lastProfile).to.include({ digitalSkills: 'none', equipment: 'none', region: 'BE-BRU' });
    const items = r!.recommendations!.items;
    expect(items[0].kind).to.equal('support');
    expect(items[0].reasons.some((code) => code === 'inclusion-first' || code === 'device')).to.equal(true);
  });

  it('when the person answers with option numbers on a text-only channel, then the numbers choose the options', async () => {
    const c = new Conversation(running.url, 'en-US', 'sms');
    const w = await c.join();
    expect(w.activities.filter((a) => a.type === 'trace')).to.be.empty;
    expect(w.texts.join('\n')).to.match(/1\. Find a job/);
    const r = await c.say('1');
    expect(r.texts.join('\n')).to.match(/Which job or subject interests you\?/);
  });
});
