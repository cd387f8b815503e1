import type { Match } from '../match/tagger';
import { idOf } from '../text/vocabulary';
import type { Reading } from './reading';

/**
 * The learning cues typed as such: a cue read through a typo whose every word is itself a word the lexicons know is
 * that other word ("je maîtrise" is no "maîtriser"), without tagging the message a second time.
 */
export function learningAsTyped(reading: Reading): Array<Match<true>> {
  return reading.lex.learning.tag(reading.tokens).filter((m) => m.exact >= m.weight
    || !reading.tokens.slice(m.start, m.end).every((t) => idOf(t.t) >= 0));
}
