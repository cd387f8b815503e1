import type { HandoffState } from '../handoff/handoffState';
import type { AnalyticsEvent } from './analyticsEvent';

/** A handoff ticket's change of state, as the handoff service reports it (see `HandoffServiceOptions`). */
export interface HandoffChange {
  from: HandoffState;
  to: HandoffState;
  /** When the ticket entered `from`, and when it entered `to` (ISO times). */
  fromSince: string;
  at: string;
  /** Who made the change: `expiry`, `user`, `contact-centre` or an advisor (never recorded as such). */
  by?: string;
  channel: string;
  language: string;
  /** The conversation's random analytics id, when the ticket has one. */
  conversation?: string;
}

const seconds = (from: string, to: string): number => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

/**
 * The analytics event of a handoff change: queued, claimed (with the seconds waited), resolved, expired (with the
 * seconds waited), cancelled by the person, callback requested or done (with the seconds it took). Advisors' names
 * are not kept.
 */
export function handoffEvents(c: HandoffChange): AnalyticsEvent[] {
  const base = { at: Date.parse(c.at), conversation: c.conversation, channel: c.channel, language: c.language };
  if (c.to === 'queued') return [{ ...base, kind: 'handoff.queued' }];
  if (c.to === 'callback-requested') return [{ ...base, kind: 'callback.requested' }];
  if (c.to === 'assigned') return [{ ...base, kind: 'handoff.claimed', value: c.from === 'queued' ? seconds(c.fromSince, c.at) : undefined }];
  if (c.to === 'resolved') {
    return c.from === 'callback-requested'
      ? [{ ...base, kind: 'callback.done', value: seconds(c.fromSince, c.at) }]
      : [{ ...base, kind: 'handoff.resolved' }];
  }
  if (c.to === 'bot' && c.from === 'queued') {
    return c.by === 'expiry'
      ? [{ ...base, kind: 'handoff.expired', value: seconds(c.fromSince, c.at), reason: 'expiry' }]
      : [{ ...base, kind: 'handoff.cancelled', reason: c.by === 'contact-centre' ? 'contact-centre' : 'user' }];
  }
  return [];
}
