import { detectAll } from 'tinyld';
import { warmUpNumbers } from './numbers/recognizerModels';

/**
 * Creates each recognizer model once per culture (fr-fr, en-us, es-es) and runs parses, so the multi-second
 * first French parse happens at start-up, not in a user's turn; also loads tinyld's profiles. Idempotent.
 * Call it before reporting ready (`/readyz`).
 */
export function warmUp(): void {
  warmUpNumbers();
  detectAll('je voudrais apprendre à utiliser un ordinateur', { only: ['fr', 'en', 'es', 'de'] });
}
