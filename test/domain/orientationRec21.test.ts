import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession } from '../../bot/domain/orientation/session';
import { converse, engineFixture } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Found chatting through the engine as jobseekers (rec21, issue 8, 2026-12-06): the flow after the list and around the
 * questions.
 */
describe('Orientation engine: "te duur" after the list is about the cost (rec21)', function () {
  this.timeout(180000);

  it('when a Dutch speaker says the list is too expensive ("te duur"), then the bot says which courses are free, as for "trop cher", not how long they last', () => {
    for (const remark of ['te duur', 'dat is veel te duur']) {
      const engine = engineFixture();
      const { session, out } = converse('nl-BE', ['ik wil grafisch ontwerp leren', 'bachelor', 'zonder hulp', 'laptop', '10', 'gent'], engine);
      expect(out.some((o) => o.type === 'recommend')).to.equal(true);
      const after = engine.handle(session, { text: remark });
      expect(after.some((o) => o.type === 'recommend'), remark).to.equal(false);
      expect(says(after).some((k) => k.startsWith('recommend:listCost.')), `${remark}: ${says(after)}`).to.equal(true);
      expect(asks(after).at(-1)).to.equal('followUp');
    }
  });
});

describe('Orientation engine: a callback given up after bad numbers (rec21)', function () {
  this.timeout(180000);

  it('when the number was given up after three tries, then the question asked before comes again in its first wording and is not skipped at the next miss', () => {
    for (const [locale, numbers, miss] of [['fr-BE', ['12345', 'abc', 'je sais pas'], 'ok'], ['nl-BE', ['12345', 'abc', 'weet ik niet'], 'ok'],
      ['de-DE', ['12345', 'abc', 'keine Ahnung'], 'ok']] as const) {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      engine.handle(s, { text: miss }); // the goal put a second time
      engine.offerCallback(s);
      engine.handle(s, { text: locale === 'de-DE' ? 'ja' : locale === 'nl-BE' ? 'ja' : 'oui' });
      const out = numbers.flatMap((text) => engine.handle(s, { text }));
      expect(says(out), locale).to.include('handoff:callbackGiveUp');
      const goal = out.filter((o): o is Extract<Output, { type: 'ask' }> => o.type === 'ask' && o.slot === 'goal');
      expect(goal.map((g) => g.key), locale).to.deep.equal(['profile:ask.goal']);
      // one word not understood is a first miss, not the third time the question is put
      const next = engine.handle(s, { text: miss });
      expect(says(next), locale).to.not.include('common:skipping');
      expect(asks(next).at(-1), locale).to.equal('goal');
    }
  });
});

