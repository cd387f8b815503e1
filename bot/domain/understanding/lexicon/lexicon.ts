/**
 * The words of one language, as written in `knowledge/lexicon/<lng>.json`. Everything language-specific the
 * understanding module knows lives here, so adding a language is adding a file. Every phrase uses the small
 * pattern syntax of `compilePattern` (`*` gap, `a|b` choice, `@set`); comparisons ignore case and accents and
 * tolerate typos, so lexicons list words once, without accents, and only spell out real variants.
 */
export interface Lexicon {
  /** ISO 639-1 code; must equal the file name. */
  language: string;
  /**
   * For a language the bot reads before it has texts for it (no `locales/<lng>/`): what to tell a person who
   * writes it, in it; `{{languages}}` becomes the names of the languages the bot speaks ("Ik spreek nog geen
   * Nederlands. Ik spreek wel Frans, Engels…").
   */
  notServed?: string;
  numbers: NumberWords;
  /** Named word lists usable as `@name` in any phrase of this lexicon. */
  sets: Record<string, string[]>;
  /** Words that may surround an answer without changing it ("svp", "please", "je", "the"). */
  fillers: string[];
  /** Words that start a new clause ("mais", "but"): negation does not cross them. */
  contrast: string[];
  negations: string[];
  /** Negations meaning "not at all" ("pas du tout à l'aise" is none, "pas à l'aise" is with-help). */
  strongNegations: string[];
  /**
   * Words that make a negation just before them no negation: "only" (French "ne … que": "je n'ai qu'un téléphone"
   * has a phone, and only that) or "any" ("n'importe quoi en magasin" wants a shop). Optional.
   */
  restrictive?: string[];
  /**
   * Words as people type them on a phone, and what they stand for ("ds": "dans", "jsuis": "je suis", "u": "you",
   * "xq": "porque", "kzoek": "ik zoek"): a message's word that is one is read as those words, so every phrase that
   * holds them matches. Optional. A key must be no word of this lexicon's phrases (a word the phrases already list,
   * "jveux", is read as listed).
   */
  shorthand?: Record<string, string>;
  cues: Cues;
  dontKnow: string[];
  yes: string[];
  no: string[];
  intents: Intents;
  social: Social;
  /** The name of every language (ISO code → names) as written in this language; this language's own is its endonym. */
  languageNames: Record<string, string[]>;
  /** Contract goal → phrases. */
  goals: Record<string, string[]>;
  /** Contract digital-skills level → phrases. */
  digitalSkills: Record<string, string[]>;
  /**
   * Device words; `unavailable`: "broken" (said after a device, it is not had); `elsewhere`: "at the library",
   * "at a friend's" (a device used only there: no equipment of one's own).
   */
  equipment: { phone: string[]; computer: string[]; internet: string[]; nothing: string[]; unavailable: string[]; elsewhere?: string[] };
  time: TimeWords;
  /** "1".."10" and "last" → ordinal words, for choosing an option ("la deuxième", "the last one"). */
  ordinals: Record<string, string[]>;
  /** Words around an option number ("n°", "option", "le", "number"). */
  optionMarkers: string[];
  /**
   * Words that ask about one property of an item shown ("how long", "level", "who offers", "on my phone"), read only
   * beside an item named by its rank after the list ("wie lange dauert der zweite?"). Optional; the service question
   * topics of the same names count too.
   */
  itemProperties?: Partial<Record<ItemProperty, string[]>>;
  /**
   * Words naming each profile question, for "what do you want to change?" ("la ville", "my diploma", "die Stunden").
   * Optional; keys are the question ids (CONTRACT.md §2).
   */
  slotNames?: Partial<Record<string, string[]>>;
  /** Contract region → place names as written in this language (cities, provinces, communes). */
  regions: Record<string, string[]>;
  /**
   * Places outside the served regions where people who look for work in them live (ISO 3166-1 alpha-2 country →
   * its name and border towns as written in this language: "Allemagne", "Trèves"); read in every language, like
   * `regions`. Said as where one lives, they keep offers for residents (`residentsOnly`) away. Optional.
   */
  abroad?: Record<string, string[]>;
  /**
   * Phrases that point at the items of a list by their language said as an adjective (language code → phrases:
   * "die französischen", "de Franse"): after a list, "zeigen Sie mir die französischen" asks for its courses in French.
   * Read only there (`languageOfListWanted`), typed as written. Optional.
   */
  listLanguages?: Record<string, string[]>;
  /** Phrases that look like a diploma and are not ("permis de conduire", "driving licence"). */
  qualificationIgnore: string[];
  /**
   * Regulated professions that need a university degree ("pharmacien", "pharmacist", "Apotheker", "psicólogo"): said as
   * held, after a `background` cue ("je suis", "I'm a", "ich bin", "ik ben"), or alone as the answer to the diploma
   * question, the person holds at least a bachelor's (EQF 6); wished ("je veux devenir pharmacien") or denied, nothing.
   * Optional.
   */
  degreeJobs?: string[];
  /**
   * Words that name when to be called back ("demain", "l'après-midi", "tonight", "egal wann", "morgenvoormiddag",
   * "n'importe quand"): with the `time` section's day names, weekdays, weekend and parts of day, and any digit, the
   * answer to "when can we call you?" is a time; any other sentence is asked again. Optional.
   */
  callbackTimes?: string[];
  /**
   * Whether the language writes compound nouns as one word (German "Wechselstube", Dutch "wisselkantoor"): a goal's
   * verb read through its stem at the head of a longer word is that noun's first part, not the verb ("wechseln" is no
   * change of trade in "Wechselstube"). Optional (false).
   */
  compoundNouns?: boolean;
}

