import { expect } from 'chai';
import { converse } from '../helpers/engineFixture';

/**
 * After a list that says the person's trade has courses in another language only, "zeigen Sie mir die französischen"
 * and "toon me de Franse" point at those items: the list in French comes (as "show me the French ones" does since the
 * twenty-first session). Found chatting (rec21, rec22): the German one was not read ("no more ideas"), the Dutch one
 * was read as wanting to learn French (French courses replaced the baker's list).
 */
describe('The courses of their trade in another language, asked for with the language as an adjective (engine, real knowledge)', function () {
  this.timeout(120000);
  const ROWS: Array<[string, string[], string]> = [
    ['de-BE', ['Hallo, ich wohne in Eupen und suche Arbeit als Pflegehelferin', 'ich habe kein Diplom', 'ich habe einen Computer und kann damit umgehen', '5 Stunden'], 'zeigen Sie mir die französischen'],
    ['nl-BE', ['Hallo, ik woon in Gent en zoek werk als bakker', 'geen diploma', 'ik heb een computer en kan er goed mee werken', '5 uur'], 'toon me de Franse'],
    // (read as basic skills: Luxembourgish and Duolingo came into the list)
    ['es-ES', ['Hola, vivo en Luxemburgo y quiero trabajar como auxiliar de cuidados', 'tengo el bachillerato', 'solo tengo un móvil, me manejo un poco', '5 horas'], 'muéstrame los franceses'],
  ];
  for (const [locale, before, asked] of ROWS) {
    it(`when "${asked}" (${locale}) follows a list that said the trade's courses are in French, then the list in French comes and nothing is kept as a language to learn or basic skills`, () => {
      const first = converse(locale, before);
      const { session, out } = converse(locale, [...before, asked], first.engine);
      const after = out.slice(first.out.length);
      expect(after.some((o) => o.type === 'say' && o.key === 'recommend:onlyIn' && o.params?.language === 'fr'), JSON.stringify(after.map((o) => o.type === 'say' ? o.key : o.type))).to.equal(true);
      expect(session.profile.learnLanguages ?? []).to.deep.equal([]);
      expect(session.profile.interest).to.equal(undefined);
    });
  }
});

/**
 * A Spanish care worker in Luxembourg with only a phone (found chatting, rec21/rec22): "auxiliar de cuidados" was no
 * trade (the whole ROME domain was named), and the list, WHO's hygiene courses in Spanish "of use beside your trade",
 * came with "no course that really fits", though courses for care exist in French and English: the reply says so, and
 * "¿y en francés?" then brings them.
 */
describe('A Spanish care worker in Luxembourg with only a phone (engine, real knowledge)', function () {
  this.timeout(120000);
  const before = ['Hola, vivo en Luxemburgo y quiero trabajar como auxiliar de cuidados', 'tengo el bachillerato', 'solo tengo un móvil, me manejo un poco', '5 horas'];

  it('when her list has no course that teaches care in Spanish, then the reply says the care courses are in other languages, naming them', () => {
    const { session, out } = converse('es-ES', before);
    expect(session.profile.trade).to.equal('care');
    const said = out.filter((o) => o.type === 'say').map((o) => (o.type === 'say' ? o : undefined)!);
    const sentence = said.find((o) => o.key.startsWith('recommend:noneInTheirLanguage'));
    expect(sentence, JSON.stringify(said.map((o) => o.key))).to.not.equal(undefined);
    expect([sentence!.params?.first, sentence!.params?.second]).to.include('fr');
    expect(said.some((o) => o.key === 'recommend:partialForField')).to.equal(false);
  });

  it('when she then asks "¿y en francés?", then the care courses in French come', () => {
    const { out } = converse('es-ES', [...before, '¿y en francés?']);
    const last = out.filter((o) => o.type === 'recommend').at(-1);
    expect(last && last.type === 'recommend' ? last.items.map((i) => i.id) : []).to.include.members(['fun-alzheimer-upmc']);
  });
});

/**
 * One with no device and no ease with computers is told what to do first: the first place of the list, named (found
 * chatting, rec21: a Dutch speaker in Ghent got Digibanken, VDAB's offer and Oefenen.nl with no word of where to start;
 * no language said it).
 */
describe('The first step for one with no device and no ease with computers (engine, real knowledge)', function () {
  this.timeout(120000);
  const ROWS: Array<[string, string[]]> = [
    ['nl-BE', ['Hallo, ik woon in Gent en zoek werk in de schoonmaak', 'geen diploma', 'ik heb geen computer en geen telefoon, ik kan niet met computers werken', '5 uur']],
    ['fr-BE', ["Bonjour, j'habite à Liège et je cherche du travail dans le nettoyage", 'pas de diplôme', "je n'ai ni ordinateur ni téléphone, je ne sais pas utiliser un ordinateur", '5 heures']],
    ['de-BE', ['Hallo, ich wohne in Eupen und suche Arbeit in der Reinigung', 'kein Diplom', 'ich habe keinen Computer und kein Handy, ich kann nicht mit Computern umgehen', '5 Stunden']],
  ];
  for (const [locale, texts] of ROWS) {
    it(`when a person with no device and no ease gets their list (${locale}), then they are told to start with its first place, named`, () => {
      const { engine, out } = converse(locale, texts);
      const list = out.find((o) => o.type === 'recommend');
      const first = list && list.type === 'recommend' ? list.items[0] : undefined;
      expect(first?.kind).to.equal('support');
      const step = out.find((o) => o.type === 'say' && o.key === 'recommend:firstStep');
      expect(step && step.type === 'say' ? step.params : undefined).to.deep.equal({ place: engine.deps.recommender.aboutItem(first!.id, locale.slice(0, 2) as 'fr')!.name });
      expect(out.findIndex((o) => o === step)).to.be.greaterThan(out.findIndex((o) => o === list));
    });
  }

  it('when a person at ease with their own computer gets their list, then no first step is said', () => {
    const { out } = converse('nl-BE', ['Hallo, ik woon in Gent en zoek werk in de schoonmaak', 'geen diploma', 'ik heb een computer en kan er goed mee werken', '5 uur']);
    expect(out.some((o) => o.type === 'say' && o.key === 'recommend:firstStep')).to.equal(false);
  });
});
