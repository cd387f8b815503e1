import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';
import { strongestReasons } from '../../bot/domain/recommend/reasonStrength';
import type { Reason, RecommendationItem } from '../../bot/domain/recommend/reasons';
import { Renderer } from '../../dialogs/renderer';
import { realRecommender } from '../helpers/realCatalogue';

/** The reason "it is in your language" names the language the course is in, which may be another one the person reads. */
describe('Reason text: the language a course is in', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const topic = (id: string): string => id;

  it('when a Luxembourgish speaker is shown a German course, then the reason says it is in German, not in Luxembourgish', () => {
    const text = reasonText([{ code: 'language', params: { lang: 'de' } }], translations.getT('lb'), topic, 'lb');
    expect(text).to.contain(translations.getT('lb')('recommend:languageName.de'));
    expect(text).to.not.contain(translations.getT('lb')('recommend:languageName.lb'));
  });

  it('when a French speaker is shown a French course, then the reason says French', () => {
    const text = reasonText([{ code: 'language', params: { lang: 'fr' } }], translations.getT('fr'), topic, 'fr');
    expect(text).to.contain(translations.getT('fr')('recommend:languageName.fr'));
  });
});

/** Found by a tester (issue 5): texts that read badly once put together. */
describe('Reason text: wording as it is read', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const topic = (id: string): string => id;
  const LANGS = ['fr', 'en', 'es', 'de', 'nl', 'lb'];

  it('when a course is only in other languages, then they are listed as the language writes a list ("francés, neerlandés, inglés y alemán")', () => {
    const text = reasonText([{ code: 'other-language', params: { langs: 'fr,nl,en,de' } }], translations.getT('es'), topic, 'es');
    expect(text).to.contain('francés, neerlandés, inglés y alemán');
  });

  it('when the reasons follow "Why:", then no reason adds a colon of its own in any language ("Pourquoi : on y apprend : …")', () => {
    for (const lang of LANGS) {
      const t = translations.getT(lang);
      const text = t('recommend:card.why', { reasons: reasonText([{ code: 'interest', params: { topic: 'basic-skills' } }], t, topic, lang, 'support') });
      expect(text.split(':'), text).to.have.length(2);
    }
  });

  it('when a course takes about one week, then Spanish says it without "unas 1 semana"', () => {
    const text = reasonText([{ code: 'time', params: { weeks: 1 } }], translations.getT('es'), topic, 'es');
    expect(text).to.not.match(/unas 1\b/);
    expect(text).to.contain('1 semana');
  });
});

describe('Reason text: a course in several languages', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  it('when a course is in the reader\'s language and others, then its reason says so, as "are these in Dutch?" counts them (Duolingo)', () => {
    const t = translations.getT('en');
    const text = reasonText([{ code: 'language', params: { lang: 'en' } }], t, (id) => id, 'en', 'course', ['fr', 'en', 'es', 'de', 'nl']);
    expect(text).to.equal('it is in English (also in 4 other languages)');
    expect(reasonText([{ code: 'language', params: { lang: 'en' } }], t, (id) => id, 'en', 'course', ['en'])).to.equal('it is in English');
  });
});

/**
 * The certificate reason says what the course gives (found by a tester, issue 8: "je krijgt een certificaat" over a
 * "bewijs van deelname", "Dir kritt en Zertifikat" over a Participatiounsattest).
 */
describe('Reason text: the certificate a course gives', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  for (const lang of ['fr', 'en', 'es', 'de', 'nl', 'lb']) {
    it(`when a course gives a proof of attendance or a recognised certificate (${lang}), then its reason names that, as its card does`, () => {
      const t = translations.getT(lang);
      for (const kind of ['attestation', 'certificate-of-achievement', 'state-recognised']) {
        const text = reasonText([{ code: 'certification', params: { kind } }], t, (id) => id, lang);
        expect(text.toLowerCase(), `${lang} ${kind}`).to.contain(t(`recommend:card.certificate.${kind}`).toLowerCase());
      }
      expect(reasonText([{ code: 'certification', params: { kind: 'attestation' } }], t, (id) => id, lang)).to.not.equal(t('recommend:reason.certification'));
    });
  }
});

