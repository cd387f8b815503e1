import type { Lang, Profile, Region, SlotId } from '../profile/profile';
import type { Output } from './outputs';
import { areaOf, SLOTS } from '../profile/profile';
import type { AgenciesPort, CallbackPort, CourseLanguagesPort, RecommenderPort, UnderstandingPort, Intent, Understood } from './ports';
import { newSession, type PendingSlot, type Session } from './session';
import { QUESTIONS } from './questions';
import { answer, jobWished } from './answerSteps';
import { converse, notServed } from './conversationSteps';
import type { Moves } from './moves';
import { ORDER, SlotOptions } from './slotOptions';
import { asWorker } from './questions/interest';
import { timeSaid } from './callbackTime';
import { languageAccepted, type Recommendation, type RecommendationItem } from '../recommend/reasons';


/** The questions that set up a callback: a request for a person while they are asked is that request, under way. */
const CALLBACK_STEPS: ReadonlySet<string> = new Set(['consent', 'phone', 'callbackTime']);
export interface EngineDeps {
  understanding: UnderstandingPort;
  recommender: RecommenderPort;
  callback: CallbackPort;
  courseLanguages: CourseLanguagesPort;
  options: SlotOptions;
  languages: Lang[];
  defaultLanguage: Lang;
  /**
   * The agency a message names ("…at the ADEM…"): a question about it gets its contacts; for one that takes
   * cross-border workers, with those of the service of where the person lives (`handoff/agencyNames`).
   */
  agencies?: AgenciesPort;
  /** Set when the deployment serves one agency: its region is known and never asked. */
  fixedRegion?: Region;
}

export interface TurnInput {
  text?: string;          // what the person typed (or the label of the button they pressed)
  choice?: string;        // a button's value, when the channel sends it apart from the text
  locale?: string;        // the activity's locale, e.g. "es-ES"
}

/** How many times the recommender is asked again for items in the one language wanted (`onlyIn`), others set aside. */
const ONLY_IN_ROUNDS = 4;

/**
 * How many words a message needs for its language to count as one the person writes (`wroteIn`): shorter ones are
 * often names or labels ("Louvain-la-Neuve", "Bachelor of Science"), and detection is sure from four words up.
 */
const WRITTEN_WORDS = 4;

/** A question is asked at most three times: then it is skipped (after the second miss, a person is offered). */
const MAX_MISSES_BEFORE_SKIP = 3;

/**
 * The orientation conversation as a pure state machine: (session, what the person said) → (new session, outputs).
 *
 * @remarks The turn loop is understand → decide → act, with interruptions (person, help, restart, erase,
 * language) checked in one place before any answer. Any message can answer the pending question and also
 * fill other questions it clearly answers, so nobody is asked what they already said. It knows nothing of
 * botbuilder or i18next: texts are keys, and the outer layer renders them.
 */
export class OrientationEngine implements Moves {
  constructor(readonly deps: EngineDeps) {}

  /** Welcome at the start of a conversation (conversationUpdate). */
  start(session: Session, input: TurnInput): Output[] {
    const out: Output[] = [];
    this.welcome(session, input.locale, out);
    if (!session.pending) this.next(session, out);
    return out;
  }

  handle(session: Session, input: TurnInput): Output[] {
    const before = { ...session.profile };
    const askedWhere = session.pending?.slot === 'region';
    const out = this.turn(session, input);
    // a served region given to "where do you live?" is where they live (see `Session.residence`)
    if (askedWhere && session.profile.region && session.profile.region !== before.region && !session.profile.livesIn) session.residence = session.profile.region;
    appliedSlots(out, before, session.profile);
    // what a callback being set up holds lives only while its questions are asked (a number offered back and then
    // left for another subject is not kept)
    if (session.callback && !(session.pending && CALLBACK_STEPS.has(session.pending.slot))) session.callback = undefined;
    return out;
  }

  private turn(session: Session, input: TurnInput): Output[] {
    const out: Output[] = [];
    const text = (input.text ?? '').trim();
    const wasNew = session.stage === 'new';
    if (wasNew) this.welcome(session, input.locale, out, text !== '');
    if (this.detectLanguage(session, text, input.choice, out)) return out;
    if (input.choice) {
      // a button's value is understood exactly: the request it is, or the value it gives the pending question
      const intent = this.choiceIntent(input.choice);
      const question = session.pending ? QUESTIONS[session.pending.slot].profile : undefined;
      const slots = !intent && question ? question.fromValue(input.choice, this.deps.options.setting) ?? {} : {};
      out.push({ type: 'understood', intent: intent?.kind ?? 'none', slots });
      if (intent) { this.interrupt(session, intent, out); return out; }
    }
    let read: Understood | undefined;
    if (!input.choice && text) {
      this.noteResidence(session, text);
      this.noteCrossBorder(session, text);
      this.noteExperience(session, text);
      this.noteLanguages(session, text);
      read = this.read(session, text);
      out.push({ type: 'understood', intent: read.intent, slots: read.slots });
      this.noteDiploma(session, text, out);
      this.dropReplacedTopic(session, read, text);
      // to the language question, a served language is the answer (read below); one not served yet gets the notice
      const answersLanguage = session.pending?.slot === 'language' && this.toIntent(read.intent)?.kind === 'language';
      if (!answersLanguage && converse(this, session, read, text, wasNew, out)) return out;
    }
    const next = session.stage === 'collecting' && !wasNew ? ORDER.find((slot) => !this.filled(session, slot)) : undefined;
    if (!session.pending && next && (text || input.choice)) session.pending = { slot: next, misses: 0 }; // e.g. back from an advisor
    const pending = session.pending;
    if (pending?.then === 'human') {
      // the region asked before the contacts: what was said is kept, and the request for a person goes on either way
      // (an unreadable answer is no reason to keep the person from one)
      const mark = out.length;
      answer(this, session, pending.slot, text, input.choice, out, read?.slots ?? {}, read?.answer);
      // not understood the first time ("oui", "non"): asked once more (found chatting: a "oui" gave no contacts)
      // (a no, "no gracias", is not asked again: found by a tester, it looped)
      const refused = this.deps.understanding.yesNo(text, session.language!) === false;
      if (session.pending?.slot === 'region' && session.pending.then === 'human' && session.pending.misses < 2 && !refused) return out;
      out.splice(mark, out.length - mark, ...out.slice(mark).filter((o) => o.type === 'profile'));
      session.pending = undefined;
      out.push({ type: 'handoff', reason: 'user', regionAsked: true });
      return out;
    }
    if (pending) answer(this, session, pending.slot, text, input.choice, out, read?.slots ?? {}, read?.answer);
    else if (read) this.merge(session, read.slots, out, text, true);
    if (session.stage !== 'new' && !session.pending) this.next(session, out);
    return out;
  }

