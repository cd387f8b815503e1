import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { whyLine } from '../../dialogs/reasonText';
import type { Reason } from '../../bot/domain/recommend/reasons';

/**
 * Why lines a black-box tester found awkward (qa20 T4): a warning alone after "Why:" ("Por qué: atención: solo está en
 * francés.", two colons and no reason), and a warning run on after a label ("ook nuttig naast je beroep, maar het leert het
 * niet, let op: het is alleen in het Frans").
 */
describe('Why lines: a warning is its own sentence (qa20 T4)', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const LANGS = ['fr', 'en', 'es', 'de', 'nl', 'lb'];
  const warning: Reason = { code: 'other-language', params: { langs: 'fr' } };

  it('when only a warning is said of an item, then the line is the warning, capitalised, with no "Why:" and one colon at most', () => {
    for (const lang of LANGS) {
      const t = translations.getT(lang);
      const line = whyLine([warning], t, (id) => id, lang);
      expect(line, lang).to.not.include(t('recommend:card.why', { reasons: '' }).split(':')[0]);
      expect(line.split(':').length, `${lang}: ${line}`).to.be.at.most(2);
      expect(line.charAt(0), `${lang}: ${line}`).to.equal(line.charAt(0).toLocaleUpperCase());
      expect(line.endsWith('.'), `${lang}: ${line}`).to.equal(true);
    }
  });

  it('when a reason and a warning are said, then the warning starts a new sentence after the reason', () => {
    for (const lang of LANGS) {
      const t = translations.getT(lang);
      const line = whyLine([{ code: 'related', params: { field: 'K', again: 1 } }, warning], t, (id) => id, lang);
      const caution = t('recommend:reason.other-language', { languages: t('recommend:languageName.fr') });
      expect(line, lang).to.include(`. ${caution.charAt(0).toLocaleUpperCase()}${caution.slice(1)}`);
      expect(line, lang).to.not.include(`, ${caution}`);
    }
  });
});
