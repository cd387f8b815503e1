import type { QualificationEntry, Topic } from '../knowledge/types';
import type { Area, Field, Profile, Region, SlotId } from '../profile/profile';
import { acknowledgesOnly, answerSlot, approvesOnly, type AnswerDeps } from './answer';
import { chooseOption } from './choose';
import { detectLanguageOf, foreignLanguageOf, knownWords, prepareDetection } from './detectLanguage';
import { extractProfile, heldJob, heldOnly } from './extract';
import { intentOf, readIntent } from './intent';
import { socialOf } from './social';
import { compileLexicon, type CompiledLexicon } from './lexicon/compiledLexicon';
import { ITEM_PROPERTIES, type ItemProperty, type Lexicons } from './lexicon/lexicon';
import { goalStated } from './slots/goal';
import { qualificationTaggers } from './slots/qualification';
import { read, wordsRead, type Span } from './slots/reading';
import type { Token } from './text/tokenize';
import { findNumbers } from './numbers/findNumbers';
import { onlyFillersBeside } from './match/context';
import type { Tagger } from './match/tagger';
import { abroadTagger, readPlace, readResidenceAbroad, regionTagger, type AbroadTagger, type AreaPlaces } from './slots/region';
import { readLanguageNeeds, type LanguageNeeds } from './slots/languageNeeds';
import { readDiplomaFrom } from './slots/diplomaFrom';
import { CountryNames } from './slots/countryNames';
import { fieldTaggers, type Occupations, type Trades } from './slots/field';
import { topicTaggers } from './slots/interest';
import type { Intent, IntentContext, SlotAnswer, SlotOption, Understood } from './types';
import { yesNoOf } from './yesNo';

/** A message this short to the skills question, with complaint words that rate the skills, is the answer ("pas terrible"). */
const SHORT_RATING = 4;
/** The most words of a job title typed alone ("senior data analyst"). */
const BARE_TITLE = 3;
/** The questions of the profile, to which approval alone ("ok", "gut") answers nothing. */
const PROFILE_QUESTIONS = new Set<SlotId>(['goal', 'interest', 'qualification', 'digitalSkills', 'equipment', 'availability', 'region']);
/** How many words a question about what an option means may have ("what does with help mean exactly"). */
const MEANING_WORDS = 7;
/** How many words besides a request for more may come with it ("vous avez *encore* autre chose *à me proposer*"). */
const MORE_ASIDE = 4;
/** The fewest letters of each half of a day and a part of it written as one word ("maandag"+"voormiddag"; "nu" is too short). */
const MIN_TIME_PART = 4;

/**
 * Turns what a jobseeker types, in their own words, into profile values and interruptions. Pure: no I/O,
 * no SDK; everything language-specific comes from the lexicons, topics and qualifications it is given, and
 * is compiled once here.
 */
export class Understanding {
  private readonly compiled: Map<string, CompiledLexicon>;
  private readonly shared: Omit<AnswerDeps, 'lexicons'>;
  /** `ordered` by first language (computed once each; callers never modify them). */
  private readonly orders = new Map<string, CompiledLexicon[]>();
  /** Places outside the served regions (the lexicons' `abroad`). */
  private readonly abroad: AbroadTagger;
  /** The world's countries in the lexicons' languages: a diploma's origin typed in lower case ("diplôme du maroc"). */
  private readonly countries: CountryNames;

  /**
   * `occupations`: job titles and sector words (`knowledge/occupations/`); without them no `field` is read.
   * `trades`: trades within a field (`knowledge/occupations/trades.json`); without them no `trade` is read.
   * `places`: localities by region (`knowledge/geo/places.json`), read after a cue; without them only the lexicons' places.
   * `areas`: the names of the places of each area (`knowledge/geo/areas.json`); without them no area is read.
   */
  constructor(deps: { lexicons: Lexicons; topics: Topic[]; qualifications: QualificationEntry[]; occupations?: Occupations; trades?: Trades; places?: Partial<Record<Region, string[]>>; areas?: Partial<Record<Area, AreaPlaces>> }) {
    if (!deps?.lexicons || Object.keys(deps.lexicons).length === 0) throw new Error('[Understanding]: lexicons are required');
    if (!Array.isArray(deps.topics)) throw new Error('[Understanding]: topics are required');
    if (!Array.isArray(deps.qualifications)) throw new Error('[Understanding]: qualifications are required');
    this.compiled = new Map(Object.entries(deps.lexicons).map(([lng, lex]) => [lng, compileLexicon(lex, deps.lexicons)]));
    this.abroad = abroadTagger(deps.lexicons);
    this.countries = new CountryNames(Object.keys(deps.lexicons));
    this.shared = {
      topics: topicTaggers(deps.topics),
      qualifications: qualificationTaggers(deps.qualifications, deps.lexicons),
      regions: regionTagger(deps.lexicons, deps.places, deps.areas),
      topicIds: new Set(deps.topics.map((topic) => topic.id)),
      fields: fieldTaggers(deps.occupations, deps.lexicons, deps.trades),
      abroad: this.abroad,
    };
    prepareDetection([...this.compiled.values()]);
  }

  /**
   * A lexicon's notice for people writing a language the bot reads but does not serve yet (nl, lb), with
   * `{{languages}}` replaced by the names of the `served` languages, written in that language.
   */
  notServedNotice(lang: string, served: string[]): string | undefined {
    const lexicon = this.compiled.get(lang)?.source;
    if (!lexicon?.notServed) return undefined;
    const name = (code: string): string => {
      const written = lexicon.languageNames[code]?.[0] ?? code;
      return written.charAt(0).toUpperCase() + written.slice(1);
    };
    return lexicon.notServed.replace('{{languages}}', served.map(name).join(', '));
  }