  /**
   * A change of mind to another job drops the topic wished with the first one (found chatting: "je veux faire du
   * développement web", then "en fait non, je préfère devenir aide-soignante" kept web development and its courses);
   * a job said without taking anything back keeps it (a cook who wants to learn Excel).
   */
  private dropReplacedTopic(session: Session, read: Understood, text: string): void {
    const { field, interest } = read.slots;
    if (!field || interest || !session.profile.interest || field === session.profile.field) return;
    if (!this.deps.understanding.changesMind(text, session.language!)) return;
    delete session.profile.interest;
    delete session.profile.learnLanguages;
    session.query = undefined;
  }

  /**
   * Where the person lives, when they say it is outside the served regions ("ich wohne in Trier, suche aber Arbeit in
   * Luxemburg"; "Trier" to the region question): kept as `livesIn`, beside the region where they look for work, so that
   * offers for a region's residents are not made to them (found by a tester: Digital Inclusion's free computers, for
   * adults living in Luxembourg, to a person living in Trier). Saying one lives in a served region drops it.
   */
  private noteResidence(session: Session, text: string): void {
    const lives = this.deps.understanding.residenceAbroad(text, session.language ?? this.deps.defaultLanguage, session.pending?.slot === 'region');
    if (lives) { session.profile.livesIn = lives; delete session.residence; }
    else if (lives === null) {
      delete session.profile.livesIn;
      // (one region only: "j'habite à Metz et je travaille au Luxembourg" tells no more than `crossBorder` does)
      const named = new Set(this.deps.understanding.regionsNamed(text, session.language ?? this.deps.defaultLanguage));
      if (named.size === 1) session.residence = [...named][0];
    }
    // the part of the region named ("ich wohne in Eupen": Ostbelgien, whose service is the ADG, not the Forem; issue 8)
    const area = this.deps.understanding.areaNamed?.(text, session.language ?? this.deps.defaultLanguage, session.pending?.slot === 'region');
    if (area) session.profile.area = area;
    else if (area === null) delete session.profile.area;
  }

  /**
   * A message naming two served regions, one whose agency takes cross-border workers ("j'habite à Thionville et je
   * cherche du travail au Luxembourg"): that agency (ADEM) is kept as `crossBorder`, and named after the list beside
   * the service of where the person lives (found chatting, rec21: such a person got France Travail only).
   */
  private noteCrossBorder(session: Session, text: string): void {
    const regions = this.deps.understanding.regionsNamed(text, session.language ?? this.deps.defaultLanguage);
    if (new Set(regions).size < 2) return;
    const agency = this.deps.agencies?.crossBorderIn(regions);
    if (agency) session.crossBorder = agency;
  }

  /**
   * A diploma from another country named during the questions ("j'ai un diplôme du Maroc", "a degree from Nigeria"):
   * kept in the person's words and said back, once (found by a tester, qa24 q13: read as a level or not at all, never
   * acknowledged); its level is read or asked as any diploma's.
   */
  private noteDiploma(session: Session, text: string, out: Output[]): void {
    const diploma = this.deps.understanding.diplomaFrom(text, session.language ?? this.deps.defaultLanguage);
    if (!diploma || diploma === session.profile.diploma) return;
    session.profile.diploma = diploma;
    out.push({ type: 'say', key: 'common:diplomaNoted', params: { diploma } });
  }

  /**
   * The field of a job the person says they hold or held ("je suis maçon depuis 15 ans et je veux un certificat"), kept
   * as `heldField`: a beginner's course of that field is not said to fit their level (found chatting: a mason of 15
   * years was offered beginner renovation MOOCs, "elle est adaptée à votre niveau", from his CAP alone).
   */
  private noteExperience(session: Session, text: string): void {
    const held = this.deps.understanding.heldJob(text, session.language ?? this.deps.defaultLanguage);
    if (!held) return;
    session.profile.heldField = held.field;
    // (the trade goes with the job it was read from, as `trade` does: see `merge`)
    if (held.trade) session.profile.heldTrade = held.trade; else delete session.profile.heldTrade;
  }

  /**
   * What the person says of their languages, kept beside the slots (QA round 16, found by a tester: "I only speak English
   * and a little French", "Ich spreche wenig Deutsch" and "je lis pa bien le fransai" brought no language course and no
   * literacy place): a language they speak or read poorly (`weakLanguages`), reading said to be hard (`readsPoorly`). And
   * the language of each message of some length (`wroteIn`): one who wrote French before switching the chat to English
   * reads French, and got "Learn French" all the same.
   */
  private noteLanguages(session: Session, text: string): void {
    const lang = session.language ?? this.deps.defaultLanguage;
    const { weak, readsPoorly } = this.deps.understanding.languageNeeds(text, lang);
    const profile = session.profile;
    if (weak.length > 0) profile.weakLanguages = [...new Set([...(profile.weakLanguages ?? []), ...weak])];
    if (readsPoorly) profile.readsPoorly = true;
    const written = this.writtenIn(text, lang);
    if (written && !(profile.wroteIn ?? []).includes(written)) profile.wroteIn = [...(profile.wroteIn ?? []), written];
  }

