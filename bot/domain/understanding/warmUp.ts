import { loadLanguageModel } from './detectLanguage';
import { warmUpNumbers } from './numbers/recognizerModels';
import { warmVocabulary } from './text/vocabulary';

/**
 * Creates each recognizer model once per culture (fr-fr, en-us, es-es) and runs parses, so the multi-second
 * first French parse happens at start-up, not in a user's turn; also computes the look-alikes of every word of
 * the lexicons compiled so far, and loads the language-identification model (WebAssembly, asynchronous: the
 * promise resolves once it is loaded; until then language detection uses the lexicons alone). Idempotent. Call
 * it after building `Understanding` and await it before reporting ready (`/readyz`).
 */
export function warmUp(): Promise<void> {
  const model = loadLanguageModel();
  warmUpNumbers();
  warmVocabulary();
  return model;
}
