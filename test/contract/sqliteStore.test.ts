import { expect } from 'chai';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import type { IncrementJob } from './sqliteIncrementWorker';

const WORKER_BOOT = `
  require('ts-node/register/transpile-only');
  const { parentPort, workerData } = require('node:worker_threads');
  require(workerData.module).run(workerData).then((conflicts) => parentPort.postMessage(conflicts));`;

function runWorker(data: IncrementJob): Promise<number> {
  const module = path.join(__dirname, 'sqliteIncrementWorker.ts');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { ...data, module } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

describe('SqliteStore (adapter specifics)', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-sqlite-specific-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates a missing directory and puts the database in WAL mode', async () => {
    const dataDir = path.join(root, 'does', 'not', 'exist');
    const store = new SqliteStore({ dataDir, fileName: 'bot.sqlite' });
    await store.write({ k: {} });
    await store.close();
    const db = new Database(path.join(dataDir, 'bot.sqlite'), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
      expect(db.prepare('SELECT count(*) AS n FROM kv_store').get()).to.deep.equal({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('when the directory cannot be created, then the constructor throws', () => {
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, '');
    expect(() => new SqliteStore({ dataDir: path.join(file, 'sub') })).to.throw();
  });

  it('when 4 threads with their own connections increment one counter at once, then no update is lost', async () => {
    const dataDir = path.join(root, 'shared');
    const seed = new SqliteStore({ dataDir });
    await seed.write({ counter: { n: 0 } });
    const barrier = new Int32Array(new SharedArrayBuffer(4));
    const job = { dataDir, key: 'counter', times: 100, barrier, workers: 4 };
    // Each worker returns how many conflicts it retried: some, in practice, which shows the threads overlap.
    await Promise.all([1, 2, 3, 4].map(() => runWorker(job)));
    expect((await seed.read(['counter'])).counter).to.include({ n: 400 });
    await seed.close();
  });
});
