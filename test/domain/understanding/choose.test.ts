import { expect } from 'chai';
import type { SlotOption } from '../../../bot/domain/understanding';
import { table, useUnderstanding } from './fixture';

const FR: SlotOption[] = [
  { value: 'find-job', label: 'Trouver un emploi' }, { value: 'retrain', label: 'Me reconvertir' },
  { value: 'certify', label: 'Obtenir un diplôme' }, { value: 'basics', label: 'Apprendre les bases du numérique' },
  { value: 'start-business', label: 'Créer mon entreprise' }, { value: 'unsure', label: 'Je ne sais pas encore' },
];
const EN: SlotOption[] = [
  { value: 'find-job', label: 'Find a job' }, { value: 'retrain', label: 'Change career' },
  { value: 'certify', label: 'Get a qualification' },
];
const SHORT: SlotOption[] = [{ value: 'a', label: 'Encontrar trabajo' }, { value: 'b', label: 'Cambiar de profesión' }];

describe('Understanding.choose', () => {
  const u = useUnderstanding();
  table<string | undefined>([
    ['2', 'retrain'], ['la deuxième', 'retrain'], ['la 2eme', 'retrain'], ['n°3', 'certify'], ['option 4', 'basics'],
    ['le dernier', 'unsure'], ['trois', 'certify'], ['5.', 'start-business'], ['je choisis la 1', 'find-job'],
    ['la premiere', 'find-job'], ['Obtenir un diplome', 'certify'], ['trouver emplois', 'find-job'],
    ['creer entreprise', 'start-business'], ['reconvertir', 'retrain'], ["j'ai 2 enfants", undefined], ['7', undefined],
    ['xyz', undefined],
  ], (text, value) => expect(u().choose(text, 'fr', FR)).to.equal(value),
  (text, value) => `when a French user types "${text}", then the option chosen is ${value}`);

  table<string | undefined>([
    ['the second one', 'retrain'], ['second', 'retrain'], ['number 3', 'certify'], ['1', 'find-job'],
    ['find job', 'find-job'], ['last one', 'certify'], ['two', 'retrain'], ['get a qualifcation', 'certify'],
  ], (text, value) => expect(u().choose(text, 'en', EN)).to.equal(value),
  (text, value) => `when an English user types "${text}", then the option chosen is ${value}`);

  table<[string, string]>([
    ['la segunda', ['es', 'b']], ['el primero', ['es', 'a']], ['dos', ['es', 'b']], ['opción 2', ['es', 'b']],
    ['2º', ['es', 'b']], ['die zweite', ['de', 'b']], ['Nummer 1', ['de', 'a']], ['zwei', ['de', 'b']],
    ['das letzte', ['de', 'b']],
  ], (text, [lang, value]) => expect(u().choose(text, lang, SHORT)).to.equal(value),
  (text, [lang, value]) => `when a ${lang} user types "${text}", then the option chosen is ${value}`);

  // an option number with a hedge is still that option (fresh-set tuning half: "la 2 je pense" was nothing)
  table<[string, string]>([
    ['la 3 je crois', ['fr', 'certify']], ['2 je pense', ['fr', 'retrain']], ['probablement la 1', ['fr', 'find-job']],
  ], (text, [lang, value]) => expect(u().choose(text, lang, FR)).to.equal(value),
  (text, [lang, value]) => `when a ${lang} user types "${text}", then the option chosen is ${value}`);
  table<[string, string]>([
    ['2 i think', ['en', 'retrain']], ['probably the first', ['en', 'find-job']],
  ], (text, [lang, value]) => expect(u().choose(text, lang, EN)).to.equal(value),
  (text, [lang, value]) => `when a ${lang} user types "${text}", then the option chosen is ${value}`);
  table<[string, string]>([
    ['la 2 creo', ['es', 'b']], ['die 1 glaube ich', ['de', 'a']], ['2 denk ik', ['nl', 'b']], ['waarschijnlijk 1', ['nl', 'a']],
    ["d'2 mengen ech", ['lb', 'b']],
  ], (text, [lang, value]) => expect(u().choose(text, lang, SHORT)).to.equal(value),
  (text, [lang, value]) => `when a ${lang} user types "${text}", then the option chosen is ${value}`);

  // a number corrected, a choice for someone else, a pointing word (fresh-set tuning halves: each was nothing)
  table<[string, string | undefined]>([
    ['le 4 non attends le 5', ['fr', 'start-business']], ['la 5 pour ma femme', ['fr', 'start-business']],
    ['la 2 pour moi', ['fr', 'retrain']], ['la 2 là', ['fr', 'retrain']], ['le 4 et le 5', ['fr', undefined]],
    ['la 2 pour ma femme, la 3 pour moi', ['fr', undefined]],
  ], (text, [lang, value]) => expect(u().choose(text, lang, FR)).to.equal(value),
  (text, [lang, value]) => `when a ${lang} user types "${text}", then the option chosen is ${value}`);
  table<[string, string]>([
    ['die tweede optie daar', ['nl', 'b']], ['die 1 für meinen Sohn', ['de', 'a']], ['la 2 para mi hija', ['es', 'b']],
    ['1, nee wacht, 2', ['nl', 'b']],
  ], (text, [lang, value]) => expect(u().choose(text, lang, SHORT)).to.equal(value),
  (text, [lang, value]) => `when a ${lang} user types "${text}", then the option chosen is ${value}`);

  it('when no options are shown, then nothing is chosen', () => {
    expect(u().choose('2', 'fr', [])).to.equal(undefined);
  });

  it('when an answer is asked with options, then the option value becomes the profile value', () => {
    expect(u().answer('goal', '2', 'fr', FR)).to.deep.equal({ profile: { goal: 'retrain' } });
    expect(u().answer('goal', 'trouver emplois', 'fr', FR)).to.deep.equal({ profile: { goal: 'find-job' } });
    const regions = [{ value: 'BE-BRU', label: 'Bruxelles' }, { value: 'LU', label: 'Luxembourg' }];
    expect(u().answer('region', 'le deuxième', 'fr', regions)).to.deep.equal({ profile: { region: 'LU' } });
  });

  it('when an option value is not valid for the slot, then it is not used', () => {
    expect(u().answer('goal', '1', 'fr', [{ value: 'fly', label: 'Voler' }])).to.equal(undefined);
  });
});

