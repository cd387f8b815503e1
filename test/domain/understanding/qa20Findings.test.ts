import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings a black-box tester found chatting as jobseekers (qa20, 2026-12-06): diplomas, equipment, ease with
 * computers and hours, each checked here in words written for the test (and a few of the tester's own messages).
 */
describe('Understanding: diplomas, equipment and ease a black-box tester gave (qa20)', () => {
  const u = useUnderstanding();
  const diplomas = (lang: string, none: string) => [{ value: '0', label: none }, { value: '4', label: 'End of secondary school' }, { value: '6', label: 'Bachelor' }];

  it('when "a diploma" is typed alone to the diploma question, then it is no level, and never "No diploma" (U1)', () => {
    const cases: Array<[string, string, string]> = [
      ['lb', 'Diplom', 'Keen Diplom'], ['lb', 'ech hunn en Diplom', 'Keen Diplom'], ['fr', 'diplôme', 'Aucun diplôme'],
      ['en', 'a diploma', 'No diploma'], ['en', 'diploma', 'No diploma'], ['nl', 'diploma', 'Geen diploma'], ['de', 'Abschluss', 'Kein Abschluss'],
    ];
    for (const [lang, text, none] of cases) {
      expect(u().answer('qualification', text, lang, diplomas(lang, none))?.profile.eqfLevel, text).to.not.equal(0);
    }
    // its "no" typed still picks it
    expect(u().answer('qualification', 'keen Diplom', 'lb', diplomas('lb', 'Keen Diplom'))?.profile.eqfLevel).to.equal(0);
  });

  it('when someone says they have no computer, then that is no equipment, not "only a smartphone" nobody named (U4)', () => {
    const cases: Array<[string, string]> = [
      ['en', 'no laptop'], ['en', "I don't own a computer"], ['fr', "j'ai pas d'ordi"], ['es', 'no tengo computadora'],
      ['de', 'ich habe keinen Laptop'], ['nl', 'ik heb geen computer'],
    ];
    for (const [lang, text] of cases) expect(u().answer('equipment', text, lang, [])?.profile.equipment, text).to.equal('none');
    // a phone named beside it still is one
    expect(u().answer('equipment', 'pas de pc, juste mon téléphone', 'fr', [])?.profile.equipment).to.equal('smartphone-only');
    expect(u().answer('equipment', 'no computer but I have a smartphone', 'en', [])?.profile.equipment).to.equal('smartphone-only');
  });

  it('when the ease with computers is given as an item of a first message listing the profile, then it is read (U7)', () => {
    const cases: Array<[string, string, string]> = [
      ['fr', 'vendeuse, CESS, à l\'aise, pc portable, 10h, Liège', 'autonomous'],
      ['es', 'camarera, bachillerato, muy bien, mac, 10 horas, Gante', 'advanced'],
      ['nl', 'kapster, aso, heel goed, laptop, 5 uur, Gent', 'advanced'],
      ['en', 'cook, GCSEs, not bad, imac, 12 hours, Brussels', 'autonomous'],
      ['de', 'ich suche Arbeit als Fahrer, Realschule, kenne mich mit dem Computer nicht so aus, 5 Stunden', 'with-help'],
      ['de', 'will Maler werden, Abitur, Computer kann ich, 10 Stunden, Eupen', 'autonomous'],
      ['fr', "j'ai un ordinateur mais je m'en sers rarement, je cherche un emploi", 'with-help'],
    ];
    for (const [lang, text, level] of cases) expect(u().understand(text, lang).slots.digitalSkills, text).to.equal(level);
    // a rating said of a language, or in a greeting, is none of it
    expect(u().understand('vendeuse, bac, français très bien, anglais bien, 10h, namur', 'fr').slots.digitalSkills).to.equal(undefined);
    expect(u().understand('bonjour, très bien merci, je cherche du travail, bac, namur', 'fr').slots.digitalSkills).to.equal(undefined);
  });

  it('when a diploma is named in everyday words, then its level is read (U13, U14, U15)', () => {
    const cases: Array<[string, string, number]> = [
      ['en', 'a vocational diploma', 3], ['en', 'vocational qualification in catering', 3], ['nl', 'A2 hotelschool', 4],
      ['en', 'secondary school', 4], ['en', 'I finished secondary', 4], ['nl', 'secundair', 4], ['nl', 'secundair onderwijs', 4],
      ['fr', "diplôme d'aide infirmière au Portugal", 4], ['fr', 'infirmier auxiliaire', 4],
    ];
    for (const [lang, text, level] of cases) expect(u().answer('qualification', text, lang, [])?.profile.eqfLevel, text).to.equal(level);
    // some of it, or left, stays below
    expect(u().answer('qualification', 'some high school', 'en', [])?.profile.eqfLevel).to.equal(3);
    expect(u().answer('qualification', 'no secondary school diploma', 'en', [])?.profile.eqfLevel).to.equal(0);
  });

  it('when "I don\'t have one" is said alone to the diploma question, then it is no diploma (U13)', () => {
    const cases: Array<[string, string]> = [
      ['es', 'no tengo'], ['es', 'no, no tengo'], ['fr', "j'en ai pas"], ['fr', "j'ai pas"], ['de', 'hab ich nicht'],
      ['nl', 'heb ik niet'], ['en', "I don't have one"], ['lb', 'hunn ech net'],
    ];
    for (const [lang, text] of cases) expect(u().answer('qualification', text, lang, [])?.profile.eqfLevel, text).to.equal(0);
    expect(u().answer('qualification', "j'ai pas compris", 'fr', [])?.profile.eqfLevel).to.equal(undefined);
  });
});
