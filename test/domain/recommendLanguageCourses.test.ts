import path from 'node:path';
import { expect } from 'chai';
import type { Field, Profile, Region } from '../../bot/domain/profile/profile';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { warmUp } from '../../bot/domain/understanding';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';
import { realRecommender } from '../helpers/realCatalogue';
import { converse, recommended } from '../helpers/engineFixture';

const codes = (i: RecommendationItem): string[] => i.reasons.map((r) => r.code);

/**
 * A language course ranks below the courses of the person's trade unless they asked to learn a language (or basic
 * skills). Found by a tester: an English-speaking cook in France saw Duolingo above the French cooking MOOC.
 */
describe('Language courses come after the courses of the person\'s trade, unless they asked for a language', function () {
  this.timeout(60000);
  const { recommender, kb } = realRecommender();
  const teaches = (i: RecommendationItem): boolean => i.kind === 'course' && (kb.courses.find((c) => c.id === i.id)?.teaches ?? []).length > 0;
  const ofTheirField = (i: RecommendationItem): boolean => i.kind === 'course' && codes(i).some((c) => c === 'field' || c === 'related' || c === 'interest');
  const cook: Profile = { goal: 'find-job', field: 'G', trade: 'kitchen', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', region: 'FR' };

  const order = (items: RecommendationItem[]): string | undefined => {
    const lastOfField = items.map(ofTheirField).lastIndexOf(true);
    const early = items.findIndex((i, k) => k < lastOfField && teaches(i) && !ofTheirField(i));
    return early >= 0 ? items.map((i) => `${i.id}[${codes(i).join(',')}]`).join(' ') : undefined;
  };

  it('when an English-speaking cook in France looks for work, then the French cooking MOOC comes before Duolingo', () => {
    const items = recommender.recommend(cook, 'en');
    const ids = items.map((i) => i.id);
    expect(ids).to.include('afpa-mooc-cuisine-101-techniques');
    const duolingo = ids.indexOf('duolingo-languages');
    if (duolingo >= 0) expect(duolingo, ids.join(' ')).to.be.greaterThan(ids.indexOf('afpa-mooc-cuisine-101-techniques'));
  });

  it('when a person of a trade in another language than the region\'s asks for no language, then no language course comes before a course of their trade (en, es, de, nl; several trades and regions)', () => {
    const wrong: string[] = [];
    const FIELDS: Array<[Field, string | undefined]> = [['G', 'kitchen'], ['G', undefined], ['D', 'sales'], ['N', 'warehouse'], ['K', 'care'], ['F', 'building'], ['M', 'office']];
    for (const lang of ['en', 'es', 'de', 'nl']) {
      for (const region of ['FR', 'BE-BRU', 'BE-WAL', 'LU', 'BE-VLG'] as Region[]) {
        for (const [field, trade] of FIELDS) {
          for (const equipment of ['computer-and-internet', 'smartphone-only'] as const) {
            const profile: Profile = { ...cook, field, ...(trade ? { trade } : { trade: undefined }), equipment, region };
            const found = order(recommender.recommend(profile, lang));
            if (found) wrong.push(`${lang} ${region} ${field}/${trade} ${equipment}: ${found}`);
          }
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('when the cook asked to learn French (or the topic languages), then the French courses come first, above the cooking MOOC', () => {
    for (const asked of [{ interest: 'languages', learnLanguages: ['fr'] }, { interest: 'languages' }] as Array<Partial<Profile>>) {
      for (const lang of ['en', 'es', 'de']) {
        const items = recommender.recommend({ ...cook, ...asked }, lang);
        expect(teaches(items[0]), `${lang} ${JSON.stringify(asked)}: ${items.map((i) => i.id).join(' ')}`).to.equal(true);
      }
    }
  });

  it('when the cooking MOOC and Duolingo are shown, then the MOOC\'s "Why" names the trade and says it is only in French; Duolingo\'s does not claim the trade', () => {
    const translations = new Translations(path.resolve(__dirname, '../../locales'));
    const FRENCH: Record<string, string> = { en: 'French', es: 'francés', de: 'Französisch' };
    for (const lang of ['en', 'es', 'de']) {
      const t = translations.getT(lang);
      const items = recommender.recommend(cook, lang, { limit: 5 });
      const mooc = items.find((i) => i.id === 'afpa-mooc-cuisine-101-techniques')!;
      const why = reasonText(mooc.reasons, t, (id) => id, lang, 'course', mooc.languages);
      expect(why, lang).to.contain(t('recommend:reason.field', { field: t('profile:fields.kitchen') }));
      // (a warning is a sentence of its own, capitalised: qa20 T4)
      expect(why.toLowerCase(), lang).to.contain(t('recommend:reason.other-language', { languages: FRENCH[lang] }).toLowerCase());
      const more = recommender.recommend(cook, lang, { exclude: new Set(items.map((i) => i.id)) });
      const duolingo = [...items, ...more].find((i) => i.id === 'duolingo-languages');
      if (duolingo) {
        const said = reasonText(duolingo.reasons, t, (id) => id, lang, 'course', duolingo.languages);
        expect(said, lang).to.not.contain(t('recommend:reason.field', { field: t('profile:fields.kitchen') }));
        expect(codes(duolingo), lang).to.not.include('field');
      }
    }
  });

  describe('in a conversation (engine, real understanding)', () => {
    before(() => warmUp());
    it('when an English-speaking cook in Lyon looks for a job in a restaurant kitchen, then no language course comes before the cooking courses', () => {
      const { session, out } = converse('en-GB', ['find a job', 'I am a cook', 'high school diploma', 'I am good with computers', 'laptop and wifi', '10 hours', 'Lyon']);
      expect(session.profile).to.include({ region: 'FR', field: 'G' });
      const items = recommended(out);
      expect(items.map((i) => i.id)).to.include('afpa-mooc-cuisine-101-techniques');
      expect(order(items), items.map((i) => i.id).join(' ')).to.equal(undefined);
    });
  });
});
