import { parentPort } from 'node:worker_threads';
import { parseCallbackTime, warmCallbackTime } from '../domain/handoff/callbackTime';

/**
 * Worker thread that normalises callback times with recognizers-text date-time models. Their first parses cost
 * seconds of CPU: here they warm up on the second core while the main thread warms the number models, and a
 * rare callback never blocks other people's turns.
 */
if (parentPort) {
  const port = parentPort;
  warmCallbackTime();
  port.postMessage({ type: 'warm' });
  port.on('message', (m: { id: number; text: string; lang: string; now: string }) => {
    let result: string | undefined;
    try { result = parseCallbackTime(m.text, m.lang, new Date(m.now)); } catch { result = undefined; }
    port.postMessage({ type: 'result', id: m.id, result });
  });
}
