import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { itemView, type ItemLookup } from '../../dialogs/cards/itemView';
import { realRecommender } from '../helpers/realCatalogue';

/** An agency's training search as shown (kind `search`): whose it is, where it leads, in the person's language. */
describe('An agency training search as shown', function () {
  this.timeout(60000);
  const ROOT = path.resolve(__dirname, '../..');
  const translations = new Translations(path.join(ROOT, 'locales'));
  const { recommender, kb } = realRecommender();
  const lookup: ItemLookup = {
    course: (id) => recommender.course(id), support: (id) => recommender.support(id),
    agency: (id) => kb.agencies.find((a) => a.id === id), agencySearch: (id) => recommender.agencySearch(id),
  };
  const shown = (profile: Parameters<typeof recommender.recommend>[0], lang: string) => {
    const search = recommender.recommend(profile, lang).find((i) => i.kind === 'search');
    expect(search, lang).to.not.equal(undefined);
    return itemView(search!, lookup, translations.getT(lang), lang, (id) => id)!;
  };

  // found by a tester: a Dutch speaker in Brussels was pointed to Bruxelles Formation's French-language catalogue
  it('when a Dutch speaker in Brussels gets a training search, then its card names VDAB, in Dutch, and leads to VDAB\'s training database', () => {
    const view = shown({ goal: 'find-job', field: 'H', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', region: 'BE-BRU' }, 'nl');
    expect(view.title).to.equal(translations.getT('nl')('recommend:search.title', { agency: kb.agencies.find((a) => a.id === 'vdab')!.name }));
    expect(view.url).to.match(/^https:\/\/www\.vdab\.be\//);
    expect(`${view.title} ${view.text}`).to.not.match(/Bruxelles Formation/);
  });

  // found by a tester: a German speaker in Eupen got French-only help with no word of it
  it('when a training search is in a language the person does not read, then its card says so in theirs; in their language it says nothing', () => {
    const h = { goal: 'find-job', field: 'H', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet' } as const;
    const names: Record<string, string> = { de: 'Französisch', en: 'French', es: 'francés', nl: 'Frans' };
    for (const lang of ['de', 'en', 'es']) {
      const view = shown({ ...h, region: 'BE-WAL' }, lang);
      expect(view.why, lang).to.contain(names[lang]);
      // (the warning alone, as a sentence: no "Why:" before it, qa20 T4)
      expect(view.why.toLowerCase(), lang).to.contain(translations.getT(lang)('recommend:reason.other-language', { languages: names[lang] }).toLowerCase());
      expect(view.why, lang).to.not.contain(translations.getT(lang)('recommend:card.why', { reasons: '' }).split(':')[0]);
    }
    expect(shown({ ...h, region: 'BE-BRU' }, 'en').why).to.contain('French');
    expect(shown({ ...h, region: 'BE-WAL' }, 'fr').why).to.equal('');
    expect(shown({ ...h, region: 'BE-BRU' }, 'nl').why).to.equal('');
  });

  // found by a tester: a person who named no field got courses of other fields at equal scores; now the agency's whole offer
  it('when a person named no field, then the agency\'s whole offer is shown for every field, in each language', () => {
    for (const lang of translations.languages) {
      const t = translations.getT(lang);
      const view = shown({ goal: 'find-job', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', region: 'FR' }, lang);
      expect(view.subtitle, lang).to.equal(t('recommend:search.allFields'));
      expect(view.text, lang).to.equal(t('recommend:search.textAll', { agency: 'France Travail' }));
      expect(view.url, lang).to.equal('https://candidat.francetravail.fr/formations/recherche');
      // (a Luxembourgish speaker reads French: ALSO_READ)
      const warning = t('recommend:reason.other-language', { languages: t('recommend:languageName.fr') });
      expect(view.why, lang).to.equal(['fr', 'lb'].includes(lang) ? '' : t('recommend:card.note', { reasons: warning.charAt(0).toLocaleUpperCase() + warning.slice(1) }));
    }
  });
});
