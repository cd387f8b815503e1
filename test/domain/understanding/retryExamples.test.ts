import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { SlotId } from '../../../bot/domain/profile/profile';
import { useUnderstanding } from './fixture';

/**
 * A question asked again gives examples of answers ("for example: "not at all", "with some help"…"): each
 * quoted example, in every language, must be understood as an answer to that question. A bot that suggests an
 * answer it then does not understand ("alleen" in Dutch) leaves the person nowhere.
 */
const LOCALES = path.resolve(__dirname, '../../../locales');
const FIELD: Partial<Record<SlotId, string>> = {
  goal: 'goal', interest: 'interest', qualification: 'eqfLevel', digitalSkills: 'digitalSkills', equipment: 'equipment',
  availability: 'hoursPerWeek', region: 'region',
};
const QUOTED = /["«„“]([^"«»„“”]+)["»“”]/g;

describe('Understanding: the examples a question gives when asked again are understood', () => {
  const u = useUnderstanding();
  for (const lang of fs.readdirSync(LOCALES).filter((d) => fs.statSync(path.join(LOCALES, d)).isDirectory())) {
    const ask = JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'profile.json'), 'utf8')).ask as Record<string, string>;
    for (const [slot, field] of Object.entries(FIELD) as Array<[SlotId, string]>) {
      const examples = [...(ask[`${slot}_retry`] ?? '').matchAll(QUOTED)].map((m) => m[1].trim());
      for (const example of examples) {
        it(`when a ${lang} user answers the ${slot} question with its own example "${example}", then it is understood`, () => {
          const read = u().understand(example, lang, { pending: slot });
          expect(read.intent, 'no interruption').to.equal('none');
          expect(read.slots[field as keyof typeof read.slots] !== undefined || read.dontKnow === true, JSON.stringify(read)).to.equal(true);
        });
      }
    }
  }
});
