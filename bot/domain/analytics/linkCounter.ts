import type { KeyValueStore } from '../storage/keyValueStore';
import { retryOnConflict } from '../storage/retryOnConflict';

/** Where link openings are counted: one small document per item and day, holding nothing but a number. */
export const LINKS_ROOT = 'analytics/links/';

/** How often an increment is retried when another opening of the same item wrote first. */
const ATTEMPTS = 60;

/**
 * Counts the openings of recommended links (`GET /r/:itemId`), per item and day (UTC), with no personal data:
 * no conversation, user, address or time of day is kept, only `{ count }`.
 *
 * @remarks Each increment is a conditional write on the day's document (the store's eTag), retried on conflict,
 * so concurrent openings on one or several instances are all counted.
 */
export class LinkCounter {
  constructor(private readonly store: KeyValueStore, private readonly now: () => Date = () => new Date()) {}

  async opened(itemId: string): Promise<void> {
    const key = `${LINKS_ROOT}${this.now().toISOString().slice(0, 10)}/${itemId}`;
    await retryOnConflict(async () => {
      const stored = (await this.store.read([key]))[key];
      const count = typeof stored?.count === 'number' ? stored.count : 0;
      // no eTag yet: create; the store treats a missing eTag as an upsert, so a first writer racing another
      // would overwrite it: send a sentinel that only matches when nothing is stored
      await this.store.write({ [key]: { count: count + 1, eTag: stored?.eTag ?? ABSENT } });
    }, ATTEMPTS - 1, (retry) => Math.random() * Math.min(retry, 10)); // openings that collided spread out
  }

  /** Openings per item on one day (`YYYY-MM-DD`), for the agency's analytics. */
  async day(date: string, itemIds: string[]): Promise<Record<string, number>> {
    const keys = itemIds.map((id) => `${LINKS_ROOT}${date}/${id}`);
    const items = await this.store.read(keys);
    return Object.fromEntries(itemIds.map((id, i) => [id, Number(items[keys[i]]?.count ?? 0)]));
  }
}

const ABSENT = 'absent';
