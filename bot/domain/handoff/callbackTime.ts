import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';

const CULTURES: Record<string, string> = { fr: 'fr-FR', en: 'en-US', es: 'es-ES' };
const models = new Map<string, { parse(text: string, ref?: Date): Array<{ resolution: { values?: Array<Record<string, string>> } }> }>();

function modelFor(lang: string): (typeof models extends Map<string, infer M> ? M : never) | undefined {
  const culture = CULTURES[lang];
  if (!culture) return undefined;
  let model = models.get(culture);
  if (!model) {
    model = new DateTimeRecognizer(culture).getDateTimeModel() as never;
    models.set(culture, model!);
  }
  return model;
}

/**
 * A preferred callback time in the person's words ("demain matin", "tomorrow afternoon", "mañana por la
 * tarde"), normalised with recognizers-text where it has the culture, e.g. "2026-11-24 08:00-12:00".
 * Elsewhere the person's own words are kept for the advisor; "any time" is kept as is. Undefined when the
 * text holds nothing that could be a time.
 */
export function parseCallbackTime(text: string, lang: string, now: Date): string | undefined {
  const clean = text.trim().slice(0, 200);
  if (!/\p{L}|\d/u.test(clean)) return undefined;
  const model = modelFor(lang);
  if (model) {
    const values = model.parse(clean, now).flatMap((r) => r.resolution.values ?? []);
    const future = values.find((v) => (v.value ?? v.start ?? '') >= now.toISOString().slice(0, 10)) ?? values.at(-1);
    if (future) return future.value ?? `${future.start ?? ''}–${future.end ?? ''}`;
  }
  return clean;
}

/** Creates the date-time models once, at start-up (the first French parse otherwise costs seconds). */
export function warmCallbackTime(): void {
  // V8 compiles the big patterns to native code only after a few runs: exercise them until they are fast.
  const samples: Record<string, string[]> = {
    fr: ['demain matin', 'lundi vers 14h', "n'importe quand", 'mardi après-midi'],
    en: ['tomorrow morning', 'monday at 2pm', 'any time', 'friday afternoon'],
    es: ['mañana por la tarde', 'el lunes a las 10', 'cuando sea', 'viernes por la mañana'],
  };
  for (const [lang, texts] of Object.entries(samples)) for (const t of texts) modelFor(lang)?.parse(t, new Date());
}