  /**
   * What a request says besides itself. Stuck in the conversation ("je sais pas quoi faire ici") is no goal:
   * the words that ask for help are not the goal `unsure`, and a question about the options chooses none.
   */
  private requestSlots(kind: Intent['kind'], text: string, lang: string): Partial<Profile> {
    // (the options a question about them names are not chosen: "was ist der Unterschied zwischen selbstständig und …?")
    if (kind === 'help') {
      const own = this.ordered(lang, text)[0];
      if (own.aboutOptions.tag(read(text, own).tokens).length > 0) return {};
    }
    const slots = this.extract(text, lang);
    if (kind === 'help' && slots.goal === 'unsure') delete slots.goal;
    // the language asked for is the chat's, not one to learn: "können wir auf Deutsch weitermachen?"
    if (kind === 'language' && (slots.interest === 'languages' || slots.interest === 'basic-skills')) {
      const { tokens, lex } = read(text, this.ordered(lang, text)[0]);
      const names = lex.languageNames.tag(tokens);
      const learns = lex.learning.tag(tokens).some((c) => names.some((n) => (n.start >= c.end && n.end - 1 - c.end <= 1) || (c.start >= n.end && c.start - n.end <= 1)));
      // (a wish elsewhere in the message is for something else: "…, ich suche Arbeit als Koch")
      const wished = lex.aspiration.tag(tokens).some((c) => names.some((n) => n.start >= c.end && n.start - c.end <= 2 && tokens[n.start].clause === tokens[c.start].clause));
      if (!learns && !wished) { delete slots.interest; delete slots.learnLanguages; }
    }
    return slots;
  }

  /** Languages with a lexicon. */
  languages(): string[] {
    return [...this.compiled.keys()];
  }

  /** An interruption (ask for a person, help, restart, erase data, change language), or undefined. */
  intent(text: string, lang: string, context: IntentContext = {}): Intent | undefined {
    return intentOf(text, this.ordered(lang, text), context);
  }

  /** The answer to the question for `slot` (see `answerSlot`), or undefined when not understood. */
  answer(slot: SlotId, text: string, lang: string, options: SlotOption[] = []): SlotAnswer | undefined {
    return answerSlot(slot, text, options, this.deps(lang, text));
  }

  /** Other profile values stated clearly in a free-text message (see `extractProfile`). */
  extract(text: string, lang: string): Partial<Profile> {
    const deps = this.deps(lang, text);
    const whole = extractProfile(text, deps);
    // (what the aside itself says stays: its words say the job named is the one looked for, or name a place)
    const bare = this.withoutAside(text, lang);
    return bare === undefined ? whole : { ...whole, ...extractProfile(bare, deps) };
  }

  /**
   * The message without words that only refer back, said as an aside in a clause of their own ("me reconvertir, comme
   * je vous l'ai dit, dans la comptabilité"): the clauses on either side are one statement again, so the topic stays
   * with its wish. Undefined when there is no such aside.
   */
  private withoutAside(text: string, lang: string): string | undefined {
    const lex = this.ordered(lang, text)[0];
    const { tokens } = read(text, lex);
    const own = (m: Span) => (m.start === 0 || tokens[m.start - 1].clause !== tokens[m.start].clause)
      && (m.end === tokens.length || tokens[m.end].clause !== tokens[m.end - 1].clause);
    const asides = lex.recalled.tag(tokens).filter(own);
    if (asides.length === 0) return undefined;
    const kept = tokens.filter((_, i) => !asides.some((a) => a.start <= i && i < a.end));
    // (the clauses an aside stood between are joined: no comma where it was)
    const joined = new Set(asides.filter((a) => a.start > 0 && a.end < tokens.length).map((a) => tokens[a.end].clause));
    return kept.map((t, i) => (i > 0 && t.clause !== kept[i - 1].clause && !joined.has(t.clause) ? `, ${t.t}` : `${i > 0 ? ' ' : ''}${t.t}`)).join('');
  }

