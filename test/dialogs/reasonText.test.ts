import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';

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
