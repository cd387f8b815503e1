import { SLOTS, type Profile, type SlotId } from '../profile/profile';
import { callbackStep } from './callbackSteps';
import { confirm } from './conversationSteps';
import type { Moves } from './moves';
import type { SlotAnswer } from './ports';
import type { Option, Output } from './outputs';
import { QUESTIONS } from './questions';
import { PROFILE_ORDER } from './questions/order';
import { wordCount } from './wordCount';
import type { PendingSlot, Session } from './session';

/**
 * The answer to the pending question; `said` is everything the message stated and `given` its reading as the
 * answer to this question, when the understanding already made it (see the engine's `read`).
 */
export function answer(m: Moves, session: Session, slot: PendingSlot, text: string, choice: string | undefined, out: Output[],
  said: Partial<Profile>, given?: SlotAnswer): void {
  const { understanding: u, options } = m.deps;
  const lang = session.language!;
  const offered = options.for(slot, lang, session);
  if (slot === 'language') {
    const picked = shown(choice, offered) ?? u.choose(text, lang, offered) ?? m.languageNamed(text);
    if (picked) { session.pending = undefined; m.setLanguage(session, picked, out); return; }
    if (text) { session.pending = undefined; m.merge(session, u.extract(text, lang), out, text); return; }
  } else if (slot === 'followUp') {
    followUp(m, session, text, choice, out, said);
    return;
  } else if (slot === 'change') {
    const picked = shown(choice, offered) ?? u.choose(text, lang, offered) ?? (text ? u.slotNamed(text, lang) : undefined);
    if (picked) {
      session.skipped = session.skipped.filter((s) => s !== picked);
      if (session.asks) delete session.asks[picked as SlotId]; // asked for again: its three times start over
      m.ask(session, picked as SlotId, out);
      return;
    }
    if (Object.keys(said).length > 0) { // "j'ai un bac en fait": the change itself
      session.pending = undefined;
      m.merge(session, corrections(said, session.profile, undefined), out, text, true);
      return;
    }
  } else if (slot === 'confirm') {
    const back = session.pending?.back;
    if (choice === 'yes' && session.pending?.about) { const about = session.pending.about; session.pending = back; m.interrupt(session, { kind: about }, out); return; }
    session.pending = back;
    if (choice === 'no') out.push({ type: 'say', key: 'common:goOn' });
    m.reask(session, out);
    return;
  } else if (slot === 'consent' || slot === 'phone' || slot === 'callbackTime') {
    // where they live, said on the way ("0470 12 34 56, j'habite à Namur"), routes the callback to their service;
    // nothing else is taken from these answers ("après 17h" is no 17 hours a week)
    if (said.region && !session.profile.region) m.merge(session, { region: said.region }, out);
    if (callbackStep(m, session, slot, text, choice, out)) return;
  } else {
    if (slot === 'availability' && hoursOrOption(m, session, text, offered, out)) return;
    const chosen = shown(choice, offered);
    const question = QUESTIONS[slot].profile!;
    // the interest question's choices for one whose job is outside the digital topics (qa24 q11): the courses of that job
    // are its field; "something else" puts the question again with every subject
    const worker = slot === 'interest' ? workerPick(u, chosen, text, lang, offered) : undefined;
    if (worker === 'other') {
      session.allTopics = true;
      m.ask(session, 'interest', out, 0, false);
      return;
    }
    // (…and the trade of that job when its words said it: a cook got every course of hospitality, or none, rec26)
    const held = session.profile;
    const fromChoice = worker === 'own-field' && held.heldField ? { field: held.heldField, ...(held.heldTrade ? { trade: held.heldTrade } : {}) }
      : chosen !== undefined ? question.fromValue(chosen, options.setting) : undefined;
    const read = fromChoice ? { profile: fromChoice } : given ?? question.read(u, text, lang, offered);
    // a diploma named to "which job or training?" by one who changes careers is the job they leave, not the one wanted
    // (found chatting: "bachelier en soins infirmiers", from a nurse of 15 years who wants to leave nursing, made nursing
    // her aim); the diploma is kept and the question asked again
    const leaves = slot === 'interest' && session.profile.goal === 'retrain' && !fromChoice && said.eqfLevel !== undefined
      && read?.profile.field !== undefined && read.profile.interest === undefined && read.profile.goal === undefined;
    // a bare yes to "what equipment do you have?" says there is some, not which: asked back as "a computer with internet?",
    // whose yes or no is the answer (found by a tester: "yes" was not understood twice, then the question skipped)
    if (slot === 'equipment' && !fromChoice && !(read && Object.keys(read.profile).length > 0) && Object.keys(said).length === 0
      && equipmentByYes(m, session, text, out)) return;
    const result = leaves && read ? { ...read, profile: withoutJob(read.profile) } : read;
    if (leaves) said = withoutJob(said);
    const answered = result && (Object.keys(result.profile).length > 0 || result.dontKnow) && !leaves;
    // to "what do you want to learn?", a job ("magasinier") is an answer too: its field
    if (answered || (slot === 'interest' && said.field)) {
      const misses = session.pending?.misses ?? 0;
      const noted = session.pending?.noted ?? 0;
      const open = openOthers(m, session, slot);
      // the list shown answers the profile still: an answer after it that changes nothing ("Metz" for "Lyon", both in
      // France, to "which city?" from "change my answers") is said to leave the suggestions as they are (found by a
      // tester, qa23 q17: no word at all, then "what do you want to do now?")
      const shownBefore = session.stage === 'recommended' && session.listed;
      session.pending = undefined;
      if (result?.dontKnow && Object.keys(result.profile).length === 0 && !session.skipped.includes(slot)) session.skipped.push(slot);
      m.merge(session, { ...corrections(said, session.profile, slot, goalChange(m, text, lang, slot)), ...result?.profile }, out, slot === 'interest' ? text : undefined, true);
      if (shownBefore && session.listed && m.filled(session, slot as SlotId)) out.push({ type: 'say', key: 'recommend:sameSuggestions' });
      // read as its answer, it answered another question only ("le bâtiment" to "what do you want to do?"): progress
      if (!m.filled(session, slot as SlotId) && open.some((s) => m.filled(session, s))) askAgain(m, session, slot, misses, out, noted);
      return;
    }
    // Not an answer to this question, but maybe to others ("I have a master", "non en fait j'ai un bac"): keep that
    // (a correction replaces the earlier value), then ask again. An answer to a question not yet answered is progress,
    // no failed try: "noted" and the question again, uncounted (found by a tester, qa21 q27: "FP de grado medio" to
    // the goal question, or "Lyon" to the skills question, ended the question, never asked again). Only a correction
    // or a value said again counts towards skipping it, so that messages answering everything but it end.
    const other = Object.keys(said).length > 0 ? corrections(said, session.profile, slot, goalChange(m, text, lang, slot)) : answeredAhead(m, session, slot, text);
    if (Object.keys(other).length > 0) {
      const open = openOthers(m, session, slot);
      m.merge(session, other, out, text, true);
      if (m.filled(session, slot as SlotId)) session.pending = undefined;
      else if (open.some((s) => m.filled(session, s))) askAgain(m, session, slot, session.pending?.slot === slot ? session.pending.misses : 0, out);
      else m.miss(session, slot, out, true, true);
      return;
    }
    // vague words ("bof", "más o menos", "gaat wel") answer, roughly: no "sorry", the options again, to pick the
    // closest (found by a tester: "Désolé, je n'ai pas compris" to "bof", then the question skipped)
    if (result?.vague) {
      out.push({ type: 'say', key: 'common:vague' });
      m.miss(session, slot, out, true);
      return;
    }
    // a diploma named with no level ("Diplom aus Polen", "un diplôme du Maroc"): no "sorry", its level asked (found by a
    // tester, qa23 q05: "not understood", then the question said that a diploma from another country is fine)
    if (result?.levelMissing) {
      out.push({ type: 'say', key: 'common:diplomaLevel' });
      m.miss(session, slot, out, true);
      return;
    }
    // a job held and no wish, to "which job or subject?" ("ich war 30 Jahre Schlosser"): understood, and asked again
    // (found chatting as jobseekers: "Entschuldigung, das habe ich nicht verstanden")
    if ((slot === 'interest' || slot === 'goal') && m.deps.understanding.namesHeldJob(text, lang)) {
      out.push({ type: 'say', key: 'common:heldJob' });
      m.miss(session, slot, out, true);
      return;
    }
    // a plain "ok", "vale", "oké" (often after an answer to a question of theirs) acknowledges: the question again, with no
    // "sorry, I did not understand" (found by a tester, qa24 q15); it still counts towards skipping the question
    if (u.acknowledges(text, lang)) {
      m.miss(session, slot, out, true);
      return;
    }
  }
  m.miss(session, slot, out);
}

