import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { profileSummary } from '../../dialogs/renderer';

/**
 * A diploma label from another country in the summary (qa20 T2): a man in Mons who chats in English and said
 * "secondary" read "GCSEs, vocational certificate", England's words, in a Belgian summary.
 */
describe('Profile summary: plain diploma words where the region has none of its own (qa20 T2)', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const summary = (lang: string, profile: Parameters<typeof profileSummary>[0]) =>
    profileSummary(profile, { t: translations.getT(lang), lang, channelId: 'webchat', profile, topicLabel: (id) => id });

  it('when one who chats in English in Wallonia or Brussels has a vocational certificate, then the summary says so in plain words, not "GCSEs"', () => {
    for (const region of ['BE-WAL', 'BE-BRU'] as const) {
      const text = summary('en', { eqfLevel: 3, region });
      expect(text, region).to.not.match(/GCSE/);
      expect(text, region).to.match(/^Vocational certificate/);
    }
  });
});
