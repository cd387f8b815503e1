import type { Token } from '../text/tokenize';
import { idOf, likeness, vocabularyVersion, type Likeness } from '../text/vocabulary';

/**
 * A message's tokens as matchers see them: each token's vocabulary id (-1 if none) and look-alikes, and
 * what each matcher found in them (`tagged`, by matcher number), so that a turn tags its message once.
 *
 * @remarks `tagged` is a map, not an array over every matcher: there are some 270 matchers (all lexicons'),
 * a token list is read by the forty or so of one lexicon, and views live as long as the cached readings, so
 * an array of 270 slots per view made most of what each message left on the heap (and the young-generation
 * collections that copy it slow).
 */
export interface TokenView {
  ids: Int32Array;
  likes: Likeness[];
  tagged: Map<number, unknown>;
}

const views = new WeakMap<Token[], TokenView & { version: number }>();
let matchers = 0;

/** A new matcher's slot in `tagged`. */
export function matcherSlot(): number {
  return matchers++;
}

/**
 * The view of `tokens`, computed once per token list and shared by every matcher that reads it (a message
 * is run through some forty of them). Token lists are never modified once made, so the list itself is the
 * key; a view made before the vocabulary grew is made again.
 */
export function viewOf(tokens: Token[]): TokenView {
  const version = vocabularyVersion();
  const known = views.get(tokens);
  if (known && known.version === version) return known;
  const ids = new Int32Array(tokens.length);
  const likes: Likeness[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    ids[i] = idOf(tokens[i].t);
    likes[i] = likeness(tokens[i].t);
  }
  const view = { ids, likes, tagged: new Map<number, unknown>(), version };
  views.set(tokens, view);
  return view;
}
