import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { profileSummary } from '../../dialogs/renderer';

/**
 * Found by a black-box tester (qa24 q19): people in Eupen or Kelmis read "Wallonie" / "Wallonien" in their summary. The
 * German-speaking Community is counted in the region BE-WAL (the corpus convention) but has its own services; the summary
 * names it, in every language, and Wallonia stays Wallonia for everyone else.
 */
describe('The profile summary line: the German-speaking Community of Belgium', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const summary = (lang: string, profile: Parameters<typeof profileSummary>[0]) =>
    profileSummary(profile, { t: translations.getT(lang), lang, channelId: 'webchat', profile, topicLabel: (id) => id });

  it('when the place named lies in Ostbelgien, then the summary names the German-speaking Community, not Wallonia', () => {
    for (const lang of translations.languages) {
      const text = summary(lang, { region: 'BE-WAL', area: 'ostbelgien' });
      expect(text, lang).to.equal(translations.getT(lang)('profile:summary.area.ostbelgien'));
      expect(text, lang).to.not.equal(translations.getT(lang)('profile:options.region.BE-WAL'));
    }
    expect(summary('de', { region: 'BE-WAL', area: 'ostbelgien' })).to.match(/^Ostbelgien/);
    expect(summary('fr', { region: 'BE-WAL' })).to.equal(translations.getT('fr')('profile:options.region.BE-WAL'));
  });
});