  /**
   * Everything one message says, as the orientation.understood trace reports it: the interruption or social
   * intent it carries (`none` for an answer or other content) and the profile values it states, read with the
   * question `pending` (if any) as context and `options` as what was shown.
   */
  understand(text: string, lang: string, context: { pending?: SlotId; options?: SlotOption[]; listed?: boolean } = {}): Understood {
    const { pending, options = [], listed = false } = context;
    if (/^[\s?¿!.…]*\?[\s?¿!.…]*$/.test(text)) return { intent: 'help', slots: {} };
    if (pending === 'language') {
      const picked = this.choose(text, lang, options) ?? this.answer('language', text, lang, options)?.profile.language;
      if (picked) return { intent: `language:${picked}`, slots: {} };
    }
    const lexicons = this.ordered(lang, text);
    const own = lexicons[0].language;
    const intentContext = { slot: pending, mayBeIn: (other: string) => this.detectLanguage(text, [own, other]) !== own };
    let finding = readIntent(text, lexicons, intentContext);
    // a language asked for after a correction ("no wait, español por favor", "non attends, in English please") is asked
    // for as if alone (found by a tester: the chat stayed in English)
    const corrected = finding.intent || finding.maybe ? undefined : afterCorrection(text, lexicons[0]);
    if (corrected) {
      const again = readIntent(corrected, lexicons, intentContext);
      if (again.intent?.kind === 'language') finding = again;
    }
    let { intent } = finding;
    // after the list, "gibt es das auch auf Französisch?", "¿y en francés?", "en in het Frans?" ask whether the courses are
    // in that language, not for the chat in it (found by testers: the chat switched to French); before the list the
    // same words ask for the chat ("geht das auch auf Spanisch?")
    // "in het Frans is ook goed", before the list or after it, says courses in French will do: no switch either
    // (found by a tester: the Dutch chat went on in French)
    // (the chat's own language said to do is about the person: "meine Sprache ist Portugiesisch, aber Deutsch geht auch")
    const aboutLanguage = !intent || intent.kind === 'language';
    const alsoFine = (lex: CompiledLexicon) => {
      // (its phrases looked for in the message's words first: in most messages there are none, and no lexicon's
      // reading, clauses and negations, need be made for them)
      if (lex.alsoFine.tag(wordsRead(text, lex)).length === 0) return false;
      const { tokens } = read(text, lex);
      return lex.alsoFine.tag(tokens).some((m) => this.languagesNamed(tokens.slice(m.start, m.end).map((t) => t.t).join(' '), lang).some((named) => named !== lang));
    };
    if (aboutLanguage && (listed || lexicons.some(alsoFine)) && this.asksOfferedIn(text, lexicons)) {
      return { intent: 'question', question: 'language', slots: withoutLanguageToLearn(this.extract(text, lang)) };
    }
    // the language the chat is already in, asked beside other things ("python specifiek, liefst in het nederlands"):
    // nothing to switch, and the rest is read
    // (a language one does not understand is about languages: "ik versta geen Frans, in het Nederlands aub" confirms Dutch)
    if (intent?.kind === 'language' && intent.language === lang && pending !== 'language' && (saysMore(this.extract(text, lang))
      || (pending !== undefined && saysMore(this.answer(pending, text, lang, options)?.profile ?? {})))) intent = undefined;
    if (intent?.kind === 'help') {
      // "what is the price?" asks about the service; "what is an EQF level?" about the question (help)
      const social = socialOf(text, lexicons.slice(0, 1));
      if (social?.kind === 'question' && !['other', 'why', 'bot'].includes(social.topic)) return { intent: 'question', question: social.topic, slots: askedAbout(social.topic, this.extract(text, lang), this.questionTopics(text, lexicons[0])) };
    }
    // starting over or erasing in a message that also says who the person is or what they want is most often their
    // life starting over ("je veux repartir de zéro, je viens d'arriver à Namur", "in der Gastronomie neu starten"):
    // what it says is kept and the bot asks before acting
    if (intent && (intent.kind === 'restart' || intent.kind === 'erase')) {
      const stated = this.statedBeside(intent.kind, text, lang, lexicons);
      if (Object.keys(stated).length > 0) return { intent: 'none', slots: this.extract(text, lang), maybe: intent.kind };
    }
    // to "what job or training?", a bare job title that is also a request word ("careers advisor", "conseillère en
    // insertion") may be either: the job is kept and the bot asks whether they want a person
    if (intent?.kind === 'human' && (pending === 'interest' || pending === 'goal') && !this.asksAnywhere('human', text, lexicons)) {
      const job = this.answer(pending, text, lang, options)?.profile;
      if (job?.field !== undefined) return { intent: 'none', slots: job, maybe: 'human' };
    }
    // a request may say more ("je suis à Liège, je veux parler à un conseiller"); erasure keeps nothing
    // (what a switch says beside it is read in the language asked for: "ik spreek geen Frans, ik zoek werk als schoonmaker"
    // on a French page kept only Brussels, found chatting)
    if (intent) {
      // a request for another language beside words in the chat's ("je cherche un job de serveur à Paris, I speak English
      // better"): what each part says is kept, read in its language (found by a tester: the job was lost)
      const asked = intent.kind === 'language' && this.compiled.has(intent.language) ? intent.language : lang;
      const slots = intent.kind === 'erase' ? {} : asked === lang ? this.requestSlots(intent.kind, text, lang)
        : { ...withoutLanguageToLearn(this.requestSlots(intent.kind, text, lang)), ...this.requestSlots(intent.kind, text, asked) };
      return { intent: intent.kind === 'language' ? `language:${intent.language}` : intent.kind, slots };
    }
    const answered = pending && pending !== 'language' ? this.answer(pending, text, lang, options) : undefined;
    const slots = { ...this.extract(text, lang), ...answered?.profile };
    // a job title typed alone to "what do you want to do?" is a wish, which rates no skill ("data analyst", found by a tester:
    // read as advanced skills, and the skills question was skipped)
    if ((pending === 'goal' || pending === 'interest') && answered?.profile.interest !== undefined && answered.profile.digitalSkills === undefined
      && read(text, lexicons[0]).tokens.length <= BARE_TITLE) delete slots.digitalSkills;
    // (nor does free text rate a skill in an acknowledgement to that question: "okay, got it" is no "okay" near "IT")
    if (pending === 'digitalSkills' && !answered && acknowledgesOnly(read(text, lexicons[0]))) delete slots.digitalSkills;
    // greetings, questions and complaints are read in the conversation's language only (its lexicon lists the
    // common foreign ones, "merci", "hello"): guessing the language of every message would cost more than the rest
    const social = socialOf(text, lexicons.slice(0, 1));
    const said = Object.keys(slots).length > 0 || answered?.dontKnow;
    const base = {
      slots, ...(answered ? { answer: answered } : {}), ...(answered?.dontKnow ? { dontKnow: true } : {}),
      ...(finding.maybe ? { maybe: finding.maybe } : {}),
    };
    // what an option of the question means, asked in a few words ("c quoi autonome ?", "what does 'with help' mean?"):
    // help with the question, not its answer
    if (pending && pending !== 'language' && answered && Object.keys(answered.profile).length > 0 && this.asksMeaning(text, lexicons[0], pending, lang, options)) {
      return { intent: 'help', slots: {} };
    }
    // a person in distress is answered with care and offered a person, whatever else the message says
    if (social?.kind === 'complaint' && social.distress) return { slots, intent: 'complaint', distress: true };
    // "c'est un robot ?" asks for a person as far as the contract goes; the bot says what it is and asks
    // (its words say nothing of the person: "ben ik aan het chatten met een computer?" is no computer owned)
    if (social?.kind === 'question' && social.topic === 'bot') return { ...base, slots: this.besideBotQuestion(text, lang, lexicons[0], slots), intent: 'human', question: 'bot' };
    // a question word in an answer ("je cherche où me former") is not a question; a question mark is; opening with
    // one is, unless it names what one wants to learn ("how to find jobs online" to "what do you want to learn?")
    const answersPending = pending === 'interest' && !!answered && Object.keys(answered.profile).length > 0;
    // (a topic named only in a sentence that answers, beside one that asks, is part of the answer: "i want to move into
    // IT maybe data analysis. is that realistic?" asks nothing about one's data; found chatting)
    if (social?.kind === 'question' && (social.topic === 'other' || social.outside ? !said : social.mark || (social.marked && !answersPending) || !said)) {
      // "will I get a certificate?" asks about the course; it does not say the person's goal is one
      if (slots.goal === 'certify' && (social.topic === 'certificate' || asksAbout(text, lexicons[0], 'certificate'))) delete slots.goal;
      // "pourquoi vous avez besoin de savoir mon diplôme ?" asks about the question and answers nothing; what follows
      // the question mark may ("why do you ask? i just told you, switch careers")
      if (social.topic === 'why') return { slots: this.afterQuestion(text, lang, pending, options), intent: 'question', question: 'why' };
      // "do I need to speak Luxembourgish?" names the language a course is in, not one the person wants to learn;
      // a wish said apart stays ("I want to learn German. Is the course in English?")
      // (or, for the country's own language, basic skills)
      if (social.topic === 'language' && (slots.interest === 'languages' || slots.interest === 'basic-skills')) {
        const apart = this.extract(besideQuestion(text, lexicons[0], 'language'), lang);
        const wished = apart.interest === slots.interest;
        if (!wished) delete slots.interest;
        // …and so is the language to learn: the one of the wish said apart ("I want to learn German. Is it in English?")
        if (!wished || !apart.learnLanguages) delete slots.learnLanguages; else slots.learnLanguages = apart.learnLanguages;
      }
      // "what do you do with my data?" asks about the person's data, not to learn data (found chatting: to the job
      // question it set the topic "data"); a wish said apart stays ("…? I want to learn data analysis")
      if (social.topic === 'data' && slots.interest === 'data' && !wishes(text, lexicons[0])) delete slots.interest;
      // "est-ce que je peux suivre les cours sur mon téléphone ?" asks how the courses are followed: the device named is
      // no topic to learn and says nothing of what one has (found by a tester: after the list it set the topic digital
      // basics); a wish or a device said apart stays ("… sur mon téléphone ? je n'ai pas d'ordinateur")
      if (social.topic === 'format' && (slots.interest === 'digital-basics' || slots.equipment !== undefined)) {
        const rest = besideQuestion(text, lexicons[0], 'format');
        const apart = rest.trim() ? this.extract(rest, lang) : {};
        if (slots.interest === 'digital-basics' && apart.interest !== 'digital-basics') delete slots.interest;
        if (slots.equipment !== undefined && apart.equipment === undefined) delete slots.equipment;
      }
      // every question of the message counts: "Ist das online? Brauche ich ein Diplom?" asks for no certificate either
      // (whether a job needs the language is another question than the courses': "do I need to speak Luxembourgish?")
      // ("faut-il parler anglais pour ces cours ?" is the courses')
      const { tokens } = read(text, lexicons[0]);
      const required = social.topic === 'language' && lexicons[0].speakRequired.tag(tokens).length > 0 && lexicons[0].courseWords.tag(tokens).length === 0;
      return { ...base, slots: askedAbout(social.topic, slots, this.questionTopics(text, lexicons[0])), intent: 'question', question: social.topic, ...(required ? { speakRequired: true } : {}) };
    }
    // a value given again with words that only refer back to it ("Liège, comme je vous l'ai dit", "alleen mijn gsm, had
    // ik al gezegd") is an answer: no complaint (counting or reproach stays one: "c'est la troisième fois que je le dis")
    if (social?.kind === 'complaint' && !social.distress && this.onlyRecalls(text, lexicons[0])) {
      const rest = this.without(lexicons[0].recalled, text, lang);
      const again = rest && pending && pending !== 'language' ? this.answer(pending, rest, lang, options)?.profile : undefined;
      // (read whole: the words that refer back to a job say it is the one looked for, "Bëschaarbechter, wéi gesot")
      if (rest && Object.keys({ ...this.extract(rest, lang), ...again }).length > 0) return { ...base, slots: { ...this.extract(text, lang), ...again }, intent: 'none' };
    }
    // a complaint that the bot asks again is about the bot even with the answer given again, which is kept ("ça fait trois
    // fois que je vous dis que j'ai pas de diplôme")
    if (social?.kind === 'complaint' && social.repeated) {
      // (the complaint's own words say nothing: "c'est la troisième fois" is no school year)
      const rest = this.without(lexicons[0].repeated, text, lang);
      const again = rest && pending && pending !== 'language' ? this.answer(pending, rest, lang, options)?.profile : undefined;
      return { slots: rest ? { ...this.extract(rest, lang), ...again } : {}, intent: 'complaint' };
    }
    // an answer to the question said with feeling ("un boulot, n'importe quoi", "cambiar de profesión, estoy
    // harta de la limpieza") is the answer: its complaint words are about the person's life, not the bot; the
    // answer must stand without them ("estoy harto de este chat" answers nothing)
    if (social?.kind === 'complaint' && !(pending && this.answersWithout(lexicons[0].complaint, text, pending, lang, options))
      && !(!pending && this.statesWithout(lexicons[0].complaint, text, lang) >= 2)) {
      // the complaint's own words answer nothing ("vous servez à rien" to the diploma question is no "rien"), except
      // to "how well do you use a computer?", where "bof, pas terrible" describes the person
      if (pending !== 'digitalSkills') return { slots: this.extract(text, lang), intent: 'complaint' };
      // a short rating is the answer, not a complaint that offers a person ("pas terrible", "bof, nul"; found chatting)
      const { tokens } = read(text, lexicons[0]);
      if (answered?.profile.digitalSkills !== undefined && tokens.length <= SHORT_RATING) return { ...base, intent: 'none' };
      // a longer one rates the person's skills only when they speak of themselves ("je trouve ça nul, j'y arrive pas");
      // said of the bot it answers nothing (found by testers: "c'est nul vos trucs" set the skills to none)
      if (lexicons[0].self.tag(tokens).length === 0) return { slots: this.extract(text, lang), intent: 'complaint' };
      return { ...base, intent: 'complaint' };
    }
    // a message made only of greeting or thanks words says nothing else ("buenas tardes" is no place), unless it
    // answers the question asked: "très bien" to "how well do you use a computer?" is the answer
    const answers = !!answered && Object.keys(answered.profile).length > 0;
    // "ok", "gut", "super" alone to a question of the profile approve nothing asked: not understood, so the question comes
    // again with its examples (found by a tester: "Gern geschehen!" and the same question, five times for "ok")
    // thanks that say goodbye ("merci au revoir", "danke, tschüss") are answered with a goodbye, not the question again
    // (approval that says goodbye leaves too: "ok dank je wel, dag")
    const leaving = social?.kind === 'thanks' && lexicons[0].farewell.tag(read(text, lexicons[0]).tokens).length > 0;
    if (!answers && social?.kind === 'thanks' && !social.opening && pending && PROFILE_QUESTIONS.has(pending) && !leaving
      && approvesOnly(read(text, lexicons[0]))) return { ...base, intent: 'none' };
    if (!answers && ((social?.kind === 'greeting' || social?.kind === 'thanks') && !social.opening)) return { intent: social.kind, slots: {}, ...(leaving ? { farewell: true } : {}) };
    if (said || !social) return { ...base, intent: 'none' };
    return { ...base, intent: social.kind };
  }

