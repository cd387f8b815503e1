import { expect } from 'chai';
import type { SlotId } from '../../../bot/domain/profile/profile';
import { table, useUnderstanding } from './fixture';

/**
 * Dutch (Flemish and Netherlands usage) and Luxembourgish, as jobseekers type them in a chat: read through
 * knowledge/lexicon/nl.json and lb.json only (no code knows these languages). Sentences written for these tests.
 */
type Expected = { intent?: string; slots?: Record<string, unknown>; notFilled?: string[] };

function check(lang: string, pending: SlotId | undefined, rows: Array<[string, Expected]>): void {
  const u = useUnderstanding();
  table(rows, (text, expected) => {
    const read = u().understand(text, lang, { pending });
    expect(read.intent, 'intent').to.equal(expected.intent ?? 'none');
    for (const [slot, value] of Object.entries(expected.slots ?? {})) {
      expect((read.slots as Record<string, unknown>)[slot], slot).to.equal(value);
    }
    for (const slot of expected.notFilled ?? []) {
      expect((read.slots as Record<string, unknown>)[slot], `${slot} not filled`).to.equal(undefined);
    }
  }, (text, expected) => `when the user says "${text}"${pending ? ` to the ${pending} question` : ''}, then ${JSON.stringify(expected)}`);
}

