import { SLOTS, type SlotId } from '../profile/profile';
import type { Output } from '../orientation/outputs';
import { QUESTIONS } from '../orientation/questions';
import type { PendingSlot, Session } from '../orientation/session';
import type { AnalyticsEvent } from './analyticsEvent';

/** What a turn's events are told apart from: the session as it was before the turn (a few fields, copied). */
export interface SessionBefore { stage: Session['stage']; pending?: PendingSlot; skipped: number }

export function sessionBefore(session: Session): SessionBefore {
  return { stage: session.stage, pending: session.pending?.slot, skipped: session.skipped.length };
}

export interface TurnFacts {
  /** The conversation's random analytics id (never the channel's id). */
  conversation: string;
  channel: string;
  at: number;
  before: SessionBefore;
  /** The session after the turn. */
  session: Session;
  outputs: readonly Output[];
  /** Milestones this conversation already passed (`complete`, `recommended`), kept with it; added to here. */
  marks: string[];
}

const MISSES = new Set(['common:notUnderstood', 'common:notUnderstoodOfferHuman', 'common:skipping', 'common:skippingNoted', 'handoff:callbackGiveUp']);
const isSlot = (slot: PendingSlot | undefined): slot is SlotId => !!slot && (SLOTS as readonly string[]).includes(slot);

/**
 * The events of one saved turn (`profile.complete` and `conversation.recommended` once per conversation, so that the
 * funnel counts conversations), read from the engine's outputs and the session before and after: what was asked
 * (a question newly put, not its repetition after a miss), answered, misunderstood or skipped, whether the
 * profile became complete, what was recommended (and when nothing matched, the field or topic wanted), and a
 * request for a person. Pure and cheap: a few comparisons per output.
 */
export function turnEvents(f: TurnFacts): AnalyticsEvent[] {
  const { session, before, outputs } = f;
  const base = { at: f.at, conversation: f.conversation, channel: f.channel, language: session.language };
  const events: AnalyticsEvent[] = [];
  if (before.stage === 'new' && session.stage !== 'new') {
    events.push({ ...base, kind: 'conversation.started', region: session.profile.region });
  }
  let missed = false;
  let interrupted = false;
  const asked = new Set<string>();
  for (const o of outputs) {
    if (o.type === 'say' && MISSES.has(o.key)) missed = true;
    if (o.type === 'handoff' || o.type === 'erase' || (o.type === 'say' && o.key === 'common:restarted')) interrupted = true;
  }
  const pendingBefore = isSlot(before.pending) ? before.pending : undefined;
  if (pendingBefore && missed) events.push({ ...base, kind: 'question.misunderstood', slot: pendingBefore });
  const skipped = session.skipped.slice(before.skipped);
  if (pendingBefore && outputs.some((o) => o.type === 'say' && o.key === 'handoff:callbackGiveUp')) skipped.push(pendingBefore);
  for (const slot of skipped) events.push({ ...base, kind: 'question.skipped', slot });
  const after = session.pending?.slot;
  if (pendingBefore && !missed && !interrupted && after !== pendingBefore && after !== 'confirm'
      && (QUESTIONS[pendingBefore].profile?.answered(session.profile) ?? true)) {
    events.push({ ...base, kind: 'question.answered', slot: pendingBefore });
  }
  for (const o of outputs) {
    if (o.type === 'ask' && isSlot(o.slot) && o.slot !== before.pending && !asked.has(o.slot)) {
      asked.add(o.slot);
      events.push({ ...base, kind: 'question.asked', slot: o.slot });
    } else if (o.type === 'summary') {
      if (!f.marks.includes('complete')) events.push({ ...base, kind: 'profile.complete', region: session.profile.region });
      if (!f.marks.includes('complete')) f.marks.push('complete');
    } else if (o.type === 'recommend') {
      const region = session.profile.region;
      if (!f.marks.includes('recommended')) {
        f.marks.push('recommended');
        events.push({ ...base, kind: 'conversation.recommended', region });
      }
      events.push({ ...base, kind: 'recommendations.shown', region, match: o.match });
      for (const item of o.items) events.push({ ...base, kind: 'item.shown', region, item: item.id, itemKind: item.kind, fields: item.fields, match: o.match });
    } else if (o.type === 'say' && (o.key === 'recommend:noneForField' || o.key === 'recommend:noneForFieldGraduate' || o.key === 'recommend:noneForTopic' || o.key.startsWith('recommend:inPerson.') || o.key.startsWith('recommend:inPersonGraduate.'))) {
      const { field, interest } = session.profile;
      const region = session.profile.region;
      events.push(field ? { ...base, kind: 'field.unmet', region, field } : { ...base, kind: 'topic.unmet', region, topic: interest });
    } else if (o.type === 'handoff' && !o.regionAsked) {
      // (the same request going on once where the person lives was asked is not a second one)
      events.push({ ...base, kind: 'handoff.requested', reason: o.reason });
    }
  }
  return events;
}