  /**
   * A short message asking what something means ("c quoi autonome ?"): the `meaning` cue and at most a few words,
   * up to its question mark; what follows it, if anything, answers nothing ("Was heißt 'mit Hilfe'? Versteh ich nicht").
   */
  private asksMeaning(text: string, lex: CompiledLexicon, pending: SlotId, lang: string, options: SlotOption[]): boolean {
    const mark = text.indexOf('?');
    const question = mark >= 0 ? text.slice(0, mark + 1) : text;
    const { tokens } = read(question, lex);
    if (tokens.length > MEANING_WORDS || lex.meaning.tag(tokens).length === 0) return false;
    const rest = mark >= 0 ? text.slice(mark + 1).trim() : '';
    return !rest || Object.keys(this.answer(pending, rest, lang, options)?.profile ?? {}).length === 0;
  }

  /** What the words after a message's last question mark state, read as free text and as the answer to `pending`. */
  private afterQuestion(text: string, lang: string, pending: SlotId | undefined, options: SlotOption[]): Partial<Profile> {
    const mark = text.lastIndexOf('?');
    const rest = mark >= 0 ? text.slice(mark + 1).trim() : '';
    if (!rest) return {};
    const answered = pending && pending !== 'language' ? this.answer(pending, rest, lang, options)?.profile : undefined;
    return { ...this.extract(rest, lang), ...answered };
  }