/** Phrases that make a mention count in free text (`extract`), where a bare word is not enough. */
export interface Cues {
  /** "j'ai", "I have": a diploma or device is the user's own. */
  possession: string[];
  /** "je veux passer", "I want to get": the diploma is a wish, not a fact. */
  aspiration: string[];
  /** "apprendre", "learn", "cours de": what follows is an interest. */
  learning: string[];
  /** "j'habite à", "I live in": what follows is a place. */
  location: string[];
  /** "ordinateur", "computer": a skill statement is about digital skills. */
  digital: string[];
  /**
   * "j'ai travaillé comme", "used to be", "marre de", "will weg": a job after one was held or is to be left, so it
   * is no `field`; anywhere in a message, it says the job the person names is the one they leave. Optional.
   */
  pastJob?: string[];
  /**
   * "je parle", "I speak", "je suis", "j'ai étudié", "studiert": what one already is, speaks or studied. A topic
   * right after one (or, in verb-final languages, right before) is background, not a wish to learn it.
   */
  background?: string[];
  /** "ça dépend", "bof", "meh": a vague answer, which fills nothing (not even the goal `unsure`). */
  vague?: string[];
  /**
   * "ok", "d'accord", "vale", "passt": a message that only acknowledges what the bot said. To "how well do you use a
   * computer?" it rates nothing (unlike "oui", "yes": at ease), so the question is asked again.
   */
  acknowledgement?: string[];
  /**
   * "rien", "nothing", "nada", "nichts": the whole answer to "which job or subject interests you?" is no preference,
   * like "peu importe" (the question is not asked again); to other questions it says none (see their own words).
   */
  nothingAnswer?: string[];
  /** "super", "gut", "parfait": approval said alone, which answers no question of the profile (besides thanks). */
  approval?: string[];
  /** "au revoir", "tschüss", "tot ziens": leaving, said with thanks or alone (answered with a goodbye, no question again). */
  farewell?: string[];
  /**
   * "si j'avais", "if I had", "si tuviera", "wenn ich … hätte": a condition contrary to fact; a device named in it is
   * not had ("si j'avais un ordinateur je ferais…" says there is none, or nothing).
   */
  hypothetical?: string[];
  /**
   * "si j'ai", "if I have", "si tengo", "wenn ich … habe", "als ik werk": a condition one's situation is put as, in
   * a question about it ("si tengo contrato, ¿puedo…?"): a job named in it is no job looked for.
   */
  condition?: string[];
  /** "changer mes réponses", "change my answers", "ändere meine Antworten": asks to correct the profile. */
  changeAnswers?: string[];
  /** "j'ai trouvé", "ya encontré", "ich habe … gefunden": work found is no work looked for. Optional. */
  found?: string[];
  /** "étudiant en", "studying": the diploma named is being studied for, so the one below it is held. */
  studying?: string[];
  /** "pas eu", "sin terminar", "nachholen": the diploma named (before or after) was not obtained. */
  unfinished?: string[];
  /** "non je veux dire", "I mean", "bueno no": what follows replaces what was said before. */
  correction?: string[];
  /** "je viens de", "born in", "aus": a place of origin, weaker than where one lives. */
  origin?: string[];
  /**
   * "uit", "aus", "de", "from" right after a diploma's name: the place that follows is where the diploma comes from
   * ("diploma uit Frankrijk", "de Bac aus Frankräich"), no region.
   */
  diplomaFrom?: string[];
  /**
   * "diplôme", "Diplom", "degree", "título": a diploma named by its kind only. As the whole answer to the diploma question,
   * with no level read ("un diplôme du Maroc", "Diplom aus Polen"), the bot asks which level it is closest to.
   */
  diplomaWords?: string[];
  /** "j'habite", "I live in", "wohne": the place that follows is where one lives (stronger than "à", "in"). */
  residence?: string[];
  /**
   * "une formation pour", "me former comme", "training as", "Ausbildung als": a training for a trade. Wished for
   * with a job named, it is learning a new trade (the goal retrain), not looking for work or a diploma. Optional.
   */
  jobTraining?: string[];
  /** "je n'ai jamais dit que", "I never said", "nunca dije": what follows was not said, wishes included. Optional. */
  denial?: string[];
  /**
   * "autre chose ?", "anything else?", "noch was?": after the recommendations, a request for other suggestions
   * (said in a short message). Optional.
   */
  more?: string[];
  /** "plutôt", "ideally", "am liebsten": a topic named right after one is what the person would rather learn. */
  preference?: string[];
  /**
   * "ceux", "the ones", "die", "degene", "los que": words that point at items of the list just shown; a language
   * named beside them after the list asks for the items in that language ("only the ones in French"), not for
   * the bot to speak it. Optional.
   */
  listItems?: string[];
  /**
   * "aussi en @lang", "is there * in @lang", "gibt es * auf @lang", "y en @lang", "en in het @lang": whether something is
   * offered in a language. Before the list it asks for the chat in it (the corpus reads "geht das auch auf Spanisch?" so);
   * after the list, where the engine says it is (`understand`'s `listed`), it asks about the courses shown, unless the
   * message also has a word of the `speakTo` set ("can we continue in French?"). Optional.
   */
  offeredIn?: string[];
  /**
   * "dois-je parler @lang", "do I need to speak @lang", "muss ich @lang sprechen": a question about the language a job
   * asks for, not about the courses' (answered: it depends on the job and the employer). Optional.
   */
  speakRequired?: string[];
  /**
   * "@lang is ook goed", "en @lang c'est bien aussi", "@lang is fine too": courses in a language said to do as well, before
   * the list or after it; no request for the chat in it (answered as a question about the courses' language). Optional.
   */
  alsoFine?: string[];
  /**
   * "do you speak @lang", "parlez-vous @lang", "habla usted @lang": a question whether the bot speaks a language, typed
   * with a question mark; answered (yes, and the word that switches) instead of switching. Optional.
   */
  speaksAsked?: string[];
  /** "ces cours", "the course", "los cursos", "die Kurse": words of the courses, which make a `speakRequired` question theirs. Optional. */
  courseWords?: string[];
  /**
   * "expérience", "experience", "experiencia", "Erfahrung", "ervaring": a number of years right before one is how long one
   * has worked, never a diploma ("12 años de experiencia" is no Portuguese "12.º ano"). Optional.
   */
  experience?: string[];
  /**
   * "travailler en @lang", "teach @lang", "in het @lang werken", "dar clases de @lang", "cursos en @lang": a language
   * one works or teaches in, or courses are taught in, with the language's name in the phrase. It is no language to
   * learn and no request for the bot to speak it ("ik wil in het Frans werken"). Optional.
   */
  workLanguage?: string[];
  /**
   * "je", "I", "ich", "ik", "yo", "hago": the person speaking as the subject; a job said right after one is what
   * they do ("I clean houses, but…"). Typed exactly. Optional.
   */
  self?: string[];
  /**
   * "I was", "I've been": words that say a job held only when a job title follows at once ("I was nurse", as people
   * write who drop the article), never alone ("since I was 15"). Typed exactly; optional (languages that drop the
   * article list their verb among the `background` cues).
   */
  jobNext?: string[];
  /**
   * "devenir", "become", "werden", "worden", "ser", "ginn": the job named next to it (after it, or before it in
   * verb-last languages) is one the person wants to become, a new trade beside a job held ("aide-soignante, je veux
   * devenir infirmière"). Typed exactly. Optional.
   */
  become?: string[];
  /**
   * "I like", "j'aime", "me gusta", "ich mag", "ik hou van": what follows is a taste, not what one does ("I like
   * cooking, I want to be a cook" holds no job). Optional.
   */
  liking?: string[];
  /**
   * "quelque chose de similaire", "something similar", "was Ähnliches", "iets gelijkaardigs": with a job held or
   * left and no other one wished, that job is the one wanted ("ils ont supprimé mon poste à l'imprimerie, je cherche
   * quelque chose de similaire"). Optional.
   */
  sameAgain?: string[];
  /**
   * Where one goes after leaving a job or sector ("pour aller vers", "into", "hacia", "rein in", "naar", "an"): after a
   * leaving cue (`pastJob`) earlier in the message, the job or sector it opens is the one wished ("sortir de la vente
   * pour aller vers le soin", "get out of retail into nursing"). Optional.
   */
  towards?: string[];
  /**
   * What one can no longer do ("je ne peux plus", "ne suit plus", "can no longer", "is over for me", "nicht mehr",
   * "niet meer", "ya no", "net méi"): with a health word (`health`) in the clause of a job, that job is one the
   * person has to leave (see `unfitFor`). Optional.
   */
  noLonger?: string[];
  /**
   * Words of the body and of health ("dos", "genoux", "my back", "Rücken", "rug", "espalda", "Réck", "accident",
   * "burn-out"): never a trade, a place or a topic; they say why a job can no longer be done (`noLonger`). Optional.
   */
  health?: string[];
  /**
   * A post adapted to one's body ("assis", "seated", "sitzend", "zittend", "sentada", "poste adapté"): beside a job
   * with no goal said, that job is looked for under those conditions, not a change of trade. Optional.
   */
  adaptedPost?: string[];
  /**
   * Words that refer back to what one said before ("comme je l'ai dit", "like I said", "wie gesagt", "zoals ik zei",
   * "como te dije", "wéi gesot"): with a value given again beside them, an answer, no complaint; with a job and no goal
   * said, that job is the one looked for. Typed exactly. Optional.
   */
  recalled?: string[];
  /**
   * A condition attached to what one says ("à condition que", "only if", "as long as", "solange", "zolang", "con tal de
   * que", "soulaang"): beside a job with no goal said, that job is looked for under that condition. Typed exactly. Optional.
   */
  proviso?: string[];
  /**
   * Who looks after the person's health ("le médecin du travail", "my GP", "der Betriebsarzt", "de huisarts", "mi
   * médico", "mäin Dokter"), matched as typed: no job wished, and the "travail" of "médecin du travail" no job looked
   * for. Optional.
   */
  carers?: string[];
  /**
   * "c'est quoi", "what does … mean", "was heißt", "qué significa", "wat betekent": beside an option of the question
   * asked, in a short message, the person asks what the option means (help), not what the service is. Optional.
   */
  meaning?: string[];
  /**
   * "quelle est la différence", "can I tick two?", "mehr als eine Antwort": a question about the options themselves
   * (what tells them apart, whether several may be picked): help with the question, even beside words that rate one's
   * skills ("what's the difference between two and three, I'm in the middle"). Optional.
   */
  aboutOptions?: string[];
  /**
   * Someone else than the person writing ("ma femme", "my husband", "mein Bruder", "mi hija"): a diploma right after
   * one is theirs, not the person's, when the message also names one of the person's own ("ma femme a un master mais
   * moi j'ai un CAP"); alone it is the diploma of the person written for (a parent writing for a child).
   */
  others?: string[];
  /**
   * Titles before a surname ("Mme", "Mr", "señora", "meneer", "Här"), one word each: a capitalised word right after
   * one is a name, read as no word ("Mme Boulanger" is no baker, "Mr Cook" no cook). A title that is also a noun in
   * a language that capitalises nouns is written `~frau`: a word the lexicons know after it stays that word ("als
   * Frau Arbeit finden"), an unknown one is a name ("Frau Becker"). Optional.
   */
  honorifics?: string[];
  /**
   * Location words that are also articles ("au", "aux"; "im", "am"): they introduce a place, but not a place name that
   * is also an everyday word ("au marché" is no Marche, "im Spa" no Spa): see `~` names in `regions`. Optional.
   */
  articleLocation?: string[];
  /**
   * "autre chose", "something else", "otra cosa", "was anderes": sought beside the job one has, that job is not the
   * one wanted ("je suis caissière, je cherche autre chose"). Optional.
   */
  somethingElse?: string[];
  /**
   * A language one speaks a little or poorly, with the language's name in the phrase: "un peu @lang", "a little @lang",
   * "poco @lang", "wenig @lang", "een beetje @lang", "mon @lang est faible". Read beside `intents.languageOfMessage`
   * ("je ne parle pas @lang"), it is a language the person says they do not speak well yet: no topic to learn, no
   * request to speak it (see `readLanguageNeeds`). Typed exactly for the name. Optional.
   */
  weakLanguage?: string[];
  /**
   * "lost", "deleted", "perdu", "borré", "gelöscht", "kwijt", "verluer": a thing said lost or deleted. A CV said so,
   * in free text, is one to write again: a wish for job-search skills, not an erase request. Optional.
   */
  lost?: string[];
  /**
   * "I don't have one", "je n'en ai pas", "no tengo ninguno", "hab keinen", "heb er geen", "hunn keen", closing a clause:
   * the thing named before is not had. After a computer, in a message that says no device had, it is none of its
   * own ("I'd like to learn to use a computer, I don't have one"). Optional.
   */
  haveNone?: string[];
  /**
   * "je lis pas bien", "I can't read well", "no sé leer", "ich kann nicht gut lesen", "ik kan niet goed lezen": the
   * person says they read poorly. About the language they chat in, or none named, it is reading and writing; about
   * another one named right after it ("no leo bien el francés"), that language is a weak one. Optional.
   */
  weakReading?: string[];
}

