import { expect } from 'chai';
import type { SlotOption } from '../../../bot/domain/understanding';
import { useUnderstanding } from './fixture';

const GOALS: SlotOption[] = [
  { value: 'find-job', label: 'Trouver un emploi' }, { value: 'retrain', label: 'Changer de métier' },
  { value: 'certify', label: 'Obtenir un certificat' }, { value: 'basics', label: "Apprendre les bases de l'informatique" },
  { value: 'start-business', label: 'Créer une entreprise' }, { value: 'unsure', label: 'Je ne sais pas encore' },
];
const DIPLOMAS: SlotOption[] = [
  { value: '0', label: 'Aucun diplôme' }, { value: '2', label: 'Secondaire inférieur (brevet, CE1D)' },
  { value: '3', label: 'CAP, DAP ou une partie du secondaire' }, { value: '4', label: 'Fin du secondaire (CESS, bac de lycée)' },
  { value: '5', label: 'Bac +2 (BTS, graduat)' }, { value: '6', label: 'Licence, bachelier' }, { value: '7', label: 'Master ou plus' },
];
const EQUIPMENT: SlotOption[] = [
  { value: 'none', label: 'Rien' }, { value: 'smartphone-only', label: 'Seulement un smartphone' },
  { value: 'computer-and-internet', label: 'Ordinateur et Internet' },
];

/**
 * Misreadings left by the twentieth session (README, "Left"), each checked in words written for the test: a device
 * in a condition contrary to fact, a school year typed to a numbered question, a phone named to the skills question,
 * "no computer" alone.
 */
describe('Understanding: hypotheses, school years, a phone to the skills question, "no computer" alone', () => {
  const u = useUnderstanding();

  it('when a device is named in a condition contrary to fact, then no equipment is noted', () => {
    const said: Array<[string, string]> = [
      ['fr', "si j'avais un ordinateur je ferais une formation en compta"], ['en', 'if I had a laptop I could take a course'],
      ['es', 'si tuviera un portátil haría un curso'], ['de', 'wenn ich einen Laptop hätte, würde ich einen Kurs machen'],
      ['nl', 'als ik een laptop had, zou ik een cursus volgen'], ['lb', 'wann ech e Laptop hätt, géif ech e Cours maachen'],
    ];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.equipment, text).to.equal(undefined);
    // …nor to the equipment question, whose option label it types
    expect(u().understand("si j'avais un ordinateur ce serait plus simple", 'fr', { pending: 'equipment', options: EQUIPMENT }).slots.equipment)
      .to.equal(undefined);
    // a device had is still had
    expect(u().understand("j'ai un ordinateur, je voudrais faire une formation", 'fr').slots.equipment).to.equal('computer-and-internet');
  });

  it('when a school year written with digits answers the goal question, then it picks no option', () => {
    for (const text of ['4eme', '4ème', 'le 4e', 'la 3e']) {
      expect(u().understand(text, 'fr', { pending: 'goal', options: GOALS }).slots.goal, text).to.equal(undefined);
    }
    // an option named as one still picks
    expect(u().understand('la 4e option', 'fr', { pending: 'goal', options: GOALS }).slots.goal).to.equal('basics');
    expect(u().understand('la quatrième', 'fr', { pending: 'goal', options: GOALS }).slots.goal).to.equal('basics');
    expect(u().understand('4', 'fr', { pending: 'goal', options: GOALS }).slots.goal).to.equal('basics');
  });

  it('when a school year written with digits answers the diploma question, then it is that school year, not option four', () => {
    expect(u().understand('4ème', 'fr', { pending: 'qualification', options: DIPLOMAS }).slots.eqfLevel).to.equal(1);
    expect(u().understand('4', 'fr', { pending: 'qualification', options: DIPLOMAS }).slots.eqfLevel).to.equal(4);
  });

  it('when the answer to the skills question is only a phone, then it says the equipment and rates nothing', () => {
    const said: Array<[string, string]> = [['es', 'solo móvil'], ['es', 'solo el celular'], ['fr', 'seulement mon téléphone']];
    for (const [lang, text] of said) {
      const { slots } = u().understand(text, lang, { pending: 'digitalSkills' });
      expect(slots.digitalSkills, text).to.equal(undefined);
      expect(slots.equipment, text).to.equal('smartphone-only');
    }
    // a use named is a rating
    expect(u().understand('solo whatsapp', 'es', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
  });

  it('when a first message only says there is no computer, then no phone is assumed', () => {
    const said: Array<[string, string]> = [['en', 'no computer'], ['fr', "pas d'ordinateur"], ['de', 'kein PC'], ['es', 'sin ordenador']];
    for (const [lang, text] of said) expect(u().understand(text, lang).slots.equipment, text).to.equal('none');
  });
});