  /**
   * Whether a message asks if something is offered in a language ("is that also in English?"), in the first lexicon
   * that finds such words, typed in the chat's language or another: and does not speak of the chat ("speak", "weiter").
   */
  private asksOfferedIn(text: string, lexicons: CompiledLexicon[]): boolean {
    for (const lex of lexicons) {
      const { tokens } = read(text, lex);
      if (lex.offeredIn.tag(tokens).length > 0 || lex.alsoFine.tag(tokens).length > 0) return lex.speakTo.tag(tokens).length === 0;
    }
    return false;
  }

  /** Whether a request of `kind` is found by a phrase that counts anywhere in a message, not only alone. */
  private asksAnywhere(kind: 'human' | 'restart' | 'erase', text: string, lexicons: CompiledLexicon[]): boolean {
    return lexicons.some((lex) => lex.intentsAnywhere.tag(read(text, lex).tokens).some((m) => m.value === kind));
  }

  /** What a message that asks whether the bot is a machine says beside that question (the question's words taken out). */
  private besideBotQuestion(text: string, lang: string, lex: CompiledLexicon, slots: Partial<Profile>): Partial<Profile> {
    if (Object.keys(slots).length === 0) return slots;
    const { tokens } = read(text, lex);
    const asked = lex.questions.tag(tokens).filter((m) => m.value === 'bot');
    return asked.length === 0 ? slots : this.extractWithout(tokens, asked, lang);
  }

  /**
   * The profile values a message states besides its request ("me equivoqué, quiero empezar desde el principio"
   * states none: "desde el principio" is the request's own words).
   */
  private statedBeside(kind: 'restart' | 'erase', text: string, lang: string, lexicons: CompiledLexicon[]): Partial<Profile> {
    for (const lex of lexicons) {
      const { tokens } = read(text, lex);
      const requests = [...lex.intentsAnywhere.tag(tokens), ...lex.intentsAlone.tag(tokens)].filter((m) => m.value === kind);
      if (requests.length === 0) continue;
      const beside = this.extractWithout(tokens, requests, lang);
      // a place named inside the words of a start over is where a life starts over, no request to the bot: "ich fange in
      // Douai nochmal neu an", "je recommence tout à Lyon" (a request to start the chat again names no place)
      const region = kind === 'restart' && beside.region === undefined ? this.extract(text, lang).region : undefined;
      return region === undefined ? beside : { ...beside, region };
    }
    return {};
  }

  /** The profile values of the words left once `spans` are taken out of a message's tokens. */
  private extractWithout(tokens: Token[], spans: ReadonlyArray<{ start: number; end: number }>, lang: string): Partial<Profile> {
    const rest = tokens.filter((_, i) => !spans.some((m) => m.start <= i && i < m.end)).map((token) => token.t).join(' ');
    return rest ? this.extract(rest, lang) : {};
  }

  /** The topics of every question a message asks, in its lexicon ("Ist das online? Brauche ich ein Diplom?": format, requirements). */
  private questionTopics(text: string, lex: CompiledLexicon): string[] {
    const { tokens } = read(text, lex);
    return lex.questions.tag(tokens).map((m) => m.value);
  }

  /**
   * How many profile values a message states once the words of `tagger` are taken out: a first message telling
   * one's story ("je bosse en call center et j'en ai marre, je voudrais apprendre le code, j'ai un bac") is no
   * complaint about the bot.
   */
  private statesWithout(tagger: Tagger<true>, text: string, lang: string): number {
    const rest = this.without(tagger, text, lang);
    // (the languages to learn are part of the topic, no value of their own)
    return rest ? Object.keys(this.extract(rest, lang)).filter((k) => k !== 'learnLanguages').length : 0;
  }

  /**
   * Whether every complaint word of a message is inside words that refer back to what was said (`recalled`: "like I
   * said", "dat hat ech scho gesot"), and there is one.
   */
  private onlyRecalls(text: string, lex: CompiledLexicon): boolean {
    const { tokens } = read(text, lex);
    const recalls = lex.recalled.tag(tokens);
    if (recalls.length === 0) return false;
    const within = (m: Span) => recalls.some((r) => r.start <= m.start && m.end <= r.end);
    return [...lex.complaint.tag(tokens), ...lex.repeated.tag(tokens)].every(within);
  }

  /** Whether the message still answers the question once the words `tagger` finds are taken out. */
  private answersWithout(tagger: Tagger<true>, text: string, pending: SlotId, lang: string, options: SlotOption[]): boolean {
    const rest = this.without(tagger, text, lang);
    const answer = rest ? this.answer(pending, rest, lang, options) : undefined;
    return !!answer && Object.keys(answer.profile).length > 0;
  }

  /** The words of a message that `tagger` does not find, joined again. */
  private without(tagger: Tagger<true>, text: string, lang: string): string {
    const tokens = read(text, this.ordered(lang, text)[0]).tokens;
    const dropped = new Set<number>();
    for (const m of tagger.all(tokens)) for (let i = m.start; i < m.end; i++) dropped.add(i);
    return tokens.filter((_, i) => !dropped.has(i)).map((token) => token.t).join(' ');
  }

  /** Choose one of `options` (number, ordinal, label, typo of label), or undefined. */
  choose(text: string, lang: string, options: SlotOption[]): string | undefined {
    return chooseOption(read(text, this.ordered(lang, text)[0]), options, { bareNumber: true, fuzzy: true });
  }

