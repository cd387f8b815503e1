import type { Lang, SlotId } from '../profile/profile';
import { areaOf } from '../profile/profile';
import { corrections, goalChange } from './answerSteps';
import type { Moves } from './moves';
import type { Output } from './outputs';
import type { Intent, Understood } from './ports';
import type { ItemFacts } from '../recommend/recommender';
import type { ItemProperty } from '../understanding/lexicon/lexicon';
import { languageAnswer } from './languageAnswer';
import { PROFILE_ORDER } from './questions/order';
import type { Session } from './session';
import { wordCount } from './wordCount';

/**
 * Everything that is not an answer: requests (acted on when clear, confirmed when unsure), questions about
 * the service (a short true answer, then the question again), complaints (an apology and the offer of a
 * person), greetings and thanks. Returns true when the turn is done.
 */
export function converse(m: Moves, session: Session, read: Understood, text: string, wasNew: boolean, out: Output[]): boolean {
  if (session.pending?.slot === 'confirm' && confirmed(m, session, read, text, out)) return true;
  const pending = session.pending?.slot;
  // after the recommendations, "autre chose ?", "anything else?" asks for more, not about the service; what such a
  // message seems to state ("otra cosa": another trade) is not kept
  if (pending === 'followUp' && (read.intent === 'none' || read.intent === 'question')
    && Object.keys(read.slots).every((k) => k === 'goal')
    && (m.deps.understanding.asksForMore(text, session.language!) || (read.intent === 'question' && read.question === 'courses'))
    // ("¿cuál es el más corto?" asks which is the shortest: its "más" asks for no more)
    && m.deps.understanding.itemProperty(text, session.language!) !== 'shortest') {
    session.pending = undefined;
    m.recommend(session, out, true);
    return true;
  }
  // "changer mes réponses" while a question is pending: the same as the button after the list (the words of its
  // label, no bare number: "2" answers the question)
  if (pending && (PROFILE_ORDER as string[]).includes(pending) && read.intent === 'none' && Object.keys(read.slots).length === 0
    && !/\d/.test(text) && m.deps.understanding.choose(text, session.language!, m.deps.options.for('followUp', session.language!)) === 'change') {
    m.ask(session, 'change', out);
    return true;
  }
  if (unreadable(m, session, read, text, out)) return true;
  // after the list, "I want French ones", "the 3rd is in English, je veux en français", or the language already
  // spoken asked for ("en français" in a French chat): the list again with courses in it only
  // ("is de eerste in het Nederlands?", "ass deen éischten op Lëtzebuergesch?" ask whether that item is: see `asksLanguageOfShownItem`)
  const wanted = pending === 'followUp' && !asksLanguageOfShownItem(m, session, text) ? languageWanted(m, session, read, text) : undefined;
  if (wanted) { m.showOnlyIn(session, wanted, out); return true; }
  // after the list, "c quoi le premier ?", "what is the second one?", "c'est quoi un EPN ?" ask about an item shown;
  // so does an item named with other words, whatever the intent read ("the second one, what is it": a bare "the
  // second one" picks the second button)
  // (an item named by its rank with one of its properties is a question about it, whatever the message seems to state:
  // "le premier je peux le faire sur mon tel ?" is no phone only, "kriegt man beim 4. ein Zertifikat" no goal; found by a tester)
  if (pending === 'followUp' && (read.intent === 'question' || read.intent === 'help' || namesShownItem(m, session, read, text)
    || asksOfShownItem(m, session, text) || asksLanguageOfShownItem(m, session, text)) && describeShown(m, session, read, text, out)) return true;
  // "what is the first one?" before any list: there is none yet, and the question pending comes again (found by a tester,
  // qa24 q24: the help text came, in English and Spanish)
  if (pending && (PROFILE_ORDER as string[]).includes(pending) && !session.lastItems?.length && (read.intent === 'question' || read.intent === 'help')
    && Object.keys(read.slots).length === 0 && m.deps.understanding.ordinal(text, session.language!) !== undefined) {
    out.push({ type: 'say', key: 'common:answers.noListYet' });
    m.reask(session, out);
    return true;
  }
  const callback = pending === 'consent' || pending === 'phone' || pending === 'callbackTime';
  const intent = m.toIntent(read.intent);
  if (read.intent === 'human' && read.question === 'bot') {
    out.push({ type: 'say', key: 'common:answers.bot' });
    confirm(m, session, 'human', out);
    return true;
  }
  // "oui appelez-moi au 0470 12 34 56" to the callback offer is a yes and the number, not a new request for a person
  if (intent && (pending === 'consent' || pending === 'phone') && m.deps.callback.phone(text, session.profile.region)) return false;
  // "¿habla usted neerlandés?", "do you speak German?": a question, answered with the word that switches; the chat stays
  // in its language (found by a tester: the Spanish chat went on in Dutch)
  if (intent?.kind === 'language' && intent.language !== session.language && m.deps.understanding.asksWhetherSpoken(text, session.language!)) {
    const word = m.deps.options.for('language', session.language!).find((o) => o.value === intent.language)?.label ?? intent.language;
    out.push({ type: 'say', key: 'common:languageSpoken', params: { language: intent.language, word } });
    m.reask(session, out, false);
    return true;
  }
  // a restart wipes every answer: said in a sentence that says more ("je veux tout recommencer, je me suis trompée"),
  // with answers to lose, it is asked first; a short command ("start again", "opnieuw beginnen") acts (qa21 q01: a
  // career restart read as one wiped the field and diploma just given)
  if (intent?.kind === 'restart' && pending !== 'confirm' && answersAtStake(session) && wordCount(text) > SHORT_COMMAND) {
    confirm(m, session, 'restart', out);
    return true;
  }
  if (intent) { act(m, session, intent, read, out); return true; }
  if (read.intent.startsWith('language:')) { notServed(m, session, read.intent.slice('language:'.length), out); return true; }
  // thanks or a greeting typed to "when can we call you?" is no time ("merci bcp", "ok bedankt"), unless it names one:
  // "morning" is read as "good morning" (found by a tester, qa22 q07: "Hello!" and the question again)
  const timeNamed = pending === 'callbackTime' && read.intent === 'greeting' && m.deps.understanding.namesCallbackTime(text, session.language!);
  if (callback && (timeNamed || !(pending === 'callbackTime' && (read.intent === 'thanks' || read.intent === 'greeting')))) return false;
  const said = Object.keys(read.slots).length > 0;
  if (read.maybe) {
    if (said) m.merge(session, corrections(read.slots, session.profile, pending, goalChange(m, text, session.language!, pending)), out, undefined, true);
    confirm(m, session, read.maybe, out);
    return true;
  }
  // after the list, a question naming a trade or a topic asks for it ("y hay algo para cajera?", "and for cooks?"): a search
  // (unless it names a provider or a course of the catalogue: "c'est quoi Pix ?" asks what it is)
  if (pending === 'followUp' && read.intent === 'question' && read.question === 'other' && !said
    && !m.deps.recommender.aboutProvider(text, session.language!)) {
    const named = m.deps.understanding.answer('interest', text, session.language!, [])?.profile;
    if (named && (named.field !== undefined || named.interest !== undefined)) return false;
  }
  if (read.intent === 'question' || read.intent === 'complaint' || ((read.intent === 'greeting' || read.intent === 'thanks') && !wasNew)) {
    // a question after the list about one's own situation ("does my diploma from Venezuela count here?", "where do I
    // register?") is answered; the diploma or trade it mentions is no new answer replacing the list (found by a tester,
    // qa24 q03: the goal became "get a certificate" and the list was shown again)
    const aside = pending === 'followUp' && read.intent === 'question' && SITUATION_TOPICS.includes(read.question ?? '');
    if (said && !aside) m.merge(session, corrections(read.slots, session.profile, pending, goalChange(m, text, session.language!, pending)), out, undefined, true);
    if (read.intent === 'question' && answerQuestion(m, session, read, text, out)) return true;
    if (read.intent === 'greeting') out.push({ type: 'say', key: 'common:greetingReply' });
    if (read.intent === 'thanks') out.push({ type: 'say', key: read.farewell ? 'common:farewell' : 'common:thanksReply' });
    if (read.intent === 'complaint') {
      out.push({ type: 'say', key: read.distress ? 'common:distress' : 'common:sorry' });
      confirm(m, session, 'human', out);
      return true;
    }
    if (session.pending && m.filled(session, session.pending.slot as SlotId)) session.pending = undefined;
    // (one who says goodbye is not asked the question again: it waits, should they come back)
    if (read.intent === 'thanks' && read.farewell) return true;
    // a question is no try at the pending question, nor is a hello: put again, it does not count towards skipping it
    // (found by a tester, qa21 q26: "pourquoi vous demandez ça ?" answered, then "Passons cette question."; qa22 q18: "re
    // bonjour", back after a break, was met with "Bonjour ! Passons cette question."); "ok" or "thanks" again and again
    // do count (qa20 F1)
    m.reask(session, out, read.intent === 'thanks');
    return true;
  }
  return false;
}