  /**
   * The language a message is written in, among those the bot speaks, when it is long enough to tell (`WRITTEN_WORDS`)
   * and the words of the chat's language do not cover it as well (a Spanish message naming "Louvain-la-Neuve" is Spanish).
   */
  private writtenIn(text: string, lang: Lang): Lang | undefined {
    if (text.split(/\s+/).filter((word) => /\p{L}{2}/u.test(word)).length < WRITTEN_WORDS) return undefined;
    const detected = this.deps.understanding.detectLanguage(text, this.deps.languages);
    if (!detected || (detected !== lang && this.deps.understanding.knowsAsWell(text, lang, detected))) return undefined;
    return detected;
  }

  /** The message read with the pending question as context. */
  private read(session: Session, text: string): Understood {
    const lang = session.language!;
    const pending = session.pending?.slot;
    const slot = pending && (SLOTS as readonly string[]).includes(pending) ? pending as SlotId : undefined;
    const read = this.deps.understanding.understand(text, lang, { pending: slot, options: slot ? this.deps.options.for(slot, lang, session) : [], listed: session.stage === 'recommended' });
    // after a wish to learn a language that named none ("je veux apprendre une langue"), a language's name said alone
    // is the one to learn, as it is to "what do you want to learn?" ("anglais"); "in English please" still switches
    if (read.intent.startsWith('language:') && session.profile.interest === 'languages' && !session.profile.learnLanguages?.length && slot !== 'language') {
      const learnt = this.deps.understanding.understand(text, lang, { pending: 'interest', options: [] });
      if (learnt.intent === 'none' && learnt.slots.learnLanguages?.length) return learnt;
    }
    return read;
  }

  /**
   * Out of hours, a person who asked for a person before saying where they live: the region is asked first, so that
   * their own service's contacts can be given (found chatting: "a service of your region can help" named none); the
   * request goes on after the answer, whatever it is. Empty when the region is known, skipped or fixed by the deployment.
   */
  regionForContacts(session: Session): Output[] {
    if (this.filled(session, 'region')) return [];
    const out: Output[] = [];
    // one question that says why it is asked, not the reason and then "Where do you live?" again (found by a tester,
    // qa21 q35: "…: Wo wohnen Sie?" then "Wo wohnen Sie?")
    this.ask(session, 'region', out, 0, true, { key: 'handoff:regionFirst' });
    session.pending!.then = 'human';
    return out;
  }

  /**
   * Nobody can answer now: offers a callback. Optional: refusing keeps all other help. The notice (purpose,
   * retention, rights) comes before any question, and nothing is stored before the person says yes.
   */
  offerCallback(session: Session, said: string[] = []): Output[] {
    const out: Output[] = [{ type: 'say', key: 'handoff:callbackNotice' }];
    // a number in the request itself ("rappelez-moi au 0470 12 34 56") is asked back, not asked for again
    const offered = said.map((text) => this.deps.callback.phone(text, session.profile.region)).find((phone) => phone);
    // so is a time in the request ("can someone call me back tomorrow at 9?"; found by a tester, qa21 q28): the first
    // message said is the request (the next, where they live)
    const time = said.length > 0 ? timeSaid(this.deps.understanding, said[0], session.language!) : undefined;
    session.callback = offered || time ? { ...(offered ? { offered } : {}), ...(time ? { time } : {}) } : undefined;
    this.ask(session, 'consent', out);
    return out;
  }

  /** Back from people to the bot: asks again what was pending, or what comes next. */
  resume(session: Session): Output[] {
    const out: Output[] = [];
    this.reask(session, out);
    return out;
  }

  /**
   * A message the bot cannot read (a voice note, a photo, a sticker...): it says so kindly, in the person's
   * language, and asks its question again; a first message gets the welcome too. Never silence.
   */
  notText(session: Session, noticeKey: string, locale?: string): Output[] {
    const notice: Output = { type: 'say', key: noticeKey };
    if (session.stage !== 'new') return [notice, ...this.resume(session)];
    const out = this.start(session, { locale });
    const firstAsk = out.findIndex((o) => o.type === 'ask');
    out.splice(firstAsk < 0 ? out.length : firstAsk, 0, notice);
    return out;
  }

  /**
   * A place the person shared (a messaging app's location): when it lies in a served region, that is their
   * region (said back to them, so they can correct it); otherwise they are told, and the conversation goes on.
   */
  locatedIn(session: Session, region: Region | undefined, locale?: string): Output[] {
    const out: Output[] = [];
    if (session.stage === 'new') this.welcome(session, locale, out);
    if (region && (!this.deps.fixedRegion || region === this.deps.fixedRegion)) {
      this.merge(session, { region }, out, undefined, true);
      const label = this.deps.options.for('region', session.language!).find((o) => o.value === region)?.label ?? region;
      out.push({ type: 'say', key: 'channels:location.set', params: { region: label } });
      if (session.pending?.slot === 'region') session.pending = undefined;
    } else {
      out.push({ type: 'say', key: 'channels:location.outside' });
    }
    this.reask(session, out);
    return out;
  }

  /** The interruption a message carries, if any, without acting on it (used while a person has the conversation). */
  peekIntent(session: Session, text: string): Intent['kind'] | undefined {
    return text ? this.intentOf(text, session.language ?? this.deps.defaultLanguage, session)?.kind : undefined;
  }

  private welcome(session: Session, locale: string | undefined, out: Output[], hasText = false): void {
    const fromLocale = this.supported(locale);
    if (!session.language) {
      session.language = fromLocale ?? this.deps.defaultLanguage;
      session.languageSource = fromLocale ? 'locale' : 'default';
    }
    session.stage = 'collecting';
    out.push({ type: 'say', key: 'common:welcome' });
    this.merge(session, { language: session.language }, out, undefined, true);
    if (this.deps.fixedRegion && !session.profile.region) this.merge(session, { region: this.deps.fixedRegion }, out);
    // No locale and nothing typed yet: ask the language first, naming each language in itself.
    if (!fromLocale && !hasText && session.languageSource === 'default') this.ask(session, 'language', out);
  }

