import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings testers found in earlier sessions and left open, each checked here in words written for the test
 * (not taken from any evaluation set), in the languages where the kind of mistake applies.
 */
describe('Understanding: known leftovers of earlier sessions', () => {
  const u = useUnderstanding();

  it('when "matter" or "mister" is typed, then it is no master\'s degree (a real one still is)', () => {
    for (const text of ['it matters a lot to me to find something stable', 'what matters for me is the pay', 'mister Dupont, I am looking for work', 'does it really matter?']) {
      expect(u().understand(text, 'en').slots.eqfLevel, text).to.equal(undefined);
    }
    expect(u().understand('I have a masters in biology', 'en').slots.eqfLevel).to.equal(7);
    expect(u().understand('i did a mastrs in law', 'en').slots.eqfLevel).to.equal(7);
  });

  it('when hours are said "between N and M", then they are an amount between the two, not a span of the day', () => {
    const rows: Array<[string, string]> = [
      ['zwischen 14 und 18 Stunden', 'de'], ['between 14 and 18 hours', 'en'], ['entre 14 et 18 heures', 'fr'],
      ['entre 14 y 18 horas', 'es'], ['tussen 14 en 18 uur', 'nl'], ['tëscht 14 an 18 Stonnen', 'lb'],
    ];
    for (const [text, lang] of rows) {
      expect(u().answer('availability', text, lang, [])?.profile.hoursPerWeek, text).to.equal(16);
    }
    expect(u().understand('ich habe zwischen 14 und 18 Stunden pro Woche Zeit', 'de').slots.hoursPerWeek).to.equal(16);
    // a span marked as one stays a span: 4 hours a day on weekdays
    expect(u().answer('availability', 'entre 14h et 18h', 'fr', [])?.profile.hoursPerWeek).to.equal(20);
    expect(u().answer('availability', 'zwischen 14 und 18 Uhr', 'de', [])?.profile.hoursPerWeek).to.equal(20);
  });

  it('when "nothing" alone answers the interest question, then it is no preference, as "whatever" is', () => {
    const rows: Array<[string, string]> = [['rien de particulier', 'fr'], ['nothing really', 'en'], ['nada', 'es'], ['nichts Bestimmtes', 'de'], ['niks', 'nl'], ['näischt', 'lb']];
    for (const [text, lang] of rows) {
      expect(u().answer('interest', text, lang, []), text).to.deep.equal({ profile: {}, dontKnow: true });
    }
    // to another question "nothing" keeps its own meaning
    expect(u().answer('equipment', 'nothing', 'en', [])?.profile.equipment).to.equal('none');
  });

  it('when a Dutch or Luxembourgish speaker says they speak or understand another served language better, then the chat switches to it', () => {
    const rows: Array<[string, string, string]> = [
      ['ik spreek beter Frans', 'nl', 'language:fr'], ['ik versta beter Engels', 'nl', 'language:en'],
      ['ech schwätze besser Franséisch', 'lb', 'language:fr'], ['ech verstinn besser Däitsch', 'lb', 'language:de'],
    ];
    for (const [text, lang, intent] of rows) expect(u().understand(text, lang).intent, text).to.equal(intent);
    // wanting to speak it better is learning it, no switch
    for (const [text, lang] of [['ik wil beter Engels spreken', 'nl'], ['ech wëll besser Englesch schwätzen', 'lb']]) {
      expect(u().understand(text, lang).intent, text).to.equal('none');
    }
  });
});
