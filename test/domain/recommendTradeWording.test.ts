import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { warmUp } from '../../bot/domain/understanding';
import { Renderer } from '../../dialogs/renderer';
import { itemView } from '../../dialogs/cards/itemView';
import { converse, engineFixture } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

/**
 * Found chatting as jobseekers (rec20): a cleaner in Lyon, a childcare worker in Schaerbeek and a security guard in
 * Luxembourg read "job in services to people and the community (care, teaching, law, security, cleaning)" in the summary,
 * in the sentence that says what there is, and in the reasons: their own trade reads better. The whole conversation, as a
 * text channel renders it.
 */
describe('When a person names a trade within a broad field, the replies name the trade (engine, real catalogue, rendered)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const { recommender, kb } = realRecommender();
  const renderer = new Renderer({
    course: (id) => recommender.course(id), support: (id) => recommender.support(id),
    agency: (id) => kb.agencies.find((a) => a.id === id), agencySearch: (id) => recommender.agencySearch(id),
  });

  const CASES: Array<[string, string[], string]> = [
    ['fr-FR', ['bonjour', "je fais du nettoyage, agent d'entretien", 'pas de diplôme', 'pas du tout', 'rien', 'moins de 3 heures', 'Lyon'], 'cleaning'],
    ['fr-BE', ['bonjour', "je voudrais travailler dans la garde d'enfants", 'secondaire inférieur', "avec de l'aide", 'téléphone', '5 heures', 'Schaerbeek'], 'childcare'],
    ['en', ['hello', "I'm a security guard looking for work", 'high school', 'on my own', 'laptop', '10 hours', 'Luxembourg City'], 'security'],
    ['es', ['hola', 'busco trabajo de limpieza', 'ningún título', 'con ayuda', 'solo el móvil', '5 horas', 'Bruselas'], 'cleaning'],
    ['de', ['hallo', 'ich suche Arbeit in der Kinderbetreuung', 'Abitur', 'mit Hilfe', 'nur Handy', '5 Stunden', 'Luxemburg'], 'childcare'],
    ['nl', ['hallo', 'ik zoek werk in de schoonmaak', 'geen diploma', 'met hulp', 'alleen een smartphone', '5 uur', 'Gent'], 'cleaning'],
  ];
  for (const [locale, texts, trade] of CASES) {
    it(`[${locale}] when "${texts[1]}" is said, then the summary and the sentences name ${trade}, never the whole of field K`, () => {
      const { session, out } = converse(locale, texts);
      expect(session.profile, JSON.stringify(session.profile)).to.include({ field: 'K', trade });
      const lang = session.profile.language!;
      const t = translations.getT(lang);
      // (the agency's own search is for the whole field, and says so)
      const shown = out.filter((o) => o.type === 'summary' || o.type === 'say' || o.type === 'recommend')
        .map((o) => (o.type === 'recommend' ? { ...o, items: o.items.filter((i) => i.kind !== 'search') } : o));
      const activities = renderer.render(shown, { t, lang, channelId: 'sms', profile: session.profile, topicLabel: (id) => id });
      const text = activities.map((a) => String(a.text ?? '')).join('\n');
      expect(text, text).to.contain(t(`profile:fields.${trade}`));
      expect(text, text).to.not.contain(t('profile:fields.K'));
    });
  }

  for (const lang of ['fr', 'en', 'es', 'de', 'nl', 'lb']) {
    it(`[${lang}] when an agency's search for a field whose name holds examples in brackets is listed, then its title line has no brackets within brackets`, () => {
      const t = translations.getT(lang);
      for (const id of ['search-bruxelles-formation-k', 'search-bruxelles-formation-d']) {
        const search = { id, kind: 'search' as const, topics: [], fields: [], languages: ['fr'], score: 0, reasons: [] };
        const view = itemView(search, { course: () => undefined, support: () => undefined, agency: () => undefined, agencySearch: (i) => recommender.agencySearch(i) }, t, lang, (x) => x)!;
        expect(`${view.title} (${view.subtitle})`, id).to.not.match(/\([^)]*\(/);
        // (the sentence under it still says the whole field, with its examples)
        expect(view.text, id).to.contain(t(`profile:fields.${id.slice(-1).toUpperCase()}`));
      }
    });
  }
});
