/**
 * Run as a script by `speed.test.ts`, in a fresh process: builds `Understanding` and warms up as the bot does
 * at start-up, then prints (JSON) how long the first message of each slot in each language takes, so that
 * anything left lazy (a structure built on first use, a regexp compiled on its first run) shows.
 */
import { Understanding, warmUp } from '../../../bot/domain/understanding';
import { readKnowledge } from './fixture';
import { ANSWERS, SLOTS, turn } from './messages';

const u = new Understanding(readKnowledge());
void warmUp().then(() => {
  const timings = Object.entries(ANSWERS).flatMap(([lang, answers]) => answers.map((text, i) => {
    const started = process.hrtime.bigint();
    turn(u, text, lang, SLOTS[i]);
    return { lang, slot: SLOTS[i], text, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  }));
  process.stdout.write(JSON.stringify(timings));
});
