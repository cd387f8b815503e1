import { expect } from 'chai';
import type { Profile } from '../../../bot/domain/profile/profile';
import { table, useUnderstanding } from './fixture';

describe('Understanding.extract', () => {
  const u = useUnderstanding();
  table<[string, Partial<Profile>]>([
    ["j'ai un bac et je veux apprendre Python, 10 heures par semaine", ['fr', { eqfLevel: 4, interest: 'programming', hoursPerWeek: 10 }]],
    ["Bonjour, j'habite à Liège, je cherche du travail et j'ai juste mon téléphone",
      ['fr', { region: 'BE-WAL', goal: 'find-job', equipment: 'smartphone-only' }]],
    ["je cherche du travail, j'ai un master et je veux apprendre le marketing digital",
      ['fr', { goal: 'find-job', eqfLevel: 7, interest: 'digital-marketing' }]],
    ["je suis nul en informatique et j'ai un CAP", ['fr', { eqfLevel: 3, digitalSkills: 'none' }]],
    ["je n'ai pas d'ordinateur", ['fr', { equipment: 'smartphone-only' }]],
    ['I have a bachelor\'s degree and I want to learn Excel, I live in Brussels', ['en', { eqfLevel: 6, interest: 'office', region: 'BE-BRU' }]],
    ['I have A levels, 2 hours a day', ['en', { eqfLevel: 4, hoursPerWeek: 14 }]],
    ['tengo el bachillerato y quiero aprender inglés, vivo en Bruselas', ['es', { eqfLevel: 4, interest: 'languages', learnLanguages: ['en'], region: 'BE-BRU' }]],
    ['Ich habe das Abitur und möchte Python lernen, ich wohne in Luxemburg, 10 Stunden pro Woche',
      ['de', { eqfLevel: 4, interest: 'programming', region: 'LU', hoursPerWeek: 10 }]],
    ['Ich möchte eine Ausbildung machen', ['de', { goal: 'certify' }]],
    // a diploma wished for is no level held, but it is the goal certify
    ['je veux passer mon bac', ['fr', { goal: 'certify' }]],
    // River Plate Spanish "laburar" (to work) in its past forms, as the past of "trabajar": a job held, then a change
    ['laburaba de mozo, ahora quiero cambiar y hacer algo de diseño gráfico', ['es', { goal: 'retrain', interest: 'design' }]],
    // a diploma name that is also an everyday word is no diploma wished for ("eso" is also "that")
    ['quiero seguir en eso', ['es', {}]], ['quiero sacarme la ESO', ['es', { goal: 'certify' }]],
    ["j'ai un pc mais pas internet", ['fr', { equipment: 'smartphone-only' }]],
    ["j'ai arrêté l'école à 16 ans", ['fr', { eqfLevel: 2 }]],
    // a diploma or an amount of hours alone is a statement too (a first message "A levels", "vingt heures")
    // "solo el" before a phone says it is what one has
    ['solo el móvil', ['es', { equipment: 'smartphone-only' }]],
    // a skill said with the computer in its words states the skill
    ["I'm ok with computers", ['en', { digitalSkills: 'autonomous' }]],
    ['A levels', ['en', { eqfLevel: 4 }]], ['Abitur', ['de', { eqfLevel: 4 }]], ['vingt heures', ['fr', { hoursPerWeek: 20 }]],
  ], (text, [lang, profile]) => expect(u().extract(text, lang)).to.deep.equal(profile),
  (text, [lang, profile]) => `when a ${lang} user writes "${text}", then ${JSON.stringify(profile)} is extracted`);

  table<string>([
    ["j'ai 25 ans et 2 enfants", 'fr'], ['je veux parler à un conseiller', 'fr'],
    ["j'ai internet", 'fr'], ['20', 'fr'], ['je sais pas', 'fr'], ['je me débrouille', 'fr'], ['un peu', 'fr'],
    ['Programmieren', 'de'], ['sehr gut', 'de'], ['websites', 'en'],
    ['Nice', 'en'], ['ça marche', 'fr'], ['I manage on my own', 'en'], ["non j'ai rien compris", 'fr'], ["j'ai un diplôme", 'fr'],
  ], (text, lang) => expect(u().extract(text, lang)).to.deep.equal({}),
  (text, lang) => `when a ${lang} user writes only "${text}", then nothing is extracted from free text`);

  it('when a first message says the person cannot use a computer, then that is the skill none (it states it, verb and all)', () => {
    expect(u().extract("je sais pas me servir d'un ordinateur", 'fr')).to.deep.equal({ digitalSkills: 'none' });
    expect(u().extract("I can't use a computer", 'en')).to.deep.equal({ digitalSkills: 'none' });
  });

  // found chatting: "je n'ai rien du tout, ni ordi ni téléphone" to the equipment question replaced a CESS by "no diploma"
  it('when a person says they have nothing at all, with devices named, then that is no diploma said; as the answer to the diploma question it is', () => {
    for (const [text, lang] of [["je n'ai rien du tout, ni ordi ni téléphone", 'fr'], ['ich habe gar nichts, kein Handy kein Computer', 'de']] as const) {
      expect(u().extract(text, lang).eqfLevel, text).to.equal(undefined);
    }
    expect(u().answer('qualification', 'rien du tout', 'fr', [])?.profile).to.deep.equal({ eqfLevel: 0 });
    expect(u().answer('qualification', 'gar nichts', 'de', [])?.profile).to.deep.equal({ eqfLevel: 0 });
  });

  it('when a sentence states a goal and a diploma, then the diploma word is not also read as the goal certify', () => {
    expect(u().extract("I have a bachelor's degree", 'en')).to.deep.equal({ eqfLevel: 6 });
  });

  it('when a job is wanted full time, then the person is available full time (convention 8: 35-40 hours)', () => {
    expect(u().extract('je cherche un emploi à temps plein', 'fr')).to.deep.equal({ goal: 'find-job', hoursPerWeek: 38 });
  });
});

