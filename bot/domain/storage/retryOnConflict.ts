import { EtagConflictError } from './keyValueStore';

/**
 * Runs a read-modify-write `attempt` again while another writer changed the item first (`EtagConflictError`), up to
 * `retries` more times; any other error, or the last conflict, is thrown. `pause(retry)` gives milliseconds to wait
 * before a retry (none by default): writers that collide often spread out so one of them wins each round.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, retries: number, pause?: (retry: number) => number): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof EtagConflictError) || retry >= retries) throw err;
      if (pause) await new Promise((resolve) => setTimeout(resolve, pause(retry + 1)));
    }
  }
}
