import type { SlotOptions } from '../../bot/domain/orientation/slotOptions';
import type { Understanding } from '../../bot/domain/understanding';
import { ASKED_TO_SLOT } from './corpusSlots';
import type { CorpusLine, Prediction } from './scoreUnderstanding';

/**
 * Each corpus line read by the bot's understanding with the question named in `asked` pending, in the line's
 * language (nl and lb are read with their lexicons even before they have texts; the options shown are those of
 * a language the bot has texts for, English otherwise).
 */
export function predictCorpus(understanding: Understanding, options: SlotOptions, served: string[], lines: CorpusLine[]): Prediction[] {
  return lines.map((line) => {
    const slot = line.asked ? ASKED_TO_SLOT[line.asked] : undefined;
    const shown = served.includes(line.lang) ? line.lang : 'en';
    const read = understanding.understand(line.text, line.lang, { pending: slot, options: slot ? options.for(slot, shown) : [] });
    return { id: line.id, intent: read.intent, slots: read.slots };
  });
}

/** Even ids are the half we tune on; odd ids the half nobody reads. */
export const isEven = (line: CorpusLine): boolean => Number(line.id.split('-').pop()) % 2 === 0;