/** `alone` phrases fire only when the message is the phrase plus fillers; `anywhere` ones anywhere. */
export interface IntentPhrases {
  anywhere: string[];
  alone: string[];
}

export interface Intents {
  human: IntentPhrases;
  help: IntentPhrases;
  restart: IntentPhrases;
  erase: IntentPhrases;
  /** May use `@lang` for any language name ("parlez vous @lang", "en @lang"). */
  language: IntentPhrases;
  /** "I don't speak @lang": asks for this lexicon's language. */
  languageOfMessage: string[];
  /**
   * "only @lang", "nur @lang" (optional): a language named as the only one, a request only beside another one said
   * not to be spoken ("I don't speak French, only English"); alone it describes the person ("ich spreche nur Deutsch").
   */
  languageInstead?: string[];
  /**
   * Phrases in which request words mean something else: a job ("emploi de conseiller", "become an advisor"),
   * the past ("j'ai déjà parlé à une conseillère"), a career restart ("restart my career"), languages spoken
   * or learnt ("I speak French and Arabic"). An interruption found inside or right after one does not count.
   */
  notRequests: string[];
}

/** What a question about the service is about; each has a short true answer in the locale files. */
export const QUESTION_TOPICS = ['cost', 'duration', 'certificate', 'format', 'mooc', 'language', 'courses', 'provider', 'benefits', 'recognition', 'requirements', 'why', 'data', 'readers', 'retention', 'bot', 'other'] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

