import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings a black-box tester found chatting as jobseekers (qa19, 2026-12-06), each checked here in words written
 * for the test: values stored from words that do not say them.
 */
describe('Understanding: findings of a black-box tester (qa19)', () => {
  const u = useUnderstanding();

  it('when French words are typed without their accents ("tres bien"), then they are not read as Spanish numbers', () => {
    for (const text of ['tres bien', 'ok tres bien', 'oui tres bien']) {
      expect(u().understand(text, 'fr', { pending: 'availability' }).slots.hoursPerWeek, text).to.equal(undefined);
    }
    expect(u().answer('availability', 'tres', 'es', [])?.profile.hoursPerWeek).to.be.a('number');
    expect(u().answer('equipment', 'just my phone', 'fr', [])?.profile.equipment).to.equal('smartphone-only');
  });

  it('when a driving licence is named with a trailer category ("C+E", "C1+E", "B + E"), then it is no degree', () => {
    for (const text of ['I have a C+E licence and drive lorries', 'I hold a C1+E licence', 'got my B + E licence last year']) {
      expect(u().understand(text, 'en').slots.eqfLevel, text).to.equal(undefined);
    }
    expect(u().understand('I have a C+E licence and a bachelor in economics', 'en').slots.eqfLevel).to.equal(6);
    expect(u().understand('I have a licence in history', 'en').slots.eqfLevel).to.equal(6);
  });

  it('when someone writing for a relative says in Spanish that they cannot use a computer, then the skill is none', () => {
    for (const text of ['mi padre no sabe utilizar la computadora', 'mis abuelos no saben manejar el ordenador']) {
      expect(u().understand(text, 'es').slots.digitalSkills, text).to.equal('none');
    }
    expect(u().answer('digitalSkills', 'no, mi tía no sabe usarlo', 'es', [])?.profile.digitalSkills).to.equal('none');
    expect(u().understand('mi hijo sabe usar el ordenador pero no sabe inglés', 'es').slots.digitalSkills).to.not.equal('none');
  });
});
