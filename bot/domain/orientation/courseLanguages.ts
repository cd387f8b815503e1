import type { Lang } from '../profile/profile';
import type { CourseLanguagesPort, UnderstandingPort } from './ports';

/**
 * What a question about the courses' language needs: the languages a message names ("zijn die cursussen in het
 * Nederlands?", "do you have courses in Ukrainian?"), as the understanding reads them, and how many courses of the
 * catalogue are taught in one.
 *
 * @remarks Only languages the bot can name back (`nameable`) are reported.
 */
export class CourseLanguages implements CourseLanguagesPort {
  constructor(private readonly understanding: Pick<UnderstandingPort, 'languagesNamed'>, private readonly taught: ReadonlyMap<Lang, number>,
    private readonly nameable: (code: Lang) => boolean) {}

  /** The languages named, in the order they come in the message. */
  named(text: string, lang: Lang): Lang[] {
    return this.understanding.languagesNamed(text, lang).filter((code) => this.nameable(code));
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
