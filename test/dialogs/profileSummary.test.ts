import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { profileSummary } from '../../dialogs/renderer';

/** The one-line summary of what was understood: plain words in the person's language, never a key or a code. */
describe('The profile summary line', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));
  const summary = (lang: string, profile: Parameters<typeof profileSummary>[0]) =>
    profileSummary(profile, { t: translations.getT(lang), lang, channelId: 'webchat', profile, topicLabel: (id) => id });

  for (const lang of translations.languages) {
    it(`when a ${lang} reader has a primary-school certificate or a doctorate, then the summary names it in words (no key, no "EQF")`, () => {
      for (const eqfLevel of [0, 1, 2, 3, 4, 5, 6, 7, 8]) {
        const text = summary(lang, { eqfLevel });
        expect(text, `level ${eqfLevel}`).to.not.match(/options\.|summary\.|EQF/);
        expect(text, `level ${eqfLevel}`).to.have.length.greaterThan(3);
      }
    });
  }

  // found by the lead (rec17): a French user read the Belgian "Certificat d'études de base (CEB)" in their summary; one in
  // Luxembourg "CAP, DAP ou une partie du secondaire" (France's CAP) for their DAP
  it('when the person is in France or Luxembourg, then the summary names the level in their country\'s words, not another\'s', () => {
    const NOT_THEIRS: Record<string, RegExp> = { FR: /CEB|CE1D|CESS|graduat|bachelier|DAP|CCP/, LU: /CEB|CE1D|CESS|graduat|bachelier|bac de lycée|CAP|BEP|brevet,/ };
    for (const region of ['FR', 'LU'] as const) {
      for (const eqfLevel of [1, 2, 3, 4, 5, 6]) expect(summary('fr', { eqfLevel, region }), `${region} ${eqfLevel}`).to.not.match(NOT_THEIRS[region]);
      for (const lang of translations.languages) {
        for (const eqfLevel of [0, 1, 2, 3, 4, 5, 6, 7, 8]) expect(summary(lang, { eqfLevel, region }), `${lang} ${region} ${eqfLevel}`).to.not.match(/options\.|summary\.|EQF|\{\{/);
      }
    }
    expect(summary('fr', { eqfLevel: 3, region: 'FR' })).to.match(/^CAP ou BEP/);
    expect(summary('fr', { eqfLevel: 3, region: 'LU' })).to.match(/^DAP/);
    expect(summary('fr', { eqfLevel: 4, region: 'FR' })).to.match(/^Baccalauréat/);
    // (Belgium keeps its words: the CESS)
    expect(summary('fr', { eqfLevel: 4, region: 'BE-WAL' })).to.contain('CESS');
  });

  // found chatting as jobseekers (issue 8, eighteenth session): in Flanders a French speaker read the French Community's
  // "Fin du secondaire (CESS, bac de lycée)" and "Certificat d'études de base (CEB)" for their Flemish diplomas
  it('when the person is in Flanders, then the summary names the level in Flemish words (diploma secundair onderwijs, graduaat), not the French Community\'s or France\'s', () => {
    const NOT_THEIRS = /CEB|CE1D|CESS|graduat\b|bachelier|bac de lycée|Baccalauréat|CAP|BEP|DAP|CCP|brevet|ESO|Abitur|Hauptschul|Realschul|GCSE/;
    for (const lang of translations.languages) {
      for (const eqfLevel of [1, 2, 3, 4, 5, 6]) expect(summary(lang, { eqfLevel, region: 'BE-VLG' }), `${lang} ${eqfLevel}`).to.not.match(NOT_THEIRS);
      for (const eqfLevel of [0, 1, 2, 3, 4, 5, 6, 7, 8]) expect(summary(lang, { eqfLevel, region: 'BE-VLG' }), `${lang} ${eqfLevel}`).to.not.match(/options\.|summary\.|EQF|\{\{/);
      expect(summary(lang, { eqfLevel: 4, region: 'BE-VLG' }), lang).to.match(/^Diploma secundair onderwijs/);
      expect(summary(lang, { eqfLevel: 5, region: 'BE-VLG' }), lang).to.match(/^Graduaat/);
    }
  });

  it('when the ease with computers and the equipment are known, then each says what it answers ("computer: not at all · equipment: nothing")', () => {
    expect(summary('fr', { digitalSkills: 'none', equipment: 'none' })).to.equal('ordinateur : pas du tout · matériel : rien');
    expect(summary('en', { digitalSkills: 'with-help', equipment: 'smartphone-only' })).to.match(/^computer: with some help · equipment: only a smartphone$/i);
    for (const lang of translations.languages) {
      expect(summary(lang, { digitalSkills: 'autonomous', equipment: 'computer-and-internet' }), lang).to.not.match(/summary\.|options\.|\{\{/);
    }
  });

  it('when the goal is other than looking for work, then it is said beside the field ("start a business · job in construction")', () => {
    expect(summary('en', { goal: 'start-business', field: 'F' })).to.match(/^Start a business · job in building/i);
    expect(summary('es', { goal: 'retrain', field: 'J' })).to.match(/^Cambiar de profesión · trabajo en /);
    // looking for work is what "job in…" says already
    expect(summary('en', { goal: 'find-job', field: 'F' })).to.match(/^job in building/i);
  });

  // lawyers are K in ROME v3 (K19, law): the label told a lawyer she works in care, cleaning or childcare (found by a
  // tester, issue 8); it names law and public services now, and still the care and cleaning jobs K holds
  it('when a lawyer is read as services to people (K), then the summary names law in every language', () => {
    const LAW: Record<string, RegExp> = { fr: /droit/, en: /law/, es: /derecho/, de: /Recht/, nl: /recht/, lb: /Recht/ };
    for (const lang of translations.languages) {
      const text = summary(lang, { goal: 'find-job', field: 'K' });
      expect(text, lang).to.match(LAW[lang]);
    }
  });

  // found chatting as jobseekers: a pâtissier read "travail dans la vente, le commerce, la coiffure et l'esthétique", and the
  // pastry MOOC "elle prépare à travailler dans la vente…": ROME's D also holds the food trades (bakers, butchers)
  it('when a baker\'s or butcher\'s field (D) is named, then its label names the food trades in every language', () => {
    const FOOD: Record<string, RegExp> = { fr: /boulangerie/, en: /bakery/, es: /panadería/, de: /Bäckerei/, nl: /bakkerij/, lb: /Bäckerei/ };
    for (const lang of translations.languages) expect(summary(lang, { goal: 'find-job', field: 'D' }), lang).to.match(FOOD[lang]);
  });

  it('when the person named the language to learn, then the summary names it in every language ("apprendre : néerlandais")', () => {
    expect(summary('fr', { interest: 'languages', learnLanguages: ['nl'] })).to.equal('apprendre : néerlandais');
    expect(summary('en', { interest: 'languages', learnLanguages: ['lb'] })).to.equal('learn: Luxembourgish');
    expect(summary('de', { interest: 'languages', learnLanguages: ['en', 'nl'] })).to.equal('lernen: Englisch, Niederländisch');
    for (const lang of translations.languages) {
      expect(summary(lang, { interest: 'basic-skills', learnLanguages: ['fr'] }), lang).to.not.match(/basic-skills|languageName|\{\{/);
    }
    // a language with no name in the texts: the topic, as before
    expect(summary('fr', { interest: 'languages', learnLanguages: ['xx'] })).to.equal('apprendre : languages');
  });

  it('when hours have a half, then they are written the way each language writes decimals (10,5 in French, 10.5 in English)', () => {
    expect(summary('fr', { hoursPerWeek: 10.5 })).to.equal('10,5 h par semaine');
    expect(summary('de', { hoursPerWeek: 10.5 })).to.contain('10,5');
    expect(summary('en', { hoursPerWeek: 10.5 })).to.contain('10.5');
  });

  // found by a tester (qa22 q21): "travail dans le travail de bureau et la comptabilité", "trabajo en el trabajo de oficina"
  it('when the summary names the job wished, then its words do not say "work" twice', () => {
    const WORK: Record<string, RegExp> = { fr: /travail/gi, es: /trabajo/gi, nl: /\bwerk\b/gi };
    for (const [lang, word] of Object.entries(WORK)) {
      for (const trade of ['office', 'sales', 'kitchen', 'care', 'cleaning', 'security', 'childcare', 'driving']) {
        const text = summary(lang, { field: 'M', trade });
        expect(text.match(word)?.length ?? 0, `${lang} ${trade}: ${text}`).to.be.at.most(1);
      }
    }
  });
});
