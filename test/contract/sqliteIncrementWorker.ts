import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import { incrementWithRetry } from './storeTestKit';

export interface IncrementJob {
  dataDir: string;
  key: string;
  times: number;
  /** Shared counter of started workers; each waits until all have started, so that they really overlap. */
  barrier: Int32Array;
  workers: number;
}

/** Body of one worker thread in sqliteStore.test.ts: its own connection, incrementing a shared counter. */
export async function run(job: IncrementJob): Promise<number> {
  const store = new SqliteStore({ dataDir: job.dataDir });
  Atomics.add(job.barrier, 0, 1);
  Atomics.notify(job.barrier, 0);
  for (let started = Atomics.load(job.barrier, 0); started < job.workers; started = Atomics.load(job.barrier, 0)) {
    Atomics.wait(job.barrier, 0, started, 50);
  }
  let conflicts = 0;
  try {
    for (let i = 0; i < job.times; i += 1) conflicts += await incrementWithRetry(store, job.key);
  } finally {
    await store.close();
  }
  return conflicts;
}
