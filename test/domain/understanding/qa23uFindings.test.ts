import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading a black-box tester found (qa23, understanding), each checked here in words written for the test,
 * in several languages: a support job at the trade question read as a call for help, "IT" alone as the trade, "never
 * studied" as no diploma, "can't use a computer" typed with typos read as a device, engineering as a trade.
 */
describe('Understanding: findings of a black-box tester (qa23u)', () => {
  const u = useUnderstanding();

  it('when a support job is the answer to the trade question, then it is the trade, no call for help and no skill rating (q03)', () => {
    for (const text of ['IT support', 'tech support please', 'it support']) {
      const got = u().understand(text, 'en', { pending: 'interest' });
      expect(got.intent, text).to.equal('none');
      expect(got.slots.field, text).to.equal('M');
      expect(got.slots.digitalSkills, text).to.equal(undefined);
    }
    // "support" alone is still a call for help, and working in IT support still rates the skills
    expect(u().understand('support', 'en', { pending: 'interest' }).intent).to.equal('help');
    expect(u().understand('I work in IT support', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('advanced');
  });

  it('when "IT" or "ICT" alone is the trade, then the field is computing, in every language (q04; in German as "in die IT": a bare German "it" lost an untouched line); the English "it" in a sentence is not', () => {
    const said: Array<[string, string]> = [
      ['en', 'IT'], ['en', 'in IT'], ['en', 'ICT'], ['fr', 'IT'], ['nl', 'ICT'], ['nl', 'IT'], ['de', 'in die IT'], ['lb', 'IT'], ['es', 'IT'],
    ];
    for (const [lang, text] of said) {
      const got = u().understand(text, lang, { pending: 'interest' });
      expect(got.slots.field, `${lang} ${text}`).to.equal('M');
      expect(got.slots.trade, `${lang} ${text}`).to.equal('it');
    }
    for (const text of ["I don't know, it depends", 'it is hard to say', 'do it for me', 'do it']) {
      expect(u().understand(text, 'en', { pending: 'interest' }).slots.field, text).to.equal(undefined);
    }
    // "it's" is a filler of two tokens: its "it" is no trade either (it changed the list after "it's too expensive")
    for (const text of ["it's too expensive", "it's far from home", "ok it's fine"]) {
      expect(u().understand(text, 'en').slots.field, text).to.equal(undefined);
      expect(u().understand(text, 'en', { pending: 'interest' }).slots.field, text).to.equal(undefined);
    }
  });

  it('when computer networks are the subject wished in French, then the topic is programming, not digital basics (q04)', () => {
    expect(u().understand('plutôt les réseaux', 'fr', { pending: 'interest' }).slots.interest).to.equal('programming');
    expect(u().understand("l'informatique, surtout le réseau", 'fr', { pending: 'interest' }).slots.interest).to.equal('programming');
  });

  it('when someone says they never studied or finished no school, then it is no diploma, alone and in a long message (q07)', () => {
    const alone: Array<[string, string]> = [
      ['es', 'no he estudiado nunca'], ['de', 'ich habe keine Schule abgeschlossen'], ['en', 'I never studied'],
      ['fr', "j'ai jamais étudié"], ['nl', 'ik heb geen school afgemaakt'], ['lb', 'ech hu keng Schoul ofgeschloss'],
    ];
    for (const [lang, text] of alone) expect(u().understand(text, lang, { pending: 'qualification' }).slots.eqfLevel, text).to.equal(0);
    const long: Array<[string, string]> = [
      ['es', 'soy de Marruecos, nunca he estudiado, quiero trabajar de limpiadora en Bruselas'],
      ['de', 'ich suche Arbeit im Lager, habe keine Schule abgeschlossen und wohne in Trier'],
    ];
    for (const [lang, text] of long) expect(u().understand(text, lang).slots.eqfLevel, text).to.equal(0);
  });

  it('when "can\'t use a computer" is typed with typos to the skills question, then the skills are none, no device (q08)', () => {
    const said: Array<[string, string]> = [
      ['de', 'kan keine computer'], ['de', 'ich kan nix mit computer'], ['nl', 'ik kan nie met pc'], ['nl', 'kan geen laptop gebruiken'],
      ['lb', 'kan net mam laptop'], ['es', 'no puedo usar el ordenador'],
    ];
    for (const [lang, text] of said) {
      const got = u().understand(text, lang, { pending: 'digitalSkills' });
      expect(got.slots.digitalSkills, text).to.equal('none');
      expect(got.slots.equipment, text).to.equal(undefined);
    }
  });

  it('when engineering or an engineer is the trade, then the field is industry (q10)', () => {
    const said: Array<[string, string]> = [
      ['en', 'engineering'], ['en', 'mechanical engineering'], ['fr', 'ingénierie'], ['es', 'ingeniería'], ['de', 'Ingenieurwesen'], ['nl', 'engineering'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang, { pending: 'interest' }).slots.field, text).to.equal('H');
  });

  it('when a diploma is named with its country and no level, then it is understood as such, its level still to be said (q05)', () => {
    const said: Array<[string, string]> = [
      ['de', 'Abschluss aus der Türkei'], ['nl', 'mijn diploma is van Syrië'], ['lb', 'en Diplom aus Rumänien'], ['fr', 'diplôme obtenu en Tunisie'],
      ['en', 'my diploma is from Nigeria'], ['es', 'un título de Colombia'],
    ];
    for (const [lang, text] of said) {
      const answer = u().answer('qualification', text, lang);
      expect(answer?.levelMissing, text).to.equal(true);
      expect(answer?.profile.eqfLevel, text).to.equal(undefined);
    }
    // a level named still wins, and no diploma is no diploma
    expect(u().answer('qualification', 'un bac du Maroc', 'fr')?.profile.eqfLevel).to.equal(4);
    expect(u().answer('qualification', 'kein Diplom', 'de')?.profile.eqfLevel).to.equal(0);
  });

  it('when a device is listed after a diploma and before "and" with more said, in a long first message, then the device is kept (q06)', () => {
    const said: Array<[string, string]> = [
      ['fr', "je cherche du travail comme magasinier, j'ai un CAP, un pc portable et je me débrouille bien, 6h par semaine, j'habite à Mons"],
      ['de', 'ich will als Koch arbeiten. Ich habe Abitur, einen Computer und kenne mich gut aus. Ich wohne in Trier'],
      ['en', 'I want a job as a cleaner, I have a high school diploma, a laptop and I get by fine, I live in Liege'],
      ['es', 'quiero trabajar de camarera, tengo la ESO, un ordenador y me apaño bien, vivo en Namur'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.equipment, text).to.equal('computer-and-internet');
  });
});