  /**
   * Whether a message names a time to be called back: a digit ("à 14h", "10 Uhr"), a day, a part of the day or "any time"
   * (the lexicon's `callbackTimes`: "demain matin", "egal wann", "morgenvoormiddag"). Any other sentence is no time.
   */
  namesCallbackTime(text: string, lang: string): boolean {
    if (/\d/.test(text)) return true;
    const { tokens, lex } = read(text, this.ordered(lang, text)[0]);
    if (lex.callbackTimes.tag(tokens).length > 0) return true;
    // a day and a part of it written as one word ("maandagvoormiddag", "Montagnachmittag"), as the question's own example
    // is ("maandagnamiddag"): found by a tester, qa22 q07, refused although the list holds both halves
    const tagged = (part: string): boolean => lex.callbackTimes.tag(read(part, lex).tokens).length > 0;
    return tokens.some(({ t: word }) => word.length >= 2 * MIN_TIME_PART && Array.from({ length: word.length - 2 * MIN_TIME_PART + 1 },
      (_, k) => k + MIN_TIME_PART).some((at) => tagged(word.slice(0, at)) && tagged(word.slice(at))));
  }

  /** Whether a message only acknowledges or approves what the bot said ("ok", "vale", "oké", "d'accord", "passt"). */
  acknowledges(text: string, lang: string): boolean {
    return approvesOnly(read(text, this.ordered(lang, text)[0]));
  }

  /** Whether a message holds a negation ("pas", "not", "kein"): what it names is not wished for. */
  negates(text: string, lang: string): boolean {
    return read(text, this.ordered(lang, text)[0]).negations.length > 0;
  }

  /** Whether a message takes back what was said before or prefers something else ("en fait non", "I'd rather"). */
  changesMind(text: string, lang: string): boolean {
    const { tokens, lex } = read(text, this.ordered(lang, text)[0]);
    return lex.correction.tag(tokens).length > 0 || lex.preference.tag(tokens).length > 0;
  }

  /**
   * Whether a message only asks to correct one's answers: the lexicon's `changeAnswers` and fillers or a wish ("je veux
   * changer mes réponses", "ändere meine Antworten", "can I change my answers"). Its verb is no goal: "changer" is no
   * change of trade.
   */
  asksToChangeAnswers(text: string, lang: string): boolean {
    const { tokens, lex } = read(text, this.ordered(lang, text)[0]);
    const asked = [...lex.changeAnswers.tag(tokens), ...lex.aspiration.tag(tokens), ...lex.questionWords.tag(tokens)];
    if (lex.changeAnswers.tag(tokens).length === 0) return false;
    return onlyFillersBeside(tokens, asked, lex.fillers);
  }

  /**
   * Whether a message states a goal in so many words: a goal phrase of several words ("me reconvertir", "start my own
   * business") or a goal word after a wish ("je veux un diplôme"), not a goal word said in passing ("le soir après le
   * boulot", "rien eu comme diplôme").
   */
  statesGoal(text: string, lang: string): boolean {
    const reading = read(text, this.ordered(lang, text)[0]);
    return goalStated(reading);
  }

  /** A diploma from another country named in the message, in the person's words ("diplôme du Maroc"): see `readDiplomaFrom`. */
  diplomaFrom(text: string, lang: string): string | undefined {
    return readDiplomaFrom(read(text, this.ordered(lang, text)[0]), this.shared.qualifications.mentions, this.countries);
  }

  /**
   * The field of a job the message says the person holds or held ("je suis maçon depuis 15 ans", "ich war Koch"), if
   * any, with its trade when its words say it: their experience of it, which their diploma does not tell. Not a slot
   * (the understood profile is unchanged).
   */
  heldJob(text: string, lang: string): { field: Field; trade?: string } | undefined {
    const deps = this.deps(lang, text);
    return heldJob(read(text, deps.lexicons[0]), deps);
  }

  /**
   * Whether a message names a job the person held and no other ("ich war 30 Jahre Schlosser", "Ech war Buschauffeur"):
   * said to "which job or subject?", it is no answer, but no message to say one did not understand either.
   */
  namesHeldJob(text: string, lang: string): boolean {
    const deps = this.deps(lang, text);
    const reading = read(text, deps.lexicons[0]);
    const titles = deps.fields.byLanguage[reading.lex.language]?.tag(reading.tokens) ?? [];
    const fields = new Set(titles.map((m) => m.value).filter((v) => v !== 'topic'));
    return fields.size > 0 && [...fields].every((field) => heldOnly(reading, deps, field));
  }

  /**
   * The question a message names, when it names one only ("la ville", "mon diplôme", "die Stunden"): the answer
   * to "what do you want to change?" in the person's words rather than an option's label.
   */
  slotNamed(text: string, lang: string): SlotId | undefined {
    const reading = read(text, this.ordered(lang, text)[0]);
    const named = new Set(reading.lex.slotNames.tag(reading.tokens).map((m) => m.value));
    return named.size === 1 ? [...named][0] as SlotId : undefined;
  }

  /**
   * The languages a message names (ISO 639-1 codes), in the order they first come in it: "zijn die cursussen in het
   * Nederlands?", "do you have courses in Ukrainian?". Read with the names of the lexicon of `lang` and every
   * language's own name ("Nederlands" in an English chat).
   *
   * @remarks The slots' `languageNames` matcher, but only names typed as written, accents and case aside: no typo or
   * plural ("Luxemburg", a place, is no "luxemburgs"; "les Turcs" no "turc"). Each name is looked for on its own, so
   * one inside a longer one counts too, the longest first where both start.
   */
  languagesNamed(text: string, lang: string): string[] {
    const { tokens, lex } = read(text, this.ordered(lang, text)[0]);
    const named = lex.languageNames.all(tokens).filter((m) => m.exact === m.weight)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return [...new Set(named.map((m) => m.value))];
  }

  /**
   * The regions of the places a message names, in order and each once: "j'habite en France et je travaille au
   * Luxembourg" names FR and LU (the profile's `region` keeps the one lived in). Only names typed as written and that
   * are no everyday words (no `~` name, which needs its cue), so that no word is taken for a place.
   */
  regionsNamed(text: string, lang: string): Region[] {
    const named = this.placesNamed(text, lang).named.sort((a, b) => a.start - b.start);
    return [...new Set(named.map((m) => m.value.region))];
  }

  /** The message's tokens and the places it names in them, typed whole (no look-alike, no "~" mark): for `regionsNamed` and `withoutPlaces`. */
  private placesNamed(text: string, lang: string) {
    const { tokens } = read(text, this.ordered(lang, text)[0]);
    return { tokens, named: this.shared.regions.tag(tokens).filter((m) => m.value.mark !== '~' && m.exact === m.end - m.start) };
  }