/** The profile questions other than `slot` not answered yet. */
function openOthers(m: Moves, session: Session, slot: PendingSlot): SlotId[] {
  return PROFILE_ORDER.filter((s) => s !== slot && !m.filled(session, s));
}

/**
 * Whether the profile names a job the person wants, which makes the goal looking for work in it when none is said: a
 * trade ("aide-soignante"), or a sector named alone ("bouw", "Bau", qa21 q25) that is not the one of a job held.
 */
export function jobWished(profile: Profile): boolean {
  return profile.trade !== undefined || (profile.field !== undefined && profile.heldField !== profile.field);
}

/**
 * After an answer to another question: "noted", and the question again as it was, no new try of it (qa21 q27). The
 * second time, the question is set aside and the next open one asked: it comes back once the others are answered
 * (found by a tester, qa22 q03: "Noted, thank you" and the topic question five times in a row, to one who answered
 * every other question and did not know the topic yet).
 */
function askAgain(m: Moves, session: Session, slot: PendingSlot, misses: number, out: Output[],
  noted = session.pending?.slot === slot ? session.pending.noted ?? 0 : 0): void {
  // (a job named to the goal question is the goal found: looking for work in it, see the engine's `next`)
  if (slot === 'goal' && jobWished(session.profile)) { session.pending = undefined; return; }
  // a subject to learn named to the goal question ("quiero aprender excel", "ik wil Excel leren") is enough to go on:
  // the goal is left unknown, not asked a second and third time (found by a tester, qa24 q06: three goal questions and
  // no list in es, nl, lb, en, where the same words with a trade in them went on in fr and de)
  if (slot === 'goal' && session.profile.interest !== undefined) {
    session.pending = undefined;
    if (!session.skipped.includes('goal')) session.skipped.push('goal');
    out.push({ type: 'say', key: 'common:noted' });
    m.next(session, out);
    return;
  }
  const profileSlot = (PROFILE_ORDER as readonly string[]).includes(slot);
  if (noted >= 1 && profileSlot && openOthers(m, session, slot).length > 0) {
    session.pending = undefined;
    session.later = [...new Set([...(session.later ?? []), slot as SlotId])];
    out.push({ type: 'say', key: 'common:notedLater' });
    m.next(session, out);
    return;
  }
  out.push({ type: 'say', key: 'common:noted' });
  m.ask(session, slot, out, misses, false);
  if (session.pending?.slot === slot) session.pending.noted = noted + 1;
}

