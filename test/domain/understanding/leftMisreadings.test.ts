import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings left by the eighteenth session, each checked in words written for the test, in the languages where
 * the same thing is said.
 */
describe('Understanding: misreadings left by the previous session', () => {
  const u = useUnderstanding();
  const slots = (text: string, lang: string) => u().understand(text, lang).slots;

  describe('a generic diploma word said as held', () => {
    it('when "tengo un título" is said, then no certificate is wished', () => {
      expect(slots('tengo un título', 'es').goal).to.equal(undefined);
      expect(slots('tengo una titulación de mi país', 'es').goal).to.equal(undefined);
      expect(slots('yo tengo un título de Marruecos y busco trabajo', 'es').goal).to.equal('find-job');
    });

    it('when a diploma is wished, then it still is the goal certify', () => {
      expect(slots('quiero sacar un título', 'es').goal).to.equal('certify');
      expect(slots('quiero tener un título oficial', 'es').goal).to.equal('certify');
    });
  });

  describe('a job held said without its article ("I was nurse")', () => {
    it('when "I was" comes right before a job, then that job is held: another one wished is a change of trade', () => {
      expect(slots('I want a job in a shop. I was cleaner before', 'en')).to.include({ goal: 'retrain', field: 'D' });
      expect(slots('I was civil engineer in my country', 'en').eqfLevel).to.equal(6);
    });

    it('when "I was" says an age or a time, then no job is held', () => {
      expect(slots('since I was 15 I work in shops', 'en').goal).to.not.equal('retrain');
      expect(slots('when I was young I wanted to be a nurse', 'en').goal).to.not.equal('retrain');
    });
  });

  describe('the trade of an educator', () => {
    it('when an "Erzieherin" is named, then the trade is childcare, as a Kita is (a teacher is education)', () => {
      expect(slots('ich bin Lehrerin und möchte Erzieherin werden', 'de')).to.include({ field: 'K', trade: 'childcare' });
      expect(slots('ich bin Erzieher und suche Arbeit', 'de')).to.include({ field: 'K', trade: 'childcare' });
      expect(slots('ich bin Lehrer und suche Arbeit', 'de')).to.include({ field: 'K', trade: 'education' });
    });
  });

  describe('availability said as shifts, parts of the day or a percentage', () => {
    const hours = (text: string, lang: string) => u().understand(text, lang, { pending: 'availability' }).slots.hoursPerWeek;

    it('when the hours follow the shifts counted ("4 shifts a week of 6 hours"), then they are each shift\'s', () => {
      expect(hours('4 shifts a week of 6 hours', 'en')).to.equal(24);
      expect(hours('3 Schichten pro Woche à 8 Stunden', 'de')).to.equal(24);
      expect(hours('4 diensten van 6 uur per week', 'nl')).to.equal(24);
      // (in a clause of their own they are the week's)
      expect(hours('3 evenings a week, 10 hours in total', 'en')).to.equal(10);
    });

    it('when Dutch mornings only are said ("alleen \'s ochtends"), then it is half time', () => {
      expect(hours("alleen 's ochtends", 'nl')).to.equal(19);
      expect(hours('alleen s morgens', 'nl')).to.equal(19);
      expect(slots("ik kan alleen 's ochtends werken", 'nl').hoursPerWeek).to.equal(19);
      // (with hours, those are a morning's)
      expect(hours("'s ochtends 3 uur", 'nl')).to.equal(15);
    });

    it('when a share of full time is said in percent, then it is that share of a 40-hour week', () => {
      expect(hours('100%', 'de')).to.equal(40);
      expect(hours('80 %', 'fr')).to.equal(32);
      expect(hours('60 %', 'lb')).to.equal(24);
      expect(slots('ich suche eine 80% Stelle', 'de').hoursPerWeek).to.equal(32);
      // (in free text, only as time: a percentage of anything else is none)
      expect(slots('I am 100% motivated to work', 'en').hoursPerWeek).to.equal(undefined);
    });
  });

  describe('a goal verb at the head of a compound noun', () => {
    it('when "wechseln" opens a compound ("Wechselstube"), then it is no change of trade', () => {
      expect(slots('ich habe in einer Wechselstube gearbeitet', 'de').goal).to.equal(undefined);
      expect(slots('ik werkte in een wisselkantoor', 'nl').goal).to.equal(undefined);
      expect(slots('ich war Busfahrer und möchte in die Pflege wechseln', 'de').goal).to.equal('retrain');
    });
  });

  describe('a taste said before a job wished', () => {
    it('when one likes something, then that is no job held: the job wished is looked for', () => {
      expect(slots('I like eating healthy food, I want to be a cook', 'en')).to.include({ goal: 'find-job', field: 'G' });
      expect(slots("j'aime cuisiner, je veux devenir cuisinier", 'fr')).to.include({ goal: 'find-job', field: 'G' });
      expect(slots('me gusta cocinar, quiero ser cocinero', 'es')).to.include({ goal: 'find-job', field: 'G' });
      // (what one does is still held)
      expect(slots('I clean houses but I want to become a nurse', 'en').goal).to.equal('retrain');
    });
  });
});