  /**
   * The message less the names of the places it names (as `regionsNamed` reads them), for a course search: "I only want
   * to learn Dutch, I live in Brussels" searches "i only want to learn dutch i live in", since a town says where the
   * person lives, not what they want to learn (found chatting, issue 8: "Brussels" found Campus 19's and Digitalcity's
   * coding courses for one who wanted Dutch). The message itself when it names no place.
   */
  withoutPlaces(text: string, lang: string): string {
    const { tokens, named } = this.placesNamed(text, lang);
    if (named.length === 0) return text;
    return tokens.filter((_, at) => !named.some((m) => at >= m.start && at < m.end)).map((token) => token.t).join(' ');
  }

  /**
   * Where the person says they live, when it is outside the served regions (a country code: "ich wohne in Trier", or
   * "Trier" as the answer to the region question: DE); null when the message says they live in a served region;
   * undefined when it says neither (see `readResidenceAbroad`). Not a slot: the region stays where they look for work.
   */
  residenceAbroad(text: string, lang: string, answersRegion = false): string | null | undefined {
    return readResidenceAbroad(read(text, this.ordered(lang, text)[0]), this.shared.regions, this.abroad, answersRegion);
  }

  /**
   * The area of the place where the message says the person lives, read as the region is (`readPlace`): "ich wohne in
   * Eupen" is Ostbelgien; null when it names a place of no area ("j'habite à Liège"), undefined when it names none.
   * Not a slot: the region stays BE-WAL, as the contract has it.
   */
  areaNamed(text: string, lang: string, answersRegion = false): Area | null | undefined {
    const place = readPlace(read(text, this.ordered(lang, text)[0]), this.shared.regions, answersRegion ? 'answer' : 'extract', undefined, this.abroad);
    return place ? place.area ?? null : undefined;
  }

  /**
   * The languages a message says the person speaks or reads poorly, and whether reading is hard for them ("I only speak
   * English and a little French": fr; "je lis pas bien", typed in French: reading), see `readLanguageNeeds`. Not a slot:
   * the understood profile is unchanged (stating one's languages is no topic to learn and no switch).
   */
  languageNeeds(text: string, lang: string): LanguageNeeds {
    return readLanguageNeeds(read(text, this.ordered(lang, text)[0]), lang);
  }

  /** The ordinal a message names ("le premier", "the second one", "das letzte": -1), when it names one only. */
  ordinal(text: string, lang: string): number | undefined {
    const reading = read(text, this.ordered(lang, text)[0]);
    const found = reading.lex.ordinals.tag(reading.tokens);
    if (found.length > 0) return found.length === 1 ? found[0].value : undefined;
    // or a number right after an option word: "is number 3 in English?", "le numéro 2 c'est gratuit ?"
    const markers = reading.lex.optionMarkers.tag(reading.tokens);
    const marked = findNumbers(reading.tokens, reading.lex.source.numbers)
      .filter((n) => Number.isInteger(n.value) && n.value >= 1 && markers.some((m) => m.end === n.start));
    return marked.length === 1 ? marked[0].value : undefined;
  }

  /**
   * What a message asks of an item shown ("combien de temps dure le premier ?": duration; "is the second one free?":
   * cost), from the lexicon's `itemProperties` and, failing them, its service question topics of the same names; the
   * first named. Undefined when it names none: the caller describes the whole item.
   */
  itemProperty(text: string, lang: string): ItemProperty | undefined {
    const { tokens, lex } = read(text, this.ordered(lang, text)[0]);
    const first = <T>(found: ReadonlyArray<{ start: number; value: T }>): T | undefined => [...found].sort((a, b) => a.start - b.start)[0]?.value;
    const properties = lex.itemProperties.tag(tokens);
    const questions = lex.questions.tag(tokens).filter((m) => (ITEM_PROPERTIES as readonly string[]).includes(m.value));
    // "free or paid?" asks the cost, not whether it is paid: a cost word outside the words asking that
    const paid = properties.filter((m) => m.value === 'paid');
    if (paid.length > 0 && questions.some((q) => q.value === 'cost' && !paid.some((p) => p.start < q.end && q.start < p.end))) return 'cost';
    const own = first(properties);
    if (own) return own;
    return first(questions) as ItemProperty | undefined;
  }

  /**
   * The language a message wishes the courses were in ("I want French ones", "je les veux en français", "the 3rd is in
   * English, I'd rather have French ones"): a language named in a clause that says a wish or a preference, not one to
   * learn ("I want to learn French"); the last such one.
   */
  languageWanted(text: string, lang: string): string | undefined {
    // (or that names the language courses are taught in: "nur Kurse auf Deutsch", "cursos en español")
    return this.languageNamedWhere(text, lang, (lex, tokens) => [...lex.aspiration.tag(tokens), ...lex.preference.tag(tokens), ...lex.listItems.tag(tokens),
      ...lex.workLanguage.tag(tokens)]);
  }

  /**
   * The language a message wants the items of the list in when it points at them ("only the ones in French",
   * "nur die auf Französisch", "alleen die in het Frans"): a language named in a clause with a word of the lexicon's
   * `listItems`, or the language said as an adjective of them (`listLanguages`: "zeigen Sie mir die französischen",
   * "toon me de Franse"). Such a message reads as a switch of language too; after the list it asks for the items.
   */
  languageOfListWanted(text: string, lang: string): string | undefined {
    const named = this.languageNamedWhere(text, lang, (lex, tokens) => lex.listItems.tag(tokens));
    if (named) return named;
    // the language said as an adjective of the items: "zeigen Sie mir die französischen", "toon me de Franse"
    const lex = this.ordered(lang, text)[0];
    return lex.listLanguages.tag(read(text, lex).tokens).at(-1)?.value;
  }

  /** The last language named in a part of a clause where `cues` finds a cue, unless that part says learning. */
  private languageNamedWhere(text: string, lang: string, cues: (lex: CompiledLexicon, tokens: Token[]) => readonly Span[]): string | undefined {
    const lex = this.ordered(lang, text)[0];
    // its clauses, and the parts of a clause a contrast word opens ("…, but", "mais", "aber": the lexicon's)
    const { tokens } = read(text, lex);
    const contrasts = lex.contrast.tag(tokens);
    const partOf = (i: number) => `${tokens[i].clause}/${contrasts.filter((c) => c.start <= i).length}`;
    const partsOf = (spans: ReadonlyArray<{ start: number }>) => new Set(spans.map((m) => partOf(m.start)));
    const wishing = partsOf(cues(lex, tokens));
    // (a course word of a language courses are taught in learns no language: "nur Kurse auf Deutsch")
    const taughtIn = lex.workLanguage.tag(tokens);
    const learning = partsOf(lex.learning.tag(tokens).filter((l) => !taughtIn.some((w) => w.start < l.end && l.start < w.end)));
    const parts = new Map<string, string[]>();
    tokens.forEach((token, i) => parts.set(partOf(i), [...(parts.get(partOf(i)) ?? []), token.t]));
    const wished = [...parts].filter(([key]) => wishing.has(key) && !learning.has(key)).map(([, words]) => words.join(' '));
    return wished.flatMap((clause) => this.languagesNamed(clause, lang)).at(-1);
  }

