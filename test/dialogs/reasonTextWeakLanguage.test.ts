import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';
import { strongestReasons } from '../../bot/domain/recommend/reasonStrength';
import type { Reason } from '../../bot/domain/recommend/reasons';

/**
 * A course of a language of the region the person said they speak poorly says so, and only so (QA round 16, R1): "you said
 * your French is not strong yet", not that it is "an official language of your region".
 */
describe('Reason text: a course of a language the person said they speak poorly', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const LANGS = ['fr', 'en', 'es', 'de', 'nl', 'lb'];

  it('when the reason is for a language they said is weak, then it names that language, says they said so, in every language, with no colon of its own', () => {
    for (const lang of LANGS) {
      const t = translations.getT(lang);
      const text = reasonText([{ code: 'local-language', params: { language: 'fr', said: 1 } }], t, (id) => id, lang);
      expect(text, lang).to.equal(t('recommend:reason.local-language-said', { language: t('recommend:languageName.fr') }));
      expect(text, lang).to.contain(t('recommend:languageName.fr'));
      expect(t('recommend:card.why', { reasons: text }).split(':'), lang).to.have.length(2);
    }
    expect(reasonText([{ code: 'local-language', params: { language: 'fr', said: 1 } }], translations.getT('en'), (id) => id, 'en'))
      .to.equal('you said your French is not strong yet');
  });

  it('when such a course also comes labelled as help for any job, with its description in another language, then what they said is still said first (lb)', () => {
    const reasons: Reason[] = [{ code: 'any-job' }, { code: 'level' }, { code: 'not-translated', params: { language: 'fr' } },
      { code: 'local-language', params: { language: 'fr', said: 1 } }, { code: 'free', params: { region: 'LU' } }];
    expect(strongestReasons(reasons).map((r) => r.code)).to.deep.equal(['local-language', 'not-translated']);
    const t = translations.getT('lb');
    expect(reasonText(reasons, t, (id) => id, 'lb')).to.match(new RegExp(`^${t('recommend:reason.local-language-said', { language: t('recommend:languageName.fr') })}`));
    // …and other help for any job keeps its label first
    expect(strongestReasons([{ code: 'any-job' }, ...reasons.slice(1, 3)]).map((r) => r.code)).to.deep.equal(['any-job', 'not-translated']);
  });

  it('when the reason is for a language of the region they did not choose, then it still says it is an official language of their region', () => {
    const t = translations.getT('en');
    expect(reasonText([{ code: 'local-language', params: { language: 'fr', languages: 'fr' } }], t, (id) => id, 'en')).to.equal(t('recommend:reason.local-language', { language: 'French' }));
  });
});
