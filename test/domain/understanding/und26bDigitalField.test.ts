import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * How at ease people say they are with a computer, in their own words, in every language: hedges ("je me débrouille
 * un peu"), comparisons ("am Handy geht's, am Computer weniger"), "only" ("ich kann nur WhatsApp"), help from others,
 * named uses ("I can send emails and fill in online forms on my own"), and the sector of a job said through a German
 * compound or a workplace (twenty-sixth session, und26b; sentences written for it, the untouched halves' misses were
 * constructions nobody had tuned for).
 */
describe('Understanding: digital skills in jobseekers\' words, and sectors through workplaces (und26b)', () => {
  const u = useUnderstanding();
  const skill = (lang: string, text: string, pending?: string) => u().understand(text, lang, { pending: pending as never }).slots.digitalSkills;

  // [lang, text, level as the answer to the skills question, level in free text (when it differs)]
  const said: Array<[string, string, string, string?]> = [
    ['fr', 'avec le téléphone ça va, l\'ordi beaucoup moins', 'with-help'],
    ['fr', 'je sais juste utiliser WhatsApp sur mon téléphone', 'with-help'],
    ['fr', 'je sais utiliser un ordinateur', 'autonomous'],
    ['fr', 'je formate les ordinateurs et j\'enlève les virus pour mes voisins', 'advanced'],
    ['en', 'I\'m okay with computers, nothing fancy', 'autonomous'],
    ['en', 'I\'m better on my phone than on a computer', 'with-help'],
    ['en', 'I don\'t need any help with computers', 'autonomous'],
    ['en', 'I can use a computer, my typing is just slow', 'autonomous'],
    ['en', 'I\'m very good with computers', 'advanced'],
    ['en', 'I wipe old laptops and remove viruses for my neighbours', 'advanced'],
    ['es', 'no se me da muy bien la informática', 'with-help'],
    ['es', 'solo sé usar el WhatsApp', 'with-help', 'with-help'],
    ['es', 'con el móvil me apaño, con el ordenador no tanto', 'with-help'],
    ['es', 'estoy perdido con la informática', 'with-help'],
    ['es', 'con el ordenador voy tirando', 'autonomous'],
    ['es', 'sé usar el ordenador', 'autonomous'],
    ['es', 'formateo ordenadores y quito virus a mis amigos', 'advanced'],
    ['de', 'mit Computern hab ich\'s nicht so', 'with-help'],
    ['de', 'am Handy geht\'s, am Computer weniger', 'with-help'],
    ['de', 'nur die Grundlagen am Computer, E-Mails und so', 'with-help'],
    ['de', 'ich brauche keine Hilfe am Computer', 'autonomous'],
    ['de', 'beim Computer bin ich ein totaler Laie', 'none'],
    ['de', 'Computer ist nicht so mein Ding', 'with-help'],
    ['de', 'ich kann einen Computer benutzen', 'autonomous'],
    ['de', 'ich kann den Computer nicht benutzen', 'none'],
    ['nl', 'ik kan e-mails sturen en formulieren online invullen', 'autonomous'],
    ['nl', 'ik heb geen verstand van computers', 'none'],
    ['nl', 'met de gsm gaat het, met de computer minder', 'with-help'],
    ['nl', 'alleen de basis op de computer, mailen en zo', 'with-help'],
    ['nl', 'computers zijn niet mijn ding', 'with-help'],
    ['nl', 'ik ben een digibeet', 'none'],
    ['nl', 'ik ben programmeur', 'advanced'],
    ['nl', 'ik kan een computer gebruiken', 'autonomous'],
    ['lb', 'ech kann nëmmen WhatsApp', 'with-help'],
    ['lb', 'ech kann E-Mailen schécken a Formulairen online ausfëllen', 'autonomous'],
    ['lb', 'just d\'Basis um Computer, E-Mailen an esou', 'with-help'],
    ['lb', 'ech brauch keng Hëllef mam Computer', 'autonomous'],
    ['lb', 'Computer ass net mäin Ding', 'with-help'],
    ['lb', 'ech maachen alles selwer online', 'autonomous'],
    ['lb', 'ech flécken Computere fir Frënn', 'advanced'],
    ['lb', 'ech sinn net esou fit um Computer', 'with-help'],
    ['lb', 'mam Handy geet et, mam Computer manner', 'with-help'],
  ];

  it('when people say how at ease they are with a computer, then the level is read, as the answer and in free text', () => {
    for (const [lang, text, answer, free] of said) {
      expect(skill(lang, text, 'digitalSkills'), `${lang} answer: ${text}`).to.equal(answer);
      expect(skill(lang, text), `${lang} free text: ${text}`).to.equal(free ?? answer);
    }
  });

  it('when a skill is said as the answer, then no field is read from the words of a mastery', () => {
    expect(u().understand('no se me da muy bien la informática', 'es', { pending: 'digitalSkills' }).slots.field).to.equal(undefined);
  });

  it('when a sector is named through a compound of its workplace, then it is the field, and a town hall says none', () => {
    const said: Array<[string, string, string | undefined]> = [
      ['de', 'ich suche Arbeit in einem Lagerhaus', 'N'], ['de', 'ich suche was in einem Baubetrieb', 'F'],
      ['de', 'ich suche Arbeit in der Metallverarbeitung', 'H'], ['de', 'weg vom Büro, hin zum Gärtnern', 'A'],
      ['nl', 'ik wil werken in een transportbedrijf', 'N'], ['de', 'ich suche Arbeit im Rathaus', undefined],
    ];
    for (const [lang, text, field] of said) expect(u().understand(text, lang).slots.field, `${lang} ${text}`).to.equal(field);
  });

  it('when a job held is sought again with more hours or to go on in it, then it is the field', () => {
    const said: Array<[string, string, string]> = [
      ['de', 'Ich arbeite als Kellnerin und suche eine Stelle mit mehr Stunden', 'G'],
      ['en', 'I work as a cleaner and I am looking for a job with more hours', 'K'],
      ['nl', 'ik werk als poetsvrouw en zoek een job met meer uren', 'K'],
      ['es', 'trabajaba de celadora en un hospital y quiero seguir en eso', 'J'],
      ['es', 'me gustaría trabajar en la recepción de un hostal', 'G'],
    ];
    for (const [lang, text, field] of said) expect(u().understand(text, lang).slots.field, `${lang} ${text}`).to.equal(field);
  });
});