  /** The language of the first free-text message; true when it is one the bot does not serve yet (then asked). */
  private detectLanguage(session: Session, text: string, choice: string | undefined, out: Output[]): boolean {
    if (!text || choice || session.textSeen || session.languageSource === 'choice') return false;
    // A button's label sent as text (Web Chat's imBack), or typed as shown, answers in the session's language: it says
    // nothing of another one ("Eng Aarbecht fannen" reads as German to the detector).
    if (this.isShownLabel(session, text)) return false;
    session.textSeen = true;
    const detected = this.deps.understanding.detectLanguage(text, this.deps.understanding.languages());
    if (detected && !this.deps.languages.includes(detected)) {
      // what it says is kept ("ik zoek werk"), read in its own language, while the person picks one we speak
      const read = this.deps.understanding.understand(text, detected, {});
      out.push({ type: 'understood', intent: read.intent, slots: read.slots });
      this.merge(session, read.slots, out, undefined, true);
      notServed(this, session, detected, out);
      return true;
    }
    // the language the person came with (the site's or app's) stays when its words are known as well as the other's:
    // a short German message the model reads as Dutch ("hi such was als gärtner") is German
    const kept = session.languageSource === 'locale' && !!session.language && !!detected
      && this.deps.understanding.knowsAsWell(text, session.language, detected);
    if (detected && detected !== session.language && !kept) {
      session.language = detected;
      session.languageSource = 'text';
      this.merge(session, { language: detected }, out, undefined, true);
    }
    return false;
  }

  private isShownLabel(session: Session, text: string): boolean {
    const slot = session.pending?.slot;
    const said = text.toLocaleLowerCase();
    return !!slot && !!session.language && this.deps.options.for(slot, session.language, session).some((o) => o.label.toLocaleLowerCase() === said);
  }

  toIntent(id: string): Intent | undefined {
    if (id === 'human' || id === 'help' || id === 'restart' || id === 'erase') return { kind: id };
    if (id.startsWith('language:') && this.deps.languages.includes(id.slice('language:'.length))) return { kind: 'language', language: id.slice('language:'.length) };
    return undefined;
  }

  private intentOf(text: string, lang: Lang, session: Session): Intent | undefined {
    if (session.pending?.slot === 'language') return undefined; // "English" answers the question, handled below
    const intent = this.deps.understanding.intent(text, lang, { slot: session.pending?.slot });
    if (intent?.kind === 'language' && !this.deps.languages.includes(intent.language)) return undefined;
    return intent;
  }

  private choiceIntent(choice: string): Intent | undefined {
    if (choice === 'human') return { kind: 'human' };
    if (choice === 'restart') return { kind: 'restart' };
    return undefined;
  }

  interrupt(session: Session, intent: Intent, out: Output[]): void {
    switch (intent.kind) {
      case 'human':
        // asked while the callback is being set up ("c'est quand qu'on me rappelle ?" to "when should we call?"): the
        // request is under way; starting the handoff again dropped the number already given (found chatting)
        if (session.pending && CALLBACK_STEPS.has(session.pending.slot)) {
          out.push({ type: 'say', key: 'handoff:callbackUnderWay' });
          this.ask(session, session.pending.slot, out, session.pending.misses);
          return;
        }
        // (asked again instead of saying where one lives: the request goes on, where is not asked twice)
        out.push(session.pending?.then === 'human' ? { type: 'handoff', reason: 'user', regionAsked: true } : { type: 'handoff', reason: 'user' });
        session.pending = undefined;
        return;
      case 'erase':
        Object.assign(session, newSession());
        out.push({ type: 'erase' });
        return;
      case 'restart': {
        const keep: Profile = { language: session.language, ...(this.deps.fixedRegion ? { region: this.deps.fixedRegion } : {}) };
        Object.assign(session, { profile: {}, skipped: [], asks: undefined, later: undefined, shown: [], query: undefined, pending: undefined, stage: 'collecting', onlyIn: undefined, elsewhereIn: undefined, crossBorder: undefined });
        this.merge(session, keep, out);
        out.push({ type: 'say', key: 'common:restarted' });
        this.next(session, out);
        return;
      }
      // (the question put again after the help text, or in the language just chosen, is no new try: not counted, qa20 F1)
      case 'help':
        out.push({ type: 'say', key: 'common:help' });
        this.reask(session, out, false);
        return;
      case 'language': {
        // after the list, the list again in the new language: its texts, its reasons and what is in a language they read
        // change with it (found by a tester, qa23 q22: "in French please" after the list switched only the chat, the list
        // above stayed in English with its "careful: only in French")
        const relist = session.language !== intent.language && session.stage === 'recommended' && session.listed
          && (!session.pending || session.pending.slot === 'followUp');
        this.setLanguage(session, intent.language, out);
        if (relist) {
          this.recommend(session, out, false, false);
          return;
        }
        this.reask(session, out, false);
      }
    }
  }

  setLanguage(session: Session, language: Lang, out: Output[]): void {
    // (asked for the language the person already writes and is answered in: said so, not "I now write in German";
    // found by a tester, "auf Deutsch bitte" in a German chat)
    const already = session.language === language && (session.profile.wroteIn ?? []).includes(language);
    session.language = language;
    session.languageSource = 'choice';
    session.textSeen = true;
    out.push({ type: 'language', language });
    out.push({ type: 'say', key: already ? 'common:languageKept' : 'common:languageChanged' });
    this.merge(session, { language }, out, undefined, true);
  }

  reask(session: Session, out: Output[], counted = true): void {
    const slot = session.pending?.slot;
    if (slot) this.ask(session, slot, out, session.pending!.misses, counted);
    else this.next(session, out);
  }

