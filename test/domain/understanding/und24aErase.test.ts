import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * An erasure said with its reason, or with what is to be erased first (the twenty-seventh set's tuning half: people who
 * found work ask the bot to forget them): "I found a job" is no job looked for, so it no longer turns the request into a
 * life starting over; "everything I wrote, delete it" is an erasure.
 */
describe('Understanding: erasing, with the reason or the object first', () => {
  const u = useUnderstanding();

  it('when someone asks to erase their data and says they found work, then it is an erasure, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'supprimez mes données s\'il vous plaît, j\'ai trouvé un CDI'],
      ['en', 'please delete my data, I found a job'],
      ['es', 'borra mis datos, ya encontré trabajo'],
      ['de', 'bitte löschen Sie meine Daten, ich habe eine Stelle gefunden'],
      ['lb', 'läscht meng Donnéeën, ech hunn eng Aarbecht fonnt'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).intent, `${lang} ${text}`).to.equal('erase');
  });

  it('when someone says they found work, then no job search is read; when they did not find any, the search stays', () => {
    for (const [lang, text] of [['fr', 'j\'ai trouvé un travail'], ['en', 'I found a new job'], ['es', 'ya encontré otro contrato'], ['de', 'ich habe eine Arbeit gefunden']]) {
      expect(u().understand(text, lang).slots.goal, `${lang} ${text}`).to.equal(undefined);
    }
    expect(u().understand('I found out I need a job', 'en').slots.goal).to.equal('find-job');
  });

  it('when what is to be erased is said first, then it is an erasure', () => {
    const said: Array<[string, string]> = [
      ['de', 'alles was ich erzählt habe bitte löschen'],
      ['de', 'was ich geschrieben habe, bitte entfernen'],
      ['fr', 'tout ce que j\'ai écrit, supprimez-le'],
      ['es', 'todo lo que dije, bórralo'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).intent, `${lang} ${text}`).to.equal('erase');
    expect(u().understand('lo que dije es que quiero quitar el miedo a hablar', 'es').intent).to.equal('none');
  });
});
