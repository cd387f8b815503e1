import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * People at the end of a season or a temporary contract (the twenty-seventh set's stress): the seasonal or temporary
 * job held is no job wished for, and what they seek next is the goal.
 */
describe('Understanding: a seasonal or temporary job held', () => {
  const u = useUnderstanding();

  it('when someone says they did seasons or a temporary contract somewhere, then that job is no field, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'après deux saisons au camping je veux apprendre un métier'],
      ['fr', 'mon cdd à la boulangerie se termine fin juin'],
      ['en', 'after three summers picking apples I want to learn something'],
      ['en', 'my contract at the warehouse ends next week'],
      ['es', 'después de dos veranos en la playa quiero aprender un oficio'],
      ['de', 'nach zwei Sommern als Erntehelfer will ich endlich was lernen'],
      ['de', 'drei Saisons als Skilehrer, jetzt will ich weg'],
      ['nl', 'na drie zomers in de horeca wil ik iets leren'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.field, `${lang} ${text}`).to.equal(undefined);
  });

  it('when they want to learn a real trade or look for something steady or new after it, then the goal says so', () => {
    const said: Array<[string, string, string]> = [
      ['de', 'ich will jetzt was Richtiges lernen', 'retrain'],
      ['de', 'ich möchte einen Beruf lernen', 'retrain'],
      ['en', 'I want to learn a trade', 'retrain'],
      ['es', 'se terminó la temporada, busco algo fijo', 'find-job'],
      ['es', 'busco algo estable, lo que sea', 'find-job'],
      ['es', 'acabé en la feria y busco algo nuevo', 'find-job'],
    ];
    for (const [lang, text, goal] of said) expect(u().understand(text, lang).slots.goal, `${lang} ${text}`).to.equal(goal);
  });
});
