/** How long one synchronous attempt may wait for another connection's lock (blocks the event loop that long). */
export const BUSY_SLICE_MS = 25;
/** How long a call keeps retrying a locked database before it fails (the turn then answers 503 and is retried). */
const BUSY_GIVE_UP_MS = 10_000;

/**
 * Runs a synchronous better-sqlite3 call, retrying "database is locked" (another connection or process is
 * writing the file) with short async pauses, so the event loop is never blocked long. Shared by every SQLite
 * adapter that opens the bot's file: the key/value store, the analytics log, the seen platform ids.
 */
export async function whileBusy<T>(call: () => T): Promise<T> {
  const deadline = Date.now() + BUSY_GIVE_UP_MS;
  for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
    try {
      return call();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
