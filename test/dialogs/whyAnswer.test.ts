import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { loadKnowledge } from '../../bot/adapters/knowledgeFiles';
import type { ItemLookup } from '../../dialogs/cards/itemView';
import { Renderer } from '../../dialogs/renderer';

/** qa22 q04: "why the first one?" after the list is answered with that item's Why line, in the person's language. */
describe('The answer to "why this one?": the item\'s Why line, numbered', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const translations = new Translations(path.join(ROOT, 'locales'));
  const kb = loadKnowledge(path.join(ROOT, 'knowledge'), translations.languages);
  const lookup: ItemLookup = {
    course: (id) => kb.courses.find((c) => c.id === id), support: (id) => kb.support.find((s) => s.id === id),
    agency: (id) => kb.agencies.find((a) => a.id === id), agencySearch: () => undefined,
  };

  for (const lang of ['fr', 'en', 'es', 'de', 'nl', 'lb']) {
    it(`when the reasons of item 2 are asked in ${lang}, then its number and its Why line are said`, () => {
      const t = translations.getT(lang);
      const [message] = new Renderer(lookup).render([{ type: 'why', number: 2, reasons: [{ code: 'free' }], kind: 'course', languages: [lang] }], {
        t, lang, channelId: 'webchat', profile: {}, topicLabel: (id) => id,
      });
      expect(message.text).to.include('2');
      expect(message.text).to.include(t('recommend:card.why', { reasons: '' }).replace(/[ .]+$/, ''));
      expect(message.text).to.include(t('recommend:reason.free').replace(/\{\{.*$/, '').trim().slice(0, 10));
    });
  }
});
