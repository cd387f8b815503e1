/**
 * Platform message ids already taken (WhatsApp `wamid`, Telegram `update_id`), so a message the platform
 * re-delivers (it does, for days, after a slow or failed answer) is handled exactly once.
 *
 * @remarks `claim` is one atomic create-only insert (`INSERT … ON CONFLICT DO NOTHING`), never a read then a
 * write: two deliveries of one id at the same moment, even on two instances, get `true` once. Kept apart from the
 * {@link KeyValueStore} on purpose (its own table), small enough to fold into a general create-only write later.
 */
export interface SeenIds {
  /** True the first time `id` is claimed, false ever after (until purged). */
  claim(id: string): Promise<boolean>;
  /** Forgets ids claimed before `cutoff` (platforms stop re-delivering after about a week); returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}
