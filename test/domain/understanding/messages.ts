import type { SlotId } from '../../../bot/domain/profile/profile';
import type { SlotOption, Understanding } from '../../../bot/domain/understanding';

/** The slots a jobseeker answers in their own words, in the order the bot asks them. */
export const SLOTS: SlotId[] = ['goal', 'interest', 'qualification', 'digitalSkills', 'equipment', 'availability', 'region'];

/** One realistic answer per slot and language, as jobseekers type them (no accents, typos, numbers in words). */
export const ANSWERS: Record<string, string[]> = {
  fr: ['je voudrais changer de métier', 'apprendre à programmer en python', "j'ai le bac", 'je me débrouille',
    'un ordinateur avec internet', 'dix heures par semaine', "j'habite à Bruxelles"],
  en: ['I want to find a job', 'learn Excel please', 'I have a bachelor degree', 'I get by on my own',
    'just my phone, no computer', 'about fifteen hours a week', 'I live in Antwerp'],
  es: ['quiero encontrar un trabajo', 'aprender ingles', 'tengo el bachillerato', 'me defiendo bien',
    'solo tengo el movil', 'veinte horas por semana', 'vivo en Lieja'],
  de: ['ich möchte eine Arbeit finden', 'Programmieren lernen', 'ich habe das Abitur', 'ich komme gut zurecht',
    'nur mein Handy', 'zehn Stunden pro Woche', 'ich wohne in Gent'],
};

/** Options as a text-only channel lists them: a turn also tries the answer as a choice among them. */
export const OPTIONS: Record<string, SlotOption[]> = {
  fr: [{ value: 'more', label: 'Voir plus' }, { value: 'restart', label: 'Recommencer' }, { value: 'human', label: 'Parler à un conseiller' }],
  en: [{ value: 'more', label: 'See more' }, { value: 'restart', label: 'Start again' }, { value: 'human', label: 'Talk to an advisor' }],
  es: [{ value: 'more', label: 'Ver más' }, { value: 'restart', label: 'Empezar de nuevo' }, { value: 'human', label: 'Hablar con un asesor' }],
  de: [{ value: 'more', label: 'Mehr sehen' }, { value: 'restart', label: 'Neu beginnen' }, { value: 'human', label: 'Mit einer Beraterin sprechen' }],
};

/** What the orientation engine asks of `Understanding` for one message answering `slot`. */
export function turn(u: Understanding, text: string, lang: string, slot: SlotId): void {
  u.detectLanguage(text, Object.keys(ANSWERS));
  u.intent(text, lang, { slot });
  u.answer(slot, text, lang, OPTIONS[lang]);
  u.extract(text, lang);
  u.choose(text, lang, OPTIONS[lang]);
}

/**
 * Distinct messages of a conversation in every language: each answer alone, each answer followed by another
 * one of the same language ("j'ai le bac, dix heures par semaine"), and everything said in one message.
 */
export function conversations(): Array<{ text: string; lang: string; slot: SlotId }> {
  const all: Array<{ text: string; lang: string; slot: SlotId }> = [];
  for (const [lang, answers] of Object.entries(ANSWERS)) {
    answers.forEach((text, i) => {
      all.push({ text, lang, slot: SLOTS[i] });
      answers.forEach((other, j) => { if (j !== i) all.push({ text: `${text}, ${other}`, lang, slot: SLOTS[i] }); });
    });
    all.push({ text: answers.join(', '), lang, slot: SLOTS[0] });
  }
  return all;
}