describe('Orientation engine: the courses of their trade asked for in a language the person reads besides the chat\'s (rec21)', function () {
  this.timeout(180000);
  const recommendedAfter = (out: Output[]): string[] => {
    const at = out.findIndex((o) => o.type === 'say' && o.key === 'recommend:onlyIn');
    return out.slice(at).flatMap((o) => (o.type === 'recommend' ? o.items.map((i) => i.id) : []));
  };
  const baker = ["I'm looking for work as a baker in Ghent", 'no diploma', 'only a phone', 'with help', '5 hours'];

  it('when told the courses for their trade are only in French, and asking "show me the French ones", then the French pastry course is listed, not Duolingo alone', () => {
    const { out } = converse('en-GB', [...baker, 'show me the French ones']);
    expect(says(out)).to.include('recommend:noneInTheirLanguage').and.include('recommend:onlyIn');
    expect(recommendedAfter(out)).to.include('afpa-mooc-patisserie');
  });

  it('when asking "y en français ?" or "and in French?" after that sentence, then the list in French is the answer', () => {
    for (const question of ['y en français ?', 'and in French?']) {
      const { out } = converse('en-GB', [...baker, question]);
      expect(says(out), question).to.include('recommend:onlyIn');
      expect(recommendedAfter(out), question).to.include('afpa-mooc-patisserie');
      expect(asks(out).at(-1)).to.equal('followUp');
    }
  });

  it('when a German-speaking carer in Eupen asks "gibt es die auf Französisch?" after being told the care courses are in French and English, then the list in French follows', () => {
    const { out } = converse('de-BE', ['Ich möchte in der Altenpflege arbeiten, ich wohne in Eupen', 'kein Abschluss', 'nur ein Handy', 'gar nicht', '5 Stunden', 'gibt es die auf Französisch?']);
    expect(says(out)).to.include('recommend:onlyIn');
    const after = out.slice(out.findIndex((o) => o.type === 'say' && o.key === 'recommend:onlyIn'));
    const items = after.flatMap((o) => (o.type === 'recommend' ? o.items : []));
    expect(items.length).to.be.greaterThan(0);
    expect(items.every((i) => i.languages.includes('fr'))).to.equal(true);
    expect(items.some((i) => i.kind === 'course' && i.fields.includes('J'))).to.equal(true);
  });

  it('when a Spanish-speaking waiter in Luxembourg asks for the courses in English, then a course for the trade in English is listed', () => {
    const { out } = converse('es-ES', ['Quiero trabajar de camarero en Luxemburgo', 'ESO', 'tengo un móvil', 'con ayuda', '10 horas', 'muéstrame los cursos en inglés']);
    expect(says(out)).to.include('recommend:onlyIn');
    expect(recommendedAfter(out)).to.include('alison-food-safety-hygiene');
  });

  it('when a French speaker asks "c\'est en anglais ?" of a list that said nothing of other languages, then the answer says which items are, with no new list', () => {
    const { out } = converse('fr-FR', ["je cherche un emploi dans la vente à Lyon, j'ai un bac, je suis à l'aise avec l'ordi, j'ai un pc, 20h par semaine", "c'est en anglais ?"]);
    expect(says(out)).to.not.include('recommend:onlyIn');
    expect(says(out).some((k) => k.startsWith('common:answers.language'))).to.equal(true);
  });
});

describe('Orientation engine: a cross-border worker gets both employment services after the list (rec21)', function () {
  this.timeout(180000);

  it('when the person lives in France or Wallonia and works or looks for work in Luxembourg, then ADEM and the service of where they live are named, with their contacts', () => {
    const chats: Array<[string, string[], string[]]> = [
      ['fr-FR', ["j'habite à Thionville et je cherche du travail au Luxembourg comme vendeuse", 'CAP', "à l'aise", 'ordinateur', '5 heures'], ['adem', 'france-travail']],
      ['en-GB', ["I live in Thionville and I work in Luxembourg, I'm looking for a job in logistics", 'bac', 'good', 'computer', '5 hours'], ['adem', 'france-travail']],
      ['de-BE', ['Ich wohne in Arlon und suche Arbeit in Luxemburg als Verkäufer', 'Abitur', 'gut', 'Computer', '5 Stunden'], ['adem', 'forem']],
    ];
    for (const [locale, texts, agencies] of chats) {
      const { out } = converse(locale, texts);
      const at = out.findIndex((o) => o.type === 'recommend');
      expect(at, texts[0]).to.be.greaterThan(-1);
      expect(says(out.slice(at)), texts[0]).to.include('common:answers.crossBorderHome');
      const contacts = out.slice(at).find((o): o is Extract<Output, { type: 'contacts' }> => o.type === 'contacts');
      expect(contacts?.agencyIds, texts[0]).to.include.members(agencies);
      expect(asks(out).at(-1)).to.equal('followUp');
    }
  });

  it('when only one region is named, or the person lives in Luxembourg, then no such sentence comes', () => {
    for (const [locale, texts] of [['fr-FR', ['je cherche du travail comme vendeuse à Metz', 'CAP', "à l'aise", 'ordinateur', '5 heures']],
      ['fr-FR', ["j'habite à Luxembourg et j'ai travaillé en France comme vendeuse", 'CAP', "à l'aise", 'ordinateur', '5 heures']]] as const) {
      const { out } = converse(locale, [...texts]);
      expect(says(out), texts[0]).to.not.include('common:answers.crossBorderHome');
    }
  });
});
