import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';
import { strongestReasons } from '../../bot/domain/recommend/reasonStrength';
import type { Reason } from '../../bot/domain/recommend/reasons';

/**
 * The course of their region's language offered to a graduate who chose to chat in another (rec17) says why, and only
 * that: "you chose to talk in English; French is much used at work in Brussels", not that it is help for any job.
 */
describe('Reason text: the course of the region\'s language offered to one who chose another language', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const REGIONS = ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR'];
  const LANGS = ['fr', 'en', 'es', 'de', 'nl', 'lb'];

  it('when the reason names the language chosen and the region, then the line says both, in every language, with no colon of its own', () => {
    for (const lang of LANGS) {
      const t = translations.getT(lang);
      for (const region of REGIONS) {
        const text = reasonText([{ code: 'local-language', params: { language: 'nl', chat: lang, region } }], t, (id) => id, lang);
        expect(text, `${lang} ${region}`).to.contain(t('recommend:languageName.nl')).and.contain(t(`recommend:languageName.${lang}`))
          .and.contain(t(`recommend:regionIn.${region}`));
        expect(text, `${lang} ${region}`).to.not.contain('{{').and.not.contain('regionIn');
        expect(t('recommend:card.why', { reasons: text }).split(':'), lang).to.have.length(2);
      }
    }
    expect(reasonText([{ code: 'local-language', params: { language: 'fr', chat: 'en', region: 'BE-BRU' } }], translations.getT('en'), (id) => id, 'en'))
      .to.equal('you chose to talk in English; French is much used at work in Brussels');
  });

  it('when the course also comes labelled as help for any job and in another language, then why it is offered is said first, then the warning', () => {
    const reasons: Reason[] = [{ code: 'any-job' }, { code: 'level' }, { code: 'other-language', params: { langs: 'fr' } },
      { code: 'local-language', params: { language: 'fr', chat: 'en', region: 'BE-BRU' } }, { code: 'free', params: { region: 'BE-BRU' } }];
    expect(strongestReasons(reasons).map((r) => r.code)).to.deep.equal(['local-language', 'other-language']);
  });
});
