import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Hours a week as people write them (helper und26d): each `it` failed before its fix. The sentences are our own.
 */
describe('Understanding: hours as people write them', () => {
  const u = useUnderstanding();
  const hours = (text: string, lang: string, asked = false) =>
    u().understand(text, lang, asked ? { pending: 'availability' } : {}).slots.hoursPerWeek;

  it('when a share of full time is said in words, then it is that share of a full-time week, in every language', () => {
    const said: Array<[string, string]> = [
      ['fr', 'un quatre cinquième'], ['fr', 'quatre cinquièmes ce serait bien'], ['en', 'four fifths'],
      ['es', 'cuatro quintos'], ['de', 'vier Fünftel'], ['nl', 'vier vijfde'], ['lb', 'véier Fënneftel'],
    ];
    for (const [lang, text] of said) expect(hours(text, lang, true), `${lang} ${text}`).to.be.within(28, 32);
    expect(hours('drei Viertel', 'de', true)).to.be.within(26, 30);
    expect(hours('je cherche un trois quarts temps dans la vente', 'fr')).to.be.within(26, 30);
    // (a part of an hour is minutes, not a share of the week)
    expect(hours('trois quarts d\'heure par jour', 'fr', true) ?? 0).to.be.below(20);
  });

  it('when a percentage of full time is said, then it is that share, not full time', () => {
    expect(hours('el 60 % de una jornada completa', 'es', true)).to.be.within(22, 24);
    expect(hours('80 % d\'un temps plein', 'fr', true)).to.be.within(28, 32);
  });

  it('when a percentage stands alone between commas in free text, then it is a share of full time', () => {
    expect(hours('ech wëll am Verkaf schaffen, 60 %, zu Esch', 'lb')).to.be.within(22, 24);
    expect(hours('je cherche dans la logistique, 50 %, à Liège', 'fr')).to.be.within(18, 20);
  });

  it('when a maximum binds a number beside other hours, then that number is the answer', () => {
    expect(hours('no more than twelve, I already work 30 hrs', 'en', true)).to.equal(12);
    expect(hours('pas plus de dix, je bosse déjà 30h', 'fr', true)).to.equal(10);
    expect(hours('höchstens acht, ich arbeite schon 30 Stunden', 'de', true)).to.equal(8);
    // (a maximum of days is no amount of hours by itself)
    expect(hours('max 3 days', 'en', true)).to.equal(21);
  });

  it('when a time of day is said with "il est", then it is no amount of hours', () => {
    expect(hours('il est 22h et je cherche toujours une formation', 'fr')).to.equal(undefined);
    expect(hours('bonsoir, il est 23h', 'fr')).to.equal(undefined);
    expect(hours('20h par semaine', 'fr')).to.equal(20);
  });

  it('when a span of the day is said with days abbreviated, then it counts for each day', () => {
    expect(hours('10 to 4, tue to thu', 'en', true)).to.equal(18);
    expect(hours('9 to 1, tue to fri', 'en', true)).to.equal(16);
  });

  it('when a round ten is said with "and some", then it is the middle of that ten', () => {
    expect(hours('thirty-odd hours', 'en', true)).to.equal(35);
    expect(hours('veintitantas horas', 'es', true)).to.equal(25);
    expect(hours('unas 30 y pico horas', 'es', true)).to.equal(35);
    expect(hours('dreißig irgendwas Stunden', 'de', true)).to.equal(35);
  });
});
