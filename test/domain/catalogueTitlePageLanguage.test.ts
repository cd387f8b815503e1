import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

/**
 * A course title says what the course is, not which language its page opens in (found by a tester, qa21 q43: "Santé et
 * sécurité au travail des soignants… (OMS, page en néerlandais, cours aussi en français)" to French and Spanish
 * speakers; the summary says how to choose their language on the page).
 */
describe('Course titles name no page language', () => {
  const { courses } = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../knowledge/courses.json'), 'utf8')) as { courses: Array<{ id: string; title: Record<string, string> }> };

  it('when the WHO course for health workers is titled in French, Spanish or German, then the title names no page in Dutch', () => {
    const who = courses.find((c) => c.id === 'openwho-occupational-health-safety-health-workers')!;
    for (const lang of ['fr', 'es', 'de']) expect(who.title[lang], lang).to.not.match(/néerlandais|neerlandés|Niederländisch/);
  });

  it('when any course title is read, then none says "page in <language>"', () => {
    const said = courses.flatMap((c) => Object.entries(c.title).filter(([, t]) => /\b(page en|página en|Seite auf)\b/i.test(t)).map(([l, t]) => `${c.id} ${l}: ${t}`));
    expect(said).to.deep.equal([]);
  });
});
