import { expect } from 'chai';
import type { Profile } from '../../bot/domain/profile/profile';
import type { Output } from '../../bot/domain/orientation/outputs';
import { newSession } from '../../bot/domain/orientation/session';
import { warmUp } from '../../bot/domain/understanding';
import { engineFixture } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';
import { useUnderstanding } from './understanding/fixture';

/**
 * Offers tied to residence (`residentsOnly` in knowledge/: Digital Inclusion's free computers are for adults living in
 * Luxembourg, Brulingua for Brussels residents and Actiris's jobseekers, Austria's fit4internet for Austria's population)
 * go by where the person lives, not by the region where they look for work. Found by a tester: a person living in Trier
 * (Germany) who looks for work in Luxembourg was offered Digital Inclusion's free refurbished computer.
 */
describe('Where the person lives, when outside the served regions (understanding)', () => {
  const u = useUnderstanding();
  const ROWS: Array<[string, string, boolean, string | null | undefined]> = [
    // text, language, as the answer to the region question, expected: a country code, null (a served region), undefined
    ["j'habite à Trèves et je cherche du travail au Luxembourg", 'fr', false, 'DE'],
    ["j'habite en Allemagne, à côté de la frontière", 'fr', false, 'DE'],
    ['Trèves', 'fr', true, 'DE'],
    ["j'habite à Arlon", 'fr', false, null],
    ['je cherche du travail au Luxembourg', 'fr', false, undefined],
    ['ich wohne in Trier, suche aber Arbeit in Luxemburg', 'de', true, 'DE'],
    ['Trier', 'de', true, 'DE'],
    ['ich wohne in Saarbrücken und arbeite in Luxemburg', 'de', false, 'DE'],
    ['Luxemburg', 'de', true, undefined],
    ['I live in Trier and want to work in Luxembourg', 'en', false, 'DE'],
    ['Germany', 'en', true, 'DE'],
    ['vivo en Alemania y busco trabajo en Luxemburgo', 'es', false, 'DE'],
    ['ik woon in Maastricht en zoek werk in Luik', 'nl', false, 'NL'],
    ['ech wunnen zu Tréier a schaffen zu Lëtzebuerg', 'lb', false, 'DE'],
    ['Tréier', 'lb', true, 'DE'],
  ];
  for (const [text, lang, answer, expected] of ROWS) {
    it(`when a person says "${text}" (${lang}${answer ? ', to the region question' : ''}), then they live ${expected === undefined ? 'where it does not say' : expected ?? 'in a served region'}`, () => {
      expect(u().residenceAbroad(text, lang, answer)).to.equal(expected);
    });
  }
});