  miss(session: Session, slot: PendingSlot, out: Output[], saidOther = false, noted = false): void {
    const misses = (session.pending?.slot === slot ? session.pending.misses : 0) + 1;
    // an answer to another question ("j'ai un pc" to the skills question) or vague words are no miss of this one: only
    // real misses say "still not understood" and offer a person (found by a tester: "toujours pas compris" at the
    // first word not understood)
    const others = (session.pending?.slot === slot ? session.pending.others ?? 0 : 0) + (saidOther ? 1 : 0);
    if (CALLBACK_STEPS.has(slot) && misses >= 3) {
      session.pending = undefined;
      session.callback = undefined;
      // the questions before start over, as when the callback is saved or declined (`callbackSteps`): the one asked
      // before came in its first wording and was not skipped at its next miss (found chatting, rec21)
      session.asks = undefined;
      out.push({ type: 'say', key: 'handoff:callbackGiveUp' });
      this.next(session, out);
      return;
    }
    // (…or already put three times, "ok" or "thanks" in between: see `ask`)
    const putThrice = timesAsked(session, slot) >= MAX_MISSES_BEFORE_SKIP;
    if ((misses >= MAX_MISSES_BEFORE_SKIP || putThrice) && slot !== 'followUp' && slot !== 'language') {
      // (what this last message answered was kept: said so, not only "let's skip this question", which read as if the
      // town or the hours just typed had been ignored; found by a tester, qa20 T3)
      this.skip(session, slot, out, noted ? 'common:skippingNoted' : 'common:skipping');
      return;
    }
    // (not "write advisor" while the callback is set up: the person is already asking for one, found chatting)
    const offerHuman = misses - others >= 2 && !CALLBACK_STEPS.has(slot);
    // (a first miss of the region needs no "sorry": its second wording says at once where the bot helps, the answer to
    // "Madrid" or "Trier"; found by a tester, "Lo siento, no he entendido" came before it)
    const explainsItself = slot === 'region' && !offerHuman;
    if (!saidOther && !explainsItself) out.push({ type: 'say', key: offerHuman ? 'common:notUnderstoodOfferHuman' : 'common:notUnderstood' });
    this.ask(session, slot, out, misses);
    if (others > 0 && session.pending?.slot === slot) session.pending.others = others;
  }

  /**
   * Merges understood values; emits the profile trace when something actually changed. Without `override`
   * only empty fields are filled, so a number said in passing never overwrites a clear earlier answer.
   */
  merge(session: Session, values: Partial<Profile>, out: Output[], words?: string, override = false): void {
    const before = JSON.stringify(session.profile);
    const fieldBefore = session.profile.field;
    const interestBefore = session.profile.interest;
    for (const [key, value] of Object.entries(values) as [keyof Profile, unknown][]) {
      if (value === undefined || value === null || key === 'trade' || key === 'learnLanguages') continue;
      if (key === 'region' && this.deps.fixedRegion && value !== this.deps.fixedRegion) continue;
      if (!override && session.profile[key] !== undefined) continue;
      (session.profile as Record<string, unknown>)[key] = value;
    }
    // the trade goes with the job it was read from: a new field brings its own, or none ("agent de sécurité", then
    // "non, plutôt dans une crèche"); the same field said again without trade words keeps it
    if (values.field !== undefined && session.profile.field === values.field && (fieldBefore !== values.field || values.trade !== undefined)) {
      if (values.trade !== undefined) session.profile.trade = values.trade; else delete session.profile.trade;
    }
    // so do the languages to learn with the topic: a new topic brings its own, or none ("langues", then "non, plutôt
    // l'informatique"); the same topic said again without a language keeps them
    if (values.interest !== undefined && session.profile.interest === values.interest && (interestBefore !== values.interest || values.learnLanguages !== undefined)) {
      if (values.learnLanguages !== undefined) session.profile.learnLanguages = values.learnLanguages; else delete session.profile.learnLanguages;
    }
    if (values.goal === 'basics' && !session.profile.interest) session.profile.interest = 'digital-basics';
    // (a town named is where they live, no search word: "Brussels" found coding schools for one who wanted Dutch, issue 8)
    const searched = words && values.interest ? this.deps.understanding.withoutPlaces(words, session.language!) : undefined;
    if (searched && this.deps.recommender.hasSearchTerms(searched, session.language!)) session.query = searched;
    if (JSON.stringify(session.profile) !== before) {
      session.listed = false;
      out.push({ type: 'profile', profile: { ...session.profile } });
    }
  }

  next(session: Session, out: Output[]): void {
    // a job named ("aide-soignante", "nettoyage") with no goal is looking for work in it, as "I want to be one" is
    // (found by a tester: the goal asked five times of one who had named her job)
    // (so is a sector named alone, "bouw", "Bau", as "verkoop" is; not the one of a job held: qa21 q25)
    if (!this.filled(session, 'goal') && jobWished(session.profile)) this.merge(session, { goal: 'find-job' }, out);
    // (a question set aside after answers to other questions comes after those still open: see `askAgain`)
    const open = (): SlotId | undefined => ORDER.find((slot) => !this.filled(session, slot) && !session.later?.includes(slot))
      ?? ORDER.find((slot) => !this.filled(session, slot));
    for (let missing = open(); missing; missing = open()) {
      // put again after answers to other questions, it goes on where it stopped: worded as a retry, skipped after the
      // third time (found by a tester: the goal asked six times, others answered in between)
      const asked = session.asks?.[missing] ?? 0;
      if (asked < MAX_MISSES_BEFORE_SKIP) { this.ask(session, missing, out, asked); return; }
      // …but a question set aside comes back once, with its choices, before it is given up: it is never dropped with no
      // word after a vague answer and answers to other questions (found by a tester, qa24 q08: "gaat wel", then the hours
      // and the town, and the computer question was skipped unasked); a miss then skips it, left unknown
      if (session.later?.includes(missing)) {
        session.later = session.later.filter((s) => s !== missing);
        this.ask(session, missing, out, Math.max(asked, 1), false);
        return;
      }
      session.skipped.push(missing);
      out.push({ type: 'say', key: 'common:skipping' });
    }
    // the list shown still answers what the person said (a callback set up after it, found chatting: the five cards
    // came again after "your request is saved"): "what next?" only
    if (session.stage === 'recommended' && session.listed) { this.ask(session, 'followUp', out); return; }
    this.recommend(session, out, false);
  }

