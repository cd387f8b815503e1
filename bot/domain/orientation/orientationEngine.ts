import type { Lang, Profile, Region, SlotId } from '../profile/profile';
import type { Output } from './outputs';
import type { CallbackPort, RecommenderPort, UnderstandingPort, Intent } from './ports';
import { newSession, type PendingSlot, type Session } from './session';
import { ORDER, SlotOptions } from './slotOptions';

export interface EngineDeps {
  understanding: UnderstandingPort;
  recommender: RecommenderPort;
  callback: CallbackPort;
  options: SlotOptions;
  languages: Lang[];
  defaultLanguage: Lang;
  /** Set when the deployment serves one agency: its region is known and never asked. */
  fixedRegion?: Region;
}

export interface TurnInput {
  text?: string;          // what the person typed (or the label of the button they pressed)
  choice?: string;        // a button's value, when the channel sends it apart from the text
  locale?: string;        // the activity's locale, e.g. "es-ES"
}

const MAX_MISSES_BEFORE_SKIP = 4;

/**
 * The orientation conversation as a pure state machine: (session, what the person said) → (new session, outputs).
 *
 * @remarks The turn loop is understand → decide → act, with interruptions (person, help, restart, erase,
 * language) checked in one place before any answer. Any message can answer the pending question and also
 * fill other questions it clearly answers, so nobody is asked what they already said. It knows nothing of
 * botbuilder or i18next: texts are keys, and the outer layer renders them.
 */
export class OrientationEngine {
  constructor(private readonly deps: EngineDeps) {}

  /** Welcome at the start of a conversation (conversationUpdate). */
  start(session: Session, input: TurnInput): Output[] {
    const out: Output[] = [];
    this.welcome(session, input.locale, out);
    if (!session.pending) this.next(session, out);
    return out;
  }

  handle(session: Session, input: TurnInput): Output[] {
    const out: Output[] = [];
    const text = (input.text ?? '').trim();
    const wasNew = session.stage === 'new';
    if (wasNew) this.welcome(session, input.locale, out, text !== '');
    this.detectLanguage(session, text, input.choice, out);
    const lang = session.language!;

    if (text || input.choice) {
      const intent = input.choice ? this.choiceIntent(input.choice) : this.intentOf(text, lang, session);
      if (intent) { this.interrupt(session, intent, out); return out; }
    }
    const next = session.stage === 'collecting' && !wasNew ? ORDER.find((slot) => !this.filled(session, slot)) : undefined;
    if (!session.pending && next && (text || input.choice)) session.pending = { slot: next, misses: 0 }; // e.g. back from an advisor
    const pending = session.pending;
    if (pending) this.answer(session, pending.slot, text, input.choice, out);
    else if (text) this.merge(session, this.deps.understanding.extract(text, lang), out, text);
    if (session.stage !== 'new' && !session.pending) this.next(session, out);
    return out;
  }

  /**
   * Nobody can answer now: offers a callback. Optional: refusing keeps all other help. The notice (purpose,
   * retention, rights) comes before any question, and nothing is stored before the person says yes.
   */
  offerCallback(session: Session): Output[] {
    const out: Output[] = [{ type: 'say', key: 'handoff:callbackNotice' }];
    this.ask(session, 'consent', out);
    return out;
  }

