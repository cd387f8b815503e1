import type { Agency } from './domain/knowledge/types';
import type { ConversationRecord } from './domain/conversation/conversationRecord';
import type { ConversationAddress } from './domain/conversation/conversationRepository';
import { canTransition, transition } from './domain/handoff/handoffState';
import type { Output } from './domain/orientation/outputs';

/**
 * Records a request for a person durably (in the conversation record, saved before the reply is sent) and
 * tells the person how to reach their agency meanwhile.
 *
 * @remarks The advisors' console and callbacks build on the same state machine (`handoffState.ts`).
 */
export class HandoffDesk {
  constructor(private readonly agencies: Agency[], private readonly agencyId: string | undefined, private readonly now: () => Date = () => new Date()) {}

  request(record: ConversationRecord, outputs: Output[], _address: ConversationAddress): Output[] {
    const ask = outputs.find((o) => o.type === 'handoff');
    const reason = ask && ask.type === 'handoff' ? ask.reason : 'user';
    const out: Output[] = [];
    const current = record.handoff?.state ?? 'bot';
    if (current !== 'queued' && canTransition(current, 'queued')) {
      record.handoff = transition(record.handoff, 'queued', this.now(), reason);
      out.push({ type: 'handoffState', state: 'queued' });
    }
    out.push({ type: 'say', key: 'handoff:requested' });
    out.push({ type: 'contacts', agencyIds: this.agenciesFor(record.session.profile.region).map((a) => a.id) });
    out.push({ type: 'say', key: 'handoff:continue' });
    return out;
  }

  private agenciesFor(region: string | undefined): Agency[] {
    if (this.agencyId) return this.agencies.filter((a) => a.id === this.agencyId);
    if (!region) return [];
    return this.agencies.filter((a) => a.servesRegions.includes(region as Agency['region']));
  }
}
