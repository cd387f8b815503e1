import { expect } from 'chai';
import type { SlotOption } from '../../../bot/domain/understanding';
import { useUnderstanding } from './fixture';

/**
 * Leftovers of earlier sessions (helper und26a): each `it` failed before its fix. The sentences are our own.
 */
describe('Understanding: leftovers of the twenty-sixth session', () => {
  const u = useUnderstanding();
  const hours = (text: string, lang: string, asked = false) =>
    u().understand(text, lang, asked ? { pending: 'availability' } : {}).slots.hoursPerWeek;

  it('when a job of so many hours is named with an article before the number, then those are the hours, not a range from one', () => {
    expect(hours('ich suche eine 30-Stunden-Stelle', 'de')).to.equal(30);
    expect(hours('ein 20 Stunden Job wäre gut', 'de')).to.equal(20);
    expect(hours('je cherche un 30 heures', 'fr')).to.equal(30);
    expect(hours('une 25 heures, ça m\'irait', 'fr', true)).to.equal(25);
  });

  it('when a job of so many hours is looked for in Spanish, then those are the hours', () => {
    expect(hours('busco algo de 25 horas', 'es')).to.equal(25);
    expect(hours('trabajo 25 horas', 'es', true)).to.equal(25);
    expect(hours('un trabajo de 25 horas a la semana', 'es')).to.equal(25);
  });

  it('when full time is said with a weekday off, then it is four days of full time, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'temps plein sauf le vendredi'],
      ['en', 'full time except Mondays'],
      ['es', 'jornada completa menos los lunes'],
      ['de', 'Vollzeit außer freitags'],
      ['nl', 'voltijds behalve op woensdag'],
      ['lb', 'Vollzäit ausser e Freideg'],
    ];
    for (const [lang, text] of said) expect(hours(text, lang, true), `${lang} ${text}`).to.be.within(29, 32);
    // (the weekend off is full time still)
    expect(hours('temps plein sauf le samedi', 'fr', true)).to.equal(38);
  });

  const GOALS: SlotOption[] = [
    { value: 'find-job', label: 'Find a job' }, { value: 'retrain', label: 'Learn a new trade' },
    { value: 'certify', label: 'Get my skills recognised' }, { value: 'unsure', label: 'I don\'t know yet' },
  ];

  it('when an option is picked by its rank and said to be one of those listed, then that option is chosen, in every language', () => {
    const said: Array<[string, string, string]> = [
      ['en', 'the third one you listed', 'certify'],
      ['en', 'the second one you mentioned', 'retrain'],
      ['fr', 'la dernière de la liste', 'unsure'],
      ['fr', 'la deuxième que vous avez proposée', 'retrain'],
      ['es', 'el último que dijiste', 'unsure'],
      ['es', 'la segunda de la lista', 'retrain'],
      ['de', 'die zweite auf der Liste', 'retrain'],
      ['de', 'die letzte, die Sie genannt haben', 'unsure'],
      ['nl', 'de eerste die je noemde', 'find-job'],
      ['nl', 'de laatste op de lijst', 'unsure'],
      ['lb', 'déi éischt déi Dir gesot hutt', 'find-job'],
    ];
    for (const [lang, text, value] of said) expect(u().choose(text, lang, GOALS), `${lang} ${text}`).to.equal(value);
  });

  it('when a wish to retrain is given with "as I said" in the middle, then its topic is kept, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'me reconvertir, comme je vous l\'ai dit, dans la comptabilité'],
      ['en', 'I want to retrain, like I said, in accounting'],
      ['es', 'quiero formarme, como te dije, en contabilidad'],
      ['de', 'umschulen, wie gesagt, in die Buchhaltung'],
      ['nl', 'omscholen, zoals ik al zei, naar boekhouding'],
    ];
    for (const [lang, text] of said) {
      const slots = u().understand(text, lang).slots;
      expect(slots.goal, `${lang} ${text}`).to.equal('retrain');
      expect(slots.interest, `${lang} ${text}`).to.equal('office');
    }
  });

  it('when someone says what they are but wants to learn something else, then the goal is a new trade and the job held is no field', () => {
    const said: Array<[string, string]> = [
      ['fr', 'je suis serveur mais je veux apprendre autre chose'],
      ['fr', 'je voudrais apprendre autre chose'],
      ['de', 'ich bin Kellner, aber ich will etwas Neues lernen'],
      ['de', 'ich möchte was anderes lernen'],
      ['es', 'soy camarero pero quiero aprender algo nuevo'],
      ['en', 'I\'m a waiter but I want to learn something new'],
      ['nl', 'ik ben ober maar ik wil iets nieuws leren'],
      ['lb', 'ech sinn Kellner mee ech wëll eppes Neies léieren'],
    ];
    for (const [lang, text] of said) {
      const slots = u().understand(text, lang).slots;
      expect(slots.goal, `${lang} ${text}`).to.equal('retrain');
      expect(slots.field, `${lang} ${text}`).to.equal(undefined);
    }
  });

  it('when a higher degree is said to be half done, then the level is the one below it, in every language', () => {
    const level = (text: string, lang: string) => u().understand(text, lang, { pending: 'qualification' }).slots.eqfLevel;
    expect(level('ein Bachelor in Chemie und ein halber Master', 'de')).to.equal(6);
    expect(level('een bachelor rechten en een half gedane master', 'nl')).to.equal(6);
    expect(level('a bachelor in history and half a master', 'en')).to.equal(6);
    expect(level('une licence en droit et un master à moitié fait', 'fr')).to.equal(6);
    expect(level('e Bachelor an der Chimie an en halwe Master', 'lb')).to.equal(6);
  });

  it('when a fresh start is wished in a field, then the goal is a new trade, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'un nouveau départ dans la comptabilité'],
      ['es', 'empezar de cero en la contabilidad'],
      ['de', 'einen Neuanfang in der Buchhaltung'],
      ['lb', 'en Neistart an der Comptabilitéit'],
      ['en', 'a fresh start in accounting'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.goal, `${lang} ${text}`).to.equal('retrain');
  });

});