describe('Offers tied to residence go only to residents (real catalogue)', function () {
  this.timeout(60000);
  const noDevice: Profile = { goal: 'find-job', field: 'D', eqfLevel: 2, digitalSkills: 'none', equipment: 'none', hoursPerWeek: 5, region: 'LU' };
  const all = (profile: Profile, lang: string): string[] => {
    const { recommender } = realRecommender();
    const seen = new Set<string>();
    for (let round = 0; round < 4; round++) recommender.recommendation(profile, lang, { exclude: seen }).items.forEach((i) => seen.add(i.id));
    return [...seen];
  };

  it('when a person with no computer lives in Trier and looks for work in Luxembourg, then Digital Inclusion\'s free computer is not offered, even under "more"; to one living in Luxembourg it is', () => {
    for (const lang of ['de', 'fr', 'en', 'lb']) {
      expect(all({ ...noDevice, livesIn: 'DE' }, lang), lang).to.not.include('lu-digital-inclusion-computers');
      expect(all(noDevice, lang), lang).to.include('lu-digital-inclusion-computers');
    }
  });

  it('when a person lives outside the served regions, then no offer for the residents of a region or a country not theirs comes, and a state\'s programme for the residents of their own country may', () => {
    const { kb } = realRecommender();
    const bound = [...kb.courses, ...kb.support].filter((x) => x.residentsOnly);
    expect(bound.map((x) => x.id)).to.include.members(['lu-digital-inclusion-computers', 'bf-brulingua', 'f4i-fit4internet']);
    for (const livesIn of ['DE', 'NL']) for (const region of ['LU', 'BE-WAL', 'FR'] as const) for (const lang of ['de', 'fr']) {
      const shown = all({ ...noDevice, equipment: 'computer-and-internet', digitalSkills: 'with-help', interest: 'digital-basics', region, livesIn }, lang);
      for (const item of bound.filter((x) => shown.includes(x.id))) {
        expect('countries' in item && item.countries?.includes(livesIn), `${item.id} to one living in ${livesIn}, looking in ${region} (${lang})`).to.equal(true);
      }
    }
  });

  it('when a German speaker living in Austria asks for computer basics, then fit4internet (for Austria\'s residents) may come; to one living in Luxembourg it does not', () => {
    const basics: Profile = { goal: 'basics', interest: 'digital-basics', eqfLevel: 3, digitalSkills: 'with-help', equipment: 'computer-and-internet', hoursPerWeek: 5, region: 'LU' };
    expect(all({ ...basics, livesIn: 'AT' }, 'de')).to.include('f4i-fit4internet');
    expect(all(basics, 'de')).to.not.include('f4i-fit4internet');
  });

  it('when a person living abroad looks for work in Brussels, then Brulingua (for Brussels residents and Actiris\'s jobseekers) is not offered; to one living in Brussels it is', () => {
    const languages: Profile = { goal: 'find-job', interest: 'languages', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 5, region: 'BE-BRU' };
    expect(all({ ...languages, livesIn: 'NL' }, 'en')).to.not.include('bf-brulingua');
    expect(all(languages, 'en')).to.include('bf-brulingua');
  });
});

describe('A conversation with a person living in Trier (engine, real knowledge)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const itemsOf = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'recommend' ? o.items.map((i) => i.id) : []));
  const CHATS: Array<[string, string, string[]]> = [
    ['de-DE', 'de', ['Hallo', 'Ich suche Arbeit als Verkäuferin', 'keinen Abschluss', 'gar nicht', 'nichts, kein Computer', '5 Stunden', 'ich wohne in Trier, suche aber Arbeit in Luxemburg']],
    ['de-DE', 'de', ['Hallo', 'Ich suche Arbeit als Verkäuferin', 'keinen Abschluss', 'gar nicht', 'nichts, kein Computer', '5 Stunden', 'Trier', 'Luxemburg']],
    ['fr-FR', 'fr', ['Bonjour', "j'habite à Trèves et je cherche du travail comme vendeuse au Luxembourg", 'aucun diplôme', 'pas du tout', "rien, pas d'ordinateur", '5 heures']],
  ];
  for (const [locale, lang, messages] of CHATS) {
    it(`when a person says "${messages.slice(-2).join('", "')}" (${lang}) with no computer, then the list holds no offer for Luxembourg's residents`, () => {
      const engine = engineFixture();
      const session = newSession();
      engine.start(session, { locale });
      let items: string[] = [];
      for (const text of messages) items = [...items, ...itemsOf(engine.handle(session, { text }))];
      expect(session.profile.region, JSON.stringify(session.profile)).to.equal('LU');
      expect(items.length, JSON.stringify(session.profile)).to.be.above(0);
      expect(items).to.not.include('lu-digital-inclusion-computers');
    });
  }

  it('when the deployment serves Luxembourg only and the person says they live in Trier, then the free computer is not offered', () => {
    const engine = engineFixture('LU');
    const session = newSession();
    engine.start(session, { locale: 'de-DE' });
    let items: string[] = [];
    for (const text of ['Ich wohne in Trier und suche Arbeit als Verkäuferin', 'keinen Abschluss', 'gar nicht', 'nichts, kein Computer', '5 Stunden']) {
      items = [...items, ...itemsOf(engine.handle(session, { text }))];
    }
    expect(items.length).to.be.above(0);
    expect(items).to.not.include('lu-digital-inclusion-computers');
  });
});
