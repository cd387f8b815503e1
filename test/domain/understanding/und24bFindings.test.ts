import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * How people rate themselves with computers, read in every language (twenty-fourth session, und24b): doing it all by
 * oneself, nothing at all, a comparison downwards, and "this is fine but that is not" (some things, not all).
 */
describe('Understanding: self-ratings with computers (und24b)', () => {
  const u = useUnderstanding();
  const skills = (lang: string, text: string, pending?: 'digitalSkills' | 'interest') =>
    u().understand(text, lang, pending ? { pending } : {}).slots.digitalSkills;

  it('when someone says they do it all, or the basics, by themselves, then they are autonomous, in every language', () => {
    const said: Array<[string, string]> = [
      ['nl', 'ik kan alles zelf'], ['de', 'ich kann alles selbst'], ['fr', 'je sais tout faire seule'], ['es', 'sé hacerlo todo sola'],
      ['es', 'lo sencillo lo hago sola, correos y compras por internet'], ['de', 'ich mache alles selbst am Computer'],
      ['lb', 'ech kann alles eleng'],
    ];
    for (const [lang, text] of said) expect(skills(lang, text, 'digitalSkills'), `${lang} ${text}`).to.equal('autonomous');
  });

  it('when someone says they can do nothing at all with it, then it is none, in every language', () => {
    const said: Array<[string, string]> = [
      ['de', 'ich kann damit nichts anfangen'], ['es', 'no sé hacer nada'], ['lb', 'ech weess guer näischt'],
    ];
    for (const [lang, text] of said) expect(skills(lang, text, 'digitalSkills'), `${lang} ${text}`).to.equal('none');
    expect(skills('de', 'Computer von Anfang an, ich kann gar nichts', 'interest')).to.equal('none');
    expect(skills('de', 'ich habe keinen Laptop und kann auch nicht damit umgehen')).to.equal('none');
  });

  it('when someone rates themselves below others, then they need help, in every language', () => {
    const said: Array<[string, string]> = [
      ['en', 'worse than my kids'], ['fr', 'moins bien que mes enfants'], ['es', 'peor que mis hijos'],
      ['nl', 'minder goed dan mijn kinderen'], ['de', 'schlechter als meine Kinder'],
    ];
    for (const [lang, text] of said) expect(skills(lang, text, 'digitalSkills'), `${lang} ${text}`).to.equal('with-help');
  });

  it('when one thing is fine but another is not, or a task can be done but not the next, then it is with help, in every language', () => {
    const said: Array<[string, string]> = [
      ['de', 'Mails gehen, aber Excel nicht'], ['nl', 'mails gaan wel, maar excel niet'], ['lb', 'Mailen geet, mee Excel net'],
      ['fr', 'je sais envoyer un mail mais pas mettre une pièce jointe'], ['de', 'ich kann Mails schreiben, aber keinen Anhang'],
      ['nl', 'ik kan mailen maar geen bijlage toevoegen'],
    ];
    for (const [lang, text] of said) expect(skills(lang, text, 'digitalSkills'), `${lang} ${text}`).to.equal('with-help');
    // the ease alone stays autonomous
    expect(skills('de', 'Mails und Online-Banking gehen gut', 'digitalSkills')).to.equal('autonomous');
    expect(skills('nl', 'mailen lukt wel', 'digitalSkills')).to.equal('autonomous');
  });
});
