import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse, engineFixture } from '../helpers/engineFixture';
import { warmUp } from '../../bot/domain/understanding';

/**
 * Practical questions after the list ("which ones are free?", "where can I go?", "how do I sign up?", "how long is
 * it?", "which can I do from home?") are answered from the listed items' own data, by their numbers, in all six
 * languages (found by a tester, qa22 q16: the bot said what is true of its catalogue in general, or "I cannot answer
 * that" to where to go and how to sign up).
 */
const PEOPLE: Record<string, { locale: string; before: string[]; ask: Record<'cost' | 'place' | 'signup' | 'duration' | 'format', string> }> = {
  fr: {
    locale: 'fr-BE', before: ["Bonjour, je vis à Namur et je voudrais travailler dans la cuisine", 'aucun diplôme', "juste un portable, je ne suis pas à l'aise avec", '3 heures'],
    ask: { cost: 'et lesquelles sont gratuites ?', place: 'je peux aller où ?', signup: 'comment on fait pour s\'inscrire ?', duration: 'combien de temps ça dure ?', format: 'lesquelles se font de chez moi ?' },
  },
  en: {
    locale: 'en-GB', before: ["Hi, I live in Brussels and I'd like to work in a shop", 'no diploma', "only a phone and I'm not good with it", '4 hours'],
    ask: { cost: 'which of these are free?', place: 'where do I go?', signup: 'how can I sign up?', duration: 'how long do they take?', format: 'which ones can I follow at home?' },
  },
  es: {
    locale: 'es-ES', before: ['Hola, vivo en Bruselas y quiero trabajar en la limpieza', 'sin título', 'solo tengo un móvil y no me manejo bien', '4 horas'],
    ask: { cost: '¿cuáles de estos son gratis?', place: '¿a dónde tengo que ir?', signup: '¿cómo me puedo inscribir?', duration: '¿cuánto duran?', format: '¿cuáles se pueden hacer desde casa?' },
  },
  de: {
    locale: 'de-BE', before: ['Guten Tag, ich wohne in Eupen und möchte im Lager arbeiten', 'kein Abschluss', 'nur ein Handy, und ich kenne mich damit nicht gut aus', '4 Stunden'],
    ask: { cost: 'welche davon sind kostenlos?', place: 'wo muss ich hin?', signup: 'wie kann ich mich anmelden?', duration: 'wie lange dauern die?', format: 'welche gehen von zu Hause aus?' },
  },
  nl: {
    locale: 'nl-BE', before: ['Dag, ik woon in Antwerpen en wil in een winkel werken', 'geen diploma', 'alleen een gsm en ik kan er niet goed mee overweg', '4 uur'],
    ask: { cost: 'welke daarvan zijn gratis?', place: 'waar moet ik naartoe?', signup: 'hoe kan ik me inschrijven?', duration: 'hoe lang duren ze?', format: 'welke kan ik thuis volgen?' },
  },
  lb: {
    locale: 'lb-LU', before: ['Moien, ech wunnen zu Esch an ech wëll am Botzen schaffen', 'keen Diplom', 'nëmmen en Handy an ech kann net gutt domat', '4 Stonnen'],
    ask: { cost: 'wéi eng dovun si gratis?', place: 'wou muss ech hin?', signup: 'wéi kann ech mech umellen?', duration: 'wéi laang dauere se?', format: 'wéi eng kann ech doheem maachen?' },
  },
};

type Said = { key: string; params: Record<string, string | number> };
const said = (out: Output[]): Said[] => out.flatMap((o) => (o.type === 'say' ? [{ key: o.key, params: o.params ?? {} }] : []));
/** The numbers a sentence of the answer names ("1, 2, 4", or one number). */
const numbersIn = (s: Said): number[] => (s.params.numbers !== undefined ? String(s.params.numbers).split(', ').map(Number) : s.params.number !== undefined ? [Number(s.params.number)] : []);

