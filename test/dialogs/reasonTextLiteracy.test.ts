import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';

/**
 * A place that teaches reading and writing, offered to one with little schooling who never asked for it, says it is there
 * if they wish (QA round 16, R5: Lire et Écrire came second to a mason who never spoke of reading, "ils aident à débuter
 * avec l'ordinateur").
 */
describe('Reason text: a literacy place offered as an option', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  it('when a literacy place is an option, then its reason says so first, in every language, and not that it helps with computers', () => {
    for (const lang of ['fr', 'en', 'es', 'de', 'nl', 'lb']) {
      const t = translations.getT(lang);
      const text = reasonText([{ code: 'literacy' }, { code: 'near-you', params: { region: 'BE-WAL' } }, { code: 'free', params: { region: 'BE-WAL' } }], t, (id) => id, lang, 'support');
      expect(text.startsWith(t('recommend:reasonSupport.literacy')), `${lang}: ${text}`).to.equal(true);
      expect(text, lang).to.not.contain(t('recommend:reasonSupport.inclusion-first'));
    }
    expect(reasonText([{ code: 'literacy' }], translations.getT('fr'), (id) => id, 'fr', 'support')).to.equal('si vous le souhaitez, ils aident à lire, écrire et compter');
  });
});
