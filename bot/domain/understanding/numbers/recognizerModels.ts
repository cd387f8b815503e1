import { NumberRecognizer } from '@microsoft/recognizers-text-number';

/** What a number model returns that we use. */
interface NumberModel {
  parse(query: string): Array<{ start: number; end: number; text: string; resolution?: { value?: unknown } }>;
}

/** Cultures with a recognizers-text number model (bot-framework-notes §5); German and Dutch have none. */
export const RECOGNIZER_CULTURES = ['fr-fr', 'en-us', 'es-es'] as const;

const models = new Map<string, NumberModel>();

/**
 * The number model of a culture, created once and reused: creating one per message (what the top-level
 * `recognizeNumber` helper does) would pay the model construction each time.
 */
export function numberModel(culture: string): NumberModel {
  let model = models.get(culture);
  if (!model) {
    model = new NumberRecognizer(culture).getNumberModel(culture, false) as unknown as NumberModel;
    models.set(culture, model);
  }
  return model;
}

/**
 * Varied inputs, folded as `findNumbers` sends them: V8 compiles each regexp natively on its second run, and
 * different text runs different ones.
 */
const SAMPLES: Record<string, string[]> = {
  'fr-fr': ['vingt deux heures', 'a mi temps', 'je sais pas', 'j ai un bac et je veux apprendre python 10 heures par semaine',
    'quatre vingt dix neuf', 'deux ou trois heures par jour du lundi au vendredi', 'la deuxieme', 'une demi heure', 'oui'],
  'en-us': ['twenty two hours', 'half time', 'two hours a day', 'the second one', 'i have a degree 10 hours a week', 'no'],
  'es-es': ['veintidos horas', 'dos horas al dia', 'la segunda', 'no se', 'tengo el bachillerato y quiero aprender', 'si'],
};

/**
 * Creates each number model and parses varied text until a parse is fast, so that the multi-second first
 * French parse and V8's second, regexp tier-up hit (bot-framework-notes §5) happen at start-up, not in a
 * user's turn. Idempotent: later calls cost a few milliseconds.
 */
export function warmUpNumbers(): void {
  for (const culture of RECOGNIZER_CULTURES) {
    const model = numberModel(culture);
    for (let round = 0; round < 3; round++) {
      const started = Date.now();
      for (const sample of SAMPLES[culture]) model.parse(sample);
      if (Date.now() - started < 50) break;
    }
  }
}
