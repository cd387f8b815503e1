import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading a black-box tester found (qa21, section A), each checked here in words written for the test,
 * in several languages: a career started again, "no degree", computing named as a diploma's subject or a field,
 * everyday trade words.
 */
describe('Understanding: findings of a black-box tester (qa21)', () => {
  const u = useUnderstanding();

  it('when someone says they restart their career, then it is no restart of the conversation but a change of career (q01)', () => {
    const said: Array<[string, string]> = [
      ['nl', 'ik wil mijn loopbaan herstarten'], ['nl', 'mijn carrière opnieuw starten, dat is het plan'],
      ['fr', 'je voudrais redémarrer ma carrière'], ['fr', 'relancer ma vie professionnelle'],
      ['de', 'ich möchte meine Laufbahn neu starten'], ['lb', 'ech wëll meng Karriär nei starten'],
      ['en', 'I need to relaunch my career'], ['es', 'quiero relanzar mi vida profesional'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).intent, text).to.not.equal('restart');
    for (const [lang, text] of said.filter(([lang]) => ['nl', 'fr', 'de', 'lb'].includes(lang))) {
      expect(u().understand(text, lang).slots.goal, text).to.equal('retrain');
    }
    // starting the chat again still is one
    for (const [lang, text] of [['nl', 'opnieuw beginnen'], ['fr', 'on recommence depuis le début'], ['de', 'neu starten bitte'], ['en', 'start over']]) {
      expect(u().understand(text, lang).intent, text).to.equal('restart');
    }
  });

  it('when someone says they have no diploma in Spanish, then it is no diploma, alone or in a longer message (q03); English "no degree" stays unknown', () => {
    // (English "no degree" often means no university degree: an earlier session chose to leave the level unknown, and
    // chattedAsJobseekers and choose tests keep that choice)
    expect(u().understand('no degree', 'en', { pending: 'qualification' }).slots.eqfLevel).to.equal(undefined);
    expect(u().understand('sin diplomas', 'es', { pending: 'qualification' }).slots.eqfLevel).to.equal(0);
    expect(u().understand('camarera, 30 años, sin ningún diploma, vivo en Lieja', 'es').slots.eqfLevel).to.equal(0);
  });

  it('when computing is the subject of a diploma or a job title, then it is no industry job (q05)', () => {
    const nl = u().understand('master informatica', 'nl', { pending: 'qualification' }).slots;
    expect(nl.eqfLevel).to.equal(7);
    expect(nl.field).to.not.equal('H');
    expect(u().understand('ik ben informaticus, informatici zoeken werk', 'nl').slots.field).to.not.equal('H');
    expect(u().understand('Informatikerin', 'de', { pending: 'interest' }).slots.field).to.not.equal('H');
  });

  it('when someone wants a certificate or training in IT, then IT is read (q07)', () => {
    expect(u().understand('I want a certificate in IT', 'en').slots.field).to.equal('M');
    expect(u().understand('looking for a traineeship in IT', 'en').slots.field).to.equal('M');
  });

  it('when an everyday word names a trade, then the trade is read (q17)', () => {
    expect(u().understand('Kachen', 'lb', { pending: 'interest' }).slots.field).to.equal('G');
    expect(u().understand('ech wëll am Kachen schaffen', 'lb').slots.field).to.equal('G');
    expect(u().understand('je veux bosser dans la sécu', 'fr').slots.field).to.equal('K');
    expect(u().understand('any driving jobs', 'en', { pending: 'interest' }).slots.field).to.equal('N');
    // a licence held is no wish for a driving job
    expect(u().understand('I have my driving licence', 'en').slots.field).to.equal(undefined);
  });
});
