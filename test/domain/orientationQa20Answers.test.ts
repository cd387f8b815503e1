import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.key] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa20, 2026-12-06), replayed through the engine in
 * words written for the test: the equipment question answered "yes", a bare number to the hours question.
 */
describe('Orientation engine: answers a black-box tester gave (qa20: equipment "yes", a bare number of hours)', function () {
  this.timeout(60000);
  const upToEquipment: Record<string, string[]> = {
    'fr-BE': ['je cherche un travail de caissière', 'CESS', 'un peu'],
    'en-GB': ['I want a job as a driver', 'A levels', 'a bit'],
    'es-ES': ['busco trabajo de cocinero', 'bachillerato', 'un poco'],
    'de-DE': ['ich suche Arbeit als Koch', 'Abitur', 'ein bisschen'],
    'nl-BE': ['ik zoek werk als kok', 'aso', 'een beetje'],
  };
  const yes: Record<string, string> = { 'fr-BE': 'oui', 'en-GB': 'yes', 'es-ES': 'sí', 'de-DE': 'ja', 'nl-BE': 'ja' };
  const no: Record<string, string> = { 'fr-BE': 'non', 'en-GB': 'no', 'es-ES': 'no', 'de-DE': 'nein', 'nl-BE': 'nee' };

  it('when the equipment question is answered "yes", then "a computer with internet?" is asked, and its yes or no is the equipment (U20)', () => {
    for (const [locale, texts] of Object.entries(upToEquipment)) {
      const first = converse(locale, [...texts, yes[locale]]);
      expect(asks(first.out).at(-1), locale).to.equal('profile:ask.equipment_computer');
      expect(says(first.out.slice(-2)), locale).to.not.include('common:notUnderstood');
      expect(converse(locale, [...texts, yes[locale], yes[locale]]).session.profile.equipment, locale).to.equal('computer-and-internet');
      expect(converse(locale, [...texts, yes[locale], no[locale]]).session.profile.equipment, locale).to.equal('none');
    }
    // a device named after it is read as ever
    expect(converse('en-GB', [...upToEquipment['en-GB'], 'yes', 'just a phone']).session.profile.equipment).to.equal('smartphone-only');
  });

  it('when a bare number to the hours question may be hours or an option\'s position, then the bot asks which (U12, qa21 q02)', () => {
    const { session, out } = converse('en-GB', [...upToEquipment['en-GB'], 'phone', '3']);
    expect(session.profile.hoursPerWeek).to.equal(undefined);
    const said = out.find((o) => o.type === 'say' && o.key === 'common:hoursOrOption');
    expect(said && said.type === 'say' ? said.params : undefined).to.deep.equal({ number: '3', option: 'About 10 hours' });
    expect(says(out)).to.not.include('common:notUnderstood');
    // "3 hours" typed next is taken, so is the option picked, and the bare number typed again is hours
    expect(converse('en-GB', [...upToEquipment['en-GB'], 'phone', '3', '3 hours']).session.profile.hoursPerWeek).to.equal(3);
    expect(converse('en-GB', [...upToEquipment['en-GB'], 'phone', '4', '20 hours or more']).session.profile.hoursPerWeek).to.equal(20);
    expect(converse('de-DE', [...upToEquipment['de-DE'], 'Handy', '3', '3']).session.profile.hoursPerWeek).to.equal(3);
    // "1" is less than 3 hours either way; a number past the options is hours; hours typed as such are not asked about
    expect(converse('fr-BE', [...upToEquipment['fr-BE'], 'smartphone', '1']).session.profile.hoursPerWeek).to.equal(1);
    const typed = converse('fr-BE', [...upToEquipment['fr-BE'], 'smartphone', '10']);
    expect(typed.session.profile.hoursPerWeek).to.equal(10);
    expect(says(typed.out)).to.not.include('common:hoursOrOption');
    expect(says(converse('fr-BE', [...upToEquipment['fr-BE'], 'smartphone', '3 heures']).out)).to.not.include('common:hoursOrOption');
  });
});
