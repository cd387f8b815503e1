import { expect } from 'chai';
import type { Recommender } from '../../bot/domain/recommend/recommender';
import type { Profile } from '../../bot/domain/profile/profile';
import type { KnowledgeBase } from '../../bot/domain/knowledge/types';
import { realRecommender } from '../helpers/realCatalogue';
import { useUnderstanding } from './understanding/fixture';

/**
 * A trade whose jobs the references file under several grand domaines (knowledge/occupations/trades.json `otherFields`):
 * ROME files bakers and pastry cooks in D (shops) and ESCO's pastry cook and a restaurant's pastry chef in G (kitchens);
 * ROME files nursery nurses ("auxiliaire de puériculture") in J. Found chatting as jobseekers: a pâtissier, a Konditor, a
 * pastelero and a banketbakker, looking for work or opening a pastry shop, never got the catalogue's pastry MOOC (filed
 * for cooks, G), and a nursery nurse got end-of-life care, or was told nursing is learnt in person. From the person's
 * own words (real understanding) to the list (real catalogue).
 */
describe('Recommendations for a trade filed under several fields (understanding, real catalogue)', function () {
  this.timeout(60000);
  const u = useUnderstanding();
  let r: Recommender;
  let kb: KnowledgeBase;
  before(() => ({ recommender: r, kb } = realRecommender()));
  const base: Profile = { eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'BE-BRU' };
  const said = (text: string, lang: string): Profile => ({ ...base, ...u().understand(text, lang).slots });
  const PASTRY = 'afpa-mooc-patisserie';

  const PASTRY_COOKS: Array<[string, string]> = [
    ['je cherche un travail de pâtissier', 'fr'], ['je veux ouvrir une pâtisserie', 'fr'],
    ['I am looking for work as a pastry cook', 'en'], ['I want to open my own bakery', 'en'],
    ['busco trabajo de pastelero', 'es'], ['quiero abrir una pastelería', 'es'],
    ['ich suche Arbeit als Konditor', 'de'], ['ich möchte eine eigene Konditorei eröffnen', 'de'],
    ['ik zoek werk als banketbakker', 'nl'], ['ik wil mijn eigen banketbakkerij openen', 'nl'],
    ['ech sichen Aarbecht als Konditer', 'lb'], ['ech wëll eng Bäckerei opmaachen', 'lb'],
  ];
  for (const [text, lang] of PASTRY_COOKS) {
    it(`when a pastry cook or baker says "${text}" (${lang}), then the pastry MOOC is in the first list as a course for their trade`, () => {
      const profile = said(text, lang);
      const { match, items } = r.recommendation(profile, lang);
      const shown = `${JSON.stringify(profile)} ${match}: ${items.map((i) => i.id).join(' ')}`;
      expect(profile.trade, shown).to.equal('pastry-baking');
      const pastry = items.find((i) => i.id === PASTRY);
      expect(pastry, shown).to.not.equal(undefined);
      expect(pastry!.reasons.map((x) => x.code), shown).to.include('field');
      expect(match, shown).to.not.equal('none');
    });
  }

  it('when a butcher, a cheesemonger or a bakery shop assistant asks, then the pastry MOOC is not offered, even under "more"', () => {
    for (const [text, lang] of [['je cherche un travail de boucher', 'fr'], ['ich suche Arbeit als Metzger', 'de'], ['vendeuse en boulangerie', 'fr'], ['ik zoek werk als verkoopster in een bakkerij', 'nl']]) {
      const profile = said(text, lang);
      const seen = new Set<string>();
      for (let round = 0; round < 3; round++) {
        const { items } = r.recommendation(profile, lang, { exclude: seen });
        expect(items.map((i) => i.id), `${text}: ${JSON.stringify(profile)}`).to.not.include(PASTRY);
        items.forEach((i) => seen.add(i.id));
      }
    }
  });

  const NURSERY: Array<[string, string]> = [
    ["je cherche un travail d'auxiliaire de puériculture", 'fr'], ['I am looking for work as a nursery nurse', 'en'],
  ];
  for (const [text, lang] of NURSERY) {
    it(`when a nursery nurse says "${text}" (${lang}), then a childcare course comes and no course on the care of adults; nursing is not said to be learnt in person`, () => {
      const profile = said(text, lang);
      const { items, inPerson } = r.recommendation(profile, lang);
      const shown = `${JSON.stringify(profile)}: ${items.map((i) => i.id).join(' ')}`;
      expect(profile.trade, shown).to.equal('childcare');
      expect(inPerson, shown).to.equal(undefined);
      const trades = (id: string) => kb.courses.find((c) => c.id === id)?.trades ?? [];
      expect(items.some((i) => trades(i.id).includes('childcare')), shown).to.equal(true);
      expect(items.filter((i) => trades(i.id).length > 0 && !trades(i.id).includes('childcare')).map((i) => i.id), shown).to.deep.equal([]);
    });
  }

  // (once childcare spans J, a care assistant filed in J with no trade got the child-protection course: care spans J too)
  it('when a care assistant says "je cherche un travail d\'aide-soignante" or "I want to work as a care assistant in a hospital", then the trade is care and no childcare course comes', () => {
    for (const [text, lang] of [["je cherche un travail d'aide-soignante", 'fr'], ['I want to work as a care assistant in a hospital', 'en']]) {
      const profile = said(text, lang);
      const { items } = r.recommendation(profile, lang);
      const shown = `${JSON.stringify(profile)}: ${items.map((i) => i.id).join(' ')}`;
      expect(profile.trade, shown).to.equal('care');
      const childcareOnly = (id: string) => { const t = kb.courses.find((c) => c.id === id)?.trades; return !!t && t.every((x) => x === 'childcare' || x === 'education'); };
      expect(items.filter((i) => childcareOnly(i.id)).map((i) => i.id), shown).to.deep.equal([]);
    }
  });
});