describe('Understanding in Dutch (nl)', () => {
  describe('answers', () => {
    describe('goal', () => check('nl', 'goal', [
      ['werk zoeken', { slots: { goal: 'find-job' } }],
      ['kzoek nen job', { slots: { goal: 'find-job' } }],
      ['ik wil me laten omscholen', { slots: { goal: 'retrain' } }],
      // "something completely different", the job left said after it
      ['iets compleet anders, 10 jaar vrachtwagenchauffeur geweest', { slots: { goal: 'retrain' }, notFilled: ['field'] }],
      ['een diploma behalen', { slots: { goal: 'certify' } }],
      ['leren werken met de computer', { slots: { goal: 'basics' } }],
      ['mijn eigen zaak opstarten', { slots: { goal: 'start-business' } }],
      ['geen flauw idee', { slots: { goal: 'unsure' } }],
      ['hangt er van af', { notFilled: ['goal'] }],
    ]));
    describe('qualification', () => check('nl', 'qualification', [
      ['diploma secundair onderwijs', { slots: { eqfLevel: 4 } }],
      ['ik heb een diploma middelbaar', { slots: { eqfLevel: 4 } }],
      ['bso, zevende jaar', { slots: { eqfLevel: 4 } }],
      ['6de jaar bso', { slots: { eqfLevel: 3 } }],
      ['graduaat boekhouding', { slots: { eqfLevel: 5 } }],
      ['professionele bachelor', { slots: { eqfLevel: 6 } }],
      ['vmbo', { slots: { eqfLevel: 2 } }],
      ['mbo 2', { slots: { eqfLevel: 3 } }],
      ['mbo-4 verpleging', { slots: { eqfLevel: 4 } }],
      ['havo', { slots: { eqfLevel: 4 } }],
      ['master', { slots: { eqfLevel: 7 } }],
      ['geen diploma', { slots: { eqfLevel: 0 } }],
      ['lagere school', { slots: { eqfLevel: 1 } }],
      ['rijbewijs C', { notFilled: ['eqfLevel'] }],
    ]));
    describe('digitalSkills', () => check('nl', 'digitalSkills', [
      ['helemaal niet', { slots: { digitalSkills: 'none' } }],
      ['een beetje', { slots: { digitalSkills: 'with-help' } }],
      ['mijn dochter helpt me altijd', { slots: { digitalSkills: 'with-help' } }],
      ['ik trek mijn plan', { slots: { digitalSkills: 'autonomous' } }],
      ['heel goed, ik ben programmeur', { slots: { digitalSkills: 'advanced' } }],
    ]));
    describe('equipment', () => check('nl', 'equipment', [
      ['alleen mijne gsm', { slots: { equipment: 'smartphone-only' } }],
      ['een laptop en wifi thuis', { slots: { equipment: 'computer-and-internet' } }],
      ['niks', { slots: { equipment: 'none' } }],
    ]));
    describe('availability', () => check('nl', 'availability', [
      ['tien uur per week', { slots: { hoursPerWeek: 10 } }],
      ['een uur of 6 per week', { slots: { hoursPerWeek: 6 } }],
      ['vijfentwintig', { slots: { hoursPerWeek: 25 } }],
      ['2 uur per dag van maandag tot vrijdag', { slots: { hoursPerWeek: 10 } }],
      ['voltijds', { slots: { hoursPerWeek: 38 } }],
      ['halftijds', { slots: { hoursPerWeek: 19 } }],
    ]));
    describe('region', () => check('nl', 'region', [
      ['Antwerpen', { slots: { region: 'BE-VLG' } }],
      ['in Schaarbeek', { slots: { region: 'BE-BRU' } }],
      ['Luik', { slots: { region: 'BE-WAL' } }],
      ['Bergen', { slots: { region: 'BE-WAL' } }],
      ['groothertogdom Luxemburg', { slots: { region: 'LU' } }],
      ['Rijsel', { slots: { region: 'FR' } }],
      ['Maastricht', { notFilled: ['region'] }],
    ]));
    describe('interest', () => check('nl', 'interest', [
      ['ik kan niet lezen, dat wil ik leren', { slots: { interest: 'basic-skills' } }],
      ['Excel en Word', { slots: { interest: 'office' } }],
      ['een website bouwen', { slots: { interest: 'web-development' } }],
      ['Spaans', { slots: { interest: 'languages' } }],
      ['solliciteren en mijn cv', { slots: { interest: 'job-search' } }],
    ]));
  });

  describe('first messages with several slots', () => check('nl', undefined, [
    ['Hallo, kzoek werk als magazijnier in Genk, ik heb een diploma secundair', {
      slots: { goal: 'find-job', region: 'BE-VLG', eqfLevel: 4 },
    }],
    ['ik woon in Etterbeek en wil mijn eigen zaak starten, twintig uur per week', {
      slots: { goal: 'start-business', region: 'BE-BRU', hoursPerWeek: 20 },
    }],
  ]));

  describe('interruptions', () => check('nl', undefined, [
    ['ik wil met een echte persoon spreken', { intent: 'human' }],
    ['kunt ge mij terugbellen aub', { intent: 'human' }],
    ['help', { intent: 'help' }],
    ['ik snap de vraag niet', { intent: 'help' }],
    ['van voor af aan aub', { intent: 'restart' }],
    ['verwijder al mijn gegevens', { intent: 'erase' }],
    ['in het Engels aub', { intent: 'language:en' }],
  ]));

  describe('hard negatives', () => check('nl', undefined, [
    ['ik wil verkoper worden', { intent: 'none' }],
    ['ik wil consulent worden bij een interimkantoor', { intent: 'none' }],
    ['mijn consulent van VDAB heeft me doorverwezen', { intent: 'none', slots: { region: 'BE-VLG' } }],
    ['ik wil opnieuw beginnen in de zorg', { intent: 'none' }],
    ['ik spreek Arabisch, Frans en een beetje Nederlands', { intent: 'none' }],
    ['ik wil Engels leren', { intent: 'none', slots: { interest: 'languages' } }],
    ['ik heb per ongeluk een bestand verwijderd', { intent: 'none' }],
  ]));

  describe('social', () => check('nl', undefined, [
    ['goeiemorgen', { intent: 'greeting' }],
    ['dankjewel, tot ziens', { intent: 'thanks' }],
    ['is dat gratis?', { intent: 'question' }],
  ]));
});