/**
 * A bare number typed to the hours question, "3" under "1. Less than 3 hours 2. About 5 hours 3. About 10 hours 4. 20 hours
 * or more": the question asks how many hours, the numbered list invites its numbers. A number past the options is hours
 * (read as ever, not here). One that is an option's position is hours when that option is also the one nearest to so many
 * hours ("1": less than 3 hours either way); otherwise it is asked, once, which was meant ("3 hours, or About 10 hours?"),
 * and a bare number typed again is hours. (qa21 q02: "3" from one with 3 hours a week became 10 hours, the default said
 * back; qa20 U12: "4" was meant as the fourth option. Both happen, so neither reading is taken silently.)
 */
function hoursOrOption(m: Moves, session: Session, text: string, offered: Option[], out: Output[]): boolean {
  const typed = /^\s*(\d{1,2})\s*$/.exec(text);
  const n = typed ? Number(typed[1]) : 0;
  if (n < 1 || n > offered.length || !session.pending) return false;
  const values = offered.map((o) => Number(o.value));
  if (values.some((v) => Number.isNaN(v))) return false;
  const nearest = values.reduce((best, v, i) => (Math.abs(v - n) < Math.abs(values[best] - n) ? i : best), 0);
  if (nearest === n - 1 || session.pending.numberAsked) {
    session.pending = undefined;
    m.merge(session, { hoursPerWeek: n }, out, undefined, true);
    return true;
  }
  out.push({ type: 'say', key: 'common:hoursOrOption', params: { number: String(n), option: offered[n - 1].label } });
  m.reask(session, out, false);
  // (after the question is put again, which renews what is pending)
  if (session.pending?.slot === 'availability') session.pending.numberAsked = true;
  return true;
}