  /**
   * Whether a short message asks for other suggestions ("autre chose ?", "anything else?", "noch was?"): a phrase
   * of the lexicon's `more` cue and at most `MORE_ASIDE` other words ("vous avez autre chose à me proposer ?"), and no
   * request to change one's answers.
   */
  asksForMore(text: string, lang: string): boolean {
    const reading = read(text, this.ordered(lang, text)[0]);
    const found = reading.lex.more.tag(reading.tokens);
    const covered = found.reduce((n, m) => n + (m.end - m.start), 0);
    // ("ändere meine Antworten" is typed "andere" without its umlaut: a change of answers, not other suggestions)
    return found.length > 0 && reading.tokens.length - covered <= MORE_ASIDE && reading.negations.length === 0
      && !this.asksToChangeAnswers(text, lang);
  }

  /**
   * Whether a message asks if the bot speaks a language ("do you speak Dutch?", "¿habla usted neerlandés?"): a phrase of
   * the `speaksAsked` cue, with a question mark; a question, not a request to switch (found by a tester).
   */
  asksWhetherSpoken(text: string, lang: string): boolean {
    if (!text.includes('?')) return false;
    return this.ordered(lang, text).some((lex) => lex.speaksAsked.tag(read(text, lex).tokens).length > 0);
  }

  yesNo(text: string, lang: string): boolean | undefined {
    return yesNoOf(text, this.ordered(lang, text));
  }

  /**
   * Whether the lexicon of `lang` knows at least as many of the message's words as that of `other`: a short message
   * the model gives to a neighbour ("hi such was als gärtner" to Dutch, "ech wëll als laborant schaffen" to German)
   * is still in `lang` then.
   */
  knowsAsWell(text: string, lang: string, other: string): boolean {
    const [own, theirs] = [this.compiled.get(lang), this.compiled.get(other)];
    if (!own || !theirs) return false;
    const ours = knownWords(text, own);
    return ours > 0 && ours >= knownWords(text, theirs);
  }

  /** The language a message is clearly written in when the bot reads none of it ("olá, procuro trabalho"): see `foreignLanguageOf`. */
  foreignLanguage(text: string): string | undefined {
    return foreignLanguageOf(text, this.languages(), [...this.compiled.values()]);
  }

  /** Language of a free-text message, limited to `candidates`; undefined when too short or ambiguous. */
  detectLanguage(text: string, candidates: string[]): string | undefined {
    return detectLanguageOf(text, candidates, [...this.compiled.values()]);
  }

  /**
   * The lexicon of `lang` first, then the others (in file order). A language without a lexicon is read with
   * the lexicon of the language the text seems to be in, else the first one.
   */
  private ordered(lang: string, text: string): CompiledLexicon[] {
    const guess = this.compiled.has(lang) ? lang : this.detectLanguage(text, this.languages()) ?? '';
    let order = this.orders.get(guess);
    if (!order) {
      const all = [...this.compiled.values()];
      const first = this.compiled.get(guess) ?? all[0];
      order = [first, ...all.filter((lex) => lex !== first)];
      this.orders.set(guess, order);
    }
    return order;
  }

  private deps(lang: string, text: string): AnswerDeps {
    return { ...this.shared, lexicons: this.ordered(lang, text) };
  }
}

/**
 * What a question states, less what its topic's words say otherwise: "how do I get my diploma recognised?" asks about
 * a diploma held, "faut avoir le bac pour suivre ces formations ?" about what a course asks: neither asks for a certificate.
 */
function askedAbout(topic: string, slots: Partial<Profile>, topics: readonly string[] = [topic]): Partial<Profile> {
  if (!topics.some((t) => t === 'recognition' || t === 'requirements' || t === 'certificate') || slots.goal !== 'certify') return slots;
  const { goal: _certify, ...rest } = slots;
  return rest;
}

/** Whether what a message states is more than a need for languages (see `understand`: a language asked beside other things). */
function saysMore(stated: Partial<Profile>): boolean {
  // (the languages to learn belong to that topic)
  return Object.entries(stated).some(([slot, value]) => slot !== 'learnLanguages' && !(slot === 'interest' && (value === 'languages' || value === 'basic-skills')));
}

/** What a message states, less the languages to learn: a language the courses are asked in is none. */
function withoutLanguageToLearn(stated: Partial<Profile>): Partial<Profile> {
  const { learnLanguages: _languages, ...rest } = stated;
  if (rest.interest === 'languages' || rest.interest === 'basic-skills') delete rest.interest;
  return rest;
}

/** Whether a message asks about `topic` among other things ("is it free? do I get a certificate"). */
function asksAbout(text: string, lex: CompiledLexicon, topic: string): boolean {
  return lex.questions.tag(read(text, lex).tokens).some((m) => m.value === topic);
}

/** Whether a message says a wish or something to learn ("I want", "apprendre"). */
function wishes(text: string, lex: CompiledLexicon): boolean {
  const { tokens } = read(text, lex);
  return lex.aspiration.tag(tokens).length > 0 || lex.learning.tag(tokens).length > 0;
}

/** The sentences, lines and clauses of a message other than those asking about `topic`. */
function besideQuestion(text: string, lex: CompiledLexicon, topic: string): string {
  return text.split(/[,.;:!?¿¡\n]+/).filter((part) => !asksAbout(part, lex, topic)).join(', ');
}

/**
 * The words after a first clause that is only a correction ("no wait, …", "nee sorry, …"), or undefined: a clause ends
 * at a comma, a full stop, a colon, an exclamation mark or a line break ("no wait⏎español por favor").
 */
function afterCorrection(text: string, lex: CompiledLexicon): string | undefined {
  const end = text.search(/[,.;:!\n]/u);
  const rest = end > 0 ? text.slice(end + 1).trim() : '';
  if (!rest) return undefined;
  const { tokens } = read(text.slice(0, end), lex);
  const said = lex.correction.tag(tokens);
  if (said.length === 0) return undefined;
  return onlyFillersBeside(tokens, said, lex.fillers) ? rest : undefined;
}
