import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading found on the tuning halves of the hardest fresh sets (people in work who want a change,
 * country life), each checked here in words written for the test.
 */
describe('Understanding: country life and people in work (und22b)', () => {
  const u = useUnderstanding();
  const read = (text: string, lang: string, pending?: string) => u().understand(text, lang, pending ? { pending: pending as never } : {});

  it('when a change of trade heads the answer to the goal question, then a job wished later does not make it a plain job search', () => {
    const said: Array<[string, string]> = [
      ['nl', 'omscholen, ik sta nu in een bakkerij maar ik wil met ouderen werken'],
      ['fr', 'me reconvertir. je suis vendeuse, je veux travailler avec des enfants'],
      ['en', 'retrain, I drive a delivery van but I want to work with old people'],
      ['es', 'reconvertirme, ahora estoy en una panadería pero quiero trabajar con niños'],
      ['lb', 'ëmschoulen, ech schaffen an enger Bäckerei mä wëll mat Kanner schaffen'],
    ];
    for (const [lang, text] of said) expect(read(text, lang, 'goal').slots.goal, text).to.equal('retrain');
    // a plain search said first stays one
    expect(read('trouver un travail, je veux travailler dans la vente', 'fr', 'goal').slots.goal).to.equal('find-job');
  });

  it('when someone asks whether there are courses near their village or they must go to town, then it is a question, and the place is kept', () => {
    const said: Array<[string, string, string]> = [
      ['fr', "j'habite a Bouillon, y a des formations pres de chez moi ou je dois aller en ville ?", 'BE-WAL'],
      ['en', 'living outside Bastogne, any courses nearby or do I have to drive into town?', 'BE-WAL'],
      ['es', 'vivo en Arlon, hay cursos cerca de casa?', 'BE-WAL'],
      ['de', 'ich wohne in Bütgenbach, gibt es Kurse in der Nähe?', 'BE-WAL'],
      ['nl', 'ik woon in Lommel, zijn er cursussen in de buurt?', 'BE-VLG'],
      ['lb', 'ech wunnen zu Wolz, ginn et Coursen an der Géigend?', 'LU'],
    ];
    for (const [lang, text, region] of said) {
      const got = read(text, lang, 'region');
      expect(got.intent, text).to.equal('question');
      expect(got.slots.region, text).to.equal(region);
    }
    // a course wished near home, asking nothing, is an answer
    expect(read('une formation en compta pres de chez moi', 'fr', 'interest').intent).to.equal('none');
  });

  it('when someone says the chat or the page freezes or will not load, then it is a complaint; a slow connection given as equipment is not', () => {
    const said: Array<[string, string]> = [
      ['en', 'the site keeps freezing on me'], ['fr', 'la page plante tout le temps'],
      ['es', 'la página se cuelga cada dos minutos'], ['de', 'die Seite lädt nicht, echt jetzt'],
      ['nl', 'de pagina laadt niet bij mij'], ['lb', 'de Chat hänkt schonn erëm'],
    ];
    for (const [lang, text] of said) expect(read(text, lang).intent, text).to.equal('complaint');
    const kit = read('un portable mais la connexion rame ici', 'fr', 'equipment');
    expect(kit.intent).to.equal('none');
  });

  it('when someone asks to fill the whole questionnaire again, or to erase their data in the vosotros form, then it is that request', () => {
    expect(read('je peux refaire tout le questionnaire ?', 'fr').intent).to.equal('restart');
    expect(read('I messed up, can we do the whole thing over', 'en').intent).to.equal('restart');
    expect(read('kann ich den Fragebogen noch mal ausfüllen', 'de').intent).to.equal('restart');
    expect(read('mag ik de vragenlijst opnieuw doen', 'nl').intent).to.equal('restart');
    expect(read('quiero que eliminéis mi perfil y mis datos', 'es').intent).to.equal('erase');
    // a new start in life is no restart
    expect(read('I want to start over in a new trade', 'en').intent).to.equal('none');
  });
  it('when someone names the job they hold, then a better post to become in the same sector is a change of trade', () => {
    const said: Array<[string, string]> = [
      ['en', "I'm a classroom assistant at a primary school and I'd like to become a teacher"],
      ['fr', "je suis aide-soignante a la clinique, je voudrais devenir infirmière"],
      ['de', 'ich bin Pferdewirt und möchte Tierarzthelfer werden'],
      ['es', 'soy auxiliar de enfermería en una residencia y quiero ser enfermera'],
    ];
    for (const [lang, text] of said) expect(read(text, lang).slots.goal, text).to.equal('retrain');
    // the same title wished again is still looking for work
    expect(read('je suis serveuse et je veux devenir serveuse dans un grand restaurant', 'fr').slots.goal).to.equal('find-job');
  });
  it('when someone writing on a break thanks the bot and says they must go back to work now, then it is thanks, no job search', () => {
    const said: Array<[string, string]> = [
      ['en', 'thank you, I have to get back to work now'], ['fr', 'merci bien, ma pause est terminée'],
      ['es', 'muchas gracias, se acabó el descanso'], ['de', 'danke schön, ich muss jetzt weiterarbeiten'],
      ['nl', 'dank u, mijn pauze is om'], ['lb', 'merci, ech muss elo nees schaffen'],
    ];
    for (const [lang, text] of said) {
      const got = read(text, lang);
      expect(got.intent, text).to.equal('thanks');
      expect(got.slots.goal, text).to.equal(undefined);
    }
    // going back to work, said alone, is still a job wished
    expect(read('je dois retourner au travail', 'fr').slots.goal).to.equal('find-job');
  });

  it('when a language is answered to the topic question and then said not to be understood, then it is the reason to learn it, not a request for help', () => {
    const said: Array<[string, string, string]> = [
      ['en', 'Spanish, my in-laws speak it at dinner and I am lost', 'languages'],
      ['fr', "anglais, au boulot tout est en anglais et je comprends rien", 'languages'],
      ['es', 'inglés, en el hotel me hablan en inglés y no entiendo nada', 'languages'],
      ['de', 'Englisch, im Lager reden alle Englisch und ich verstehe nichts', 'languages'],
    ];
    for (const [lang, text, interest] of said) {
      const got = read(text, lang, 'interest');
      expect(got.intent, text).to.equal('none');
      expect(got.slots.interest, text).to.equal(interest);
    }
    expect(read('je comprends rien', 'fr', 'interest').intent).to.equal('help');
  });
});