/** The days of the week in order: the keys of `time.dayNames`. */
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * What one can ask of an item shown (its catalogue data): `format`, online and on which device; `paid`, whether it costs
 * money ("is the third one paid?"), the cost asked the other way round: its yes is "not free"; `place`, where one goes
 * ("where can I go?"); `signup`, how one signs up ("how do I register?").
 */
export const ITEM_PROPERTIES = ['duration', 'shortest', 'certificate', 'cost', 'paid', 'language', 'provider', 'level', 'format', 'place', 'signup'] as const;
export type ItemProperty = (typeof ITEM_PROPERTIES)[number];

/**
 * Conversation that is not an answer: greetings and thanks (when the message is only that), complaints, and
 * questions about the service, by topic, so the bot can answer them from `knowledge/` and go on.
 */
export interface Social {
  greeting: string[];
  thanks: string[];
  /** Words addressing the reader, which add nothing to a greeting or thanks: "madame", "mate", "guapa", "junge Frau". */
  vocatives: string[];
  /** A person saying their name ("je m'appelle", "my name is", "ech sinn d'"): with the name after it, a greeting. */
  introductions: string[];
  complaint: string[];
  /**
   * (optional) A person saying they are in distress ("je suis au bout du rouleau", "I can't cope anymore", "ich bin
   * am Ende"): read as a complaint, answered with care and the offer of a person, never "not understood".
   */
  distress?: string[];
  /**
   * (optional) Distress said only when the message is nothing else (with greetings and fillers): "ich kann nicht mehr",
   * "ik kan niet meer" are distress alone, not in "ich kann nicht mehr auf dem Bau arbeiten".
   */
  distressAlone?: string[];
  /**
   * (optional) A complaint that the bot asks again what was already said ("je l'ai déjà dit", "how many times",
   * "dat is nu al de derde keer"): a complaint about the bot even when the message also gives the answer again
   * ("ça fait trois fois que je vous dis que j'ai pas de diplôme"), which is kept.
   */
  repeated?: string[];
  /** Topic → phrases: `cost`, `duration`, `certificate`, `format` (online, on a phone, evenings, in which language), `provider`, `benefits` (allowances, papers, registering), `why`, `data`, `bot`, `other`. */
  questions: Record<string, string[]>;
  /** Words that open a question ("combien", "why", "wie"): with a final "?", a question about the service. */
  questionWords: string[];
}