describe('Understanding in Luxembourgish (lb)', () => {
  describe('answers', () => {
    describe('goal', () => check('lb', 'goal', [
      ['eng nei Formatioun, ech war Verkeeferin', { slots: { goal: 'retrain' } }],
      // "something completely different", "a new start", the job left said after it
      ['eppes komplett aneschters, ech war Schräiner', { slots: { goal: 'retrain' }, notFilled: ['field'] }],
      ['en Neiufank, 12 Joer Lager duer', { slots: { goal: 'retrain' }, notFilled: ['field'] }],
      ['eng Aarbecht sichen', { slots: { goal: 'find-job' } }],
      ['ech wëll mech ëmschoulen', { slots: { goal: 'retrain' } }],
      ['en Diplom maachen', { slots: { goal: 'certify' } }],
      ['mech selbststänneg maachen', { slots: { goal: 'start-business' } }],
      ['ech weess et net', { slots: { goal: 'unsure' } }],
    ]));
    describe('qualification', () => check('lb', 'qualification', [
      ['ech hunn ee Bac', { slots: { eqfLevel: 4 } }],
      ['en DAP als Kach', { slots: { eqfLevel: 3 } }],
      ['CCP', { slots: { eqfLevel: 2 } }],
      ['Meeschterbréif', { slots: { eqfLevel: 5 } }],
      ['keen Diplom', { slots: { eqfLevel: 0 } }],
    ]));
    describe('digitalSkills', () => check('lb', 'digitalSkills', [
      ['guer net', { slots: { digitalSkills: 'none' } }],
      ['e bëssen', { slots: { digitalSkills: 'with-help' } }],
      ['ech kommen zerecht', { slots: { digitalSkills: 'autonomous' } }],
      ['immens gutt', { slots: { digitalSkills: 'advanced' } }],
    ]));
    describe('equipment', () => check('lb', 'equipment', [
      ['just mäin Handy', { slots: { equipment: 'smartphone-only' } }],
      ['e Laptop mat Wifi', { slots: { equipment: 'computer-and-internet' } }],
    ]));
    describe('availability', () => check('lb', 'availability', [
      ['eng hallef Stell wier gutt', { slots: { hoursPerWeek: 19 } }],
      ['zéng Stonnen d\'Woch', { slots: { hoursPerWeek: 10 } }],
      ['zwanzeg', { slots: { hoursPerWeek: 20 } }],
      ['Vollzäit', { slots: { hoursPerWeek: 38 } }],
    ]));
    describe('region', () => check('lb', 'region', [
      ['Esch-Uelzecht', { slots: { region: 'LU' } }],
      ['zu Ettelbréck', { slots: { region: 'LU' } }],
      ['Arel', { slots: { region: 'BE-WAL' } }],
      ['Diddenuewen', { slots: { region: 'FR' } }],
    ]));
    describe('interest', () => check('lb', 'interest', [
      ['Englesch', { slots: { interest: 'languages' } }],
      ['Websäite maachen', { slots: { interest: 'web-development' } }],
    ]));
  });

  describe('first messages with several slots', () => check('lb', undefined, [
    ['Moien, ech sichen eng Aarbecht am Verkaf, ech wunnen zu Déifferdeng', {
      slots: { goal: 'find-job', region: 'LU' },
    }],
  ]));

  describe('interruptions', () => check('lb', undefined, [
    ['ech wëll mat engem Beroder schwätzen', { intent: 'human' }],
    ['Hëllef', { intent: 'help' }],
    ['ech verstinn dat net', { intent: 'help' }],
    ['kënne mir nei ufänken', { intent: 'restart' }],
    ['läscht w.e.g. meng Donnéeën', { intent: 'erase' }],
    ['op Franséisch wgl', { intent: 'language:fr' }],
  ]));

  describe('hard negatives', () => check('lb', undefined, [
    ['ech wëll Beroder ginn', { intent: 'none' }],
    ['ech wëll nei ufänken als Infirmière', { intent: 'none' }],
    ['ech wëll Däitsch léieren', { intent: 'none' }],
  ]));

  describe('social', () => check('lb', undefined, [
    ['Moien', { intent: 'greeting' }],
    ['merci villmools', { intent: 'thanks' }],
  ]));
});