/** The most words of a yes or no that answers "a computer with internet?" ("oui j'en ai un", "yes I do"). */
const SHORT_YES = 4;

/**
 * A yes to the equipment question asks whether it is a computer with internet (the question stays pending, no miss
 * counted); a yes or no to that is the equipment: a computer with internet, or none (no computer says nothing of a
 * phone, as "no computer" typed is read). Whether the message was taken so.
 */
function equipmentByYes(m: Moves, session: Session, text: string, out: Output[]): boolean {
  if (wordCount(text) > SHORT_YES) return false;
  const yes = m.deps.understanding.yesNo(text, session.language!);
  if (yes === undefined) return false;
  if (session.pending?.computerAsked) {
    session.pending = undefined;
    m.merge(session, { equipment: yes ? 'computer-and-internet' : 'none' }, out, undefined, true);
    return true;
  }
  if (!yes) return false;
  session.pending = { ...session.pending!, computerAsked: true };
  out.push({ type: 'ask', slot: 'equipment', key: 'profile:ask.equipment_computer', options: m.deps.options.for('consent', session.language!) });
  return true;
}

/** The most words of a "no" that ends the conversation after the recommendations ("non merci", "nee dank je wel"). */
const SHORT_NO = 4;

/** After recommendations: a button, else a correction, else a search in the person's words. */
function followUp(m: Moves, session: Session, text: string, choice: string | undefined, out: Output[], said: Partial<Profile>): void {
  const { understanding: u, options, recommender } = m.deps;
  const lang = session.language!;
  // a message that states profile values is a correction, whatever label words it holds ("i want to work in
  // healthcare again" is no "Start again")
  // "je veux changer mes réponses", "ändere meine Antworten": the button in other words (its "changer" is no change of trade,
  // found by a tester: the goal became "change careers")
  const picked = choice ?? (u.asksToChangeAnswers(text, lang) ? 'change'
    : Object.keys(said).length > 0 ? undefined : u.choose(text, lang, options.for('followUp', lang)));
  // "hmm no, marketing then": a no to the list that names something else is that change, no goodbye (qa22 q05)
  const instead = !picked && Object.keys(said).length === 0 ? namedInstead(m, text, lang) : undefined;
  // a short "no" ("non merci", "no thanks", "nee dank je") ends the conversation kindly; the question stays open
  if (!picked && !instead && Object.keys(said).length === 0 && u.yesNo(text, lang) === false && wordCount(text) <= SHORT_NO) {
    out.push({ type: 'say', key: 'recommend:goodbye' });
    return;
  }
  if (picked === 'more') { session.pending = undefined; m.recommend(session, out, true); return; }
  if (picked === 'change') { m.ask(session, 'change', out); return; }
  // a button acts; the words of "start again" or "talk to an advisor" typed approximately ("mit einem berata
  // sprechen", "i want to work in healthcare again") are confirmed
  if (picked === 'restart') return choice ? m.interrupt(session, { kind: 'restart' }, out) : confirm(m, session, 'restart', out);
  if (picked === 'human') return choice ? m.interrupt(session, { kind: 'human' }, out) : confirm(m, session, 'human', out);
  // what the message states; else a change named with its value ("change my hours to 10"); else a topic or trade
  // named alone ("languages", "la cuisine"), read as the answer to "what do you want to learn?". A negated message
  // states none of these and is no search: "je veux pas travailler avec des personnes âgées" would bring them first
  // the cost of the list remarked on ("trop cher", "too expensive", "zu teuer"): answered from the catalogue, not the same
  // list again (found by a tester, qa20 R5: "trop cher" showed the list again, its fifth item changed)
  if (Object.keys(said).length === 0 && listCost(m, session, text, out)) return;
  // where they live, outside the served regions, named again after the list ("Trier", kept as `livesIn`): the summary, which
  // names the region the list is for, and "that is already noted" (found by a tester, qa22 q23: "I have nothing else
  // for that")
  if (Object.keys(said).length === 0 && session.profile.livesIn !== undefined && u.residenceAbroad(text, lang, true) === session.profile.livesIn) {
    out.push({ type: 'summary', profile: { ...session.profile } }, { type: 'say', key: 'recommend:alreadyNoted' });
    m.ask(session, 'followUp', out);
    return;
  }
  const negative = u.negates(text, lang);
  const stated = instead ?? (Object.keys(said).length > 0 ? said
    : negative ? {} : namedChange(m, text, lang) ?? u.answer('interest', text, lang, [])?.profile ?? {});
  const before = JSON.stringify(session.profile);
  dropGivenUp(m, session, stated, text, instead !== undefined);
  m.merge(session, corrections(stated, session.profile, undefined), out, text, true);
  const changed = JSON.stringify(session.profile) !== before;
  // values said again as they are ("mais moi je veux créer MA boîte", the goal already noted): said so, not "not understood"
  if (!changed && Object.keys(stated).length > 0) {
    out.push({ type: 'summary', profile: { ...session.profile } }, { type: 'say', key: 'recommend:alreadyNoted' });
    m.ask(session, 'followUp', out);
    return;
  }
  if (changed || (!negative && recommender.hasSearchTerms(text, lang))) {
    // words that bring back the very list shown ("wat is A2 eigenlijk voor niveau bij jullie") are no new search:
    // said so, not the same cards again (the query is not kept)
    if (!changed && sameItems(recommender.recommendation(session.profile, lang, { query: text }).items, session.lastItems)) {
      out.push({ type: 'say', key: 'recommend:sameList' });
      m.ask(session, 'followUp', out);
      return;
    }
    if (!changed) session.query = text;
    session.pending = undefined;
    session.shown = [];
    m.recommend(session, out, false);
    return;
  }
  m.miss(session, 'followUp', out);
}

