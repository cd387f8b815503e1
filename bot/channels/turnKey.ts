/**
 * The one lock key of a conversation's turns: every channel, the advisor desk and the queue expiry take the
 * turn lock under this key, so a turn, an advisor's message and an expiry notice never overlap.
 *
 * @remarks Built here only: a second spelling of the key somewhere else would be a second lock, and two turns of
 * one person could then run at once (lost answers, replies out of order).
 */
export function turnKey(address: { channelId: string; conversationId: string }): string {
  return `${address.channelId}|${address.conversationId}`;
}
