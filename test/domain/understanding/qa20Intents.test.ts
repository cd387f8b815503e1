import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Misreadings a black-box tester found chatting as jobseekers (qa20, 2026-12-06), each checked here in words written
 * for the test.
 */
describe('Understanding: intents a black-box tester used (qa20: approval, farewell, complaints in de/lb, a device to the job question, yes/no in another language)', () => {
  const u = useUnderstanding();

  it('when a German or Luxembourgish message says the chat is rubbish, then it is a complaint, and "not bad" is none', () => {
    for (const [text, lang] of [['ehrlich, das ist Mist', 'de'], ['das hier ist schlecht, sorry', 'de'], ['taugt nichts, euer Chat', 'de'],
      ['dat hei ass schlecht, wierklech', 'lb'], ['dat ass jo näischt wäert', 'lb']]) {
      expect(u().understand(text, lang).intent, text).to.equal('complaint');
    }
    expect(u().understand('das ist nicht schlecht', 'de').intent).to.not.equal('complaint');
  });

  it('when a device alone answers "what job or topic?", then it is the equipment, not the topic computer basics', () => {
    for (const [text, lang] of [['mon pc', 'fr'], ['Laptop', 'de'], ['gsm', 'nl'], ['a smartphone', 'en']]) {
      const read = u().understand(text, lang, { pending: 'interest' });
      expect(read.slots.interest, text).to.equal(undefined);
      expect(read.slots.equipment, text).to.not.equal(undefined);
    }
    expect(u().understand('je veux apprendre à utiliser mon pc', 'fr', { pending: 'interest' }).slots.interest).to.equal('digital-basics');
  });

  it('when "ok", "gut" or "super" alone answers a question of the profile, then it is not thanks, and after the list it is', () => {
    for (const [text, lang, pending] of [['ok', 'fr', 'goal'], ['gut', 'de', 'goal'], ['super', 'fr', 'qualification'], ['okay', 'en', 'digitalSkills'],
      ['prima', 'nl', 'region'], ['perfecto', 'es', 'availability']] as const) {
      expect(u().understand(text, lang, { pending }).intent, text).to.equal('none');
    }
    expect(u().understand('ok', 'fr', { pending: 'followUp' as never }).intent).to.equal('thanks');
    expect(u().understand('merci', 'fr', { pending: 'goal' }).intent).to.equal('thanks');
    expect(u().understand('sehr gut', 'de', { pending: 'digitalSkills' }).slots.digitalSkills).to.not.equal(undefined);
  });

  it('when a bare yes or no in another of our languages answers "are you at ease with a computer?", then it is read', () => {
    expect(u().answer('digitalSkills', 'oui', 'en', [])?.profile.digitalSkills).to.equal('autonomous');
    expect(u().answer('digitalSkills', 'ja', 'fr', [])?.profile.digitalSkills).to.equal('autonomous');
    expect(u().answer('digitalSkills', 'jo', 'es', [])?.profile.digitalSkills).to.equal('autonomous');
    expect(u().answer('digitalSkills', 'nee', 'es', [])?.profile.digitalSkills).to.equal('with-help');
  });

  it('when thanks say goodbye ("merci, au revoir", "danke und tschüss"), then the reading says the person leaves', () => {
    for (const [text, lang] of [['merci, au revoir', 'fr'], ['danke und tschüss', 'de'], ['thanks, bye', 'en'], ['dank je, tot ziens', 'nl']]) {
      const read = u().understand(text, lang, { pending: 'availability' });
      expect(read.intent, text).to.equal('thanks');
      expect(read.farewell, text).to.equal(true);
    }
    expect(u().understand('merci beaucoup', 'fr', { pending: 'availability' }).farewell).to.equal(undefined);
  });

  it('when a language is asked for after a correction ("no wait, español por favor"), then the chat switches to it', () => {
    expect(u().understand('no wait, en español por favor', 'en').intent).to.equal('language:es');
    expect(u().understand('non pardon, in English please', 'fr').intent).to.equal('language:en');
    expect(u().understand('nee sorry, auf Deutsch bitte', 'nl').intent).to.equal('language:de');
    expect(u().understand('no wait, I want to learn Spanish', 'en').intent).to.equal('none');
  });

  it('when a job title of a topic is typed alone to "what do you want to do?", then it is the job sought, and it rates no skill', () => {
    for (const [text, lang, topic] of [['data analyst', 'en', 'data'], ['développeur web', 'fr', 'web-development'], ['Softwareentwickler', 'de', 'programming']] as const) {
      const read = u().understand(text, lang, { pending: 'goal' });
      expect(read.slots.goal, text).to.equal('find-job');
      expect(read.slots.interest, text).to.equal(topic);
      expect(read.slots.digitalSkills, text).to.equal(undefined);
    }
    expect(u().understand('data analyst', 'en', { pending: 'interest' }).slots.digitalSkills).to.equal(undefined);
  });
});