/** Question topics about the person's own situation, not about the courses: asked after the list, they change no answer. */
const SITUATION_TOPICS: readonly string[] = ['recognition', 'benefits', 'requirements', 'data', 'readers', 'retention'];

/** The most words of the "why" that opens a question ("why", "pourquoi", "por qué"). */
const WHY_WORDS = 2;

/**
 * Whether a question opens with the word that, alone, asks why ("why do you suggest this?", "warum schlagen Sie mir das
 * vor?", "¿por qué me recomiendas esto?"): read as another question, after the list it asks why the list is what it is.
 */
function asksWhy(m: Moves, text: string, lang: Lang): boolean {
  const words = text.replace(/^[¿¡"«\s]+/u, '').split(/\s+/);
  return Array.from({ length: Math.min(WHY_WORDS, words.length) }, (_, k) => words.slice(0, k + 1).join(' '))
    .some((opening) => m.deps.understanding.understand(opening, lang, {}).question === 'why');
}

/**
 * A message in a script none of our languages uses ("مرحبا أريد عمل"), or clearly in a language they are not ("olá,
 * procuro trabalho na limpeza", found by a tester), that says nothing the bot reads: the bot says which languages it
 * reads, by their own names, and how to reach a person (not "not understood" in French to someone who reads Arabic).
 */
function unreadable(m: Moves, session: Session, read: Understood, text: string, out: Output[]): boolean {
  if (read.intent !== 'none' || Object.keys(read.slots).length > 0 || !/\p{L}/u.test(text)) return false;
  if (/\p{Script=Latin}/u.test(text) && m.deps.understanding.foreignLanguage(text) === undefined) return false;
  const languages = m.deps.options.for('language', session.language!).map((o) => o.label).join(', ');
  out.push({ type: 'say', key: 'common:unreadable', params: { languages } });
  m.reask(session, out);
  return true;
}

/** A message with no request and no profile value that names an item shown by its rank, and is no button's words. */
function namesShownItem(m: Moves, session: Session, read: Understood, text: string): boolean {
  if (read.intent !== 'none' || Object.keys(read.slots).length > 0) return false;
  const lang = session.language!;
  return shownAt(session, m.deps.understanding.ordinal(text, lang)) !== undefined
    && m.deps.understanding.choose(text, lang, m.deps.options.for('followUp', lang)) === undefined;
}

/** Whether a message names an item shown by its rank and asks one of its properties ("is number 3 in English only?"). */
function asksOfShownItem(m: Moves, session: Session, text: string): boolean {
  const lang = session.language!;
  return shownAt(session, m.deps.understanding.ordinal(text, lang)) !== undefined && m.deps.understanding.itemProperty(text, lang) !== undefined;
}

/**
 * Whether a message names an item shown by its rank and one language, whatever the intent read: it asks whether that
 * item is in it ("is de eerste in het Nederlands?", "ass deen zweeten op Franséisch?"), answered yes or no, not a wish
 * for the list in that language nor a switch of the chat (found by a tester, qa23 q09: in Dutch and Luxembourgish, where
 * the question has no question word, the list was cut to one item or the chat switched). A wish ("je veux le premier en
 * anglais") or two languages named ("the 3rd is in English, I want French") still ask for the list in the one wished.
 */
function asksLanguageOfShownItem(m: Moves, session: Session, text: string): boolean {
  const lang = session.language!;
  const item = shownAt(session, m.deps.understanding.ordinal(text, lang));
  return item?.languages !== undefined && m.deps.courseLanguages.named(text, lang).length === 1
    && m.deps.understanding.languageWanted(text, lang) === undefined;
}

function shownAt(session: Session, rank: number | undefined): { id: string; languages?: string[]; index: number } | undefined {
  const shown = session.lastItems ?? [];
  if (rank === undefined) return undefined;
  const index = rank === -1 ? shown.length - 1 : rank - 1;
  return shown[index] ? { ...shown[index], index } : undefined;
}

/**
 * The language a message after the list wants the courses in: the one the chat is in, asked for as if to switch
 * ("en français" in French), or one said as a wish ("I want French ones"), when the message states nothing else.
 */
function languageWanted(m: Moves, session: Session, read: Understood, text: string): Lang | undefined {
  const lang = session.language!;
  if (read.intent === `language:${lang}`) return lang;
  // "only the ones in French", "nur die auf Französisch" read as a switch too: pointing at the items, they ask for them
  // ("solo los que están en inglés" reads as asking which are: without a question mark it asks for them)
  const asking = read.intent === 'question' && (read.question !== 'language' || text.includes('?'));
  const pointed = read.intent.startsWith('language:') || read.intent === 'none' || (read.intent === 'question' && !asking)
    ? m.deps.understanding.languageOfListWanted(text, lang) : undefined;
  if (pointed || read.intent !== 'none' || Object.keys(read.slots).length > 0) return pointed;
  return m.deps.understanding.languageWanted(text, lang);
}

/**
 * What the item of the last list named by its rank, or the place named, is; whether it is in the language a
 * question names ("is the first one in French?"); the one property a question asks of it ("combien de temps dure le
 * premier ?"); then the follow-up question again.
 */
function describeShown(m: Moves, session: Session, read: Understood, text: string, out: Output[]): boolean {
  const lang = session.language!;
  const rank = m.deps.understanding.ordinal(text, lang);
  const byRank = shownAt(session, rank);
  // a rank past the list ("c quoi le 6e ?" when five were shown) is said to be so, not answered with the help text
  // (found by a tester)
  const count = session.lastItems?.length ?? 0;
  if (rank !== undefined && rank > count && count > 0) {
    out.push({ type: 'say', key: 'common:answers.noSuchItem', params: { count } });
    m.reask(session, out);
    return true;
  }
  // "why the first one?": that item's reasons, not its description (found by a tester, qa22 q04, in all six languages)
  const why = byRank && (read.question === 'why' || asksWhy(m, text, lang)) ? session.lastItems?.[byRank.index]?.why : undefined;
  if (byRank && why) {
    out.push({ type: 'why', number: byRank.index + 1, reasons: why, kind: session.lastItems![byRank.index].kind, languages: byRank.languages ?? [] });
    m.reask(session, out);
    return true;
  }
  const [language] = byRank?.languages ? m.deps.courseLanguages.named(text, lang) : [];
  if (byRank && language) {
    const key = byRank.languages!.includes(language) ? 'common:answers.languageItemYes' : 'common:answers.languageItemNo';
    out.push({ type: 'say', key, params: { language, number: byRank.index + 1 } });
    m.reask(session, out);
    return true;
  }
  const property = byRank ? m.deps.understanding.itemProperty(text, lang) : undefined;
  const facts = byRank && property ? m.deps.recommender.itemFacts(byRank.id, session.profile.region, lang) : undefined;
  if (byRank && property && facts) {
    // (named, not "number 1": found by a tester, "the provider does not say whether number 1 is free" of a public computer room)
    const item = facts.kind === 'support' ? facts.provider : m.deps.recommender.aboutItem(byRank.id, lang)?.title ?? facts.provider;
    out.push(propertyAnswer(facts, property, byRank.index + 1, item, lang));
    m.reask(session, out);
    return true;
  }
  // "which ones are free?", "where can I go?", "how do I sign up?" after the list: answered from the listed items' own
  // data, not with what is true of the catalogue in general (found by a tester, qa22 q16)
  const asked = rank === undefined && read.intent === 'question' ? m.deps.understanding.itemProperty(text, lang) : undefined;
  if (asked && (LIST_PROPERTIES as readonly string[]).includes(asked) && session.lastItems?.length) {
    out.push(...listAnswer(m, session, asked as ListProperty));
    m.reask(session, out);
    return true;
  }
  // a property asked of the agency's own search ("is the second free?", "on the phone?"): each course there says its own,
  // not the search's description (found by a tester, qa24 q18)
  const searchOf = byRank && property && !facts ? m.deps.recommender.searchAgency(byRank.id) : undefined;
  if (byRank && searchOf) {
    out.push({ type: 'say', key: 'common:answers.item.search', params: { number: byRank.index + 1, agency: searchOf } });
    m.reask(session, out);
    return true;
  }
  const id = byRank?.id ?? m.deps.recommender.placeNamed(text);
  const about = id ? m.deps.recommender.aboutItem(id, lang) : undefined;
  // the agency's own search, shown among the items, is said to be so (found chatting: "el primero de que trata?" got
  // "I cannot answer that" when the first item was France Travail's search)
  const agency = id && !about ? m.deps.recommender.searchAgency(id) : undefined;
  if (agency) {
    out.push({ type: 'say', key: 'common:answers.aboutSearch', params: { agency } });
    m.reask(session, out);
    return true;
  }
  if (!about) return false;
  out.push({ type: 'say', key: about.shownIn ? 'common:answers.aboutItemIn' : 'common:answers.aboutItem', params: textParams(about) });
  m.reask(session, out);
  return true;
}

/** The properties a question can ask of the whole list ("which ones are free?"): the others get the general answer. */
const LIST_PROPERTIES = ['cost', 'paid', 'format', 'duration', 'shortest', 'certificate', 'place', 'signup'] as const;
type ListProperty = (typeof LIST_PROPERTIES)[number];

/**
 * The answer to a question on one property of every item of the last list, from each item's own data, by their numbers
 * ("Free: 1, 2, 4."): the cost, online or a place to go, each place's address, phone and opening hours, each course's
 * length and the shortest (qa24 q12), how to sign up. What the providers do not say is said to be unknown, and a person is offered for it.
 */
function listAnswer(m: Moves, session: Session, property: ListProperty): Output[] {
  const lang = session.language!;
  const key = (k: string): string => `common:answers.list.${k}`;
  const out: Output[] = [];
  const groups = new Map<string, number[]>();
  const add = (group: string, number: number): void => { groups.set(group, [...(groups.get(group) ?? []), number]); };
  let unknown = false;
  const searches: number[] = [];
  // "which is the shortest?": the course(s) of the fewest hours among those whose length is known, said first
  const lengths: Array<{ number: number; item: string; count: number }> = [];
  (session.lastItems ?? []).forEach((shown, index) => {
    const number = index + 1;
    const facts = m.deps.recommender.itemFacts(shown.id, session.profile.region, lang);
    if (!facts) { searches.push(number); return; }
    const item = facts.kind === 'support' ? facts.provider : m.deps.recommender.aboutItem(shown.id, lang)?.title ?? facts.provider;
    const place = facts.kind === 'support' && !facts.online;
    switch (property) {
      case 'cost': case 'paid':
        add(`cost.${facts.cost}`, number);
        unknown ||= facts.cost === 'unknown';
        return;
      case 'format': add(place ? 'format.place' : facts.kind === 'course' && facts.equipment === 'smartphone-only' ? 'format.phone' : 'format.online', number); return;
      case 'shortest':
        if (facts.kind === 'support') add('duration.none', number);
        else if (facts.durationHours) lengths.push({ number, item, count: facts.durationHours });
        else { add('duration.unknown', number); unknown = true; }
        return;
      case 'duration':
        if (facts.kind === 'support') add('duration.none', number);
        else if (facts.durationHours) out.push({ type: 'say', key: key('duration.hours'), params: { number, item, count: facts.durationHours } });
        else { add('duration.unknown', number); unknown = true; }
        return;
      // "which one gives a certificate?": each item's own, as for the cost (found by a tester, qa24 q12: "some do, some do
      // not, each says so" in four languages)
      case 'certificate':
        add(`certificate.${facts.kind === 'support' ? 'none' : facts.certificate ?? 'unknown'}`, number);
        unknown ||= facts.kind !== 'support' && (facts.certificate ?? 'unknown') === 'unknown';
        return;
      case 'place':
        if (!place) return;
        out.push(facts.address || facts.city
          ? { type: 'say', key: key('place.address'), params: { number, item, address: facts.address ?? facts.city! } }
          : { type: 'say', key: key('place.noAddress'), params: { number, item } });
        if (facts.hours) out.push({ type: 'say', key: key('place.hours'), params: { hours: facts.hours } });
        if (facts.phone) out.push({ type: 'say', key: key('place.phone'), params: { phone: facts.phone } });
        unknown ||= !facts.hours;
        return;
      case 'signup':
        if (!place) add('signup.online', number);
        else out.push(facts.phone ? { type: 'say', key: key('signup.placePhone'), params: { number, item, phone: facts.phone } }
          : { type: 'say', key: key('signup.place'), params: { number, item } });
        return;
    }
  });
  const fewest = Math.min(...lengths.map((l) => l.count));
  for (const { number, item, count } of lengths.filter((l) => l.count === fewest)) out.push({ type: 'say', key: key('shortest.hours'), params: { number, item, count } });
  for (const [group, numbers] of groups) out.push({ type: 'say', key: key(group), params: { numbers: numbers.join(', '), count: numbers.length } });
  if (property === 'place' && out.length === 0) return [{ type: 'say', key: key('place.none') }];
  // (the agency's search says its courses' own cost, length and sign-up; it is no place, nor one format)
  for (const number of property === 'place' || property === 'format' ? [] : searches) {
    const agency = m.deps.recommender.searchAgency(session.lastItems![number - 1].id);
    if (agency) out.push({ type: 'say', key: key('search'), params: { number, agency } });
  }
  if (unknown) out.push({ type: 'say', key: key('person') });
  return out;
}

/**
 * One sentence on one property of item `number`, named `item` (its title, a place's name), from its catalogue data, saying so when the provider does not say
 * (a duration not given, a cost not confirmed); a place that helps has no length, level or certificate.
 */
function propertyAnswer(facts: ItemFacts, property: ItemProperty, number: number, item: string, lang: Lang): Output {
  const say = (key: string, params: Record<string, string | number> = {}): Output => ({ type: 'say', key: `common:answers.item.${key}`, params: { number, item, ...params } });
  switch (property) {
    case 'provider': return say('provider', { name: facts.provider });
    case 'cost': return say(`cost.${facts.cost}`);
    // "is it paid?": yes is "it is paid", no is "it is free" (found by a tester: "Yes: number 3 is free")
    case 'paid': return say(facts.cost === 'free' || facts.cost === 'paid' ? `paid.${facts.cost}` : `cost.${facts.cost}`);
    case 'language': {
      const language = facts.languages.includes(lang) ? lang : facts.languages[0];
      if (!language) return say('languageUnknown');
      const others = facts.languages.length - 1;
      return others === 0 ? say('languageOnly', { language }) : say('languageAlso', { language, count: others });
    }
    case 'format':
      return facts.kind === 'support' ? say(facts.online ? 'format.website' : 'format.place') : say(`format.${facts.equipment ?? 'computer-and-internet'}`);
    // "where is the second one?", "how do I sign up for the first?": a place's address, or online; its link or its phone
    case 'place':
      if (facts.kind === 'course' || facts.online) return say('place.online');
      return facts.address || facts.city ? say('place.address', { address: facts.address ?? facts.city! }) : say('place.unknown');
    case 'signup':
      if (facts.kind === 'course' || facts.online) return say('signup.online');
      return facts.phone ? say('signup.placePhone', { phone: facts.phone }) : say('signup.place');
    default:
      if (facts.kind === 'support') return say('notCourse', { name: facts.provider });
      // (of one item, "is the second the shortest?" is answered with its length)
      if (property === 'duration' || property === 'shortest') return facts.durationHours ? say('duration', { count: facts.durationHours }) : say('durationUnknown');
      if (property === 'certificate') return say(`certificate.${facts.certificate ?? 'unknown'}`);
      return say(`level.${facts.level}`);
  }
}

/**
 * A short true answer: the topic's, or, for a provider of the catalogue no topic covers, one of its courses; the
 * courses' language as `languageAnswer` says. True when it went on with a list and its follow-up question (nothing to ask again).
 */
function answerQuestion(m: Moves, session: Session, read: Understood, text: string, out: Output[]): boolean {
  const topic = read.question ?? 'other';
  // (whether a job needs the language: it depends on the job and the employer, then the courses in it)
  if (topic === 'language') {
    // after "I have courses for your trade, but none in English: only in French", "y en français ?", "gibt es die auf
    // Französisch?" asks for them: the list in that language is the answer (found chatting, rec21: the person was told
    // which of the items shown were in French, and could not get the courses said to exist)
    const [named] = read.speakRequired || session.pending?.slot !== 'followUp' ? [] : m.deps.courseLanguages.named(text, session.language!);
    if (named && session.elsewhereIn?.includes(named)) { m.showOnlyIn(session, named, out); return true; }
    out.push(read.speakRequired ? { type: 'say', key: 'common:answers.languageForWork' } : languageAnswer(m, session, text));
    return false;
  }
  // a question about an agency ("can I follow courses at the ADEM if I live in France?"): only it can answer; its
  // contacts (sourced in knowledge/agencies.json), and a person here
  if (agencyAnswer(m, session, topic, text, out)) return false;
  const about = topic === 'other' ? m.deps.recommender.aboutProvider(text, session.language!) : undefined;
  // (a question on the job search, "vous pouvez m'aider à faire mon CV ?", is answered with the help the bot has for it, not
  // "I cannot answer that"; found by a tester)
  const jobSearch = topic === 'other' && !about && m.deps.understanding.answer('interest', text, session.language!, [])?.profile.interest === 'job-search';
  // "why this one?" after the list asks about an item, not why the bot asks its questions (found by a tester)
  // (so does "why do you suggest this?", read as another question: found by a tester, qa22 q04, "I cannot answer that")
  const listed = (topic === 'why' || (topic === 'other' && asksWhy(m, text, session.language!))) && session.stage === 'recommended';
  out.push(about ? { type: 'say', key: about.shownIn ? 'common:answers.aboutProviderIn' : 'common:answers.aboutProvider', params: textParams(about) }
    : { type: 'say', key: jobSearch ? 'common:answers.jobSearchHelp' : listed ? 'common:answers.whyListed' : `common:answers.${topic}` });
  return false;
}

/**
 * A question naming an agency, or where to register naming a place of a region whose agency takes cross-border
 * workers ("j'habite en France et je travaille au Luxembourg, où dois-je m'inscrire ?"): its contacts, and for such an
 * agency (ADEM) those of the service of where the person lives too, said to register them as well (France Travail;
 * without a region of ours, "the service of your country"): a person living in France was given ADEM only. Where the
 * person lives is the profile's region, unless the deployment fixes it (then it is not known).
 */
function agencyAnswer(m: Moves, session: Session, topic: string, text: string, out: Output[]): boolean {
  const agencies = m.deps.agencies;
  const lang = session.language!;
  if (!agencies || !['provider', 'other', 'requirements', 'benefits'].includes(topic)) return false;
  const agency = agencies.named(text)
    ?? (topic === 'provider' ? undefined : agencies.crossBorderIn(m.deps.understanding.regionsNamed(text, lang)));
  if (!agency) return false;
  const cross = agencies.crossBorder(agency, m.deps.fixedRegion ? undefined : session.profile.region, lang, m.deps.fixedRegion ? undefined : areaOf(session.profile), session.residence);
  const home = cross?.home ?? [];
  if (cross && (home.length > 0 || cross.asks)) {
    out.push(home.length > 0
      ? { type: 'say', key: 'common:answers.crossBorderHome', params: { agency: cross.agency, home: home.map((h) => h.name).join(', ') } }
      : { type: 'say', key: 'common:answers.crossBorder' });
  }
  out.push({ type: 'contacts', agencyIds: [agency, ...home.map((h) => h.id)] }, { type: 'say', key: 'common:answers.agency' });
  return true;
}

/**
 * Acts on a clear request. What a request for a person, a language or help also says is kept (the advisor sees it);
 * a restart or erasure starts from nothing ("empezar de nuevo" is no goal).
 */
function act(m: Moves, session: Session, intent: Intent, read: Understood, out: Output[]): void {
  // (and help: "soy enfermera de Colombia y quiero trabajar de enfermera en Bélgica, ¿qué tengo que hacer?" keeps the job)
  if (intent.kind === 'human' || intent.kind === 'language' || intent.kind === 'help') m.merge(session, read.slots, out, undefined, true);
  // the question it answered is not asked again after the help text
  // (nor after a switch of language: "hello je cherche un job…, I speak English better" is not asked the goal again)
  if ((intent.kind === 'help' || intent.kind === 'language') && session.pending && m.filled(session, session.pending.slot as SlotId)) session.pending = undefined;
  m.interrupt(session, intent, out);
}

/** Asks "do you want to …?" before acting on an unsure request; the pending question comes back on "no". */
export function confirm(m: Moves, session: Session, about: 'human' | 'restart' | 'erase', out: Output[]): void {
  const back = session.pending?.slot === 'confirm' ? session.pending.back : session.pending;
  session.pending = { slot: 'confirm', misses: 0, about, back };
  m.ask(session, 'confirm', out);
}

function confirmed(m: Moves, session: Session, read: Understood, text: string, out: Output[]): boolean {
  const { about, back } = session.pending!;
  // (a yes that goes on about something else, "ok, ich suche eine Ausbildung", answers the question it came from: found
  // by a tester, qa22 q06, it was taken for a yes to "do you want to talk to a person?")
  const said = read.intent === 'none' ? m.deps.understanding.yesNo(text, session.language!) : undefined;
  const yes = said === true && wordCount(text) > SHORT_CONFIRM ? undefined : said;
  session.pending = back;
  const intent = m.toIntent(read.intent);
  if (intent) { act(m, session, intent, read, out); return true; }
  if (yes === true && about) { m.interrupt(session, { kind: about }, out); return true; }
  // (a complaint or an unsure request, then "no": the question comes back, no try of it, qa21 q26)
  if (yes === false) { out.push({ type: 'say', key: 'common:goOn' }); m.reask(session, out, false); return true; }
  return false; // something else: read as if the question it came from were pending
}

/** A language the bot reads but does not serve yet (nl, lb): says so in that language and offers the others. */
export function notServed(m: Moves, session: Session, language: Lang, out: Output[]): void {
  const notice = m.deps.understanding.notServedNotice(language, m.deps.languages);
  if (notice) out.push({ type: 'text', text: notice });
  m.ask(session, 'language', out);
}

/** The most words of a yes to "do you want to …?" ("oui s'il vous plaît", "ja gerne, bitte"): longer, it says more. */
const SHORT_CONFIRM = 4;

/** How many words a restart typed as a bare command has at most ("start again", "on recommence depuis le début"). */
const SHORT_COMMAND = 5;

/** Whether a restart would lose something the person said (what is kept through it, language and wrote-in, aside). */
function answersAtStake(session: Session): boolean {
  return Object.keys(session.profile).some((key) => key !== 'language' && key !== 'wroteIn');
}

/** An item's texts as the answer's parameters: `language`, the one they are in when not the person's. */
function textParams(about: { name: string; title: string; summary: string; shownIn?: string }): Record<string, string> {
  const { shownIn, ...texts } = about;
  return shownIn ? { ...texts, language: shownIn } : texts;
}