describe('Understanding: an answer that negates is no option typed approximately', () => {
  const u = useUnderstanding();
  const DIPLOMAS: SlotOption[] = [
    { value: '0', label: 'No diploma' }, { value: '2', label: 'Lower secondary' }, { value: '3', label: 'Vocational certificate' },
    { value: '4', label: 'End of secondary school' }, { value: '5', label: '2 years of higher education' },
    { value: '6', label: "Bachelor's degree" }, { value: '7', label: "Master's or more" },
  ];
  const level = (text: string) => u().understand(text, 'en', { pending: 'qualification', options: DIPLOMAS }).slots.eqfLevel;
  table<number | undefined>([
    // "degree" alone types the label of an option approximately; negated, it says only what one lacks
    ['no degree', undefined], ["i don't have a degree", undefined], ['never got my degree', 4],
    ['bachelors degre', 6], ['no diploma', 0], ['no degree, just my a levels', 4],
  ], (text, expected) => expect(level(text)).to.equal(expected),
  (text, expected) => `when an English user answers "${text}" to the diploma question, then the level is ${expected}`);
});

describe('Understanding: option numbers ruled out are not picked', () => {
  const u = useUnderstanding();
  const SKILLS: SlotOption[] = [
    { value: 'none', label: 'Not at all' }, { value: 'with-help', label: 'With help' }, { value: 'autonomous', label: 'On my own' }, { value: 'advanced', label: 'Very well' },
  ];
  table<string | undefined>([
    ['not 2, rather 3', 'autonomous'], ['nicht die Eins, die Zwei', 'with-help'], ['pas la 4, la 3 plutôt', 'autonomous'],
    // two numbers and none ruled out pick nothing
    ['2 or 3', undefined],
  ], (text, expected) => expect(u().understand(text, text.startsWith('nicht') ? 'de' : text.startsWith('pas') ? 'fr' : 'en',
    { pending: 'digitalSkills', options: SKILLS }).slots.digitalSkills).to.equal(expected),
  (text, expected) => `when a user answers "${text}" to the skills question, then it is ${expected ?? 'nothing'}`);
});

// issue 7: "c'est où le premier ?" typed before any list was shown answered the goal question with its first option
describe('Understanding: an ordinal asked about is no option picked', () => {
  const u = useUnderstanding();
  table<[lang: string, options: SlotOption[]]>([
    ["c'est où, la deuxième ?", ['fr', FR]], ['où ça, le premier ?', ['fr', FR]], ['et le troisième c\'est où', ['fr', FR]],
    ['il est où le deuxième ?', ['fr', FR]],
    ['where can I see the second one?', ['en', EN]], ['which is the first?', ['en', EN]],
    ['¿dónde veo la segunda?', ['es', SHORT]], ['wo finde ich das erste?', ['de', SHORT]], ['waar staat de tweede?', ['nl', SHORT]],
  ], (text, [lang, options]) => {
    expect(u().choose(text, lang, options)).to.equal(undefined);
    expect(u().understand(text, lang, { pending: 'goal', options }).slots.goal).to.equal(undefined);
  }, (text, [lang]) => `when a ${lang} user asks "${text}" under the goal question, then no option is picked`);

  // a hesitant pick with a question mark and no question word is still a pick
  table<[lang: string, options: SlotOption[], value: string]>([
    ['la deuxième ?', ['fr', FR, 'retrain']], ['the first one?', ['en', EN, 'find-job']], ['die zweite?', ['de', SHORT, 'b']],
  ], (text, [lang, options, value]) => expect(u().choose(text, lang, options)).to.equal(value),
  (text, [lang, , value]) => `when a ${lang} user types "${text}", then the option chosen is ${value}`);
});
