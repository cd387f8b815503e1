import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings found by helpers chatting with the running bot as jobseekers (fourth and fifth sessions of 2026-12-04),
 * each checked here in words written for the test.
 */
describe('Understanding: misreadings found chatting as jobseekers', () => {
  const u = useUnderstanding();

  it('when "je ne suis pas douée avec l\'ordinateur" answers the skills question, then the skills are with help (the "ne" before "pas douée" was read as negating it: sans aide)', () => {
    expect(u().answer('digitalSkills', "je ne suis pas doué avec l'informatique", 'fr', [])?.profile.digitalSkills).to.equal('with-help');
    expect(u().understand('je ne suis pas douée avec internet, je cherche un travail', 'fr').slots.digitalSkills).to.equal('with-help');
  });

  it('when a diploma of unknown level is named to the diploma question, then it is not "No diploma" (its label\'s other word)', () => {
    const options = [{ value: '0', label: 'No diploma' }, { value: '4', label: 'End of secondary school' }];
    expect(u().answer('qualification', 'a diploma in tourism from Kerala', 'en', options)?.profile.eqfLevel).to.equal(undefined);
    expect(u().answer('qualification', 'zero diploma', 'en', options)?.profile.eqfLevel).to.equal(0);
    expect(u().answer('qualification', 'kein', 'de', [])?.profile.eqfLevel).to.equal(0);
    expect(u().answer('qualification', 'geen', 'nl', [])?.profile.eqfLevel).to.equal(0);
  });

  it('when a job held is said with a slight cue and another wished with a true one, then the wished one is the field', () => {
    expect(u().understand('im 30, work in a shop, want to become a plumber', 'en').slots.field).to.be.oneOf(['F', 'I']);
  });

  it('when two questions are asked, one about what a course requires, then no certificate is wished', () => {
    const read = u().understand('Ist das kostenlos? Brauche ich ein Diplom?', 'de', { pending: 'digitalSkills' });
    expect(read.intent).to.equal('question');
    expect(read.slots).to.not.have.property('goal');
  });

  it('when a short rating with complaint words answers the skills question, then it is the answer, not a complaint offering a person', () => {
    const read = u().understand('bof, pas terrible', 'fr', { pending: 'digitalSkills' });
    expect(read.intent).to.equal('none');
    expect(read.answer?.profile.digitalSkills).to.equal('with-help');
    expect(u().understand('vous me posez toujours la même question', 'fr', { pending: 'digitalSkills' }).intent).to.equal('complaint');
  });

  it('when secondary school is said finished, or German vocational school done, then the level is the end of secondary (4)', () => {
    expect(u().answer('qualification', 'secondary school completed in Moldova', 'en', [])?.profile.eqfLevel).to.equal(4);
    expect(u().answer('qualification', 'Berufsschule als Maler abgeschlossen', 'de', [])?.profile.eqfLevel).to.equal(4);
  });

  it('when "c\'est combien de temps" is asked, then it is about the duration, not the cost', () => {
    expect(u().understand("c'est combien de temps le cours ?", 'fr').question).to.equal('duration');
  });

  it('when a change of trade is said as "change to something else, maybe …", then it is a change of trade to that field', () => {
    expect(u().understand('I want to change to something else maybe in a warehouse', 'en').slots).to.include({ goal: 'retrain', field: 'N' });
    expect(u().answer('goal', 'looking after old people', 'en', [])?.profile.field).to.equal('K');
  });
  it('when a first message says only the part of the day ("mornings only"), then it is no greeting (a typo of "morning")', () => {
    expect(u().understand('mornings only', 'en').intent).to.equal('none');
    expect(u().understand('evenings only', 'en').intent).to.equal('none');
    expect(u().understand('morning', 'en').intent).to.equal('greeting');
    expect(u().understand('good morning', 'en').intent).to.equal('greeting');
  });
  it('when a job or word that is also a town is said ("maçon" / Mâcon, "un spa" / Spa, "aux jambes" / Jambes), then no region is read; after "à" it is the town', () => {
    expect(u().understand('maçon', 'fr', { pending: 'goal' }).slots.region).to.equal(undefined);
    expect(u().understand('je veux devenir maçon', 'fr').slots.region).to.equal(undefined);
    expect(u().understand('esthéticienne dans un spa', 'fr').slots.region).to.equal(undefined);
    expect(u().understand("j'ai des problèmes aux jambes, je cherche un travail assis", 'fr').slots.region).to.equal(undefined);
    expect(u().understand("j'habite à Spa", 'fr').slots.region).to.equal('BE-WAL');
    expect(u().understand('je cherche du travail à Mâcon', 'fr').slots.region).to.equal('FR');
    expect(u().understand('Mâcon', 'fr', { pending: 'region' }).slots.region).to.equal('FR');
  });
  it('when a job filed under a topic is wished for ("devenir data analyst", "become a web developer"), then the goal is finding work, a change of trade when another job is held; learning the topic alone sets no goal', () => {
    expect(u().understand('je veux devenir data analyst', 'fr', { pending: 'goal' }).slots).to.include({ goal: 'find-job', interest: 'data' });
    expect(u().understand('ich will Webentwickler werden', 'de').slots).to.include({ goal: 'find-job', interest: 'web-development' });
    expect(u().understand('soy camarera, quiero ser programadora', 'es').slots.goal).to.equal('retrain');
    expect(u().understand('je veux apprendre python', 'fr').slots.goal).to.equal(undefined);
  });
  it('when a person says they master computers ("je maîtrise bien l\'ordinateur"), then it is their skill, not a wish to learn the basics nor a "maîtrise" diploma', () => {
    expect(u().understand("Je maîtrise bien l'ordinateur", 'fr', { pending: 'digitalSkills' }).slots).to.deep.equal({ digitalSkills: 'autonomous' });
    expect(u().understand("je maitrise l'informatique", 'fr').slots).to.deep.equal({ digitalSkills: 'advanced' });
    expect(u().understand("je me débrouille avec l'ordi mais je veux apprendre l'informatique", 'fr').slots.goal).to.equal('basics');
    expect(u().understand("j'ai une maîtrise en droit", 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(6);
  });

  it('when "no school diploma" answers the diploma question, then it is no diploma (only "no diploma" was known)', () => {
    expect(u().understand('no school diploma', 'en', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
    expect(u().understand('I have no high school diploma', 'en', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
  });
  it('when a teacher names the school level they teach ("prof de français en secondaire", "secondary school teacher"), then it is not their diploma', () => {
    expect(u().understand('Je suis prof de français en secondaire depuis 12 ans, je veux me reconvertir', 'fr').slots.eqfLevel).to.equal(undefined);
    expect(u().understand("I'm a secondary school teacher", 'en').slots.eqfLevel).to.equal(undefined);
    expect(u().understand('I was a teacher in a high school in Nigeria', 'en').slots.eqfLevel).to.equal(undefined);
    expect(u().understand('soy profesora de secundaria', 'es').slots.eqfLevel).to.equal(undefined);
    expect(u().understand('ik ben leerkracht in het secundair', 'nl').slots.eqfLevel).to.equal(undefined);
    expect(u().understand("j'ai fait le secondaire", 'fr').slots.eqfLevel).to.equal(3);
    expect(u().understand('I finished high school', 'en').slots.eqfLevel).to.equal(4);
  });
  it('when a short message asks what an option of the pending question means ("c quoi autonome ?"), then it is help, not the answer', () => {
    expect(u().understand('c quoi autonome ?', 'fr', { pending: 'digitalSkills' })).to.deep.include({ intent: 'help', slots: {} });
    expect(u().understand('was heißt selbstständig?', 'de', { pending: 'digitalSkills' }).intent).to.equal('help');
    expect(u().understand("c'est quoi un bac+2 ?", 'fr', { pending: 'qualification' }).intent).to.equal('help');
    expect(u().understand('autonome', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('autonomous');
    expect(u().understand('bac+2', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(5);
    // the question, then words that answer nothing ("I don't get it"), is still help; an answer after it is the answer
    expect(u().understand("was bedeutet 'mit Hilfe'? Das verstehe ich nicht", 'de', { pending: 'digitalSkills' }).intent).to.equal('help');
    expect(u().understand("c'est quoi autonome ? bon je dirais avec aide", 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
  });
  it('when answers found in the second round of chats are given, then each is read ("not really good", "bon en informatique", "hoger secundair", "non", "pas d\'autre diplôme", a flip phone)', () => {
    expect(u().understand('not really good with computers', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
    expect(u().understand('nicht wirklich gut am Computer', 'de', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
    expect(u().understand('really good with computers', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('autonomous');
    expect(u().understand('je suis bon en informatique', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('autonomous');
    expect(u().understand('hoger secundair', 'nl', { pending: 'qualification' }).slots.eqfLevel).to.equal(4);
    expect(u().understand('non', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
    expect(u().understand('neen', 'nl', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
    expect(u().understand('no degree', 'en', { pending: 'qualification' }).slots.eqfLevel).to.equal(undefined);
    expect(u().understand("permis C et CE, pas d'autre diplome", 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
    expect(u().understand('vieux gsm a clapet, pas internet', 'fr', { pending: 'equipment' }).slots.equipment).to.equal('none');
    expect(u().understand('just an old flip phone', 'en', { pending: 'equipment' }).slots.equipment).to.equal('none');
    expect(u().understand('un gsm', 'fr', { pending: 'equipment' }).slots.equipment).to.equal('smartphone-only');
  });
  it('when kinds of messages missed on the eighth fresh set\'s tuning half are written anew, then each is read', () => {
    expect(u().understand('ça prend trop de temps votre truc', 'fr').intent).to.equal('complaint');
    expect(u().understand('this is taking forever', 'en').intent).to.equal('complaint');
    expect(u().understand('woas ned', 'de', { pending: 'goal' }).slots.goal).to.equal('unsure');
    expect(u().understand("c'est quoi les options", 'fr', { pending: 'qualification' }).intent).to.equal('help');
    expect(u().understand('tengo el cel nomás', 'es', { pending: 'equipment' }).slots.equipment).to.equal('smartphone-only');
    expect(u().understand('I need someone with me', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
    expect(u().understand('je sais rien faire sur un ordi', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('none');
    expect(u().understand('my phone, with a cracked screen', 'en', { pending: 'equipment' }).slots.equipment).to.equal('smartphone-only');
    // a possession with its subject after a wish is what one has, not what one learns with
    expect(u().understand('wil werken als poetshulp ik heb alleen een gsm', 'nl').slots.equipment).to.equal('smartphone-only');
    expect(u().understand('ik wil leren werken met een computer', 'nl').slots.equipment).to.equal(undefined);
  });
  it('when everyday sector words are wished for (a care home, "méca auto", a cheese shop, asbestos removal), then their field is read', () => {
    expect(u().understand('I would like to work in an elderly home', 'en').slots.field).to.be.oneOf(['J', 'K']);
    expect(u().understand('je voudrais travailler en méca auto', 'fr').slots.field).to.equal('I');
    expect(u().understand('je cherche dans une fromagerie', 'fr').slots.field).to.equal('D');
    expect(u().understand('ik zoek werk in asbestverwijdering', 'nl').slots.field).to.equal('F');
  });
  it('when a teacher names the subject they teach ("professeur de mathématiques", "maths teacher"), then it is their job (K), not a wish to learn it', () => {
    expect(u().understand('professeur de mathématiques', 'fr', { pending: 'interest' }).slots).to.deep.equal({ field: 'K', trade: 'education' });
    expect(u().understand('maths teacher', 'en', { pending: 'interest' }).slots).to.deep.equal({ field: 'K', trade: 'education' });
    expect(u().understand('je veux apprendre les maths', 'fr').slots.interest).to.equal('basic-skills');
  });
  it('when the goal question is answered with the job held and a wish to change ("je suis prof … je voudrais changer de voie"), then the job held is not the field; a job wished after it is', () => {
    expect(u().understand('bonjour je suis prof de francais en secondaire et je voudrais changer de voie', 'fr', { pending: 'goal' }).slots).to.deep.equal({ goal: 'retrain' });
    expect(u().understand('je suis caissière et je veux changer de métier', 'fr', { pending: 'goal' }).slots).to.deep.equal({ goal: 'retrain' });
    expect(u().understand('changer de métier, devenir cariste', 'fr', { pending: 'goal' }).slots).to.include({ goal: 'retrain', field: 'N' });
    expect(u().understand('je suis caissière et je cherche du travail', 'fr', { pending: 'goal' }).slots).to.include({ goal: 'find-job', field: 'D' });
  });
  it('when "are you at ease with a computer?" is answered with a bare yes or no, then yes is at ease alone and no is with help, in every language', () => {
    for (const [text, lang] of [['oui', 'fr'], ['yes', 'en'], ['sí', 'es'], ['ja', 'de'], ['ja hoor', 'nl'], ['jo', 'lb']]) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('autonomous');
    }
    for (const [text, lang] of [['non', 'fr'], ['no', 'en'], ['nein', 'de'], ['nee', 'nl']]) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('with-help');
    }
    // words that say more keep their meaning
    expect(u().understand('non pas du tout', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('none');
    expect(u().understand('bof', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal(undefined);
  });
  it('when a first message says there is no computer and no smartphone either, then there is no equipment, not only a phone', () => {
    for (const [text, lang] of [['ik heb geen computer en geen smartphone', 'nl'], ['I have no computer, no smartphone', 'en'],
      ["j'ai pas de smartphone ni d'ordi", 'fr'], ['hab keinen PC und kein Smartphone', 'de'], ['no tengo ordenador y no tengo smartphone', 'es']]) {
      expect(u().extract(text, lang).equipment, text).to.equal('none');
    }
    expect(u().extract("je n'ai pas d'ordinateur", 'fr').equipment).to.equal('smartphone-only');
  });
  it('when not knowing what to do is said with a hedge ("not really sure", "pas vraiment d\'idée", "niet echt een idee"), then the goal is unsure, in every language', () => {
    for (const [text, lang] of [['not really sure tbh', 'en'], ["pas vraiment d'idée", 'fr'], ['no tengo mucha idea', 'es'],
      ['nicht wirklich eine Ahnung', 'de'], ['niet echt een idee', 'nl'], ['net wierklech eng Iddi', 'lb']]) {
      expect(u().understand(text, lang, { pending: 'goal' }).slots.goal, text).to.equal('unsure');
    }
  });
  it('when a Dutch message names one\'s age ("iemand van mijn leeftijd"), then no apprenticeship ("leertijd") is read from it', () => {
    expect(u().extract('zoveel vragen voor iemand van mijn leeftijd', 'nl').eqfLevel).to.equal(undefined);
    expect(u().understand('leertijd', 'nl', { pending: 'qualification' }).slots.eqfLevel).to.equal(3);
  });
  it('when the diploma question is answered "aucune idée" (no idea), then no level is recorded: "aucune" there is not "none"', () => {
    expect(u().understand('aucune idee', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(undefined);
    expect(u().understand('aucun', 'fr', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
  });
  it('when posters, flyers or logos are what one wants to make, then the topic is design', () => {
    expect(u().understand("j'aimerais savoir faire des affiches et des flyers pour mon club", 'fr', { pending: 'interest' }).slots.interest).to.equal('design');
    expect(u().understand('I want to learn to make posters and flyers', 'en').slots.interest).to.equal('design');
  });
  it('when a Luxembourgish speaker wants a new career ("eng nei Carrière"), then it is a change of trade', () => {
    expect(u().extract('no 15 Joer am Verkaf wëll ech eng nei Carrière an der Fleeg ufänken', 'lb').goal).to.equal('retrain');
  });
  it('when a topic is said to suit one better after "actually no", then it is the topic; a language said better than another is none', () => {
    expect(u().understand('actually no, data analysis suits me better', 'en', { pending: 'equipment' }).slots.interest).to.equal('data');
    expect(u().extract('my English is better than my French', 'en').interest).to.equal(undefined);
  });
  it('when the goal question is answered with a trade one had and cannot do any more, then it is not the field wished', () => {
    const read = u().understand('Ich bin 58 Jahre alt und war Maurer in Eupen. Wegen dem Ruecken kann ich nicht mehr auf dem Bau arbeiten.', 'de', { pending: 'goal' });
    expect(read.slots.field).to.equal(undefined);
    expect(read.slots.region).to.equal('BE-WAL');
    expect(u().understand('je suis caissière et je cherche du travail', 'fr', { pending: 'goal' }).slots.field).to.equal('D');
  });
  it('when a place name that is also a word follows an article ("au marché", "im Spa"), then it is no place; after "à", "in" it is', () => {
    expect(u().extract("vendeur de poissons au marché du Midi, j'aime bien le contact", 'fr').region).to.equal(undefined);
    expect(u().extract('ich arbeite im Spa', 'de').region).to.equal(undefined);
    expect(u().extract("j'habite à Marche", 'fr').region).to.equal('BE-WAL');
    expect(u().extract('je vis au Luxembourg', 'fr').region).to.equal('LU');
  });
  // found chatting (tenth session): a person who says they use a computer well, to "what do you want?", was set to learn
  // its basics (an accountant was offered basic IT); a project's own words were the wish for them
  it('when the goal question is answered with good computer skills, then the skills are kept and no basics are wished', () => {
    for (const [text, lang] of [["je me sers très bien d'un ordinateur", 'fr'], ['sé manejar bien el ordenador', 'es'], ['sé usar bien la compu', 'es'],
      ['mat dem Computer geet et', 'lb']]) {
      const read = u().understand(text, lang, { pending: 'goal' });
      expect(read.slots.goal, text).to.equal(undefined);
      expect(read.slots.interest, text).to.equal(undefined);
      expect(read.slots.digitalSkills, text).to.not.equal(undefined);
    }
    // a wish typed beside the skill still asks for them
    expect(u().understand("je me débrouille mais je veux apprendre l'informatique", 'fr', { pending: 'goal' }).slots.goal).to.equal('basics');
    expect(u().understand('computer', 'en', { pending: 'goal' }).slots.goal).to.equal('basics');
  });
  it('when a change of trade names computing ("me reconvertir dans l\'informatique"), then it is a change of trade, not the basics', () => {
    expect(u().extract("j'aimerais me reconvertir dans l'informatique", 'fr').goal).to.equal('retrain');
    expect(u().understand("me reconvertir dans l'informatique", 'fr', { pending: 'interest' }).slots.goal).to.equal('retrain');
    expect(u().extract("je veux apprendre l'informatique", 'fr').goal).to.equal('basics');
  });
  it('when an ordinal opens a word of a compound ("tweede", "tweedekansonderwijs"), then it is no goal', () => {
    expect(u().understand('en het tweede, wat is dat?', 'nl').slots.goal).to.equal(undefined);
    expect(u().extract('ik wil tweedekansonderwijs volgen', 'nl').goal).to.equal('certify');
  });
  it('when a goal word is said in passing, then no goal is stated; a goal phrase or a goal wished is', () => {
    for (const [text, lang, stated] of [["j'ai rien eu comme diplôme", 'fr', false], ['le soir après le travail', 'fr', false],
      ['je veux un diplôme', 'fr', true], ['me reconvertir', 'fr', true], ['I want to start my own business', 'en', true],
      ['after work in the evening', 'en', false]] as Array<[string, string, boolean]>) {
      expect(u().statesGoal(text, lang), text).to.equal(stated);
    }
  });
  // found chatting (tenth session): "j'en peux plus, j'ai envie de tout arrêter" was not understood, "ich kann nicht
  // mehr" neither; a few words of distress count only as the whole message ("ich kann nicht mehr auf dem Bau arbeiten")
  it('when a person says they cannot go on, then it is distress (answered with care); the same words about a job are not', () => {
    for (const [text, lang] of [["j'en peux vraiment plus", 'fr'], ["bonjour, j'ai envie de tout arrêter", 'fr'], ['Ich kann nicht mehr.', 'de'],
      ['hat alles keinen Sinn mehr', 'de'], ['ik kan niet meer', 'nl'], ["I can't take it anymore", 'en'], ['ech kann net méi', 'lb'],
      ['ya nada tiene sentido', 'es']]) {
      const read = u().understand(text, lang);
      expect(read.intent, text).to.equal('complaint');
      expect(read.distress, text).to.equal(true);
    }
    for (const [text, lang] of [['ich kann nicht mehr auf dem Bau arbeiten', 'de'], ['ik kan niet meer werken als poetsvrouw', 'nl'],
      ["j'en peux plus de la restauration, je veux changer de métier", 'fr']]) {
      expect(u().understand(text, lang).distress, text).to.equal(undefined);
    }
  });
  // found chatting: "français svp" (the bot's own help says to write "Français") to "what do you want to learn?" in an
  // English chat was read as learning French
  it('when the topic question is answered with a language\'s own name that the chat\'s language does not use, then it is a switch; its name in the chat\'s language is the topic', () => {
    expect(u().understand('Français', 'en', { pending: 'interest' }).intent).to.equal('language:fr');
    expect(u().understand('Español', 'en', { pending: 'interest' }).intent).to.equal('language:es');
    expect(u().understand('Deutsch', 'fr', { pending: 'interest' }).intent).to.equal('language:de');
    expect(u().understand('French', 'en', { pending: 'interest' }).slots.learnLanguages).to.deep.equal(['fr']);
    expect(u().understand('allemand', 'fr', { pending: 'interest' }).slots.learnLanguages).to.deep.equal(['de']);
    // English is typed everywhere for the subject; "Nederlands" is English usage too
    expect(u().understand('english', 'fr', { pending: 'interest' }).slots.learnLanguages).to.deep.equal(['en']);
    expect(u().understand('Nederlands', 'en', { pending: 'interest' }).slots.learnLanguages).to.deep.equal(['nl']);
  });
  // found chatting (tenth session): "two hours three times a week" was 2.1 hours (2h03), "3 evenings, 2 hours each" 14
  it('when hours are said per time with how many times a week, then they are multiplied; a number of times is no minutes', () => {
    for (const [text, lang] of [['two hours, three times a week', 'en'], ['2h, 3 fois par semaine', 'fr'], ['dos horas, tres veces por semana', 'es'],
      ['3 mal pro Woche 2 Stunden', 'de'], ['3 keer per week, telkens 2 uur', 'nl'], ['3 avonden van 2 uur', 'nl']]) {
      expect(u().answer('availability', text, lang, [])?.profile.hoursPerWeek, text).to.equal(6);
    }
    expect(u().answer('availability', '2h30', 'fr', [])?.profile.hoursPerWeek).to.equal(2.5);
    expect(u().answer('availability', '10 heures par semaine', 'fr', [])?.profile.hoursPerWeek).to.equal(10);
  });
  // found chatting (tenth session): "Fleurist" in Luxembourgish, "overschakelen naar" (switch to) were read nowhere
  it('when a Luxembourgish florist or a change of trade in everyday words is said, then the job or the change is read', () => {
    expect(u().extract('ech wëll Fleurist ginn', 'lb').field).to.equal('D');
    expect(u().extract('ik wil overschakelen naar iets anders', 'nl').goal).to.equal('retrain');
    expect(u().extract('je voudrais me réorienter vers la comptabilité', 'fr').goal).to.equal('retrain');
  });
  // found chatting (tenth session): a parent writing for a son, "il a un pc gamer et la fibre", was read as wanting
  // the computer's basics; what the person written for has is theirs (the corpus's convention)
  it('when a relative says what the person has ("il a", "she has", "tiene"), then it is their equipment', () => {
    for (const [text, lang] of [["il a un ordinateur portable et la fibre", 'fr'], ['she has a laptop and wifi at home', 'en'],
      ['tiene su portátil', 'es'], ['er hat einen Laptop und Internet', 'de']]) {
      expect(u().extract(text, lang).equipment, text).to.equal('computer-and-internet');
    }
    expect(u().understand('il a un pc gamer et la fibre', 'fr', { pending: 'goal' }).slots.goal).to.equal(undefined);
  });
  // found chatting: "sabe mucho de ordenadores" (of a son) was read as wanting the computer's basics
  it('when a person is said to know a lot about computers, then the skills are advanced or at ease, and no basics are wished', () => {
    for (const [text, lang] of [['sabe mucho de informática', 'es'], ['she knows a lot about computers', 'en'], ["il s'y connaît très bien en informatique", 'fr'],
      ['er kennt sich gut mit Computern aus', 'de'], ['hij weet veel van computers', 'nl']]) {
      const read = u().extract(text, lang);
      expect(read.digitalSkills, text).to.be.oneOf(['advanced', 'autonomous']);
      expect(read.goal, text).to.equal(undefined);
    }
  });
  // found chatting: "ich kan nich gut lesen und schreibn" (typed as spoken) was not read as the basic skills
  it('when German is typed as spoken ("kan nich"), then it is read as written', () => {
    expect(u().extract('hallo ich kan nich gut lesen und schreiben, ich such arbeit', 'de').interest).to.equal('basic-skills');
    expect(u().answer('digitalSkills', 'gar nich', 'de', [])?.profile.digitalSkills).to.equal('none');
  });

  // found by a helper chatting as jobseekers in the twelfth session (2026-12-05), checked in words written for the test
  it('when a person says they cannot work with a computer, then their skills are none: no request for a person, no equipment', () => {
    for (const [text, lang] of [['mijn moeder kan niet met een computer werken', 'nl'], ['ech kann net mat engem Computer schaffen', 'lb'],
      ['ich kann leider nicht mit einem Computer arbeiten', 'de'], ['mon père ne sait pas utiliser un ordinateur', 'fr'],
      // the verb left out, as said (found by this session's black-box tester: "no computer", and the skills asked again)
      ['ech kann net mam Laptop', 'lb'], ['ich kann nicht mit dem PC', 'de']]) {
      const read = u().understand(text, lang, { pending: 'digitalSkills' });
      expect(read.intent, text).to.equal('none');
      expect(read.slots, text).to.include({ digitalSkills: 'none' }).and.not.have.property('equipment');
    }
    expect(u().understand('ik wil niet met een computer praten', 'nl').intent).to.equal('human');
  });

  it('when a diploma code holds a digit ("CE1D", "CQ6"), then it is no option number', () => {
    const options = [{ value: '0', label: 'Aucun diplôme' }, { value: '2', label: 'Secondaire inférieur (brevet, CE1D)' }, { value: '4', label: 'Secondaire supérieur' }];
    expect(u().understand('CE1D', 'fr', { pending: 'qualification', options }).slots.eqfLevel).to.equal(2);
    expect(u().understand('2', 'fr', { pending: 'qualification', options }).slots.eqfLevel).to.equal(2);
    expect(u().understand('zéro diplôme', 'fr', { pending: 'qualification', options }).slots.eqfLevel).to.equal(0);
    expect(u().understand('he left school at sixteen with no exams', 'en', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
  });

  it('when a "no diploma" label\'s word is typed beside a word of one\'s own, then it is not "no diploma"', () => {
    const options = [{ value: '0', label: 'Geen diploma' }, { value: '4', label: 'Secundair onderwijs' }];
    expect(u().understand('verzorgende diploma', 'nl', { pending: 'qualification', options }).slots.eqfLevel).to.not.equal(0);
  });

  it('when a message states things, then asks, then the question\'s topic comes from the sentence that asks', () => {
    const benefits = u().understand('I was a cleaner in Namur until March. Would I lose my unemployment money if I take a course?', 'en');
    expect(benefits).to.include({ intent: 'question', question: 'benefits' });
    // a topic word only in the sentence that answers is the answer ("data analysis"), not a question about one's data
    const data = u().understand('i drive lorries in Liège, i would like to learn data analysis. do you think i can?', 'en');
    expect(data.intent).to.equal('none');
    expect(data.slots).to.include({ interest: 'data' });
  });

  it('when a person can use a computer only with a relative beside them ("ohne meinen Sohn…"), then their skills are with help', () => {
    for (const [text, lang] of [['ohne meine Tochter komme ich am Laptop nicht zurecht', 'de'], ['sans mon fils je m\'en sors pas avec l\'ordi', 'fr'],
      ['without my daughter I am lost on the computer', 'en'], ['sin mi nieta no sé usar la computadora', 'es'], ['zonder mijn zoon lukt het niet op de computer', 'nl']]) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('with-help');
    }
  });

  // found by a helper chatting as jobseekers in the thirteenth session (2026-12-05); sentences written here
  it('when a Dutch or Luxembourgish speaker asks if the bot is a robot, then it is the question "bot" (the bot says what it is and asks), as in French', () => {
    for (const [text, lang] of [['zijt gij een robot?', 'nl'], ['ben jij een computer of een mens', 'nl'], ['bass du e Roboter?', 'lb'], ['sidd Dir e Mënsch?', 'lb'], ['êtes-vous un robot ?', 'fr']]) {
      expect(u().understand(text, lang), text).to.include({ intent: 'human', question: 'bot' });
    }
    expect(u().understand('ik wil niet met een robot praten', 'nl')).to.not.have.property('question');
  });

  it('when a Spanish speaker asks to be put through to an advisor ("me puedes pasar con…"), then it is a request for a person', () => {
    for (const text of ['me puedes pasar con un asesor?', '¿me podría poner con una persona?', 'me pueden pasar con alguien por favor']) {
      expect(u().understand(text, 'es').intent, text).to.equal('human');
    }
    expect(u().understand('me puedes pasar el enlace del curso?', 'es').intent).to.not.equal('human');
  });

  it('when a job title is also a town\'s name ("maçon", Mâcon), then the job wanted is no place, and the town still is one where one lives', () => {
    expect(u().understand('je cherche un travail de maçon à Liège', 'fr').slots).to.include({ region: 'BE-WAL', field: 'F' });
    expect(u().understand('je cherche un travail de macon', 'fr').slots).to.not.have.property('region');
    expect(u().understand("j'habite à Mâcon", 'fr').slots).to.include({ region: 'FR' });
  });

  it('when the equipment is listed to the topic question with a word between ("pc + internet", "a laptop with wifi"), then it is the equipment, no topic', () => {
    for (const [text, lang] of [['ordi + wifi', 'fr'], ['un pc avec internet', 'fr'], ['a laptop with wifi', 'en'], ['Computer mit Internet', 'de']]) {
      const read = u().understand(text, lang, { pending: 'interest' });
      expect(read.slots, text).to.include({ equipment: 'computer-and-internet' });
      expect(read.slots, text).to.not.have.property('interest');
    }
  });

  it('when a warehouse job is said as the job held ("j\'ai travaillé comme cariste en entrepôt"), then the warehouse is not wished', () => {
    const read = u().understand("j'ai travaillé des années comme cariste en entrepôt, je voudrais me reconvertir", 'fr');
    expect(read.slots).to.include({ goal: 'retrain' });
    expect(read.slots).to.not.have.property('field');
    expect(u().understand('je cherche du travail en entrepôt', 'fr').slots).to.include({ field: 'N' });
  });

  it('when a person wants to launch their company ("lancer ma société de nettoyage"), then it is starting a business, not looking for work', () => {
    expect(u().understand('je voudrais lancer ma petite société de jardinage à Namur', 'fr').slots).to.include({ goal: 'start-business', field: 'A' });
    expect(u().understand('ouvrir mon cabinet de kiné', 'fr').slots).to.include({ goal: 'start-business' });
  });
  it('when "anything" opens a wish for a trade ("lo que sea en limpieza"), then the person looks for work in it, no doubt about the goal', () => {
    expect(u().understand('busco lo que sea en hostelería', 'es').slots).to.include({ goal: 'find-job', field: 'G' });
    expect(u().understand('no sé qué hacer con mi vida', 'es').slots.goal).to.equal('unsure');
    expect(u().answer('goal', 'lo que sea', 'es', [])?.profile.goal).to.equal('unsure');
  });
  it('when "n\'importe quoi" says what job one would take, then it is no complaint; said of the bot\'s answer it is', () => {
    expect(u().understand('je prends un boulot, n\'importe quoi', 'fr').intent).to.equal('none');
    expect(u().understand('tu racontes n\'importe quoi', 'fr').intent).to.equal('complaint');
    expect(u().understand("c'est n'importe quoi ces formations", 'fr').intent).to.equal('complaint');
  });
  it('when a person says the language they want to work or teach in ("ik wil in het Frans werken", "I want to teach Spanish"), then it is no switch of language and no language to learn', () => {
    const cases: Array<[string, string]> = [
      ['ik zoek een job in het Engels in Antwerpen', 'nl'], ['ech wëll op Englesch schaffen', 'lb'], ['je cherche un poste en anglais', 'fr'],
      ['I want to work in Spanish', 'en'], ['I would like to teach German to adults', 'en'], ['quiero trabajar en francés', 'es'],
      ['doy clases de alemán desde hace años', 'es'], ['ich möchte auf Französisch arbeiten', 'de'], ['je voudrais enseigner le néerlandais', 'fr'],
      // the language courses are taught in (found by a tester: the field was replaced by learning that language)
      ['busco cursos en francés sobre cocina', 'es'], ['graag Franstalige cursussen', 'nl'], ['gibt es Kurse auf Englisch?', 'de'], ['are there any courses in Dutch', 'en'],
    ];
    for (const [text, lang] of cases) {
      const read = u().understand(text, lang);
      expect(read.intent, text).to.be.oneOf(['none', 'question']);
      expect(read.slots, text).to.not.have.property('interest');
      expect(read.slots, text).to.not.have.property('learnLanguages');
    }
    // a language learnt for work is still learnt; a request to speak one is still a switch
    expect(u().understand('ik wil Engels leren voor mijn werk', 'nl').slots.interest).to.equal('languages');
    expect(u().understand('kunnen we in het Frans verder?', 'nl').intent).to.equal('language:fr');
  });
  it('when a person wants to learn how to look for work online, then the topic is job search, not web development or the computer', () => {
    const cases: Array<[string, string]> = [
      ['teach me to search for jobs on the web', 'en'], ['I need to learn how to look for a job on the internet', 'en'],
      ["j'aimerais apprendre à chercher un travail en ligne", 'fr'], ['ik wil leren hoe je online werk zoekt', 'nl'],
    ];
    for (const [text, lang] of cases) expect(u().understand(text, lang).slots.interest, text).to.equal('job-search');
    expect(u().understand('je cherche du travail', 'fr').slots).to.not.have.property('interest');
  });
  it('when a person asks how to answer the question ("hoe vul ik dit in", "what do u mean", "can u help me"), then it is help', () => {
    const cases: Array<[string, string]> = [
      ['hoe moet ik dit invullen eigenlijk', 'nl'], ['how do I fill this in', 'en'], ['can u help me pls', 'en'], ['what do u mean by that', 'en'],
      ['wie fülle ich das aus', 'de'], ['cómo tengo que rellenar esto', 'es'], ['comment je dois remplir ça', 'fr'], ['wéi soll ech dat ausfëllen', 'lb'],
    ];
    for (const [text, lang] of cases) expect(u().understand(text, lang, { pending: 'equipment' }).intent, text).to.equal('help');
    expect(u().understand('thank u so much', 'en').intent).to.equal('thanks');
    expect(u().understand('r u a bot', 'en').intent).to.equal('human');
  });
  it('when a diploma\'s name holds a sector word ("secundair onderwijs"), then it is the diploma, no job in that sector', () => {
    expect(u().understand('secundair onderwijs', 'nl', { pending: 'qualification' }).slots).to.not.have.property('field');
    expect(u().understand('secundair onderwijs', 'nl').slots).to.not.have.property('field');
    expect(u().understand('secundair onderwijs afgemaakt, ik zoek werk als kok', 'nl').slots.field).to.equal('G');
  });
  it('when a device list answers the goal question ("Laptop mit Internet"), or being at ease with computers the topic question, then it is the equipment or the skill, no wish for computer basics', () => {
    expect(u().answer('goal', 'Computer und WLAN', 'de', [])?.profile).to.deep.equal({ equipment: 'computer-and-internet' });
    expect(u().answer('goal', 'un pc avec internet', 'fr', [])?.profile).to.deep.equal({ equipment: 'computer-and-internet' });
    const skilled = u().understand('really good with computers actually', 'en', { pending: 'interest' }).slots;
    expect(skilled).to.not.have.property('interest');
    expect(skilled.digitalSkills).to.be.oneOf(['autonomous', 'advanced']);
    expect(u().understand('the basics of computers', 'en', { pending: 'interest' }).slots.interest).to.equal('digital-basics');
  });
  it('when a diploma held and a language to learn first answer the goal question, then the goal is no certificate and the job held no field', () => {
    // found by a tester: "… I have bachelor degree … I must learn french first" was "Get a certificate", job in building
    for (const [text, lang] of [["I have a master's degree, but I need to learn Dutch first", 'en'], ['tengo una licenciatura, pero primero tengo que aprender francés', 'es'],
      ['je suis plombier, il faut d\'abord que j\'apprenne le français', 'fr']] as const) {
      const read = u().answer('goal', text, lang, [])?.profile ?? {};
      expect(read.goal, text).to.not.equal('certify');
      expect(read, text).to.not.have.property('field');
    }
  });
  it('when "no diploma" names the diploma not held ("geen diploma secundair", "pas de diplôme du secondaire"), then the level is below it, not a vocational one', () => {
    expect(u().answer('qualification', 'nee, geen diploma secundair', 'nl', [])?.profile.eqfLevel).to.be.at.most(2);
    expect(u().answer('qualification', "j'ai aucun diplôme du secondaire", 'fr', [])?.profile.eqfLevel).to.be.at.most(2);
    expect(u().answer('qualification', 'pas de diplôme, juste le CEB', 'fr', [])?.profile.eqfLevel).to.equal(1);
  });
  it('when "why do you ask" is typed without its accent ("porque me preguntas") or in spoken Luxembourgish ("firwat frees de"), then it is the question why', () => {
    expect(u().understand('porque me preguntas lo del diploma', 'es', { pending: 'qualification' }).question).to.equal('why');
    expect(u().understand('firwat frees de mech dat', 'lb', { pending: 'region' }).question).to.equal('why');
    expect(u().understand('busco trabajo porque me despidieron', 'es').intent).to.equal('none');
  });
  it('when the apostrophe is left out ("jai pas dordi", "dordinateur"), then it is read as written with it', () => {
    expect(u().understand('jai pas dordi', 'fr', { pending: 'equipment' }).slots.equipment).to.be.oneOf(['none', 'smartphone-only']);
    expect(u().understand('pas dordinateur chez moi', 'fr', { pending: 'equipment' }).slots.equipment).to.be.oneOf(['none', 'smartphone-only']);
  });
  it('when the sixth year of vocational secondary is named ("6ème professionnelle", "6e prof"), then the level is that of its CQ6 (3), not primary school', () => {
    expect(u().answer('qualification', "j'ai été à l'école jusqu'à la 6ème professionnelle", 'fr', [])?.profile.eqfLevel).to.equal(3);
    expect(u().answer('qualification', '6e prof en mécanique', 'fr', [])?.profile.eqfLevel).to.equal(3);
    expect(u().answer('qualification', 'le CEB, la 6ème primaire', 'fr', [])?.profile.eqfLevel).to.equal(1);
  });
  it('when a vocational qualification is named by its trade ("Abschluss als Elektriker", "Lehre zur Friseurin"), then it is a vocational diploma held (4); wished for, it is none', () => {
    expect(u().answer('qualification', 'Abschluss als Maurer in Rumänien', 'de', [])?.profile.eqfLevel).to.equal(4);
    expect(u().understand('ich habe eine Lehre zur Friseurin gemacht', 'de').slots.eqfLevel).to.equal(4);
    expect(u().understand('ich will einen Abschluss als Maurer machen', 'de').slots).to.not.have.property('eqfLevel');
  });
  it('when a long first answer to the goal question wishes a topic and says the person is good with computers, then the topic is kept, not the computer basics (found by a tester: the list was Android and Email basics)', () => {
    const goals = [{ value: 'find-job', label: 'Find a job' }, { value: 'basics', label: 'Learn computer basics' }];
    const read = u().understand('I want to learn programming, I live in Brussels, I finished secondary school, very good with computers, I have a computer, 10 hours', 'en', { pending: 'goal', options: goals }).slots;
    expect(read.interest).to.equal('programming');
    expect(read.goal).to.not.equal('basics');
    expect(u().understand('I want to learn programming, very good with computers', 'en', { pending: 'goal', options: goals }).slots.interest).to.equal('programming');
    expect(u().understand('learn computer basics', 'en', { pending: 'goal', options: goals }).slots.goal).to.equal('basics');
  });
  it('when a device is one item of a list of what one is and has ("…, Abitur, sehr gut, Laptop, 10 Stunden"), then it is the equipment; after a wish it is not', () => {
    expect(u().understand('Ich möchte Programmieren lernen, ich wohne in Luxemburg, Abitur, sehr gut, Laptop, 10 Stunden', 'de').slots.equipment).to.equal('computer-and-internet');
    expect(u().understand('je veux apprendre, ordinateur, internet', 'fr').slots).to.not.have.property('equipment');
  });
  it('when the options are asked for again, a chat is reset in Dutch, or a phone\'s data or one\'s past is said erased, then each is read so (twentieth fresh set\'s tuning half: help, restart, no erase, no restart)', () => {
    expect(u().understand('me puedes poner las opciones otra vez', 'es', { pending: 'goal' }).intent).to.equal('help');
    expect(u().understand('zeig mir die Optionen nochmal', 'de', { pending: 'goal' }).intent).to.equal('help');
    expect(u().understand('vous pouvez remettre les choix ?', 'fr', { pending: 'goal' }).intent).to.equal('help');
    expect(u().understand('reset dit gesprek aub', 'nl', { pending: 'availability' }).intent).to.equal('restart');
    expect(u().understand('reinicié el móvil y se me borró todo, es lo único que tengo', 'es').intent).to.not.equal('erase');
    expect(u().understand('borra mis datos por favor', 'es').intent).to.equal('erase');
    expect(u().understand('I want to erase the past and start again, maybe as a plumber', 'en').intent).to.equal('none');
    expect(u().understand('weet ik echt nog niet', 'nl', { pending: 'goal' }).slots.goal).to.equal('unsure');
  });
});
