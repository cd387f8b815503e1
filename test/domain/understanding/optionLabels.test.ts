import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../../bot/adapters/i18n';
import { SlotOptions } from '../../../bot/domain/orientation/slotOptions';
import type { SlotId } from '../../../bot/domain/profile/profile';
import { readKnowledge, useUnderstanding } from './fixture';

/** The profile keys the answer to each question may fill. */
const FILLS: Partial<Record<SlotId, string[]>> = {
  goal: ['goal', 'interest'], interest: ['interest', 'field', 'trade', 'learnLanguages', 'goal'], qualification: ['eqfLevel'],
  digitalSkills: ['digitalSkills'], equipment: ['equipment'], availability: ['hoursPerWeek'], region: ['region'],
};

/**
 * A button's label, typed back or sent as text by a channel, answers its question and says nothing else (found by the
 * browser test, tenth session: "Fin du secondaire (CESS, ou bac en France et au Luxembourg)" set the region France,
 * so the place was never asked).
 */
describe('Option labels typed back answer their question only (every locale)', function () {
  this.timeout(60000);
  const u = useUnderstanding();
  const translations = new Translations(path.join(__dirname, '..', '..', '..', 'locales'));
  const options = new SlotOptions((lang, key) => translations.getT(lang)(key), readKnowledge().topics, translations.languages,
    ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR']);
  for (const lang of translations.languages) {
    it(`when a ${lang} option label is sent as text, then it fills only what its question asks`, () => {
      for (const [slot, keys] of Object.entries(FILLS) as Array<[SlotId, string[]]>) {
        const shown = options.for(slot, lang);
        for (const option of shown) {
          const read = u().understand(option.label, lang, { pending: slot, options: shown });
          const others = Object.keys(read.slots).filter((k) => !keys.includes(k));
          expect(others, `${slot}: "${option.label}" → ${JSON.stringify(read.slots)}`).to.deep.equal([]);
        }
      }
    });
  }
});