// found by a tester: "Pourquoi" lines of six clauses ("elle porte sur Langues, elle est adaptée à votre niveau, elle est en
// français, elle est gratuite pour vous, vous pouvez la finir en environ 3 semaines…"), hard to read on a phone
describe('Reason text: short, the strongest reasons, topics in lower case', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const LABELS: Record<string, Record<string, string>> = {
    languages: { fr: 'Langues', en: 'Languages', es: 'Idiomas', de: 'Sprachen', nl: 'Talen', lb: 'Sproochen' },
  };
  const many: Reason[] = [
    { code: 'interest', params: { topic: 'languages' } }, { code: 'level' }, { code: 'language', params: { lang: 'fr' } },
    { code: 'free', params: { region: 'BE-BRU' } }, { code: 'time', params: { weeks: 3 } }, { code: 'field', params: { field: 'D' } },
  ];

  it('when a course has six reasons, then two are said, the ones that weigh most in the score (topic and field), in every language', () => {
    expect(strongestReasons(many).map((r) => r.code)).to.deep.equal(['interest', 'field']);
    for (const lang of ['fr', 'en', 'es', 'de', 'nl', 'lb']) {
      const t = translations.getT(lang);
      const text = reasonText(many, t, (id) => LABELS[id][lang], lang);
      expect(text, lang).to.not.contain(t('recommend:reason.free'));
      expect(text, lang).to.not.contain(t('recommend:reason.level'));
      expect(text, lang).to.contain(t('profile:fields.D'));
    }
  });

  it('when a reason warns (only in another language, below their level), then the strongest one is said beside the strongest reason', () => {
    const warned: Reason[] = [...many.slice(0, 2), { code: 'other-language', params: { langs: 'en' } }, ...many.slice(3)];
    expect(strongestReasons(warned).map((r) => r.code)).to.deep.equal(['interest', 'other-language']);
    expect(strongestReasons([...warned, { code: 'below-level' }]).map((r) => r.code)).to.deep.equal(['interest', 'below-level']);
    // help shown when nothing fits keeps its label first
    expect(strongestReasons([{ code: 'any-job' }, ...warned]).map((r) => r.code)).to.deep.equal(['any-job', 'other-language']);
    expect(strongestReasons([{ code: 'any-job' }, ...many]).map((r) => r.code)).to.deep.equal(['any-job', 'interest']);
    // a language course names what it teaches rather than "languages"
    expect(strongestReasons([many[0], { code: 'teaches', params: { languages: 'nl' } }, { code: 'other-language', params: { langs: 'en' } }, many[3]])
      .map((r) => r.code)).to.deep.equal(['teaches', 'other-language']);
  });

  it('when a topic is named inside the sentence, then it is in lower case where the language writes it so (German and Luxembourgish nouns keep their capital)', () => {
    const expected: Record<string, string> = { fr: 'langues', en: 'languages', es: 'idiomas', nl: 'talen', de: 'Sprachen', lb: 'Sproochen' };
    for (const lang of Object.keys(expected)) {
      const t = translations.getT(lang);
      for (const kind of ['course', 'support'] as const) {
        const text = reasonText([{ code: 'interest', params: { topic: 'languages' } }], t, (id) => LABELS[id][lang], lang, kind);
        expect(text, `${lang} ${kind}`).to.contain(expected[lang]);
        if (!['de', 'lb'].includes(lang)) expect(text, `${lang} ${kind}`).to.not.contain(LABELS.languages[lang]);
      }
    }
    expect(reasonText([{ code: 'interest', params: { topic: 'languages' } }], translations.getT('fr'), (id) => LABELS[id].fr, 'fr')).to.equal("c'est une formation en langues");
    // an acronym keeps its capitals
    expect(reasonText([{ code: 'interest', params: { topic: 'x' } }], translations.getT('en'), () => 'UX design', 'en')).to.equal('it is about UX design');
  });
});

/** Found by testers (issue 8): a florist's list said "for jobs in sales, retail, …" on every line. */
describe('Reason text: the Why lines of a list shown together', function () {
  this.timeout(60000);
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const { recommender, kb } = realRecommender();
  const renderer = new Renderer({
    course: (id) => recommender.course(id), support: (id) => recommender.support(id),
    agency: (id) => kb.agencies.find((a) => a.id === id), agencySearch: (id) => recommender.agencySearch(id),
  });
  const course = (id: string, reasons: Reason[]): RecommendationItem => ({ id, kind: 'course', topics: [], fields: ['D'], languages: ['en'], score: 50, reasons });
  const items: RecommendationItem[] = [
    course('trailhead-customer-service-communication', [{ code: 'field', params: { field: 'D' } }, { code: 'level' }]),
    course('saylor-customer-service', [{ code: 'field', params: { field: 'D' } }, { code: 'level' }, { code: 'free', params: { region: 'BE-WAL' } }]),
    course('webucator-customer-service-tutorial', [{ code: 'field', params: { field: 'D' } }, { code: 'other-language', params: { langs: 'en' } }]),
  ];

  for (const lang of ['fr', 'en', 'es', 'de', 'nl', 'lb']) {
    it(`[${lang}] when three courses of the person's field are listed, then the field is named on one line, the others say their own reason or "this field too"`, () => {
      const t = translations.getT(lang);
      const [message] = renderer.render([{ type: 'recommend', items, match: 'good' }], { t, lang, channelId: 'sms', profile: { region: 'BE-WAL' }, topicLabel: (id) => id });
      const text = String(message.text);
      const label = t('profile:fields.D');
      expect(text.split(label).length - 1, text).to.equal(1);
      expect(text, text).to.contain(t('recommend:reason.fieldAgain'));
      // (a warning is a sentence of its own, capitalised: qa20 T4)
      expect(text.toLowerCase(), text).to.contain(t('recommend:reason.other-language', { languages: t('recommend:languageName.en') }).toLowerCase());
    });
  }
});