describe('Practical questions on the whole list, answered from its items\' data (engine, real knowledge)', function () {
  this.timeout(180000);
  before(() => { engineFixture(); return warmUp(); });

  for (const [lang, person] of Object.entries(PEOPLE)) {
    describe(`in ${lang}`, () => {
      const base = (): ReturnType<typeof converse> => converse(person.locale, person.before);
      const after = (question: string): { answer: Said[]; facts: ReturnType<typeof factsOf> } => {
        const first = base();
        const { session, out } = converse(person.locale, [...person.before, question], first.engine);
        expect(session.lastItems?.length, 'a list was shown').to.be.greaterThan(0);
        return { answer: said(out.slice(first.out.length)), facts: factsOf(first) };
      };
      const factsOf = (first: ReturnType<typeof converse>) => first.session.lastItems!.map((item, i) => ({
        number: i + 1, id: item.id, facts: first.engine.deps.recommender.itemFacts(item.id, first.session.profile.region, lang as 'fr'),
      }));

      it(`when "${person.ask.cost}" follows the list, then every item's cost is said by its number, as its data has it`, () => {
        const { answer, facts } = after(person.ask.cost);
        expect(answer.map((s) => s.key)).to.not.include('common:answers.cost');
        for (const { number, facts: f } of facts) {
          const line = answer.find((s) => numbersIn(s).includes(number) && s.key.startsWith('common:answers.list.'));
          expect(line?.key, `${number} ${JSON.stringify(answer)}`).to.equal(f ? `common:answers.list.cost.${f.cost}` : 'common:answers.list.search');
        }
        expect(answer.some((s) => s.key === 'common:answers.list.person')).to.equal(facts.some((f) => f.facts?.cost === 'unknown'));
      });

      it(`when "${person.ask.place}" follows the list, then each place to go is named with its address as its data has it, or the bot says there is none and offers a person`, () => {
        const { answer, facts } = after(person.ask.place);
        const places = facts.filter((f) => f.facts?.kind === 'support' && !f.facts.online);
        const lines = answer.filter((s) => s.key === 'common:answers.list.place.address' || s.key === 'common:answers.list.place.noAddress');
        expect(lines.map((s) => s.params.number), JSON.stringify(answer)).to.deep.equal(places.map((p) => p.number));
        for (const [k, p] of places.entries()) expect(lines[k].params.address).to.equal(p.facts!.address ?? p.facts!.city);
        if (places.length === 0) expect(answer.map((s) => s.key)).to.include('common:answers.list.place.none');
        expect(answer.map((s) => s.key)).to.not.include('common:answers.other');
      });

      it(`when "${person.ask.signup}" follows the list, then each item says how to sign up: the link of a course, going to (or calling) a place`, () => {
        const { answer, facts } = after(person.ask.signup);
        for (const { number, facts: f } of facts) {
          const line = answer.find((s) => numbersIn(s).includes(number));
          const expected = !f ? 'search' : f.kind === 'course' || f.online ? 'signup.online' : f.phone ? 'signup.placePhone' : 'signup.place';
          expect(line?.key, `${number} ${JSON.stringify(answer)}`).to.equal(`common:answers.list.${expected}`);
        }
      });

      it(`when "${person.ask.duration}" follows the list, then each course's length is said, or that it is not given, and places have none`, () => {
        const { answer, facts } = after(person.ask.duration);
        for (const { number, facts: f } of facts) {
          const line = answer.find((s) => numbersIn(s).includes(number));
          const expected = !f ? 'search' : f.kind === 'support' ? 'duration.none' : f.durationHours ? 'duration.hours' : 'duration.unknown';
          expect(line?.key, `${number} ${JSON.stringify(answer)}`).to.equal(`common:answers.list.${expected}`);
          if (f?.durationHours && f.kind === 'course') expect(line!.params.count).to.equal(f.durationHours);
        }
      });

      it(`when "${person.ask.format}" follows the list, then the items done from home and the places to go are told apart`, () => {
        const { answer, facts } = after(person.ask.format);
        for (const { number, facts: f } of facts.filter((x) => x.facts)) {
          const line = answer.find((s) => numbersIn(s).includes(number));
          const expected = f!.kind === 'support' && !f!.online ? 'format.place' : f!.kind === 'course' && f!.equipment === 'smartphone-only' ? 'format.phone' : 'format.online';
          expect(line?.key, `${number} ${JSON.stringify(answer)}`).to.equal(`common:answers.list.${expected}`);
        }
      });
    });
  }
});
