import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading a black-box tester found (qa22, understanding), each checked here in words written for the test,
 * in several languages: computer skills said with help from others, a training topic wished in words of its own
 * (analysing data, making games, a passion, a move towards it), a forklift licence, "one" as a pronoun to the hours
 * question, the German and Luxembourgish names of Luxembourg's northern towns.
 */
describe('Understanding: findings of a black-box tester (qa22u)', () => {
  const u = useUnderstanding();

  it('when a negation rates the computer and help from others is said after it, then the help is not negated again (q01)', () => {
    const said: Array<[string, string]> = [
      ['fr', "je m'en sors pas bien avec l'ordi, mon fils m'aide"],
      ['fr', 'je ne connais pas bien internet et ma voisine m aide'],
    ];
    for (const [lang, text] of said) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('with-help');
    }
  });

  it('when someone wants to move towards analysing data, then the topic is data, in every language (q02)', () => {
    const said: Array<[string, string]> = [
      ['fr', "je suis comptable et j'aimerais évoluer vers l'analyse de données"],
      ['en', 'I would like to learn to analyse data'],
      ['es', 'quiero aprender a analizar datos'],
      ['de', 'ich möchte Daten analysieren lernen'],
      ['nl', 'ik wil leren data analyseren'],
      ['lb', 'ech wëll a Richtung Daten analyséieren goen'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.interest, text).to.equal('data');
  });

  it('when someone wants to make video games, then the topic is programming (q02)', () => {
    const said: Array<[string, string]> = [
      ['nl', 'later wil ik games ontwikkelen'], ['nl', 'ik zou graag games maken'],
      ['es', 'quisiera aprender a crear videojuegos'], ['de', 'ich will später Spiele entwickeln'],
      ['en', 'I want to make games'], ['fr', "j'aimerais apprendre à créer des jeux vidéo"],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.interest, text).to.equal('programming');
  });

  it('when a topic is said to be one\'s passion, then it is the topic wished (q02)', () => {
    expect(u().understand('web design is my passion, I want a job in it', 'en').slots.interest).to.equal('design');
    expect(u().understand('le marketing digital c\'est ma passion', 'fr').slots.interest).to.equal('digital-marketing');
    expect(u().understand('Programmieren ist mein Ding', 'de').slots.interest).to.equal('programming');
  });

  it('when a certification is wished in a named subject, then the subject is read (q02)', () => {
    expect(u().understand('ich hätte gern eine Zertifizierung in Cybersecurity', 'de').slots.interest).to.equal('programming');
  });

  it('when someone wants a forklift licence in German, then the goal is a certificate (q02); one held is no wish', () => {
    expect(u().understand('ich will den Gabelstaplerschein machen', 'de').slots.goal).to.equal('certify');
    expect(u().understand('Staplerschein', 'de', { pending: 'goal' }).slots.goal).to.equal('certify');
    expect(u().understand('ich habe schon einen Staplerschein', 'de').slots.goal).to.equal(undefined);
  });

  it('when someone says they know the computer a little bit, without the article, then it is with help (q01)', () => {
    expect(u().understand('little bit computer', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
    expect(u().understand('lil bit', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
  });

  it('when "one" is said with yes or no to the hours question, then it is a pronoun, not one hour (q11)', () => {
    expect(u().understand('yes I have one', 'en', { pending: 'availability' }).slots.hoursPerWeek, 'the reported case').to.equal(undefined);
    expect(u().understand('yeah I got one', 'en', { pending: 'availability' }).slots.hoursPerWeek).to.equal(undefined);
    expect(u().understand('oui, j en ai une', 'fr', { pending: 'availability' }).slots.hoursPerWeek).to.equal(undefined);
    // a number of hours is still one
    expect(u().understand('one hour', 'en', { pending: 'availability' }).slots.hoursPerWeek).to.be.greaterThan(0);
    expect(u().understand('yes, 1', 'en', { pending: 'availability' }).slots.hoursPerWeek).to.equal(1);
  });

  it('when a northern Luxembourg town is named in German or Luxembourgish, then the region is Luxembourg (q19)', () => {
    expect(u().understand('ich wohne in Ulflingen', 'de').slots.region).to.equal('LU');
    expect(u().understand('wohne bei Klerf', 'de').slots.region).to.equal('LU');
    expect(u().understand('ech wunnen zu Ëlwen', 'lb').slots.region).to.equal('LU');
    expect(u().understand('Housen', 'lb', { pending: 'region' }).slots.region).to.equal('LU');
  });
  it('when a device used is someone else\'s, then it is no equipment of one\'s own (q19)', () => {
    const said: Array<[string, string]> = [
      ['fr', "j'ai pas de téléphone à moi, j'écris avec le portable d'une copine"],
      ['en', "no phone of my own, I'm using a friend's phone"],
      ['de', 'kein eigenes Handy, ich schreibe mit dem Handy von einem Freund'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'equipment' }).slots.equipment, text).to.equal('none');
    // one's own device, a friend named elsewhere in the message, still counts
    expect(u().understand("sur les conseils d'un ami je cherche une formation, j'ai un ordi", 'fr').slots.equipment).to.equal('computer-and-internet');
  });
});
