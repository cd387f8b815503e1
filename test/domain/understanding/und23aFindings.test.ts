import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading of people with a health problem or a disability who need an adapted job, found on the tuning
 * half of the twenty-sixth evaluation set, each checked here in words written for the test.
 */
describe('Understanding: people with a health problem or a disability', () => {
  const u = useUnderstanding();
  type Pending = NonNullable<Parameters<ReturnType<typeof u>['understand']>[2]>['pending'];
  const read = (text: string, lang: string, pending?: Pending) => u().understand(text, lang, { pending }).slots;

  it('when someone quotes their doctor, then the doctor is no job wished and the "work" of "médecin du travail" no job looked for', () => {
    const said: Array<[string, string, string]> = [
      ['fr', "après mon opération de l'épaule, le médecin du travail me conseille de changer de métier", 'retrain'],
      ['fr', 'mon médecin traitant trouve que je devrais faire autre chose', 'retrain'],
      ['de', 'der Betriebsarzt meint, ich soll umschulen', 'retrain'],
      ['es', 'el médico del trabajo me dijo que cambie de oficio', 'retrain'],
    ];
    for (const [lang, text, goal] of said) {
      const slots = read(text, lang);
      expect(slots.field, text).to.equal(undefined);
      expect(slots.goal, text).to.equal(goal);
    }
    for (const [lang, text] of [['nl', 'de bedrijfsarts zegt dat ik niet meer mag tillen'], ['en', 'my GP thinks lifting is over for me'],
      ['lb', 'mäin Dokter seet, ech soll net méi schwéier droen']]) expect(read(text, lang).field, text).to.equal(undefined);
    // as the answer to the goal question too
    expect(read('le médecin du travail dit que le bâtiment c’est fini, il faut changer de métier', 'fr', 'goal').goal).to.equal('retrain');
    // a doctor one wants to become stays a job, and so does one named alone
    expect(read('je veux devenir médecin du travail', 'fr').field).to.equal('J');
    expect(read('médecin du travail', 'fr', 'interest').field).to.equal('J');
  });

  it('when someone names their doctor or their illness, then it is no diploma', () => {
    expect(read('tengo una enfermedad crónica, busco algo tranquilo', 'es').eqfLevel).to.equal(undefined);
    expect(read('el graduado escolar nada más, lo dejé por una enfermedad', 'es', 'qualification').eqfLevel).to.not.equal(6);
    expect(read('my doctor says I need a quieter job', 'en').eqfLevel).to.equal(undefined);
    // a doctorate is still one
    expect(read('I have a doctorate in biology', 'en').eqfLevel).to.equal(8);
  });

  it('when someone names a disability service, a Brussels stop or a village, then it is the region', () => {
    const said: Array<[string, string, string]> = [
      ['nl', 'GTB helpt me bij het zoeken naar werk', 'BE-VLG'],
      ['fr', 'le GTB me suit depuis mon accident', 'BE-VLG'],
      ['en', "I'm registered with the AViQ", 'BE-WAL'],
      ['de', 'die Dienststelle für Selbstbestimmtes Leben begleitet mich', 'BE-WAL'],
      ['es', 'vivo al lado de Anneessens', 'BE-BRU'],
      ['de', 'ich wohne in Olm', 'LU'],
      ['lb', 'ech wunnen zu Stroossen', 'LU'],
      ['fr', "je cherche un travail assis du côté de Toul", 'FR'],
    ];
    for (const [lang, text, region] of said) expect(read(text, lang).region, text).to.equal(region);
  });
  it('when someone can no longer do their trade for their health, then it is a change of trade and the trade is left', () => {
    const said: Array<[string, string]> = [
      ['fr', 'je ne peux plus travailler comme maçon à cause de mon dos'],
      ['fr', "mes genoux ne suivent plus, plombier c'est fini pour moi"],
      ['de', 'als Fliesenleger kann ich wegen meinem Rücken nicht mehr arbeiten'],
      ['en', "I can't work as a roofer anymore because of my back"],
      ['nl', 'als metser kan ik door mijn rug niet meer werken'],
      ['es', 'ya no puedo trabajar de albañil por la espalda'],
      ['lb', 'als Schräiner geet et mat mengem Réck net méi'],
    ];
    for (const [lang, text] of said) {
      const slots = read(text, lang);
      expect(slots.goal, text).to.equal('retrain');
      expect(slots.field, text).to.equal(undefined);
    }
    // to the goal question, a change of trade said first keeps no field either
    const answered = read('Umschulung, als Maurer geht es mit meinen Knien nicht mehr', 'de', 'goal');
    expect(answered.goal).to.equal('retrain');
    expect(answered.field).to.equal(undefined);
    // no health named, or the same work wanted again: the trade stays
    expect(read('je ne veux plus faire les nuits comme aide-soignante', 'fr').field).to.equal('J');
    const same = read("aide-soignante, je cherche la même chose mais assise, j'ai mal au dos", 'fr');
    expect(same.goal).to.equal('find-job');
    expect(same.field).to.equal('J');
  });

  it('when someone names a job with a seated or adapted post, then they look for that job', () => {
    const said: Array<[string, string, 'goal' | undefined, string]> = [
      ['fr', "magasinier, mais assis, j'ai une prothèse au genou", 'goal', 'N'],
      ['es', 'cajera en un supermercado, sentada', 'goal', 'D'],
      ['de', 'Lagerarbeit, sitzend', undefined, 'N'],
    ];
    for (const [lang, text, pending, field] of said) {
      const slots = read(text, lang, pending);
      expect(slots.goal, text).to.equal('find-job');
      expect(slots.field, text).to.equal(field);
    }
    // a bare job to the goal question stays a job only
    expect(read('magasinier', 'fr', 'goal').goal).to.equal(undefined);
  });
});