/** The most words of the "no" that opens a change of mind after the list ("no", "hmm no"). */
const OPENING_NO = 2;

/**
 * A topic or trade named after a no that opens the message ("hmm no, marketing then", "non, plutôt la cuisine"): what
 * the rest of it names. The no is a word of its own, set apart by a comma or followed by a preference ("nee liever
 * webdesign"): "no quiero cocina" and "je veux pas travailler avec des personnes âgées" name nothing wanted.
 */
function namedInstead(m: Moves, text: string, lang: string): Partial<Profile> | undefined {
  const u = m.deps.understanding;
  const words = text.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(OPENING_NO, words.length - 1); k++) {
    const word = words[k - 1];
    if (u.yesNo(word.replace(/[,.;:!]+$/, ''), lang) !== false || u.yesNo(words.slice(0, k).join(' '), lang) !== false) continue;
    const rest = words.slice(k).join(' ');
    if (!(/[,.;:!]$/.test(word) || u.changesMind(rest, lang)) || u.negates(rest, lang)) return undefined;
    const named = u.answer('interest', rest, lang, [])?.profile;
    return named && (named.field !== undefined || named.interest !== undefined) ? named : undefined;
  }
  return undefined;
}

/**
 * After the list, a new trade or topic replaces the one it gives up (qa22 q08: "la cuisine" after programming courses
 * kept programming in the summary and four of the five items; "nee liever grafisch ontwerp" kept nursing): a job named
 * alone drops the topic wished; a topic named in a change of mind drops the job wished (not one held).
 */