  filled(session: Session, slot: SlotId): boolean {
    if (session.skipped.includes(slot)) return true;
    if (slot === 'region' && this.deps.fixedRegion) return true;
    return QUESTIONS[slot].profile?.answered(session.profile) ?? false;
  }

  /** Gives up a question (`key`: what is said of it) and goes on to the next one. */
  private skip(session: Session, slot: PendingSlot, out: Output[], key: string): void {
    session.pending = undefined;
    if (!session.skipped.includes(slot as SlotId)) session.skipped.push(slot as SlotId);
    out.push({ type: 'say', key });
    this.next(session, out);
  }

  ask(session: Session, slot: PendingSlot, out: Output[], misses = 0, counted = true, wording: { key?: string } = {}): void {
    const kept = slot === 'confirm' && session.pending?.slot === 'confirm' ? { about: session.pending.about, back: session.pending.back }
      : session.pending?.slot === slot && session.pending.then ? { then: session.pending.then } : {};
    const others = session.pending?.slot === slot && misses > 0 ? session.pending.others : undefined;
    // (how many times it was put again after answers to other questions survives the misses between: see `askAgain`)
    const noted = session.pending?.slot === slot ? session.pending.noted : undefined;
    const profileSlot = (SLOTS as readonly string[]).includes(slot);
    // every time a question is put counts, whatever came in between ("ok" or "thanks" answered "you're welcome", help,
    // another answer): asked three times, it is skipped rather than put a fourth (found by a tester, qa20 F1: the goal
    // put five times to "ok", the diploma four times while other answers and a "thanks" came in between)
    const times = timesAsked(session, slot);
    if (counted && times >= MAX_MISSES_BEFORE_SKIP) {
      this.skip(session, slot, out, 'common:skipping');
      return;
    }
    session.pending = { slot, misses, ...kept, ...(others ? { others } : {}), ...(noted ? { noted } : {}) };
    if (profileSlot && counted) session.asks = { ...session.asks, [slot]: times + 1 };
    const question = QUESTIONS[slot];
    const key = slot === 'confirm' ? `common:confirm.${session.pending.about ?? 'human'}` : misses > 0 ? question.retryKey : question.key;
    const time = slot === 'callbackTime' && misses === 0 ? session.callback?.time : undefined;
    if (time) {
      out.push({ type: 'ask', slot, key: 'profile:ask.callbackTimeOffered', params: { time }, options: this.deps.options.for('consent', session.language!) });
      return;
    }
    const offered = slot === 'consent' ? session.callback?.offered : undefined;
    if (offered) {
      out.push({ type: 'ask', slot, key: misses > 0 ? 'profile:ask.consentNumber_retry' : 'profile:ask.consentNumber', params: { phone: this.deps.callback.display(offered) }, options: this.deps.options.for(slot, session.language!) });
      return;
    }
    // one whose job is outside the digital topics is asked with choices that fit them (qa24 q11), and after "something
    // else" with every subject and a word that a job typed is fine
    const worded = slot === 'interest' && misses === 0 && asWorker(session.profile, session.allTopics) ? 'profile:ask.interestWorker'
      : slot === 'interest' && misses === 0 && session.allTopics ? 'profile:ask.interestOther'
      // (a diploma from abroad already named: its level is what is asked, qa24 q13)
      : slot === 'qualification' && misses === 0 && session.profile.diploma ? 'common:diplomaLevel' : key;
    out.push({ type: 'ask', slot, key: wording.key ?? worded, options: this.deps.options.for(slot, session.language!, session) });
  }

  showOnlyIn(session: Session, language: Lang, out: Output[]): void {
    const found = this.found(session, false, language);
    if (found.items.length === 0) {
      out.push({ type: 'say', key: 'recommend:noneInLanguage', params: { language } });
      this.ask(session, 'followUp', out);
      return;
    }
    session.onlyIn = language;
    session.listed = false;
    out.push({ type: 'say', key: 'recommend:onlyIn', params: { language } });
    this.recommend(session, out, false, false, found);
  }

  /**
   * The recommender's items; with `onlyIn`, only those given in that language, the others set aside and the
   * recommender asked again (a few rounds) so that the list is filled with ones in it when there are some.
   */
  private found(session: Session, more: boolean, onlyIn = session.onlyIn): Recommendation {
    // (one who asks for the list in a language reads it: "show me the French ones" brings the courses of their trade in
    // French, which were set aside as in a language they do not read; found chatting, rec21: an English-speaking baker in
    // Ghent got Duolingo alone)
    const profile = onlyIn ? { ...session.profile, alsoReads: [onlyIn] } : session.profile;
    const ask = (exclude?: ReadonlySet<string>): Recommendation =>
      this.deps.recommender.recommendation(profile, session.language!, { query: session.query, exclude });
    const shown = more ? new Set(session.shown) : undefined;
    let found = ask(shown);
    if (!onlyIn) return found;
    const set = new Set(shown ?? []);
    const other = (): RecommendationItem[] => found.items.filter((i) => !i.languages.includes(onlyIn));
    for (let round = 0; round < ONLY_IN_ROUNDS && other().length > 0; round++) {
      for (const item of other()) set.add(item.id);
      found = ask(set);
    }
    // (what they asked for is no longer a warning: "careful: it is only in French" after "only the ones in French")
    return { ...found, items: found.items.filter((i) => i.languages.includes(onlyIn)).map((i) => languageAccepted(i, onlyIn)) };
  }

  /**
   * "I have courses for jobs in care, but none in Spanish: mostly in French and English": the languages kept, so that
   * "and in French?" brings them (`elsewhereIn`).
   */
  private sayOtherLanguages(session: Session, otherLanguages: { languages: Lang[]; only: boolean }, field: string, job: string, out: Output[]): void {
    session.elsewhereIn = otherLanguages.languages;
    const [first, second] = otherLanguages.languages;
    const key = otherLanguages.only ? 'recommend:noneInTheirLanguage' : second ? 'recommend:noneInTheirLanguages' : 'recommend:noneInTheirLanguageMostly';
    out.push({ type: 'say', key, params: { field, job, language: session.language ?? this.deps.defaultLanguage, first, ...(second ? { second } : {}) } });
  }

