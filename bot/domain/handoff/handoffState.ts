/**
 * Where a conversation stands with respect to people: the bot, waiting for an advisor, with an advisor,
 * waiting for a callback, or handed back. Every legal move lives in {@link TRANSITIONS}, nowhere else.
 */
export type HandoffState = 'bot' | 'queued' | 'assigned' | 'callback-requested' | 'resolved';

const TRANSITIONS: Record<HandoffState, readonly HandoffState[]> = {
  bot: ['queued', 'callback-requested'],
  queued: ['assigned', 'callback-requested', 'resolved', 'bot'], // 'bot': the person cancels, or the entry expires
  assigned: ['resolved'],
  'callback-requested': ['resolved', 'queued'],
  resolved: ['bot', 'queued', 'callback-requested'],
};

export class InvalidTransitionError extends Error {
  constructor(public readonly from: HandoffState, public readonly to: HandoffState) {
    super(`handoff cannot go from "${from}" to "${to}"`);
    this.name = 'InvalidTransitionError';
  }
}

export function canTransition(from: HandoffState, to: HandoffState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: HandoffState, to: HandoffState): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
}
