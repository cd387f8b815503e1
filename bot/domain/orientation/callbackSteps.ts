import type { Lang } from '../profile/profile';
import type { Moves } from './moves';
import type { Output } from './outputs';
import type { Session } from './session';
import { timeSaid } from './callbackTime';
import { wordCount } from './wordCount';

/**
 * The questions asked before the request for a person start over once the callback is saved or declined: the next one is
 * put in its first wording, with its buttons, not as a retry (found by a tester, qa20 T5: after "your request is saved",
 * "What is your main goal? For example: …" read as if the person had already failed it).
 */
function freshQuestions(session: Session): void {
  session.asks = undefined;
}

/** The time said in the request, kept while the number is asked (see `Session.callback`). */
function timeKept(session: Session): { time?: string } {
  return session.callback?.time ? { time: session.callback.time } : {};
}

/** The callback questions: consent, then number, then preferred time. Returns false when not understood. */
export function callbackStep(m: Moves, session: Session, slot: 'consent' | 'phone' | 'callbackTime', text: string, choice: string | undefined, out: Output[]): boolean {
  const lang = session.language!;
  const { understanding: u, callback } = m.deps;
  if (slot === 'consent') {
    const yes = choice ? choice === 'yes' : u.yesNo(text, lang);
    // the number typed as the answer ("0470 12 34 56" to "do you want a callback?", after the notice), alone or after a
    // yes ("yes pls 0478 12 34 56", "sí, mi número es +352 621 123 456"): a yes, and the number
    const phone = yes !== false && !choice ? callback.phone(text, session.profile.region) : undefined;
    // a yes with a time ("ja, nachmittags", "oui, plutôt l'après-midi"): the yes and that time, which was dropped for
    // the yes alone (found by a tester, qa24 q20: the time was asked again, or the number asked and the time lost)
    const withYes = yes === true && !choice ? timeSaid(u, text, lang) : undefined;
    if (phone) {
      session.callback = { phone, ...(withYes ? { time: withYes } : timeKept(session)) };
      m.ask(session, 'callbackTime', out);
      return true;
    }
    if (withYes) return consentByTime(m, session, withYes, out);
    // a time given as the answer ("muer de Moien" to "shall an advisor call you back on +352 …?"): a yes, and when (found
    // by a tester, qa22 q07: "answer yes or no"); with the number offered the callback is saved, else the number is asked
    const when = (yes === undefined || timeAfterNo(m, text, lang)) && !choice ? timeSaid(u, text, lang) : undefined;
    if (when) return consentByTime(m, session, yes === undefined ? when : text.trim(), out);
    if (yes === undefined) return false;
    session.pending = undefined;
    const offered = session.callback?.offered;
    if (yes && offered) { // "oui" to "shall an advisor call you back at +32 470 …?"
      session.callback = { phone: offered, ...timeKept(session) };
      m.ask(session, 'callbackTime', out);
      return true;
    }
    if (!yes) return declined(m, session, out);
    session.callback = timeKept(session);
    m.ask(session, 'phone', out);
    return true;
  }
  // a number typed to the time question (also to "shall we call you at the time you gave?") is a new number to call, said
  // back, and the time question put again: it was taken for the time to call and the number lost (found by a tester,
  // qa24 q20); the person agreed to be called back already
  const other = slot === 'callbackTime' && session.callback?.phone ? callback.phone(text, session.profile.region) : undefined;
  if (other) {
    session.callback!.phone = other;
    out.push({ type: 'say', key: 'handoff:callbackNumberChanged', params: { phone: callback.display(other) } });
    const when = timeSaid(u, text, lang);
    if (!when) { m.ask(session, 'callbackTime', out); return true; }
    delete session.callback!.time;
    text = when;
  }
  // the time said in the request, asked back ("tomorrow at 9: is that right?"): a yes takes it, a no asks for another
  // one; a time named instead is that time
  const time = slot === 'callbackTime' ? session.callback?.time : undefined;
  if (time && !(u.namesCallbackTime(text, lang) && !choice)) {
    const yes = choice ? choice === 'yes' : u.yesNo(text, lang);
    if (yes === undefined) return false;
    delete session.callback!.time;
    if (!yes) { m.ask(session, 'callbackTime', out); return true; }
    text = time;
  } else if (time) delete session.callback!.time;
  if (u.yesNo(text, lang) === false && wordCount(text) <= 3 && !timeAfterNo(m, text, lang)) { // "non merci": give up the callback
    session.pending = undefined;
    return declined(m, session, out);
  }
  if (slot === 'phone') {
    const phone = callback.phone(text, session.profile.region);
    if (!phone) return false;
    session.callback = { phone, ...timeKept(session) };
    m.ask(session, 'callbackTime', out);
    return true;
  }
  // only a time, a day, a part of the day or "any time" is one: any other sentence is asked again (found by testers: every
  // sentence was taken for the time to call)
  if (!u.namesCallbackTime(text, lang)) return false;
  const preferredTime = callback.preferredTime(text, lang);
  if (!preferredTime || !session.callback?.phone) return false;
  return booked(session, session.callback.phone, preferredTime, out);
}

/**
 * A time said after a first word that alone reads no: "no 17 Auer" (Luxembourgish: after 5 pm), "no, after 5pm", "nee, om
 * 5 uur". The time is the answer, not a no (found by a tester, qa23 q02: "no 17 Auer" gave up the callback and dropped the
 * number). A no about the time ("nee, haut net", "not now") is still a no.
 */
function timeAfterNo(m: Moves, text: string, lang: Lang): boolean {
  const u = m.deps.understanding;
  const [first, ...rest] = text.trim().split(/[\s,;]+/);
  const after = rest.join(' ');
  return rest.length > 0 && u.yesNo(first, lang) === false && u.yesNo(after, lang) === undefined && !u.negates(after, lang)
    && timeSaid(u, after, lang) !== undefined;
}

/** A time said to the consent question: a yes, with that time (see `callbackStep`). */
function consentByTime(m: Moves, session: Session, time: string, out: Output[]): boolean {
  const phone = session.callback?.offered;
  const preferredTime = phone ? m.deps.callback.preferredTime(time, session.language!) : undefined;
  if (phone && preferredTime) return booked(session, phone, preferredTime, out);
  session.callback = { time };
  m.ask(session, 'phone', out);
  return true;
}

/** The callback booked: its output, and the callback questions done. */
function booked(session: Session, phone: string, preferredTime: string, out: Output[]): boolean {
  out.push({ type: 'callback', phone, preferredTime });
  session.callback = undefined;
  freshQuestions(session);
  session.pending = undefined;
  return true;
}

/** The callback given up ("non merci"): said so, and the orientation goes on where it was. */
function declined(m: Moves, session: Session, out: Output[]): boolean {
  session.callback = undefined;
  freshQuestions(session);
  out.push({ type: 'say', key: 'handoff:callbackDeclined' });
  m.next(session, out);
  return true;
}
