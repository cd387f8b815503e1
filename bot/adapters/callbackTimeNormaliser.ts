import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Main-thread side of `callbackTimeWorker`: `normalise("demain matin", "fr")` → "2026-11-24 08:00:00–…",
 * or the person's own words when no model reads them. Falls back to the words as written if the worker is gone.
 */
export class CallbackTimeNormaliser {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (value: string | undefined) => void>();
  private seq = 0;
  readonly warm: Promise<void>;

  constructor() {
    const ts = __filename.endsWith('.ts');
    const file = path.join(__dirname, `callbackTimeWorker.${ts ? 'ts' : 'js'}`);
    this.worker = new Worker(file, { execArgv: ts ? ['-r', 'ts-node/register/transpile-only'] : [] });
    this.worker.unref();
    this.warm = new Promise((resolve) => {
      this.worker.on('message', (m: { type: string; id?: number; result?: string }) => {
        if (m.type === 'warm') resolve();
        else if (m.type === 'result' && m.id !== undefined) { this.waiting.get(m.id)?.(m.result); this.waiting.delete(m.id); }
      });
      this.worker.on('error', () => resolve());
      this.worker.on('exit', () => { resolve(); for (const done of this.waiting.values()) done(undefined); this.waiting.clear(); });
    });
  }

  normalise(text: string, lang: string, now = new Date()): Promise<string> {
    const id = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.waiting.delete(id); resolve(text); }, 5000);
      this.waiting.set(id, (value) => { clearTimeout(timer); resolve(value ?? text); });
      this.worker.postMessage({ id, text, lang, now: now.toISOString() });
    });
  }

  async close(): Promise<void> { await this.worker.terminate(); }
}