  /** Back from people to the bot: asks again what was pending, or what comes next. */
  resume(session: Session): Output[] {
    const out: Output[] = [];
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

  private detectLanguage(session: Session, text: string, choice: string | undefined, out: Output[]): void {
    if (!text || choice || session.textSeen || session.languageSource === 'choice') return;
    session.textSeen = true;
    const detected = this.deps.understanding.detectLanguage(text, this.deps.languages);
    if (detected && detected !== session.language) {
      session.language = detected;
      session.languageSource = 'text';
      this.merge(session, { language: detected }, out, undefined, true);
    }
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

  private interrupt(session: Session, intent: Intent, out: Output[]): void {
    switch (intent.kind) {
      case 'human':
        session.pending = undefined;
        out.push({ type: 'handoff', reason: 'user' });
        return;
      case 'erase':
        Object.assign(session, newSession());
        out.push({ type: 'erase' });
        return;
      case 'restart': {
        const keep: Profile = { language: session.language, ...(this.deps.fixedRegion ? { region: this.deps.fixedRegion } : {}) };
        Object.assign(session, { profile: {}, skipped: [], shown: [], query: undefined, pending: undefined, stage: 'collecting' });
        this.merge(session, keep, out);
        out.push({ type: 'say', key: 'common:restarted' });
        this.next(session, out);
        return;
      }
      case 'help':
        out.push({ type: 'say', key: 'common:help' });
        this.reask(session, out);
        return;
      case 'language':
        this.setLanguage(session, intent.language, out);
        this.reask(session, out);
    }
  }

  private setLanguage(session: Session, language: Lang, out: Output[]): void {
    session.language = language;
    session.languageSource = 'choice';
    session.textSeen = true;
    out.push({ type: 'language', language });
    out.push({ type: 'say', key: 'common:languageChanged' });
    this.merge(session, { language }, out, undefined, true);
  }

  private reask(session: Session, out: Output[]): void {
    const slot = session.pending?.slot;
    if (slot) this.ask(session, slot, out, session.pending!.misses);
    else this.next(session, out);
  }

  private answer(session: Session, slot: PendingSlot, text: string, choice: string | undefined, out: Output[]): void {
    const { understanding: u, options } = this.deps;
    const lang = session.language!;
    const offered = options.for(slot, lang);
    if (slot === 'language') {
      const picked = (choice && offered.some((o) => o.value === choice) ? choice : undefined) ?? u.choose(text, lang, offered)
        ?? this.languageNamed(text);
      if (picked) { session.pending = undefined; this.setLanguage(session, picked, out); return; }
      if (text) { session.pending = undefined; this.merge(session, u.extract(text, lang), out, text); return; }
    } else if (slot === 'followUp') {
      this.followUp(session, text, choice, out);
      return;
    } else if (slot === 'consent' || slot === 'phone' || slot === 'callbackTime') {
      if (this.callbackStep(session, slot, text, choice, out)) return;
    } else {
      const chosen = choice && offered.some((o) => o.value === choice) ? choice : undefined;
      const result = chosen !== undefined ? { profile: valueFor(slot, chosen) } : u.answer(slot, text, lang, offered);
      if (result && (Object.keys(result.profile).length > 0 || result.dontKnow)) {
        session.pending = undefined;
        if (result.dontKnow && Object.keys(result.profile).length === 0 && !session.skipped.includes(slot)) session.skipped.push(slot);
        const extra = text ? u.extract(text, lang) : {};
        this.merge(session, { ...withoutFilled(extra, session.profile), ...result.profile }, out, slot === 'interest' ? text : undefined, true);
        return;
      }
      // Not an answer to this question, but maybe to others ("I have a master"): keep that, then ask again.
      const other = text ? withoutFilled(u.extract(text, lang), session.profile) : {};
      if (Object.keys(other).length > 0) {
        this.merge(session, other, out, text);
        if (!this.filled(session, slot as SlotId)) this.ask(session, slot, out, session.pending?.misses ?? 0);
        else session.pending = undefined;
        return;
      }
    }
    this.miss(session, slot, out);
  }

  /** The callback questions: consent, then number, then preferred time. Returns false when not understood. */
  private callbackStep(session: Session, slot: 'consent' | 'phone' | 'callbackTime', text: string, choice: string | undefined, out: Output[]): boolean {
    const lang = session.language!;
    const { understanding: u, callback } = this.deps;
    if (slot === 'consent') {
      const yes = choice ? choice === 'yes' : u.yesNo(text, lang);
      if (yes === undefined) return false;
      session.pending = undefined;
      if (!yes) {
        session.callback = undefined;
        out.push({ type: 'say', key: 'handoff:callbackDeclined' });
        this.next(session, out);
        return true;
      }
      session.callback = {};
      this.ask(session, 'phone', out);
      return true;
    }
    if (u.yesNo(text, lang) === false && text.trim().split(/\s+/).length <= 3) { // "non merci": give up the callback
      session.pending = undefined;
      session.callback = undefined;
      out.push({ type: 'say', key: 'handoff:callbackDeclined' });
      this.next(session, out);
      return true;
    }
    if (slot === 'phone') {
      const phone = callback.phone(text, session.profile.region);
      if (!phone) return false;
      session.callback = { phone };
      this.ask(session, 'callbackTime', out);
      return true;
    }
    const preferredTime = callback.preferredTime(text, lang);
    if (!preferredTime || !session.callback?.phone) return false;
    out.push({ type: 'callback', phone: session.callback.phone, preferredTime });
    session.callback = undefined;
    session.pending = undefined;
    return true;
  }

  private followUp(session: Session, text: string, choice: string | undefined, out: Output[]): void {
    const { understanding: u, options, recommender } = this.deps;
    const lang = session.language!;
    const picked = choice ?? u.choose(text, lang, options.for('followUp', lang));
    if (picked === 'more') { session.pending = undefined; this.recommend(session, out, true); return; }
    if (picked === 'restart') return this.interrupt(session, { kind: 'restart' }, out);
    if (picked === 'human') return this.interrupt(session, { kind: 'human' }, out);
    const before = JSON.stringify(session.profile);
    this.merge(session, u.extract(text, lang), out, text, true);
    const changed = JSON.stringify(session.profile) !== before;
    if (changed || recommender.hasSearchTerms(text, lang)) {
      if (!changed) session.query = text;
      session.pending = undefined;
      session.shown = [];
      this.recommend(session, out, false);
      return;
    }
    this.miss(session, 'followUp', out);
  }

  private miss(session: Session, slot: PendingSlot, out: Output[]): void {
    const misses = (session.pending?.slot === slot ? session.pending.misses : 0) + 1;
    if ((slot === 'consent' || slot === 'phone' || slot === 'callbackTime') && misses >= 3) {
      session.pending = undefined;
      session.callback = undefined;
      out.push({ type: 'say', key: 'handoff:callbackGiveUp' });
      this.next(session, out);
      return;
    }
    if (misses >= MAX_MISSES_BEFORE_SKIP && slot !== 'followUp' && slot !== 'language') {
      session.pending = undefined;
      if (!session.skipped.includes(slot as SlotId)) session.skipped.push(slot as SlotId);
      out.push({ type: 'say', key: 'common:skipping' });
      this.next(session, out);
      return;
    }
    out.push({ type: 'say', key: misses >= 2 ? 'common:notUnderstoodOfferHuman' : 'common:notUnderstood' });
    this.ask(session, slot, out, misses);
  }

  /**
   * Merges understood values; emits the profile trace when something actually changed. Without `override`
   * only empty fields are filled, so a number said in passing never overwrites a clear earlier answer.
   */
  private merge(session: Session, values: Partial<Profile>, out: Output[], words?: string, override = false): void {
    const before = JSON.stringify(session.profile);
    for (const [key, value] of Object.entries(values) as [keyof Profile, unknown][]) {
      if (value === undefined || value === null) continue;
      if (key === 'region' && this.deps.fixedRegion && value !== this.deps.fixedRegion) continue;
      if (!override && session.profile[key] !== undefined) continue;
      (session.profile as Record<string, unknown>)[key] = value;
    }
    if (values.goal === 'basics' && !session.profile.interest) session.profile.interest = 'digital-basics';
    if (words && values.interest && this.deps.recommender.hasSearchTerms(words, session.language!)) session.query = words;
    if (JSON.stringify(session.profile) !== before) out.push({ type: 'profile', profile: { ...session.profile } });
  }

  private next(session: Session, out: Output[]): void {
    const missing = ORDER.find((slot) => !this.filled(session, slot));
    if (missing) { this.ask(session, missing, out); return; }
    this.recommend(session, out, false);
  }

  private filled(session: Session, slot: SlotId): boolean {
    if (session.skipped.includes(slot)) return true;
    const p = session.profile;
    switch (slot) {
      case 'qualification': return p.eqfLevel !== undefined;
      case 'availability': return p.hoursPerWeek !== undefined;
      case 'region': return p.region !== undefined || !!this.deps.fixedRegion;
      default: return p[slot as keyof Profile] !== undefined;
    }
  }

  private ask(session: Session, slot: PendingSlot, out: Output[], misses = 0): void {
    session.pending = { slot, misses };
    const key = slot === 'followUp' ? 'recommend:followUp.ask' : `profile:ask.${slot}${misses > 0 ? '_retry' : ''}`;
    out.push({ type: 'ask', slot, key, options: this.deps.options.for(slot, session.language!) });
  }

  private recommend(session: Session, out: Output[], more: boolean): void {
    const items = this.deps.recommender.recommend(session.profile, session.language!, {
      query: session.query, exclude: more ? new Set(session.shown) : undefined,
    });
    session.stage = 'recommended';
    if (items.length === 0) {
      out.push({ type: 'say', key: more ? 'recommend:noMore' : 'recommend:none' });
    } else {
      out.push({ type: 'say', key: more ? 'recommend:more' : 'recommend:intro' });
      out.push({ type: 'recommend', items });
      session.shown = [...new Set([...(more ? session.shown : []), ...items.map((i) => i.id)])];
      session.lastItems = items.map((i) => ({ id: i.id, kind: i.kind, reasons: i.reasons.map((r) => r.code) }));
    }
    this.ask(session, 'followUp', out);
  }

  private supported(locale: string | undefined): Lang | undefined {
    const code = locale?.toLowerCase().split(/[-_]/)[0];
    return code && this.deps.languages.includes(code) ? code : undefined;
  }

  private languageNamed(text: string): Lang | undefined {
    const code = text.trim().toLowerCase();
    return this.deps.languages.includes(code) ? code : undefined;
  }
}

function valueFor(slot: SlotId, value: string): Partial<Profile> {
  switch (slot) {
    case 'qualification': return { eqfLevel: Number(value) };
    case 'availability': return { hoursPerWeek: Number(value) };
    default: return { [slot]: value } as Partial<Profile>;
  }
}

function withoutFilled(extra: Partial<Profile>, profile: Profile): Partial<Profile> {
  return Object.fromEntries(Object.entries(extra).filter(([k]) => profile[k as keyof Profile] === undefined));
}
