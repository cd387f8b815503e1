import { expect } from 'chai';
import { newSession } from '../../bot/domain/orientation/session';
import type { Output } from '../../bot/domain/orientation/outputs';
import { crossBorderHome } from '../../bot/domain/handoff/agencyChoice';
import { warmUp } from '../../bot/domain/understanding';
import { engineFixture } from '../helpers/engineFixture';
import { realCatalogue } from '../helpers/realCatalogue';

const says = (out: Output[]) => out.flatMap((o) => (o.type === 'say' ? [{ key: o.key, params: o.params }] : []));
const contacts = (out: Output[]) => out.find((o) => o.type === 'contacts');

/**
 * Cross-border workers (issue 8): a person who lives in France or Belgium and works in Luxembourg, asking where to
 * register, was given ADEM only; ADEM takes them as well as the service of where they live (knowledge-facts §5.4,
 * unverified), so both are named, with their contacts.
 */
describe('Cross-border workers get their home service beside ADEM (domain, real knowledge)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  const TABLE: Array<[string, string, string[], string]> = [
    ['fr-FR', "Je vis en Belgique, à Arlon, et je travaille au Luxembourg. Je dois m'inscrire où ?", ['adem', 'forem'], 'Le Forem'],
    ['en-GB', 'I live in Metz and work in Luxembourg. Can I register with ADEM?', ['adem', 'france-travail'], 'France Travail'],
    ['es-ES', 'Vivo en Francia y trabajo en Luxemburgo, ¿puedo inscribirme en la ADEM?', ['adem', 'france-travail'], 'France Travail'],
    ['de-DE', 'Ich wohne in Eupen und arbeite in Luxemburg. Muss ich mich bei der ADEM melden?', ['adem', 'adg'], 'ADG'],
    ['nl-BE', 'Ik woon in Gent en werk in Luxemburg. Kan ik me inschrijven bij ADEM?', ['adem', 'vdab'], 'VDAB'],
    ['lb-LU', 'Ech wunnen zu Arel a schaffen zu Lëtzebuerg. Muss ech mech bei der ADEM umellen?', ['adem', 'forem'], 'Le Forem'],
  ];
  for (const [locale, text, agencyIds, home] of TABLE) {
    it(`when "${text}" (${locale}), then ADEM and ${home} are named, with their contacts`, () => {
      const engine = engineFixture();
      const s = newSession();
      engine.start(s, { locale });
      const out = engine.handle(s, { text });
      expect(contacts(out)).to.deep.equal({ type: 'contacts', agencyIds });
      expect(says(out)).to.deep.include({ key: 'common:answers.crossBorderHome', params: { agency: 'ADEM', home } });
      expect(says(out).map((x) => x.key)).to.include('common:answers.agency');
    });
  }

  it('when the person asked in Brussels, then Actiris is named, not Bruxelles Formation (a training service)', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'en-GB' });
    const out = engine.handle(s, { text: 'I live in Brussels and want to work in Luxembourg. Where do I register?' });
    expect(contacts(out)).to.deep.equal({ type: 'contacts', agencyIds: ['adem', 'actiris'] });
  });

  it('when where the person lives is not one of our regions ("Ich wohne in Deutschland"), then ADEM and "the service of your country" too', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'de-DE' });
    const out = engine.handle(s, { text: 'Ich wohne in Deutschland und arbeite in Luxemburg. Muss ich mich bei der ADEM melden?' });
    expect(contacts(out)).to.deep.equal({ type: 'contacts', agencyIds: ['adem'] });
    expect(says(out).map((x) => x.key)).to.include('common:answers.crossBorder');
  });

  it('when the deployment serves ADEM (region fixed), then where the person lives is not known: the service of their country, unnamed', () => {
    const engine = engineFixture('LU');
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    const out = engine.handle(s, { text: "J'habite en France, est-ce que je peux m'inscrire à l'ADEM ?" });
    expect(contacts(out)).to.deep.equal({ type: 'contacts', agencyIds: ['adem'] });
    expect(says(out).map((x) => x.key)).to.include('common:answers.crossBorder');
  });

  it('when a person in France asks about France Travail, then only France Travail (no cross-border sentence)', () => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale: 'fr-FR' });
    const out = engine.handle(s, { text: "J'habite à Lyon, est-ce que France Travail peut payer ma formation ?" });
    expect(contacts(out)).to.deep.equal({ type: 'contacts', agencyIds: ['france-travail'] });
    expect(says(out).map((x) => x.key)).to.not.include.members(['common:answers.crossBorder', 'common:answers.crossBorderHome']);
  });

  it('when the knowledge names home services, then each is an agency serving that region (the ADG only to German speakers)', () => {
    const { agencies } = realCatalogue().kb;
    for (const agency of agencies.filter((a) => a.crossBorderWorkers)) {
      expect(agency.crossBorderWorkers!.source.verified, 'knowledge-facts §5.4 is a secondary source').to.equal(false);
      for (const [region, ids] of Object.entries(agency.crossBorderWorkers!.homeServices)) {
        for (const id of ids!) expect(agencies.find((a) => a.id === id)?.servesRegions, `${agency.id} → ${id}`).to.include(region);
      }
    }
    expect(crossBorderHome(agencies, 'adem', 'BE-WAL', 'fr')!.home.map((a) => a.id)).to.deep.equal(['forem']);
    expect(crossBorderHome(agencies, 'adem', 'BE-WAL', 'de')!.home.map((a) => a.id)).to.deep.equal(['adg', 'forem']);
    expect(crossBorderHome(agencies, 'france-travail', 'BE-WAL', 'fr')).to.equal(undefined);
  });
});