  /** `found`: the list already asked of the recommender for this turn (`showOnlyIn`), not asked again. */
  recommend(session: Session, out: Output[], more: boolean, summary = true, found = this.found(session, more)): void {
    const { match, beyondReach, allShown, approximate, inPerson, undecided, general, graduate, noBusinessHelp, otherTrades, otherLanguages, readingOtherLanguage, recognition } = found;
    // the profile has not changed since the last list: what was shown keeps its order ("the second one" still means
    // the same course; found by a tester: a re-shown list put BeCode first)
    // "more" to one who named a job or a subject brings what fits it, not help for any job as filler: when nothing more
    // fits, that is said plainly, with a person offered (found by a tester, qa24 q26: "autre chose ?" got "nothing else…
    // here is help for any job" and an English-only course)
    const named = session.profile.interest !== undefined || session.profile.field !== undefined;
    const items = !more && session.listed ? keepShownOrder(found.items, session.lastItems ?? [])
      : more && named ? found.items.filter((i) => i.reasons[0]?.code !== 'any-job') : found.items;
    session.stage = 'recommended';
    if (!more && summary) out.push({ type: 'summary', profile: { ...session.profile } });
    // Honest when nothing fits: one sentence says there is no online course for their field (or none they can follow
    // yet: "rien pour le bâtiment" was said to a mason with no diploma while five construction courses exist), then general help.
    // (a topic they named is what they asked for, whatever their trade: "ik ben kapster … ik wil leren hoe ik sociale media
    // gebruik" was told there was no course for hairdressing, and nothing of social media; found chatting)
    const field = session.profile.interest === undefined ? session.profile.field : undefined;
    // the person's own trade names what is (not) there, their field when no trade was read: "no online course for jobs in
    // cleaning", not "in services to people and the community (care, teaching, law, security, cleaning)"; found chatting
    const job: string = session.profile.trade ?? field ?? '';
    // one who wants to create a business, and nothing listed helps with that: said, with a person to ask, before the
    // sentence that introduces the items (issue 8: the wish was lost without a word when their trade had no course)
    if (noBusinessHelp && !more) out.push({ type: 'say', key: 'recommend:noBusinessHelp' });
    // …and a graduate of a regulated profession served on another topic (the region's language), that a person can say
    // how to have the diploma recognised (issue 8: a Colombian nurse in Lyon who asked for French heard nothing of it)
    if (recognition && !more && session.profile.trade) out.push({ type: 'say', key: `recommend:recognition.${session.profile.trade}` });
    // …and one who asks to read and write, when the place for it is in another language, with the agency to ask (issue 8)
    if (readingOtherLanguage?.agency && !more) out.push({ type: 'say', key: 'recommend:readingOtherLanguage', params: { ...readingOtherLanguage } });
    // a job learnt in person (a regulated profession, machines) is said to be so, with a person to ask where and how
    // (a care assistant who asked "c'est possible en ligne ?" to become a nurse got hand-hygiene modules; found by a tester)
    // (a graduate in a regulated profession is offered a person who can say how to have their diploma recognised: a
    // registered nurse from the Philippines was told nursing is learnt in school; found by a tester)
    if (!more) session.elsewhereIn = undefined;
    if (match === 'none' && !more && inPerson && session.profile.trade) {
      out.push({ type: 'say', key: `recommend:${graduate ? 'inPersonGraduate' : 'inPerson'}.${session.profile.trade}` });
    } else if (match === 'none' && !more) {
      // (a graduate is told there is none at their level, and to ask a person: a mechanical engineer with a master's got
      // "Email Basics" and early-childhood courses, found by a tester)
      // (none for their trade, though the field has courses for its other trades: dental assistants were told there was
      // none for health care, after childcare courses had been dropped from their list; issue 8)
      // (courses for their trade exist, only in languages they do not read: said, with the two most used; issue 8, a
      // German-speaking carer in Eupen was told there were courses only for other jobs of the field)
      if (field && !beyondReach && !graduate && otherLanguages) {
        this.sayOtherLanguages(session, otherLanguages, field, job, out);
      } else {
        const none = beyondReach ? 'recommend:noneForFieldYet' : graduate ? 'recommend:noneForFieldGraduate' : otherTrades ? 'recommend:noneForTrade' : 'recommend:noneForField';
        out.push(field ? { type: 'say', key: none, params: { field, job } } : { type: 'say', key: 'recommend:noneForTopic' });
      }
    }
    // …and when what is listed only comes near what they asked (found by a tester: "here is what I propose" over
    // renovation MOOCs to an electrician, digital basics to a would-be security guard)
    const near = approximate === true && !more && items.length > 0;
    // (courses for their trade exist in other languages only: said, as when nothing fits, so that they can ask for them)
    if (near && field && otherLanguages && !graduate) this.sayOtherLanguages(session, otherLanguages, field, job, out);
    else if (near) out.push(field ? { type: 'say', key: 'recommend:partialForField', params: { field, job } } : { type: 'say', key: 'recommend:partial' });
    if (items.length === 0) {
      if (match !== 'none' || more) out.push({ type: 'say', key: more ? 'recommend:noMore' : 'recommend:none' });
    } else {
      // (one who does not know which job to aim for is told an advisor helps to choose, then given help for any job; one
      // who named no job nor topic is told the list is general and asked which job interests them)
      // (more that is no longer on their topic or job, the region's languages, is said to be help for any job: found by a
      // tester, qa22 q20, German and Luxembourgish courses came as "other ideas" to one who wanted graphic design)
      const anyJob = more && match === 'none' && (session.profile.interest !== undefined || session.profile.field !== undefined);
      if ((match !== 'none' && !near) || more) out.push({ type: 'say', key: anyJob ? 'recommend:moreAnyJob' : more ? 'recommend:more' : undecided ? 'recommend:orientation' : general ? 'recommend:general' : 'recommend:intro' });
      out.push({ type: 'recommend', items, match });
      // after "more", a short list says it is all that fits: better than items of no use to them
      if (more && allShown) out.push({ type: 'say', key: 'recommend:allShown' });
      // one with no device and no ease with computers is told where to start: the first place, named (found chatting,
      // rec21: a Dutch speaker with neither got three items and no word of what to do first, in no language)
      const place = !more && items[0]?.kind === 'support' && session.profile.equipment === 'none' && session.profile.digitalSkills === 'none'
        ? this.deps.recommender.aboutItem(items[0].id, session.language!)?.name : undefined;
      if (place) out.push(...this.firstStep(session, items[0], place));
      // (one who lives in one region and works, or looks for work, in Luxembourg: both services, with their contacts)
      const cross = !more && session.crossBorder && !this.deps.fixedRegion
        ? this.deps.agencies?.crossBorder(session.crossBorder, session.profile.region, session.language!, areaOf(session.profile)) : undefined;
      if (cross && cross.home.length > 0) {
        out.push({ type: 'say', key: 'common:answers.crossBorderHome', params: { agency: cross.agency, home: cross.home.map((h) => h.name).join(', ') } },
          { type: 'contacts', agencyIds: [session.crossBorder!, ...cross.home.map((h) => h.id)] });
      }
      session.shown = [...new Set([...(more ? session.shown : []), ...items.map((i) => i.id)])];
      session.lastItems = items.map((i) => ({ id: i.id, kind: i.kind, reasons: i.reasons.map((r) => r.code), languages: i.languages, why: i.reasons }));
    }
    session.listed = true;
    this.ask(session, 'followUp', out);
  }