/**
 * How numbers are written. Languages that recognizers-text knows name its culture; the others list their
 * number words and, for compounds written as one word (German "einundzwanzig"), how they are built. Word
 * lists are also a typo-tolerant fallback where recognizers-text reads only correct spellings.
 */
export interface NumberWords {
  recognizerCulture?: string;
  /**
   * With `recognizerCulture`: words at least one of which is in every number recognizers-text reads in
   * words ("un", "douzaine", "hundred"). A message with none of them and no digit skips the recognizer,
   * whose parse costs milliseconds; without the list, every message is parsed.
   */
  recognizerWords?: string[];
  words?: Record<string, number>;
  /** unitsFirst: "ein|und|zwanzig" (de, nl, lb); otherwise tens first: "twenty|one". */
  compound?: { joiner: string; unitsFirst: boolean };
  /**
   * (optional) Words after a round ten that say "and some" ("twenty-odd", "treinta y tantos", "vingt et quelques",
   * "twintig en wat"): the middle of the ten, "twenty-odd" is about 25.
   */
  odd?: string[];
}

export interface TimeWords {
  hourUnits: string[];
  minuteUnits: string[];
  dayUnits: string[];
  /**
   * (optional) Times something is done ("fois", "times", "mal", "keer", "evenings"): "3 fois par semaine, 2h" is 2 hours
   * three times (6), but "3 soirs par semaine" alone is no amount (an evening is no working day).
   */
  sessionUnits?: string[];
  perDay: string[];
  /**
   * (optional) A part of every day ("le soir", "abends", "in the evenings"): per day like `perDay`, as long as the
   * hours fit in one ("le soir, 2h" is 14 a week, "abends, zehn Stunden" is 10).
   */
  partOfDay?: string[];
  perWeek: string[];
  perMonth: string[];
  /** "du lundi au vendredi": five days. */
  weekdays: string[];
  weekend: string[];
  /** mon..sun → names, to count the days mentioned ("le lundi et le mardi"). */
  dayNames: Record<string, string[]>;
  /** Hours → phrases that state an amount of hours without a digit ("une demi-heure" → 0.5). */
  hours: Record<string, string[]>;
  /** "et demie", "and a half": adds half an hour. */
  andHalf: string[];
  /** Words between two numbers of a range ("2 ou 3", "entre 10 et 15"). */
  range: string[];
  /** "environ", "about": allowed around a bare number. */
  approx: string[];
  /** "après", "ab", "Uhr": a number next to one is a time of day ("après 18h"), not an amount. */
  clock: string[];
  /** `answerOnly`: phrases that mean full or half time only as the answer to the question ("beaucoup", "mornings"). */
  fullTime: AmountPhrases & { answerOnly?: string[] };
  halfTime: AmountPhrases & { answerOnly?: string[] };
  /** "quelques heures" (usable in free text); `answerOnly` for "un peu", which only means hours as an answer. */
  few: AmountPhrases & { answerOnly: string[] };
  /** "pas le temps": zero hours. */
  none: string[];
  /** "avant je faisais", "I used to", "früher": hours after one are past, not available now. */
  past?: string[];
  /**
   * "je travaille", "I work", "ich arbeite": in free text, the hours after one are the job's held, not time free now
   * ("je travaille 30h dans un resto mais je veux changer"); as the answer to the hours question they count. Optional.
   */
  held?: string[];
  /**
   * Words that, right before or after a fraction ("un 4/5", "4/5 temps", "4/5e", "80 %"-like shares written n/m),
   * make it a share of full time in free text; as the answer to the hours question a fraction alone counts.
   */
  fractionOf?: string[];
  /**
   * Words that name the parts of a share of full time after its numerator, by denominator ("quatre cinquièmes" 5,
   * "three quarters" 4, "drei Viertel" 4): "un quatre cinquième" is four fifths of full time. Optional.
   */
  shareParts?: Record<string, string[]>;
  /**
   * "no more than", "pas plus de", "höchstens", "hoogstens": as the answer, the number such a phrase binds is the
   * answer beside other numbers ("no more than ten, my job is 30 hours already" is 10). Also a word of `approx`.
   */
  atMost?: string[];
  /** "sauf", "pas le", "except", "außer": right before a day name, that day is left out of the week ("9h-15h sauf le mercredi"). */
  exceptDays?: string[];
  /** "au", "bis", "to", "hasta", "tot": between two day names, every day from the first to the second ("du mardi au vendredi": 4). */
  dayRange?: string[];
  /**
   * "entre", "between", "zwischen", "tussen", "tëscht": before two numbers joined by a range word, they are an amount
   * ("zwischen 12 und 16 Stunden" is 14), not two times of the day, unless a clock word or units after both say so
   * ("entre 12h et 16h"). Otherwise an approximation, like `approx`.
   */
  between?: string[];
  /**
   * "only", "seulement", "nur", "solo", "alleen", "nëmmen": right before or after a part of the day that is half time
   * as an answer ("mornings only", "que le matin") or the weekend ("uniquement le week-end"), it is all the time one
   * has: in free text too, half time or two whole days.
   */
  only?: string[];
  /**
   * "each", "chacun", "cada uno", "je", "telkens": right before or after the hours, they are each time's or each day's
   * ("three shifts a week, 8 hours each" is 24).
   */
  each?: string[];
  /**
   * Half days counted ("demi-journées", "mornings", "halbe Tage", "voormiddagen"): right after a number, that many half
   * days, about half a working day each ("deux matinées par semaine" is 7), not half time.
   */
  halfDays?: string[];
  /**
   * "of": between a unit of days or hours and a number, an approximate count said unit first ("een dag of 3" is about
   * three days, "een uur of 6" about six hours). A word of `range` too.
   */
  countAfterUnit?: string[];
  /**
   * The hour units that only ever count hours, never say a time of day ("hours", "Stunden", "uren", "Stonnen"; not
   * "h", "heures", "horas", "uur", which also tell the time): "between 12 and 16 hours" is an amount, no span of the day.
   */
  durationUnits?: string[];
}

export interface AmountPhrases {
  hours: number;
  phrases: string[];
}

/** Every lexicon found, by language code. */
export interface Lexicons {
  [lng: string]: Lexicon;
}
