import path from 'node:path';
import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import type { Profile } from '../../bot/domain/profile/profile';
import type { CertificationKind, KnowledgeBase } from '../../bot/domain/knowledge/types';
import { Translations } from '../../bot/adapters/i18n';
import { reasonText } from '../../dialogs/reasonText';
import { course, fixtureKnowledge, searchSettings } from '../helpers/fixtureKnowledge';
import { realRecommender } from '../helpers/realCatalogue';

/**
 * A certificate as the goal (found chatting as jobseekers: a mason of 15 years, a cook and an accountant who wanted a
 * certificate got MOOCs that only give a proof of attendance first, as a good match, "vous obtenez une attestation de
 * suivi" among the reasons). A proof of attendance (`attestation`: "attestation de suivi", a certificate of completion
 * with no assessment) certifies nothing: it ranks below a certificate of achievement or a recognised one, it makes no
 * list a good match for that goal, and its reason says it is only that.
 */
describe('Recommendations for a certificate: a proof of attendance is no certificate', function () {
  this.timeout(60000);
  const base: Profile = { goal: 'certify', interest: 'office', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'FR' };

  /** Four office courses alike but for the certificate they give. */
  function alike(): Pick<KnowledgeBase, 'courses' | 'support' | 'topics'> {
    const kb = fixtureKnowledge();
    const kinds: CertificationKind[] = ['attestation', 'certificate-of-achievement', 'state-recognised', 'none'];
    kb.courses = kinds.map((kind) => course(`office-${kind}`, { topics: ['office'], taughtIn: ['fr'], certification: { kind } }));
    return kb;
  }

  it('when courses differ only by their certificate, then a proof of attendance ranks below a certificate of achievement and a recognised one, and no higher than none', () => {
    const r = new Recommender(alike(), ['fr'], searchSettings);
    const items = r.recommendation(base, 'fr').items.filter((i) => i.kind === 'course');
    const score = (kind: string): number => items.find((i) => i.id === `office-${kind}`)!.score;
    expect(score('attestation')).to.be.below(score('certificate-of-achievement'));
    expect(score('attestation')).to.be.below(score('state-recognised'));
    expect(score('attestation')).to.be.at.most(score('none'));
    expect(items.map((i) => i.id).indexOf('office-attestation')).to.be.above(items.map((i) => i.id).indexOf('office-certificate-of-achievement'));
  });

  it('when only courses giving a proof of attendance serve the topic, then the list is no good match for a certificate; with a certificate of achievement it is', () => {
    const kb = alike();
    const attendance = new Recommender({ ...kb, courses: kb.courses.filter((c) => c.certification.kind === 'attestation') }, ['fr'], searchSettings);
    expect(attendance.recommendation(base, 'fr').match).to.equal('partial');
    const achievement = new Recommender({ ...kb, courses: kb.courses.filter((c) => c.certification.kind === 'certificate-of-achievement') }, ['fr'], searchSettings);
    expect(achievement.recommendation(base, 'fr').match).to.equal('good');
  });

  // found chatting: "je suis cuisinier et je veux obtenir un certificat", "ik wil een certificaat in boekhouding",
  // "I am an accountant and I want a certificate in bookkeeping" were each answered as a good match with proofs of attendance
  const PEOPLE: Array<[string, string, Profile]> = [
    ['a cook in Brussels', 'fr', { ...base, interest: undefined, field: 'G', trade: 'kitchen', region: 'BE-BRU' }],
    ['an accountant in Ghent', 'nl', { ...base, field: 'M', trade: 'office', eqfLevel: 4, region: 'BE-VLG' }],
    ['an accountant in Brussels', 'en', { ...base, field: 'M', trade: 'office', eqfLevel: 4, region: 'BE-BRU' }],
  ];
  for (const [who, lang, profile] of PEOPLE) {
    it(`when ${who} (${lang}) wants a certificate and the first courses only give a proof of attendance, then the match is not good`, () => {
      const { recommender, kb } = realRecommender();
      const { match, items } = recommender.recommendation(profile, lang);
      const first = items.filter((i) => i.kind === 'course').slice(0, 3);
      const assessed = first.some((i) => ['certificate-of-achievement', 'state-recognised'].includes(kb.courses.find((c) => c.id === i.id)!.certification.kind));
      const shown = `${match}: ${items.map((i) => i.id).join(' ')}`;
      if (!assessed) expect(match, shown).to.not.equal('good');
      // …and a course with a certificate of achievement for them comes before one with a proof of attendance
      const kindAt = items.map((i) => kb.courses.find((c) => c.id === i.id)?.certification.kind);
      const lastAssessed = kindAt.lastIndexOf('certificate-of-achievement');
      const firstAttendance = kindAt.indexOf('attestation');
      if (lastAssessed >= 0 && firstAttendance >= 0 && items[lastAssessed].reasons.some((r) => r.code === 'field')) expect(lastAssessed, shown).to.be.below(firstAttendance);
    });
  }
});

/** The reason of a course that gives only a proof of attendance, to one who wants a certificate, says it is only that. */
describe('Reason text: a proof of attendance, to one who wants a certificate', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  // the word each language says "only" with
  const ONLY: Record<string, RegExp> = { fr: /\bqu'une\b|\bseulement\b/, en: /\bonly\b/, es: /\bsolo\b/, de: /\bnur\b/, nl: /\balleen\b/, lb: /\bnëmmen\b/ };
  for (const lang of Object.keys(ONLY)) {
    it(`when a course gives only a proof of attendance (${lang}), then its reason names it as only that, and promises no certificate`, () => {
      const t = translations.getT(lang);
      const text = reasonText([{ code: 'certification', params: { kind: 'attestation' } }], t, (id) => id, lang).toLowerCase();
      expect(text).to.contain(t('recommend:card.certificate.attestation').toLowerCase());
      expect(text, text).to.match(ONLY[lang]);
      expect(text).to.not.contain(t('recommend:reason.certification').toLowerCase());
    });
  }
});
