import type { Equipment } from '../../profile/profile';
import type { Device } from '../lexicon/compiledLexicon';
import { hasCueBefore, isNegated } from '../match/context';
import type { Match } from '../match/tagger';
import type { Mode, Reading } from './reading';

type Owned = Exclude<Device, 'unavailable'>;

/** How far after a device "broken" or "at the library" still speaks of it: "un ordi mais il marche plus". */
const UNAVAILABLE_REACH = 6;

/**
 * The equipment a message describes. Choices, because people describe what they have, not a category:
 * - a computer counts with internet unless internet is denied ("un ordinateur mais pas internet" is
 *   smartphone-only: they are chatting with us, so they reach the internet some other way, most often a phone);
 * - "pas d'ordinateur" alone is smartphone-only for the same reason; "pas d'ordinateur ni internet", "rien",
 *   "nothing" are none;
 * - a tablet counts as a phone (no keyboard, no office software): it is in the lexicon's phone words;
 * - a device said to be broken or not one's own ("en panne", "à la bibliothèque") counts as not had.
 * In free text a device counts only after a possession cue ("j'ai", "mon", "je n'ai pas de"), or denied
 * next to one that does.
 */
export function readEquipment(reading: Reading, mode: Mode): Equipment | undefined {
  const { tokens, lex } = reading;
  const matches = lex.equipment.tag(tokens);
  const possessions = mode === 'extract' ? lex.possession.tag(tokens) : [];
  const devices = matches.filter((m): m is Match<Owned> => m.value !== 'unavailable');
  const unavailable = matches.filter((m) => m.value === 'unavailable');
  const has: Record<Owned, boolean> = { phone: false, computer: false, internet: false, nothing: false };
  const denied: Record<Owned, boolean> = { phone: false, computer: false, internet: false, nothing: false };
  const owned = (m: Match<Owned>) => hasCueBefore(tokens, m, possessions, 3);
  const anyOwned = devices.some(owned);
  for (const m of devices) {
    const negated = isNegated(tokens, m, reading.negations, matches, true)
      || unavailable.some((u) => u.start >= m.end && u.start - m.end <= UNAVAILABLE_REACH);
    // in free text a device counts when said to be had or not ("j'ai un ordi", "je n'ai pas d'ordi", "j'ai un
    // pc mais pas internet"), not in "je sais pas me servir d'un ordinateur"
    if (mode === 'extract' && (m.value === 'nothing' || !(owned(m) || (negated && anyOwned)))) continue;
    if (negated && m.value !== 'nothing') denied[m.value] = true;
    else has[m.value] = true;
  }
  if (has.computer) return denied.internet ? 'smartphone-only' : 'computer-and-internet';
  if (has.phone) return 'smartphone-only';
  if (denied.computer) return denied.internet || denied.phone || has.nothing ? 'none' : 'smartphone-only';
  if (has.nothing && mode === 'answer') return 'none';
  return undefined;
}
