import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';

/** The reason "it is in your language" names the language the course is in, which may be another one the person reads. */
describe('Reason text: the language a course is in', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const topic = (id: string): string => id;

  it('when a Luxembourgish speaker is shown a German course, then the reason says it is in German, not in Luxembourgish', () => {
    const text = reasonText([{ code: 'language', params: { lang: 'de' } }], translations.getT('lb'), topic, 'lb');
    expect(text).to.contain(translations.getT('lb')('recommend:languageName.de'));
    expect(text).to.not.contain(translations.getT('lb')('recommend:languageName.lb'));
  });

  it('when a French speaker is shown a French course, then the reason says French', () => {
    const text = reasonText([{ code: 'language', params: { lang: 'fr' } }], translations.getT('fr'), topic, 'fr');
    expect(text).to.contain(translations.getT('fr')('recommend:languageName.fr'));
  });
});