  /**
   * Where to start, and what a person needs to go there: the place named; the language spoken there when it is not
   * theirs (found by a tester, qa23 q20: an English speaker in Flanders was sent to the Digibanken with no word that they
   * speak Dutch there); its opening hours when published, else that they are not known and how to check (its phone, or
   * the link in the list), never guessed (rec23 left the first step with no hours).
   */
  private firstStep(session: Session, item: RecommendationItem, place: string): Output[] {
    const out: Output[] = [{ type: 'say', key: 'recommend:firstStep', params: { place } }];
    const other = item.reasons.find((r) => r.code === 'other-language');
    const spoken = String(other?.params?.langs ?? '').split(',').filter(Boolean);
    if (spoken.length > 0) out.push({ type: 'say', key: spoken.length > 1 ? 'recommend:firstStepLanguages' : 'recommend:firstStepLanguage', params: { language: spoken[0], ...(spoken[1] ? { second: spoken[1] } : {}) } });
    const facts = this.deps.recommender.itemFacts(item.id, session.profile.region, session.language);
    if (facts?.hours) out.push({ type: 'say', key: 'recommend:firstStepHours', params: { hours: facts.hours } });
    else out.push(facts?.phone ? { type: 'say', key: 'recommend:firstStepNoHoursPhone', params: { phone: facts.phone } } : { type: 'say', key: 'recommend:firstStepNoHours' });
    return out;
  }

  private supported(locale: string | undefined): Lang | undefined {
    const code = locale?.toLowerCase().split(/[-_]/)[0];
    return code && this.deps.languages.includes(code) ? code : undefined;
  }

  languageNamed(text: string): Lang | undefined {
    const code = text.trim().toLowerCase();
    return this.deps.languages.includes(code) ? code : undefined;
  }
}

/** Items shown before first, in the order they were shown, then the others in their own order. */
function keepShownOrder<T extends { id: string }>(items: readonly T[], shown: ReadonlyArray<{ id: string }>): T[] {
  const at = new Map(shown.map((item, i) => [item.id, i]));
  const rank = (item: T) => at.get(item.id) ?? shown.length;
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map(({ item }) => item);
}

/** Details of the profile the traces leave out (CONTRACT §2), each shown through the slot it details. */
const SHOWN_AS: ReadonlyArray<[keyof Profile, keyof Profile]> = [['trade', 'field'], ['learnLanguages', 'interest']];

/** The profile's notes on the person's languages (see `noteLanguages`): no slot a message fills. */
const LANGUAGE_NOTES: ReadonlySet<keyof Profile> = new Set(['weakLanguages', 'readsPoorly', 'wroteIn']);

/**
 * The `understood` output carries what the message filled or changed in the profile (CONTRACT §2), not what a first
 * reading guessed: "en Handy" to the equipment question fills it although no slot was read out of context, and a
 * callback time "demain vers 10h" reads as 10 hours but changes nothing (found by a tester). A restart or erasure
 * that empties the profile carries only what the message itself set in the new one.
 */
function appliedSlots(out: Output[], before: Partial<Profile>, after: Partial<Profile>): void {
  const understood = out.find((o) => o.type === 'understood');
  if (!understood || understood.type !== 'understood') return;
  const slots: Partial<Profile> = {};
  for (const [key, value] of Object.entries(after) as Array<[keyof Profile, unknown]>) {
    // what the person said of their languages is noted beside the slots (see `noteLanguages`), no value understood
    if (LANGUAGE_NOTES.has(key)) continue;
    // the conversation's language is the intent's to say (language:<code>), or the locale's, not a value read
    if (key === 'language' && understood.slots.language === undefined) continue;
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key])) (slots as Record<string, unknown>)[key] = value;
  }
  // a detail the traces leave out, changed within the same field or topic, shows as that field or topic said again: a
  // change of mind from selling to hairdressing (both D) showed nothing understood (found by a tester, qa23 q23)
  for (const [detail, shown] of SHOWN_AS) {
    if (after[shown] !== undefined && slots[shown] === undefined && JSON.stringify(after[detail]) !== JSON.stringify(before[detail])) {
      (slots as Record<string, unknown>)[shown] = after[shown];
    }
  }
  understood.slots = slots;
}

/** How many times a question of the profile has been put in this conversation (0 for the others: consent, follow-up…). */
function timesAsked(session: Session, slot: PendingSlot): number {
  return (SLOTS as readonly string[]).includes(slot) ? session.asks?.[slot as SlotId] ?? 0 : 0;
}
