import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { loadKnowledge } from '../../bot/adapters/knowledgeFiles';
import { itemView, type ItemLookup } from '../../dialogs/cards/itemView';
import { Renderer } from '../../dialogs/renderer';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';

/** Issue 8, item 1: a place is shown with what a person needs to go there, in their language. */
describe('A support place as shown: address, opening hours, phone, a map, in the person\'s language', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const translations = new Translations(path.join(ROOT, 'locales'));
  const kb = loadKnowledge(path.join(ROOT, 'knowledge'), translations.languages);
  const lookup: ItemLookup = {
    course: (id) => kb.courses.find((c) => c.id === id), support: (id) => kb.support.find((s) => s.id === id),
    agency: (id) => kb.agencies.find((a) => a.id === id), agencySearch: () => undefined,
  };
  const maks: RecommendationItem = { id: 'bru-maks-computer-rooms', kind: 'support', topics: ['digital-basics'], fields: [], languages: ['nl', 'fr'], score: 90, reasons: [{ code: 'device' }] };

  for (const [lang, hours] of [['en', 'Monday–Friday 9:00–17:00'], ['es', 'de lunes a viernes'], ['de', 'Montag–Freitag'], ['nl', 'maandag–vrijdag'], ['fr', 'lundi–vendredi']]) {
    it(`when a ${lang} reader gets the Anderlecht computer rooms, then the address, the hours in ${lang} and a map of the address are shown`, () => {
      const view = itemView(maks, lookup, translations.getT(lang), lang, (id) => id)!;
      expect(view.text).to.include('Brogniezstraat 54, 1070 Anderlecht');
      expect(view.text).to.include(hours);
      expect(view.map?.url).to.equal('https://www.openstreetmap.org/search?query=Brogniezstraat%2054%2C%201070%20Anderlecht');
      expect(view.map?.label).to.equal(translations.getT(lang)('recommend:card.map'));
    });
  }

  it('when a place has no published phone or hours, then nothing is guessed: no phone line, no hours line', () => {
    const view = itemView({ ...maks, id: 'bru-cite-des-metiers' }, lookup, translations.getT('en'), 'en', (id) => id)!;
    expect(view.text).to.not.match(/Phone|Opening hours/i);
  });

  // rec26: the EPN of Brussels, Wallonia's network and France's digital advisers have no address in the knowledge; their
  // card said nothing of where to go
  it('when a public digital space has no known address, then its card says so and where to look, in each of the six languages, with no map', () => {
    for (const id of ['bru-epn-label', 'wal-epn-wallonie', 'fr-conseillers-numeriques']) {
      for (const lang of translations.languages) {
        const t = translations.getT(lang);
        const view = itemView({ ...maks, id }, lookup, t, lang, (x) => x)!;
        const place = kb.support.find((s) => s.id === id)!;
        expect(place.address ?? null, id).to.equal(null);
        expect(view.text.split('\n'), `${id} ${lang}`).to.include(t(place.phone ? 'recommend:card.addressUnknownCall' : 'recommend:card.addressUnknownSite'));
        expect(view.text.split('\n').every((line) => line.trim() !== ''), `${id} ${lang}: no empty line`).to.equal(true);
        expect(view.url, id).to.equal(place.url);
        expect(view.map, id).to.equal(undefined);
      }
    }
    // (a place with its address says it, not that it is unknown)
    expect(itemView(maks, lookup, translations.getT('fr'), 'fr', (x) => x)!.text).to.not.include(translations.getT('fr')('recommend:card.addressUnknownSite'));
  });

  it('when the channel shows only text (SMS, WhatsApp through a gateway), then the place\'s address and its map link are in the message', () => {
    const renderer = new Renderer(lookup);
    const [message] = renderer.render([{ type: 'recommend', items: [maks], match: 'partial' }], {
      t: translations.getT('fr'), lang: 'fr', channelId: 'sms', profile: {}, topicLabel: (id) => id,
    });
    expect(message.text).to.include('Brogniezstraat 54, 1070 Anderlecht');
    expect(message.text).to.include('https://www.openstreetmap.org/search?query=');
  });
  // found chatting: the answers to "c'est gratuit ?" and "on a un certificat ?" say each proposal tells it; the cards did not
  it('when a course is shown, then its card says what it costs and whether it gives a certificate, in the reader\'s language', () => {
    const course = (id: string): RecommendationItem => ({ id, kind: 'course', topics: [], fields: [], languages: ['fr'], score: 50, reasons: [] });
    const fr = translations.getT('fr');
    expect(itemView(course('oc-comprendre-le-web'), lookup, fr, 'fr', (id) => id)!.subtitle).to.include('gratuit').and.include('certificat de réussite');
    expect(itemView(course('pix-competences-numeriques'), lookup, fr, 'fr', (id) => id)!.subtitle).to.include('certificat reconnu');
    expect(itemView(course('lbc-les-bons-clics'), lookup, fr, 'fr', (id) => id)!.subtitle).to.include('sans certificat');
    expect(itemView(course('coursera-google-data-analytics'), lookup, translations.getT('es'), 'es', (id) => id)!.subtitle).to.include('de pago');
  });

  // found by a tester: "durée non indiquée" on most cards said nothing useful
  it('when a course\'s duration is not known, then its card says nothing of it', () => {
    const course = (id: string): RecommendationItem => ({ id, kind: 'course', topics: [], fields: [], languages: ['fr'], score: 50, reasons: [] });
    const unknown = kb.courses.find((c) => c.durationHours === null)!;
    for (const lang of translations.languages) {
      const subtitle = itemView(course(unknown.id), lookup, translations.getT(lang), lang, (id) => id)!.subtitle;
      expect(subtitle.split(' · ')[0], lang).to.equal(unknown.provider);
      expect(subtitle, lang).to.not.match(/non indiquée|not given|no indicada|nicht angegeben|niet vermeld|net uginn/i);
    }
  });
});
