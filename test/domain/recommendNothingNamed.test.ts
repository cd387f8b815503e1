import { expect } from 'chai';
import type { Goal, Profile, Region } from '../../bot/domain/profile/profile';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import type { Output } from '../../bot/domain/orientation/outputs';
import { warmUp } from '../../bot/domain/understanding';
import { realRecommender } from '../helpers/realCatalogue';
import { converse, recommended } from '../helpers/engineFixture';

const codes = (i: RecommendationItem): string[] => i.reasons.map((r) => r.code);
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * A person who gave no field and no topic. Found by a tester: they got courses of fields they never named (Python,
 * bookkeeping, cooking) at equal scores, in an arbitrary order. Now: the places they need, the agency's whole training
 * offer (labelled for every field), help for any job (labelled so), and the reply asks which job or field interests them.
 */
describe('A person who named no field nor topic gets general help, labelled so, and is asked for a field', function () {
  this.timeout(60000);
  const { recommender } = realRecommender();
  const REGIONS: Region[] = ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR'];
  const GOALS: Array<Goal | undefined> = ['find-job', 'certify', 'retrain', 'unsure', undefined];
  const LANGS = ['fr', 'en', 'es', 'de', 'nl'];
  const profiles = (region: Region): Profile[] => GOALS.flatMap((goal) => (
    [['computer-and-internet', 'autonomous'], ['smartphone-only', 'with-help'], ['computer-and-internet', 'with-help']] as const)
    .map(([equipment, digitalSkills]) => ({ ...(goal ? { goal } : {}), eqfLevel: 3, equipment, digitalSkills, region })));

  it('when nothing is named, then no course is for a field they did not name: every course is help for any job or a basics module, labelled so', () => {
    const wrong: string[] = [];
    for (const lang of LANGS) for (const region of REGIONS) for (const profile of profiles(region)) {
      const found = recommender.recommendation(profile, lang);
      const shown = `${lang} ${JSON.stringify(profile)}: ${found.items.map((i) => `${i.id}[${codes(i)}]`).join(' ')}`;
      if (!found.general || found.match !== 'partial') wrong.push(`not general ${shown}`);
      for (const item of found.items.filter((i) => i.kind === 'course')) {
        if (!codes(item).includes('any-job') && !codes(item).includes('basics-first')) wrong.push(`${item.id} unlabelled in ${shown}`);
        if (item.fields.length > 0 && !codes(item).includes('basics-first')) wrong.push(`${item.id} of a field in ${shown}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('when nothing is named and the region is known, then the agency\'s whole training offer is listed, for every field; in a language they read, right after the places', () => {
    for (const lang of LANGS) for (const region of REGIONS) {
      const items = recommender.recommend({ goal: 'find-job', eqfLevel: 3, equipment: 'computer-and-internet', digitalSkills: 'autonomous', region }, lang);
      const search = items.find((i) => i.kind === 'search');
      const shown = `${lang} ${region}: ${items.map((i) => i.id).join(' ')}`;
      expect(search?.id, shown).to.match(/^search-.+-all$/);
      expect(search!.fields, shown).to.deep.equal([]);
      expect(search!.reasons[0], shown).to.deep.include({ code: 'agency-search' });
      expect(search!.reasons[0].params?.field, shown).to.equal(undefined);
      const read = search!.languages.includes(lang);
      expect(codes(search!).includes('other-language'), shown).to.equal(!read);
      if (read) expect(items.findIndex((i) => i.kind !== 'support'), shown).to.equal(items.indexOf(search!));
      else expect(items.slice(items.indexOf(search!) + 1).some((i) => i.kind === 'course' && i.languages.includes(lang)), shown).to.equal(false);
    }
    // a Dutch speaker in Brussels: VDAB's (see recommendAgencySearch.test.ts)
    expect(recommender.recommend({ goal: 'find-job', eqfLevel: 3, equipment: 'computer-and-internet', digitalSkills: 'autonomous', region: 'BE-BRU' }, 'nl').map((i) => i.id)).to.include('search-vdab-all');
  });

  it('when the agency\'s whole offer is opened, then it leads to its catalogue without keywords (France Travail\'s search page)', () => {
    expect(recommender.agencySearch('search-france-travail-all')).to.deep.include({ url: 'https://candidat.francetravail.fr/formations/recherche', name: 'France Travail' });
    expect(recommender.agencySearch('search-france-travail-all')!.field).to.equal(undefined);
    expect(recommender.itemUrl('search-vdab-all')).to.equal('https://www.vdab.be/opleidingen');
    expect(recommender.agencySearch('search-france-travail-g')!.url).to.contain('quoi=');
  });

  it('when the person named a field, a topic or the basics as their goal, then the list is not the general one', () => {
    const base: Profile = { goal: 'find-job', eqfLevel: 3, equipment: 'computer-and-internet', digitalSkills: 'autonomous', region: 'FR' };
    for (const profile of [{ ...base, field: 'D' }, { ...base, interest: 'office' }, { ...base, goal: 'basics' }, { ...base, goal: 'start-business' }] as Profile[]) {
      const found = recommender.recommendation(profile, 'fr');
      expect(found.general, JSON.stringify(profile)).to.equal(undefined);
      expect(found.items.some((i) => /^search-.+-all$/.test(i.id)), JSON.stringify(profile)).to.equal(false);
    }
  });

  describe('in a conversation (engine, real understanding)', () => {
    before(() => warmUp());
    const CONVERSATIONS: Array<[string, string[], string, string]> = [
      ['fr-FR', ['trouver un emploi', 'je sais pas', 'bac', 'je suis à l\'aise avec un ordinateur', 'ordinateur et internet', '10 heures', 'Lyon'], 'la vente', 'D'],
      ['en-GB', ['find a job', 'I don\'t know', 'high school diploma', 'I am good with computers', 'laptop and wifi', '10 hours', 'Lyon'], 'sales', 'D'],
      ['es-ES', ['encontrar trabajo', 'no sé', 'bachillerato', 'me manejo bien con el ordenador', 'ordenador con internet', '10 horas', 'Lyon'], 'ventas', 'D'],
      ['de-DE', ['Arbeit finden', 'weiß nicht', 'Abitur', 'ich komme gut mit dem Computer zurecht', 'Laptop mit Internet', '10 Stunden', 'Lyon'], 'Verkauf', 'D'],
      ['nl-BE', ['werk vinden', 'weet ik niet', 'ASO', 'ik kan goed met een computer werken', 'laptop met internet', '10 uur per week', 'Lyon'], 'verkoop', 'D'],
    ];
    for (const [locale, answers, field, letter] of CONVERSATIONS) {
      it(`when a person (${locale}) names no field, then the list is said to be general and asks for a field; the field named after it gives a list for it`, () => {
        const { engine, session, out } = converse(locale, answers);
        expect(session.profile.field, JSON.stringify(session.profile)).to.equal(undefined);
        expect(session.profile.interest, JSON.stringify(session.profile)).to.equal(undefined);
        expect(says(out), locale).to.include('recommend:general');
        expect(says(out), locale).to.not.include('recommend:intro');
        expect(recommended(out).map((i) => i.id), locale).to.include('search-france-travail-all');
        // the example the text gives ("la vente", "sales"…) is understood, and gives a list for that field
        const next = engine.handle(session, { text: field });
        expect(session.profile.field, locale).to.equal(letter);
        expect(says(next), locale).to.not.include('recommend:general');
        expect(recommended(next).length, locale).to.be.greaterThan(0);
      });
    }
  });
});
