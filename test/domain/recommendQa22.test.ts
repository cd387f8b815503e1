import { expect } from 'chai';
import { converse, recommended } from '../helpers/engineFixture';

/** Recommendations found by a black-box tester (qa22 q09, q10), replayed through the engine. */
describe('Recommendations: findings of a black-box tester (qa22)', function () {
  this.timeout(180000);

  it('when one who creates a business names a driving trade, then no licence theory nor highway code is offered, and business help is (q09)', () => {
    for (const [locale, texts] of [
      ['fr-BE', ['je veux lancer ma petite société de coursiers', "j'ai un master en gestion", 'très bien', 'un ordinateur', '12 heures', 'Schaerbeek']],
      ['en-GB', ['I have been a van driver for years and want to start my own removals company', 'secondary school', 'ok with computers, on my own', 'a laptop', '8 hours', 'Brussels']],
      ['nl-BE', ['ik wil een eigen bedrijf starten, een koeriersdienst', 'secundair onderwijs', 'goed', 'laptop', '10 uur', 'Antwerpen']],
    ] as const) {
      const { out, session } = converse(locale, [...texts]);
      const chat = `${locale}: ${texts.join(' / ')}`;
      expect(session.profile.goal, chat).to.equal('start-business');
      const items = recommended(out);
      expect(items.length, chat).to.be.greaterThan(0);
      expect(items.filter((i) => i.fields.includes('N') && /rijbewijs|permis|code|theorie|licen/i.test(i.id)).map((i) => i.id), chat).to.deep.equal([]);
    }
  });

  it('when a person with no diploma uses a computer on their own or very well, then no literacy place is added unasked (q10)', () => {
    for (const [locale, texts] of [
      ['de-DE', ['ich möchte programmieren lernen, ich wohne in Eupen', 'keinen Abschluss', 'sehr gut', 'einen Computer mit Internet', '20 Stunden']],
      ['fr-BE', ['je veux apprendre à coder', 'aucun diplôme', 'je me débrouille seul', 'un pc', '20 heures', 'Liège', 'trouver un emploi']],
    ] as const) {
      const { out } = converse(locale, [...texts]);
      const items = recommended(out);
      const chat = `${locale}: ${texts.join(' / ')}`;
      expect(items.length, chat).to.be.greaterThan(0);
      expect(items.flatMap((i) => i.reasons.map((r) => r.code)), chat).to.not.include('literacy');
      expect(items.map((i) => i.id), chat).to.not.include('be-lire-et-ecrire');
    }
  });
});
