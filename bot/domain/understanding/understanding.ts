import type { QualificationEntry, Topic } from '../knowledge/types';
import type { Profile, SlotId } from '../profile/profile';
import { answerSlot, type AnswerDeps } from './answer';
import { chooseOption } from './choose';
import { detectLanguageOf, prepareDetection } from './detectLanguage';
import { extractProfile } from './extract';
import { intentOf } from './intent';
import { compileLexicon, type CompiledLexicon } from './lexicon/compiledLexicon';
import type { Lexicons } from './lexicon/lexicon';
import { qualificationTaggers } from './slots/qualification';
import { read } from './slots/reading';
import { regionTagger } from './slots/region';
import { topicTaggers } from './slots/interest';
import type { Intent, IntentContext, SlotAnswer, SlotOption, Understood } from './types';
import { yesNoOf } from './yesNo';

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

  constructor(deps: { lexicons: Lexicons; topics: Topic[]; qualifications: QualificationEntry[] }) {
    if (!deps?.lexicons || Object.keys(deps.lexicons).length === 0) throw new Error('[Understanding]: lexicons are required');
    if (!Array.isArray(deps.topics)) throw new Error('[Understanding]: topics are required');
    if (!Array.isArray(deps.qualifications)) throw new Error('[Understanding]: qualifications are required');
    this.compiled = new Map(Object.entries(deps.lexicons).map(([lng, lex]) => [lng, compileLexicon(lex, deps.lexicons)]));
    this.shared = {
      topics: topicTaggers(deps.topics),
      qualifications: qualificationTaggers(deps.qualifications, deps.lexicons),
      regions: regionTagger(deps.lexicons),
      topicIds: new Set(deps.topics.map((topic) => topic.id)),
    };
    prepareDetection([...this.compiled.values()]);
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
    return extractProfile(text, this.deps(lang, text));
  }

  /**
   * Everything one message says, as the orientation.understood trace reports it: the interruption or social
   * intent it carries (`none` for an answer or other content) and the profile values it states, read with the
   * question `pending` (if any) as context and `options` as what was shown.
   */
  understand(text: string, lang: string, context: { pending?: SlotId; options?: SlotOption[] } = {}): Understood {
    const { pending, options = [] } = context;
    if (pending === 'language') {
      const picked = this.choose(text, lang, options) ?? this.answer('language', text, lang, options)?.profile.language;
      if (picked) return { intent: `language:${picked}`, slots: {} };
    }
    const intent = this.intent(text, lang, { slot: pending });
    if (intent) return { intent: intent.kind === 'language' ? `language:${intent.language}` : intent.kind, slots: {} };
    const answered = pending && pending !== 'language' ? this.answer(pending, text, lang, options) : undefined;
    const extra = this.extract(text, lang);
    return { intent: 'none', slots: { ...extra, ...answered?.profile } };
  }

  /** Choose one of `options` (number, ordinal, label, typo of label), or undefined. */
  choose(text: string, lang: string, options: SlotOption[]): string | undefined {
    return chooseOption(read(text, this.ordered(lang, text)[0]), options, { bareNumber: true, fuzzy: true });
  }

  yesNo(text: string, lang: string): boolean | undefined {
    return yesNoOf(text, this.ordered(lang, text));
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
