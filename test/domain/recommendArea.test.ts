import { expect } from 'chai';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Agency } from '../../bot/domain/knowledge/types';
import { agenciesFor, crossBorderHome } from '../../bot/domain/handoff/agencyChoice';
import { areaOf } from '../../bot/domain/profile/profile';
import { converse } from '../helpers/engineFixture';
import { useUnderstanding } from './understanding/fixture';

/**
 * The German-speaking Community of Belgium (Ostbelgien: Eupen, Kelmis, St. Vith…) counts as Wallonia (BE-WAL, the
 * contract's region) but has its own employment and training service, the ADG, which took over the Forem's there in
 * 2000 (`knowledge/geo/areas.json`, `Agency.areas`). Found by a tester (issue 8): a jobseeker in Eupen was given the
 * Forem's contacts and catalogue.
 */
describe('Where in the region the person lives: Ostbelgien (understanding)', () => {
  const u = useUnderstanding();
  const ROWS: Array<[string, string, boolean, string | null | undefined]> = [
    // text, language, as the answer to the region question, expected: an area, null (a place of no area), undefined
    ['Ich wohne in Eupen und suche Arbeit als Pflegehelferin', 'de', false, 'ostbelgien'],
    ['St. Vith', 'de', true, 'ostbelgien'],
    ['ich wohne in Kelmis', 'de', false, 'ostbelgien'],
    ["j'habite à La Calamine", 'fr', false, 'ostbelgien'],
    ['Bütgenbach', 'fr', true, 'ostbelgien'],
    ['I live in Eupen', 'en', false, 'ostbelgien'],
    ['vivo en Eupen', 'es', false, 'ostbelgien'],
    ['ik woon in Eupen', 'nl', false, 'ostbelgien'],
    ["j'habite à Liège", 'fr', false, null],
    ["je viens d'Eupen mais j'habite à Liège", 'fr', false, null],
    ['Ich wohne in Lüttich', 'de', false, null],
    ['je cherche un emploi dans la vente', 'fr', false, undefined],
    // a postcode of the area (bpost: 4700 Eupen … 4791 Thommen) as the answer to the region question gives the area
    // (in free text four digits are no postcode: they may be a year); one just outside (4800 Verviers, 4690 Bassenge)
    // is Wallonia of no area
    ['4700', 'fr', true, 'ostbelgien'],
    ['4791', 'de', true, 'ostbelgien'],
    ['4760 Büllingen', 'de', true, 'ostbelgien'],
    ['ich wohne in 4730', 'de', true, 'ostbelgien'],
    ['4780 Sankt Vith', 'nl', true, 'ostbelgien'],
    ['4800', 'fr', true, null],
    ['4690', 'fr', true, null],
  ];
  for (const [text, lang, answer, expected] of ROWS) {
    it(`when a person says "${text}" (${lang}${answer ? ', to the region question' : ''}), then they live ${expected === undefined ? 'where it does not say' : expected ?? 'in no area of their region'}`, () => {
      expect(u().areaNamed(text, lang, answer)).to.equal(expected);
    });
  }
});

describe('The agencies of a person in Ostbelgien', () => {
  const agencies: Agency[] = JSON.parse(readFileSync(path.resolve(__dirname, '../../knowledge/agencies.json'), 'utf8')).agencies;
  const ids = (list: Agency[]) => list.map((a) => a.id);

  it('when a person lives in Ostbelgien, then the ADG alone is named, whatever the language they chat in', () => {
    for (const lang of ['de', 'fr', 'en', 'es', 'nl', 'lb'] as const) expect(ids(agenciesFor(agencies, 'BE-WAL', lang, 'ostbelgien')), lang).to.deep.equal(['adg']);
  });

  it('when where in Wallonia is not known, then the choice is as before: the ADG then the Forem to a German speaker, the Forem alone to others', () => {
    expect(ids(agenciesFor(agencies, 'BE-WAL', 'de'))).to.deep.equal(['adg', 'forem']);
    expect(ids(agenciesFor(agencies, 'BE-WAL', 'fr'))).to.deep.equal(['forem']);
  });

  it('when a cross-border worker lives in Ostbelgien, then their home service beside ADEM is the ADG', () => {
    expect(ids(crossBorderHome(agencies, 'adem', 'BE-WAL', 'fr', 'ostbelgien')!.home)).to.deep.equal(['adg']);
  });
});

describe('A jobseeker in Eupen, through the engine (real knowledge)', function () {
  this.timeout(120000);
  const items = (out: ReturnType<typeof converse>['out']) => out.flatMap((o) => (o.type === 'recommend' ? o.items.map((i) => i.id) : []));

  it('when a German speaker in Eupen who wants a care job gets their list, then no item is the Forem\'s', () => {
    const { session, out } = converse('de-BE', ['Hallo, ich wohne in Eupen und suche Arbeit als Pflegehelferin', 'ich habe kein Diplom', 'ich habe einen Computer und kann damit umgehen', '5 Stunden']);
    expect(areaOf(session.profile)).to.equal('ostbelgien');
    expect(items(out)).to.not.be.empty;
    expect(items(out).filter((id) => id.includes('forem'))).to.deep.equal([]);
  });

  it('when a French speaker in La Calamine who wants a sales job gets their list, then the Forem\'s catalogue is not offered', () => {
    const { out } = converse('fr-BE', ["Bonjour, j'habite à La Calamine, je cherche du travail dans la vente", 'pas de diplôme', "j'ai un ordinateur et je me débrouille", '5 heures']);
    expect(items(out)).to.not.be.empty;
    expect(items(out).filter((id) => id.includes('forem'))).to.deep.equal([]);
  });

  it('when a person first in Eupen then says they moved to Namur, then no area is kept', () => {
    const { session } = converse('fr-BE', ["j'habite à Eupen", "non, j'habite à Namur maintenant"]);
    expect(session.profile.region).to.equal('BE-WAL');
    expect(areaOf(session.profile)).to.equal(undefined);
  });
});