/**
 * Goal, interest, digital skills and equipment read from free text, per language: only the slots named are
 * checked (`null`: must stay empty), so that other slots' readers may evolve.
 */
describe('Understanding.extract: goal, interest, digital skills, equipment', () => {
  const u = useUnderstanding();
  type Slots = Record<string, string | null>;
  table<[string, Slots]>([
    // fr
    ["slt je cherche du taf dans la vente mais j'ai que mon tel et je suis pas top avec l'ordi",
      ['fr', { goal: 'find-job', equipment: 'smartphone-only', digitalSkills: 'with-help', interest: null }]],
    ['je suis espagnole et je cherche un emploi', ['fr', { goal: 'find-job', interest: null }]],
    ['je parle arabe et anglais', ['fr', { interest: null }]],
    ["j'en ai marre du ménage, je voudrais faire autre chose", ['fr', { goal: 'retrain' }]],
    ["au chômage depuis un an, je veux apprendre à me servir d'un ordinateur", ['fr', { goal: 'basics', interest: 'digital-basics' }]],
    ['je voudrais passer mon CAP cuisine', ['fr', { goal: 'certify' }]],
    ["je travaille comme vendeuse mais je voudrais me reconvertir dans le graphisme", ['fr', { goal: 'retrain', interest: 'design' }]],
    ["ma mère sait pas bien lire", ['fr', { interest: 'basic-skills' }]],
    ["pas de diplôme et pas d'ordi", ['fr', { equipment: ['none', 'smartphone-only'] as unknown as string }]],
    ["je suis développeur depuis 5 ans et je veux passer chef de projet", ['fr', { digitalSkills: 'advanced' }]],
    ['je sais envoyer des mails et remplir des formulaires en ligne', ['fr', { digitalSkills: 'autonomous' }]],
    // found chatting as founders (issue 8): a business named after "ouvrir" or "créer ma" was read as a job wished for
    // ("food truck" had joined the shops listed after "ouvrir" to its own "food"), and so got job-search courses
    ['je veux ouvrir ma boulangerie', ['fr', { goal: 'start-business', field: 'D' }]],
    ['je veux créer ma pâtisserie', ['fr', { goal: 'start-business', field: 'D' }]],
    ['je veux ouvrir un food truck', ['fr', { goal: 'start-business' }]],
    ['je veux mon propre restaurant', ['fr', { goal: 'start-business', field: 'G' }]],
    ['je veux créer des pâtisseries', ['fr', { goal: 'find-job' }]],
    // en
    ["I only have a tablet and I'm useless with computers, looking for any job in a warehouse",
      ['en', { equipment: 'smartphone-only', digitalSkills: 'none', goal: 'find-job', interest: null }]],
    ["I'm Polish, I speak English and German", ['en', { interest: null }]],
    ["sick of retail, I want to try something different", ['en', { goal: 'retrain' }]],
    ['I want to learn French so I can work here', ['en', { interest: 'basic-skills' }]],
    ['I have a degree in history and a decent laptop', ['en', { equipment: 'computer-and-internet', digitalSkills: null }]],
    ['I use the computers at the library', ['en', { equipment: 'none' }]],
    // es
    ['busco chamba de lo que sea, solo tengo el celu y no sé usar la compu',
      ['es', { goal: 'find-job', equipment: 'smartphone-only', digitalSkills: 'none' }]],
    ['soy portuguesa y hablo francés', ['es', { interest: null }]],
    ['quiero aprender francés para trabajar en Bruselas', ['es', { interest: 'basic-skills' }]],
    ['estoy harta de la limpieza, quiero cambiar de sector', ['es', { goal: 'retrain' }]],
    ['quiero montar mi propio negocio de repostería', ['es', { goal: 'start-business' }]],
    // de
    ['suche eine Stelle als Verkäuferin, hab nur ein Handy und bin mit dem Computer total überfordert',
      ['de', { goal: 'find-job', equipment: 'smartphone-only', digitalSkills: 'none', interest: null }]],
    ['ich spreche Türkisch und Deutsch', ['de', { interest: null }]],
    ['ich möchte Englisch lernen', ['de', { interest: 'languages' }]],
    ['ich arbeite als Koch, will aber etwas anderes machen', ['de', { goal: 'retrain' }]],
    ['PC hab ich, Internet auch', ['de', { equipment: 'computer-and-internet' }]],
    // nl
    ['ik wil een bakkerij openen', ['nl', { goal: 'start-business', field: 'D' }]],
    // found chatting as a jobseeker: a correction broke the equipment ("data" was mobile data, "non" negated the PC)
    ['non en fait je préfère la data, analyste de données', ['fr', { interest: 'data', equipment: null, goal: null }]],
    ["mais non j'ai un PC je vous l'ai dit !", ['fr', { equipment: 'computer-and-internet' }]],
    ['no I have a laptop, I told you', ['en', { equipment: 'computer-and-internet' }]],
    ['no tengo ordenador', ['es', { equipment: 'smartphone-only' }]],
    ['quiero aprender análisis de datos', ['es', { interest: 'data', equipment: null }]],
    // "nothing", "rien" are no diploma here: the skill is said
    ['I know nothing about computers', ['en', { digitalSkills: 'none', eqfLevel: null }]],
    ["l'ordi, j'y connais rien", ['fr', { digitalSkills: 'none', eqfLevel: null }]],
    // the computer in general, made precise in the next clause
    ['ich will was mit Computern machen, Webdesign vielleicht', ['de', { interest: 'design' }]],
    ['I want to do something with computers, coding maybe', ['en', { interest: 'programming' }]],
  ], (text, [lang, slots]) => {
    const got = u().extract(text, lang) as Record<string, unknown>;
    for (const [slot, want] of Object.entries(slots)) {
      if (want === null) expect(got[slot], slot).to.equal(undefined);
      else if (Array.isArray(want)) expect(want, slot).to.include(got[slot]);
      else expect(got[slot], slot).to.equal(want);
    }
  }, (text, [lang, slots]) => `when a ${lang} user writes "${text}", then ${JSON.stringify(slots)}`);
});
