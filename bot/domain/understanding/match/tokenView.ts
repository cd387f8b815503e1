import type { Token } from '../text/tokenize';
import { idOf, likeness, vocabularyVersion, type Likeness } from '../text/vocabulary';

/**
 * A message's tokens as matchers see them: each token's vocabulary id (-1 if none) and look-alikes, and a
 * number of its own (`serial`), by which matchers remember what they found in it (see `Tagger.tag`), so that a
 * turn tags its message once.
 */
export interface TokenView {
  ids: Int32Array;
  likes: Likeness[];
  /** Every vocabulary id some token may stand for, at any level, sorted (see `mayBeIn`). */
  present: number[];
  /**
   * For each id of `present`, the tokens that may stand for it, one bit per position (bit 31 for every position
   * from 31 on): a tagger then tries only the tokens where one of its phrases may start (see `PhraseIndex.startsIn`).
   */
  positions: number[];
  /** A number no other view has (from 1): what is remembered of a message is remembered by it. */
  serial: number;
}

/** Where a token list keeps its view (a property of the list itself, not a WeakMap entry: see `viewOf`). */
const VIEW = Symbol('view');
type ViewedTokens = Token[] & { [VIEW]?: TokenView & { version: number } };
let views = 0;

/**
 * The view of `tokens`, computed once per token list and shared by every matcher that reads it (a message
 * is run through some forty of them). Token lists are never modified once made, so the view is kept on the
 * list itself (a hidden property), and lives exactly as long as it; a view made before the vocabulary grew is
 * made again.
 *
 * @remarks Not in a WeakMap keyed by the list: V8's young-generation collections do not drop the entries of a
 * WeakMap whose keys died, they copy them, so every message's views and matches survived until a full
 * collection, and each young-generation pause (one every hundred and fifty messages or so) took milliseconds.
 */
export function viewOf(tokens: Token[]): TokenView {
  const version = vocabularyVersion();
  const list = tokens as ViewedTokens;
  const known = list[VIEW];
  if (known && known.version === version) return known;
  const ids = new Int32Array(tokens.length);
  const likes: Likeness[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    ids[i] = idOf(tokens[i].t);
    likes[i] = likeness(tokens[i].t);
  }
  const positions: number[] = [];
  const view = { ids, likes, present: presentIds(likes, positions), positions, serial: ++views, version };
  // not enumerable: the list still looks like a plain array of tokens to whoever copies or compares it
  Object.defineProperty(list, VIEW, { value: view, writable: true, configurable: true });
  return view;
}

/**
 * The vocabulary ids the tokens stand for, each once, sorted, and in `positions` (same order) the bits of the
 * tokens that stand for each (see `TokenView.positions`). Each id is put in its place as it comes (a message has
 * a few dozen): `Array.prototype.sort` allocates its work arrays on every call.
 */
function presentIds(likes: Likeness[], positions: number[]): number[] {
  const sorted: number[] = [];
  for (let t = 0; t < likes.length; t++) {
    const bit = 1 << (t < 31 ? t : 31);
    const { ids } = likes[t];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      let at = sorted.length;
      while (at > 0 && sorted[at - 1] > id) at--;
      if (at > 0 && sorted[at - 1] === id) {
        positions[at - 1] |= bit;
        continue;
      }
      sorted.push(id);
      positions.push(bit);
      for (let i = sorted.length - 1; i > at; i--) {
        sorted[i] = sorted[i - 1];
        positions[i] = positions[i - 1];
      }
      sorted[at] = id;
      positions[at] = bit;
    }
  }
  return sorted;
}
