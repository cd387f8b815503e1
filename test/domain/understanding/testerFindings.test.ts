import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings found by a black-box tester who chatted with the bot as 85 jobseekers (qa18, 2026-12-06), each checked
 * here in words written for the test, in the languages where the same thing is said.
 */
describe('Understanding: misreadings found by a black-box tester (qa18)', () => {
  const u = useUnderstanding();
  const level = (text: string, lang: string) => u().understand(text, lang, { pending: 'qualification' }).slots.eqfLevel;

  describe('diplomas said in few words (they were not understood, then the question was skipped)', () => {
    it('when having no diploma or no school is said briefly, then the level is none (0)', () => {
      expect(level('no tengo diploma, lo siento', 'es')).to.equal(0);
      expect(level('yo no tengo diplomas', 'es')).to.equal(0);
      expect(level('no school', 'en')).to.equal(0);
      expect(level('sin diploma', 'es')).to.equal(0);
    });

    it('when "a school with no … " is said in free text, then the whole-answer "no school" reads nothing', () => {
      expect(u().understand('there is no school near my flat, I want to work in a shop', 'en').slots.eqfLevel).to.equal(undefined);
    });

    it('when the level of the French lower-secondary year is said ("niveau 3ème"), then it is lower secondary (2)', () => {
      expect(level('niveau 3ème', 'fr')).to.equal(2);
      expect(level('juste niveau 3e', 'fr')).to.equal(2);
    });

    it('when nine years of school are counted, then it is lower secondary (2); the Luxembourg 9th school year is its cycle inférieur (1)', () => {
      expect(level('just nine years of school', 'en')).to.equal(2);
      expect(level('ech hu 9 Joer Schoul gemaach', 'lb')).to.equal(2);
      expect(level('ech hunn den 9. Schouljoer fäerdeg gemaach', 'lb')).to.equal(1);
      // (said as the answer to another question, with "ech hunn", it is read too)
      expect(u().understand('ech hunn den 9. Schouljoer, ech sichen Aarbecht', 'lb').slots.eqfLevel).to.equal(1);
    });

    it('when "Première" alone answers the Luxembourgish diploma question, then it is the end of secondary (4); said as attended only, nothing', () => {
      expect(level('Premiere', 'lb')).to.equal(4);
      expect(level('ech war an der Première', 'lb')).to.equal(undefined);
      // (in French the word picks the first option shown, "la première", as before)
      const options = [{ value: '0', label: 'Aucun diplôme' }, { value: '2', label: 'Brevet' }, { value: '4', label: 'Bac' }];
      expect(u().understand('la première', 'fr', { pending: 'qualification', options }).slots.eqfLevel).to.equal(0);
    });

    it('when a Turkish lise is named beside no German diploma, then the level is the lise (4), not none', () => {
      expect(level('keinen Abschluss in Deutschland, aber lise in Izmir', 'de')).to.equal(4);
      expect(level('lise, in der Türkei', 'de')).to.equal(4);
    });
  });

  describe('Dutch computer skills said with "kan werken met" or "vaardig"', () => {
    it('when one says one can work with a computer, then the skills are autonomous and no basics are wished', () => {
      const first = u().understand('Ik wil terug aan de slag in een magazijn. Ik kan werken met een laptop en woon in Gent.', 'nl').slots;
      expect(first.digitalSkills).to.equal('autonomous');
      expect(first.interest).to.not.equal('digital-basics');
      expect(first.goal).to.not.equal('basics');
      const asked = u().understand('ja, ik kan goed werken met computers', 'nl', { pending: 'digitalSkills' });
      expect(asked.slots.digitalSkills).to.equal('autonomous');
      expect(asked.slots.interest).to.equal(undefined);
      expect(u().understand('ik kan met de pc werken', 'nl', { pending: 'interest' }).slots.interest).to.equal(undefined);
    });

    it('when one says one is (very) skilled with a computer, then the skills are autonomous or advanced', () => {
      expect(u().understand('Ik ben vaardig met de pc, ik zoek werk als kok', 'nl').slots.digitalSkills).to.equal('autonomous');
      expect(u().understand('Ik wil omscholen naar boekhouding, ben heel vaardig met computers.', 'nl').slots.digitalSkills).to.equal('advanced');
    });

    it('when one wants to learn to work with a computer, then it is still the basics', () => {
      expect(u().understand('ik wil leren werken met een computer', 'nl').slots).to.include({ goal: 'basics', interest: 'digital-basics' });
    });
  });

  describe('countries', () => {
    it('when Germany is named after the list or to the topic question, then it is no German to learn', () => {
      expect(u().understand('Deutschland', 'de', { pending: 'interest' }).slots.interest).to.equal(undefined);
      expect(u().understand('ich wohne in Deutschland', 'de', { listed: true }).slots.interest).to.equal(undefined);
      expect(u().understand('Deutsch', 'de', { pending: 'interest' }).slots.interest).to.be.oneOf(['basic-skills', 'languages']);
    });

    it('when a diploma is said to come from a country, then that country is no region; where one lives still is', () => {
      expect(u().understand('ik zoek werk als kapper, mijn diploma van Frankrijk is erkend', 'nl').slots.region).to.equal(undefined);
      expect(u().understand('ik heb een diploma uit Frankrijk', 'nl').slots.region).to.equal(undefined);
      // a diploma named by its generic word too ("título", "Abschluss")
      expect(u().understand('busco trabajo de cocinero, tengo un título de Francia', 'es').slots.region).to.equal(undefined);
      expect(u().understand('Abschluss aus Frankreich, ich suche Arbeit als Maler', 'de').slots.region).to.equal(undefined);
      expect(u().understand('Ech hunn en DAP aus Frankräich a sichen eng Aarbecht', 'lb').slots.region).to.equal(undefined);
      expect(u().understand("j'ai un diplôme de France, je cherche du travail", 'fr').slots.region).to.equal(undefined);
      expect(u().understand('I got my diploma from France, looking for work', 'en').slots.region).to.equal(undefined);
      expect(u().understand("j'ai un diplôme de France et j'habite à Namur", 'fr').slots.region).to.equal('BE-WAL');
      expect(u().understand('ich wohne in Frankreich', 'de').slots.region).to.equal('FR');
    });
  });

  describe('requests and complaints', () => {
    it('when a person is asked for in phonetic Spanish ("kiero ablar"), then the request is confirmed (a maybe), as a request with typos', () => {
      for (const text of ['kiero ablar kon alguien porfa', 'kero ablar con un asesor', 'quiero ablar con una persona']) {
        const read = u().understand(text, 'es');
        expect(read.intent, text).to.equal('none');
        expect(read.maybe, text).to.equal('human');
      }
      // an English word is no other word with its h left out: "eating" is no "heating" (a job held: a change of trade)
      expect(u().understand('I like eating, I want to be a cook', 'en').slots.goal).to.equal('find-job');
    });

    it('when the bot is insulted in French, then it is a complaint', () => {
      expect(u().understand('oh ferme ta gueule', 'fr').intent).to.equal('complaint');
      expect(u().understand('allez vous faire foutre avec vos questions', 'fr').intent).to.equal('complaint');
      expect(u().understand('connard', 'fr', { pending: 'qualification' }).intent).to.equal('complaint');
    });

    it('when "tu es nul" is typed in a chat in another language, then it is a complaint there too', () => {
      expect(u().understand("t'es nul", 'en').intent).to.equal('complaint');
      expect(u().understand("c'est nul", 'es', { pending: 'goal' }).intent).to.equal('complaint');
      expect(u().understand('tu es nul', 'de').intent).to.equal('complaint');
    });
  });

  describe('words of another question', () => {
    it('when the goal option "change trade" is typed to the Dutch diploma question, then it is no vocational diploma', () => {
      const options = [{ value: '0', label: 'Geen diploma' }, { value: '3', label: 'Beroepsopleiding' }, { value: '4', label: 'Diploma secundair onderwijs' }];
      expect(u().answer('qualification', 'ander beroep', 'nl', options)?.profile.eqfLevel).to.equal(undefined);
      expect(u().answer('qualification', 'beroepsopleiding', 'nl', options)?.profile.eqfLevel).to.equal(3);
      expect(u().answer('qualification', 'beroepsopleding', 'nl', options)?.profile.eqfLevel).to.equal(3);
    });
  });

  describe('acknowledgements to the skills question', () => {
    it('when only "ok", "d\'accord", "vale", "passt" answers how well one uses a computer, then no skill is read (asked again)', () => {
      for (const [text, lang] of [['ah ok', 'fr'], ["d'accord merci", 'fr'], ['okay got it', 'en'], ['vale, entendido', 'es'], ['passt schon', 'de'],
        ['oké', 'nl'], ['ah sou', 'lb']] as const) {
        expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal(undefined);
      }
    });

    it('when "yes" or a rating with "ok" answers it, then it is still the answer', () => {
      expect(u().understand('oui', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('autonomous');
      expect(u().understand('ja', 'de', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('autonomous');
      expect(u().understand("I'm ok with computers, emails and stuff", 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('autonomous');
      expect(u().understand('ok, un peu', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
    });
  });

  describe('questions about how courses are followed', () => {
    it('when one asks whether the courses work on a phone, then no topic or equipment is read', () => {
      for (const [text, lang] of [['est-ce que ça marche aussi sur mon portable ?', 'fr'], ['can I do the courses on my phone?', 'en'],
        ['puedo hacer los cursos en el móvil?', 'es'], ['kann ich die Kurse auf meinem Handy machen?', 'de']] as const) {
        const read = u().understand(text, lang, { listed: true });
        expect(read.intent, text).to.equal('question');
        expect(read.slots, text).to.not.have.property('interest');
        expect(read.slots, text).to.not.have.property('equipment');
      }
    });

    it('when a device is said apart from the question, then it is kept', () => {
      expect(u().understand("je peux suivre les cours sur mon téléphone ? je n'ai pas d'ordinateur", 'fr').slots.equipment).to.be.oneOf(['none', 'smartphone-only']);
    });
  });
});
