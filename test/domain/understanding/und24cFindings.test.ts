import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading found on the tuning half of the twenty-eighth set (people who hesitate, or name several options
 * at once), each checked here in words written for the test.
 */
describe('Understanding: the twenty-fourth session, helper c', () => {
  const u = useUnderstanding();

  it('when someone asks what tells two options apart, or whether they may pick more than one, then it is help', () => {
    const said: Array<[string, string, string]> = [
      ['fr', 'goal', 'quelle est la différence entre le 2 et le 3 ?'], ['fr', 'digitalSkills', 'je peux cocher deux réponses ?'],
      ['fr', 'interest', 'on peut choisir plusieurs options ?'],
      ['en', 'digitalSkills', "what's the difference between 3 and 4"], ['en', 'goal', 'can I tick more than one answer?'],
      ['en', 'goal', 'can i pick both?'],
      ['es', 'digitalSkills', '¿cuál es la diferencia entre la 2 y la 3?'], ['es', 'goal', '¿puedo marcar dos respuestas?'],
      ['de', 'digitalSkills', 'wo ist der Unterschied zwischen 2 und 3?'], ['de', 'goal', 'darf ich mehrere Antworten ankreuzen?'],
      ['nl', 'digitalSkills', 'wat is het verschil tussen 2 en 3?'], ['nl', 'interest', 'kan ik meerdere opties kiezen?'],
      ['lb', 'digitalSkills', "wat ass den Ënnerscheed tëscht 2 an 3?"], ['lb', 'goal', 'kann ech zwou Optiounen wielen?'],
    ];
    for (const [lang, pending, text] of said) {
      const read = u().understand(text, lang, { pending: pending as never });
      expect(read.intent, text).to.equal('help');
      expect(read.slots, text).to.deep.equal({});
    }
  });

  it('when someone says something gives them options, or answers with two choices, then it is no help', () => {
    expect(u().understand('cheers, it gives me a few options to look at', 'en').intent).to.equal('thanks');
    const answers: Array<[string, string, string]> = [
      ['fr', 'interest', 'la compta ou l\'anglais, les deux me vont'], ['en', 'interest', 'excel or english, both are fine'],
      ['de', 'interest', 'Excel oder Englisch, beides wäre gut'], ['nl', 'interest', 'Excel of Engels, allebei goed'],
      ['es', 'interest', 'excel o inglés, las dos me sirven'],
    ];
    for (const [lang, pending, text] of answers) {
      const read = u().understand(text, lang, { pending: pending as never });
      expect(read.intent, text).to.equal('none');
      expect(read.slots.interest, text).to.not.equal(undefined);
    }
  });
});
