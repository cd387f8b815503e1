import type { Moves } from './moves';
import type { Output } from './outputs';
import type { Session } from './session';

/**
 * The answer to "zijn die cursussen in het Nederlands?", "do you have courses in Ukrainian?": after a list, whether
 * the suggestions shown are in the language named (all, which ones, or none); before one, how many courses are taught
 * in it (none: said plainly). Without a language named, the general answer. (Found chatting: "I show courses in your
 * language first" was said when none shown was in Dutch.)
 */
export function languageAnswer(m: Moves, session: Session, text: string): Output {
  const [language] = m.deps.courseLanguages.named(text, session.language!);
  if (!language) return { type: 'say', key: 'common:answers.language' };
  const shown = session.stage === 'recommended' ? session.lastItems ?? [] : [];
  const count = m.deps.courseLanguages.courseCount(language);
  if (shown.length > 0 && shown.every((item) => item.languages)) {
    // numbered as shown: "numbers 2, 4"
    const numbers = shown.flatMap((item, i) => (item.languages!.includes(language) ? [i + 1] : []));
    if (numbers.length === shown.length) return { type: 'say', key: 'common:answers.languageAll', params: { language } };
    if (numbers.length > 0) return { type: 'say', key: 'common:answers.languageSome', params: { language, numbers: numbers.join(', '), count: numbers.length } };
    return { type: 'say', key: count > 0 ? 'common:answers.languageNone' : 'common:answers.languageNoCourse', params: { language } };
  }
  return count > 0 ? { type: 'say', key: 'common:answers.languageCount', params: { language, count } }
    : { type: 'say', key: 'common:answers.languageNoCourse', params: { language } };
}
