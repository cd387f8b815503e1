import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading found on the tuning half of the thirtieth fresh set (numbers, dates and durations as people
 * write them), each checked here in words written for the test: a postcode or a département where a place is meant,
 * a village named alone at the end, going back to question one, erasing what one said about oneself, time wasted,
 * and opening one's own business.
 */
describe('Understanding: numbers that are places, and requests said with numbers', () => {
  const u = useUnderstanding();
  const read = (text: string, lang: string, pending?: string) => u().understand(text, lang, pending ? { pending: pending as never } : {});

  it('when a Belgian postcode closes a profile message alone, then it is the region; a year or an amount there is not', () => {
    const said: Array<[string, string, string]> = [
      ['fr', 'je cherche un poste de comptable à mi-temps, 1340', 'BE-WAL'],
      ['en', 'want to work in a shop, full time, 1050', 'BE-BRU'],
      ['nl', 'ik zoek werk als chauffeur, 32 uur, 3500', 'BE-VLG'],
      ['de', 'suche eine Stelle im Lager, 4700', 'BE-WAL'],
      ['es', 'busco trabajo de camarero, 8000', 'BE-VLG'],
    ];
    for (const [lang, text, region] of said) expect(read(text, lang).slots.region, text).to.equal(region);
    expect(read('je cherche un poste de comptable, CAP, 2009', 'fr').slots.region).to.equal(undefined);
    expect(read('je cherche un poste de comptable, 1340 euros', 'fr').slots.region).to.equal(undefined);
    expect(read('j\'ai 1340 euros de chômage, je cherche un poste de comptable', 'fr').slots.region).to.equal(undefined);
  });

  it('when a French département is given by its number ("le 59", "département 57"), then it is France', () => {
    expect(read('le 62', 'fr', 'region').slots.region).to.equal('FR');
    expect(read('the 54, near Longwy', 'en', 'region').slots.region).to.equal('FR');
    expect(read('je vis dans le département 57 et je cherche un emploi', 'fr').slots.region).to.equal('FR');
    // not when the region is not asked, nor when the number is an age
    expect(read('le 62', 'fr').slots.region).to.equal(undefined);
    expect(read('le 59', 'fr', 'age').slots.region).to.equal(undefined);
  });

  it('when a Belgian village is named alone at the end of a profile message, then it is the region', () => {
    expect(read('je cherche un travail dans la vente, 20 heures, Bierset', 'fr').slots.region).to.equal('BE-WAL');
    expect(read('ik wil in een winkel werken, 20 uur, Kessel-Lo', 'nl').slots.region).to.equal('BE-VLG');
    // not when it opens the message (a name, a greeting) and nothing cues it
    expect(read('Bierset, je cherche un travail', 'fr').slots.region).to.equal(undefined);
  });

  it('when someone asks to go back to question one, then it is a restart, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'on reprend à la question 1 s\'il vous plaît'], ['en', 'can we go back to question one'],
      ['es', 'quiero volver a la pregunta uno'], ['de', 'bitte zurück zu Frage eins'],
      ['nl', 'kunnen we terug naar vraag 1'], ['lb', 'zréck bei Fro 1 w.e.g.'],
    ];
    for (const [lang, text] of said) expect(read(text, lang).intent, text).to.equal('restart');
    expect(read('j\'ai une question sur la première formation', 'fr').intent).to.equal('none');
  });

  it('when someone asks to erase the things they said about themselves, then it is erase', () => {
    const said: Array<[string, string]> = [
      ['fr', 'supprimez les infos que je vous ai données sur moi'], ['en', 'please delete the details I gave about myself'],
      ['es', 'borrad los datos que os di sobre mí'], ['nl', 'verwijder de dingen die ik over mij vertelde'],
      ['de', 'meine Angaben sofort weg bitte'],
    ];
    for (const [lang, text] of said) expect(read(text, lang).intent, text).to.equal('erase');
  });

  it('when someone complains of the time spent here for nothing, or of the same question again, then it is a complaint', () => {
    const said: Array<[string, string]> = [
      ['fr', 'une demi-heure que je suis là, 30 minutes ici et toujours rien'], ['en', '40 minutes here and still nothing'],
      ['de', '15 Minuten hier und noch immer nichts'], ['nl', 'voor de vierde keer dezelfde vraag'],
      ['lb', 'schonn déi zweet Kéier déiselwecht Fro'], ['es', 'ya es la tercera vez la misma pregunta'],
    ];
    for (const [lang, text] of said) expect(read(text, lang).intent, text).to.equal('complaint');
  });

  it('when someone wants to open their own firm ("ouvrir ma boîte", "la création d\'entreprise"), then it is start-business', () => {
    expect(read('ouvrir ma boîte, c\'est mon rêve', 'fr', 'goal').slots.goal).to.equal('start-business');
    expect(read('on ne m\'embauche plus, je pense à la création d\'une entreprise', 'fr').slots.goal).to.equal('start-business');
  });

  it('when someone wants a training in a topic that is a trade of its own, then it is retrain, not a plain job search', () => {
    expect(read('sans emploi depuis un an, je veux me former en développement web', 'fr').slots.goal).to.equal('retrain');
    expect(read('I would like a training in data analysis', 'en').slots.goal).to.equal('retrain');
    expect(read('je cherche un emploi dans le marketing digital', 'fr').slots.goal).to.equal('find-job');
    expect(read('busco una formación en desarrollo web para encontrar trabajo', 'es').slots.goal).to.equal('find-job');
  });

  it('when someone asks what the numbers or levels mean, then it is help; human contact liked is no request for a person', () => {
    expect(read('what do the levels mean', 'en', 'eqfLevel').intent).to.equal('help');
    expect(read('qué significan los números', 'es', 'eqfLevel').intent).to.equal('help');
    expect(read('wat betekenen de cijfers', 'nl', 'eqfLevel').intent).to.equal('help');
    expect(read('le contact humain est important pour moi, je veux travailler dans un magasin', 'fr').intent).to.equal('none');
    expect(read('menselijk contact is belangrijk voor mij, ik wil in de zorg werken', 'nl').intent).to.equal('none');
    expect(read('I want to talk to a human', 'en').intent).to.equal('human');
  });
});