function dropGivenUp(m: Moves, session: Session, stated: Partial<Profile>, text: string, changes: boolean): void {
  const profile = session.profile;
  if (stated.field !== undefined && stated.interest === undefined && profile.interest !== undefined && stated.field !== profile.field) {
    delete profile.interest;
    delete profile.learnLanguages;
    session.query = undefined;
  }
  const wished = profile.field !== undefined && profile.field !== profile.heldField;
  if (stated.interest !== undefined && stated.field === undefined && wished && stated.interest !== profile.interest
    && (changes || m.deps.understanding.changesMind(text, session.language!))) {
    delete profile.field;
    delete profile.trade;
  }
}

/**
 * A remark on what the list costs, naming no item ("trop cher", "is it free?" is asked of an item by its rank): which
 * courses of the list are free for the person, from the catalogue (free, or free for jobseekers, in their region), and a
 * person who can say whether a paid one can be paid for them; then the follow-up question. False when the message is no
 * such remark, or the list holds no course.
 */
function listCost(m: Moves, session: Session, text: string, out: Output[]): boolean {
  const { understanding: u, recommender } = m.deps;
  const lang = session.language!;
  const property = u.itemProperty(text, lang);
  if ((property !== 'cost' && property !== 'paid') || u.ordinal(text, lang) !== undefined) return false;
  const courses = (session.lastItems ?? []).map((item, k) => ({ item, number: k + 1 })).filter(({ item }) => item.kind === 'course');
  if (courses.length === 0) return false;
  const free = courses.filter(({ item }) => {
    const cost = recommender.itemFacts(item.id, session.profile.region)?.cost;
    return cost === 'free' || cost === 'free-for-jobseekers';
  });
  const key = free.length === courses.length ? 'allFree' : free.length === 0 ? 'noneFree' : 'someFree';
  out.push({ type: 'say', key: `recommend:listCost.${key}`, params: { numbers: free.map((c) => c.number).join(', ') } });
  m.ask(session, 'followUp', out);
  return true;
}

/**
 * A change said in one message after the list, naming the hours and a number ("can i change my hours to 10",
 * "mets mes heures à 10"): the number is the new hours (a number alone is hours only as the answer to that question).
 */
function namedChange(m: Moves, text: string, lang: string): Partial<Profile> | undefined {
  if (m.deps.understanding.slotNamed(text, lang) !== 'availability') return undefined;
  const numbers = text.match(/\d+(?:[.,]\d+)?/g);
  if (numbers?.length !== 1) return undefined;
  return m.deps.understanding.answer('availability', numbers[0], lang, [])?.profile;
}

/**
 * The worker's choice of the interest question that is no topic (`own-field`, `other`), picked by its button or as every
 * other option is (`Understanding.choose`: its number, an ordinal, its label, a typo of it); a job or subject in their
 * words is read as usual.
 */
function workerPick(u: Moves['deps']['understanding'], chosen: string | undefined, text: string, lang: string, offered: Option[]): string | undefined {
  const value = chosen ?? u.choose(text, lang, offered);
  return value === 'own-field' || value === 'other' ? value : undefined;
}

/** A button's value, when it is one of the options shown for the question. */
function shown(choice: string | undefined, offered: Option[]): string | undefined {
  return choice && offered.some((o) => o.value === choice) ? choice : undefined;
}

/** How many words a place answered before its question may have ("à Antwerpen", "woon in Gent"). */
const PLACE_ALONE = 3;

/**
 * Questions a person often answers before they are asked: their equipment, where they live. Not the hours: read as
 * their answer, "a little" said of anything ("I speak a little French") was 3 hours a week, and hours said with a
 * number and unit are read in free text anyway.
 */
const AHEAD: readonly SlotId[] = ['equipment', 'region'];

/**
 * The answer to a later question, given before it is asked, read as that question's answer ("laptop and wifi" to
 * "how at ease are you with a computer?", "Antwerpen" to the equipment question), when the message answers
 * neither the pending question nor anything in free text. A bare number is left alone: to the skills question
 * "10" may be anything.
 */
