import type { Lang } from '../profile/profile';
import type { Lexicons } from '../understanding';
import { fold } from '../understanding/text/fold';
import type { CourseLanguagesPort } from './ports';

/**
 * What a question about the courses' language needs: the languages a message names ("zijn die cursussen in het
 * Nederlands?", "do you have courses in Ukrainian?"), read with the names of the lexicons (each lexicon's names of
 * every language, and every language's own name), and how many courses of the catalogue are taught in one.
 *
 * @remarks Names are matched as whole words, accents and case aside, longest first ("the english language" before
 * "english"). Only languages the bot can name back (`nameable`) are read.
 */
export class CourseLanguages implements CourseLanguagesPort {
  private readonly names = new Map<Lang, Array<{ code: Lang; pattern: RegExp }>>();

  constructor(lexicons: Lexicons, private readonly taught: ReadonlyMap<Lang, number>, nameable: (code: Lang) => boolean) {
    const endonyms = Object.values(lexicons).map((lex): [Lang, string[]] => [lex.language, lex.languageNames[lex.language] ?? []]);
    for (const [lang, lexicon] of Object.entries(lexicons)) {
      const pairs = [...Object.entries(lexicon.languageNames), ...endonyms]
        .filter(([code]) => nameable(code))
        .flatMap(([code, list]) => list.map((name) => ({ code, name: fold(name).trim() })))
        .filter(({ name }) => name.length > 0)
        .sort((a, b) => b.name.length - a.name.length);
      this.names.set(lang, pairs.map(({ code, name }) => ({ code, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u') })));
    }
  }

  /** The languages named, in the order they come in the message. */
  named(text: string, lang: Lang): Lang[] {
    const folded = fold(text);
    const found: Array<{ code: Lang; at: number }> = [];
    for (const { code, pattern } of this.names.get(lang) ?? []) {
      const match = pattern.exec(folded);
      if (match) found.push({ code, at: match.index });
    }
    return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];
  }

  courseCount(code: Lang): number {
    return this.taught.get(code) ?? 0;
  }
}

/** How many courses are taught in each language. */
export function coursesByLanguage(courses: ReadonlyArray<{ taughtIn: readonly Lang[] }>): Map<Lang, number> {
  const counts = new Map<Lang, number>();
  for (const course of courses) for (const code of new Set(course.taughtIn)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
