import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Job applications sent everywhere say the goal in a first message: looking for work (found chatting at the end of
 * the twenty-fifth session: "j'ai postulé partout" was read only when the goal question was pending). The sentences
 * are our own; an application to a training stays a training.
 */
describe('Understanding: applications sent everywhere are a job search', () => {
  const u = useUnderstanding();

  it('when a first message says applications went everywhere, then the goal is to find a job, in six languages', () => {
    const said: Array<[string, string]> = [
      ['fr', "bonjour, j'ai postulé partout depuis l'été et toujours rien"],
      ['fr', "j'envoie des cv partout, personne ne répond"],
      ['en', "I've applied everywhere for months, no answer"],
      ['en', 'sent my cvs everywhere, nothing back'],
      ['es', 'he mandado currículums a todas las tiendas del barrio'],
      ['de', 'ich habe mich überall beworben, nur Absagen'],
      ['nl', 'ik heb al overal gesolliciteerd, niks'],
      ['lb', 'ech hu mech iwwerall beworben, näischt'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.goal, `${lang} ${text}`).to.equal('find-job');
  });

  it('when the application was to a training, then the goal is not a job search', () => {
    expect(u().understand("j'ai postulé à une formation de soudeur", 'fr').slots.goal).to.not.equal('find-job');
  });
});
