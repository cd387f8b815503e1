import { detectAll } from 'tinyld';
import { warmUpNumbers } from './numbers/recognizerModels';
import { warmVocabulary } from './text/vocabulary';

/**
 * Creates each recognizer model once per culture (fr-fr, en-us, es-es) and runs parses, so the multi-second
 * first French parse happens at start-up, not in a user's turn; also loads tinyld's profiles and computes the
 * look-alikes of every word of the lexicons compiled so far. Idempotent. Call it after building `Understanding`
 * and before reporting ready (`/readyz`).
 */
export function warmUp(): void {
  warmUpNumbers();
  warmVocabulary();
  detectAll('je voudrais apprendre à utiliser un ordinateur', { only: ['fr', 'en', 'es', 'de'] });
}