function answeredAhead(m: Moves, session: Session, pending: PendingSlot, text: string): Partial<Profile> {
  if (/^\s*\d+\s*$/.test(text)) return {};
  // a place answered ahead is a place named alone ("Antwerpen"): in a sentence, a town that is also a word is
  // that word ("je bosse dans un spa" is no Spa, found chatting)
  const short = wordCount(text) <= PLACE_ALONE;
  for (const slot of AHEAD) {
    if (slot === pending || m.filled(session, slot) || (slot === 'region' && !short)) continue;
    const read = m.deps.understanding.answer(slot, text, session.language!, []);
    // "nothing" alone ("rien", "aucun", "nada") answers the question asked, with nothing: it names no device (found
    // by a tester: "rien" to "which job?" was stored as owning no device, and the phone said next was not taken)
    if (slot === 'equipment' && read?.profile.equipment === 'none') continue;
    if (read && Object.keys(read.profile).length > 0) return read.profile;
  }
  return {};
}

/** A profile without the job it names (field and trade). */
function withoutJob(profile: Partial<Profile>): Partial<Profile> {
  const { field: _field, trade: _trade, ...rest } = profile;
  return rest;
}

/**
 * Whether a goal said beside the answer to `asked` may replace the one given: when the person changes their mind
 * ("en fait", "plutôt"), or, to "what do you want to learn?", states a goal in so many words ("me reconvertir dans
 * l'informatique"), not a goal word in passing ("un diplôme en compta"), or states one and nothing else.
 */
export function goalChange(m: Moves, text: string, lang: string, asked: PendingSlot | undefined): boolean {
  const u = m.deps.understanding;
  if (u.changesMind(text, lang) || (asked === 'interest' && u.statesGoal(text, lang))) return true;
  // a goal stated in so many words, and nothing else, is one too: "créer une entreprise" typed to the diploma question
  // by a farmer read as looking for a job (found chatting: "not understood", twice)
  return u.statesGoal(text, lang) && Object.keys(u.extract(text, lang)).every((k) => k === 'goal' || k === 'interest');
}

/**
 * What a message stated, as changes to the profile: a stated value replaces an earlier one ("non en fait j'ai
 * un bac"), except hours, which hours said in passing must not overwrite ("je travaille 38h par semaine dans le
 * nettoyage") unless the hours were asked or are all the message states ("non pardon plutôt 8h par semaine"),
 * and the goal, which a goal read in the answer to another question does not replace unless the person says they
 * change their mind (`changes`): "le soir après le boulot" to the hours question, "j'ai rien eu comme diplôme" to the
 * diploma question, a question about working across the border, left the goal given first (found chatting: a
 * business project became "find a job", then "get a diploma").
 */
export function corrections(said: Partial<Profile>, profile: Profile, asked: PendingSlot | undefined, changes = false): Partial<Profile> {
  const onlyHours = Object.keys(said).every((k) => k === 'hoursPerWeek' || k === 'language');
  const keepsGoal = profile.goal !== undefined && said.goal !== undefined && said.goal !== profile.goal && !changes
    && asked !== undefined && asked !== 'goal' && (SLOTS as readonly string[]).includes(asked);
  // the trade of a diploma named ("cap mécanique", "Ausbildung als Koch") is what the person learnt, not the job they
  // said they want: it does not replace that job unless asked for it or said with a goal, nor is it the job wanted by
  // one who changes careers (found chatting: a nurse of 15 years who wants to leave nursing, "bachelier en soins
  // infirmiers" to the diploma question, was told how nursing is learnt)
  const diplomaTrade = said.eqfLevel !== undefined && said.field !== undefined && (profile.field !== undefined || profile.goal === 'retrain')
    && said.goal === undefined && asked !== 'interest' && asked !== 'goal';
  return Object.fromEntries(Object.entries(said).filter(([k]) =>
    k !== 'language' && (k !== 'hoursPerWeek' || asked === 'availability' || profile.hoursPerWeek === undefined || onlyHours)
    && !(diplomaTrade && (k === 'field' || k === 'trade')) && !(keepsGoal && k === 'goal')));
}

function sameItems(items: ReadonlyArray<{ id: string }>, shown: ReadonlyArray<{ id: string }> | undefined): boolean {
  if (!shown || shown.length === 0 || items.length !== shown.length) return false;
  const ids = new Set(shown.map((i) => i.id));
  return items.every((i) => ids.has(i.id));
}
