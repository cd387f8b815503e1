import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { whyLine } from '../../dialogs/reasonText';
import { whyReasons } from '../../bot/domain/recommend/reasonStrength';
import type { Reason, RecommendationItem } from '../../bot/domain/recommend/reasons';

/**
 * The short Why line of a second course for the person's trade names the trade ("it is for your trade too"), not "this
 * field": the first line named the trade ("for jobs in cooking"), so "this field" read as another thing (rec26b). A course
 * of the field open to every trade in it (no `trade` parameter) still says "this field".
 */
describe('Why lines: a second course for the person\'s trade says the trade again (rec26b)', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const LANGS = ['fr', 'en', 'es', 'de', 'nl', 'lb'];
  const course = (reasons: Reason[]): Pick<RecommendationItem, 'kind' | 'reasons'> => ({ kind: 'course', reasons });
  const lines = (lang: string, field: Reason['params']) => {
    const t = translations.getT(lang);
    const items = [course([{ code: 'field', params: field }, { code: 'language', params: { lang } }]),
      course([{ code: 'field', params: field }, { code: 'free', params: { region: 'LU' } }])];
    return { t, why: whyReasons(items).map((r) => whyLine(r, t, (id) => id, lang)) };
  };

  for (const lang of LANGS) {
    it(`${lang}: when both courses train the person's trade, then the second line says "your trade too"`, () => {
      const { t, why } = lines(lang, { field: 'G', trade: 'kitchen' });
      expect(why[1], lang).to.include(t('recommend:reason.fieldTradeAgain'));
      expect(why[1], lang).to.not.include(t('recommend:reason.fieldAgain'));
      expect(t('recommend:reason.fieldTradeAgain'), lang).to.not.equal(t('recommend:reason.fieldAgain'));
    });
    it(`${lang}: when both courses serve the field without naming the trade, then the second line says "this field too"`, () => {
      const { t, why } = lines(lang, { field: 'G' });
      expect(why[1], lang).to.include(t('recommend:reason.fieldAgain'));
    });
  }

  it('the trade is said as such: "your trade", "votre métier"', () => {
    expect(lines('en', { field: 'G', trade: 'kitchen' }).why[1]).to.match(/your trade/);
    expect(lines('fr', { field: 'G', trade: 'kitchen' }).why[1]).to.match(/votre métier/);
  });
});
