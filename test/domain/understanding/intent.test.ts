import { expect } from 'chai';
import type { Intent } from '../../../bot/domain/understanding';
import { table, useUnderstanding } from './fixture';

/** [message, conversation language, intent expected]. */
const POSITIVE: Array<[string, [string, Intent]]> = [
  ['je veux parler à un conseiller', ['fr', { kind: 'human' }]],
  ['un humain svp', ['fr', { kind: 'human' }]],
  ['je voudrais parler avec une vraie personne', ['fr', { kind: 'human' }]],
  ['est-ce que je peux contacter une conseillère ?', ['fr', { kind: 'human' }]],
  ['agent', ['fr', { kind: 'human' }]],
  ['conseiller', ['fr', { kind: 'human' }]],
  ['rappelez-moi', ['fr', { kind: 'human' }]],
  ['vous êtes un robot ? je veux un humain', ['fr', { kind: 'human' }]],
  ['can I talk to a person', ['en', { kind: 'human' }]],
  ['help me please a real person', ['en', { kind: 'human' }]],
  ['I want to speak to an advisor', ['en', { kind: 'human' }]],
  ['agent', ['en', { kind: 'human' }]],
  ['quiero hablar con alguien', ['es', { kind: 'human' }]],
  ['quiero hablar con un asesor', ['es', { kind: 'human' }]],
  ['ich möchte mit einem Berater sprechen', ['de', { kind: 'human' }]],
  ['kann ich mit einem Menschen reden', ['de', { kind: 'human' }]],
  ['I want to talk to a person', ['fr', { kind: 'human' }]],
  ['aide', ['fr', { kind: 'help' }]],
  ['je comprends pas', ['fr', { kind: 'help' }]],
  ["j'ai pas compris la question", ['fr', { kind: 'help' }]],
  ['help', ['en', { kind: 'help' }]],
  ["I don't understand", ['en', { kind: 'help' }]],
  ['ayuda', ['es', { kind: 'help' }]],
  ['no entiendo', ['es', { kind: 'help' }]],
  ['Hilfe', ['de', { kind: 'help' }]],
  ['ich verstehe nicht', ['de', { kind: 'help' }]],
  ['recommencer', ['fr', { kind: 'restart' }]],
  ['on recommence depuis le début', ['fr', { kind: 'restart' }]],
  ['start over', ['en', { kind: 'restart' }]],
  ['empezar de nuevo', ['es', { kind: 'restart' }]],
  ['von vorne anfangen', ['de', { kind: 'restart' }]],
  ['supprimez mes données', ['fr', { kind: 'erase' }]],
  ['effacer toutes mes infos svp', ['fr', { kind: 'erase' }]],
  ['oubliez-moi', ['fr', { kind: 'erase' }]],
  ['delete my data', ['en', { kind: 'erase' }]],
  ['borra mis datos', ['es', { kind: 'erase' }]],
  ['lösche meine Daten', ['de', { kind: 'erase' }]],
  ['bitte meine Daten löschen', ['de', { kind: 'erase' }]],
  ['English please', ['fr', { kind: 'language', language: 'en' }]],
  ['en español', ['fr', { kind: 'language', language: 'es' }]],
  ['en espagnol svp', ['fr', { kind: 'language', language: 'es' }]],
  ['auf Deutsch', ['fr', { kind: 'language', language: 'de' }]],
  ['parlez-vous anglais ?', ['fr', { kind: 'language', language: 'en' }]],
  ['Français', ['en', { kind: 'language', language: 'fr' }]],
  ['Deutsch', ['fr', { kind: 'language', language: 'de' }]],
  ['do you speak Spanish?', ['fr', { kind: 'language', language: 'es' }]],
  ["I don't speak French", ['fr', { kind: 'language', language: 'en' }]],
  ['no hablo francés', ['fr', { kind: 'language', language: 'es' }]],
  ['¿hablas español?', ['en', { kind: 'language', language: 'es' }]],
  ['sprechen Sie Englisch?', ['de', { kind: 'language', language: 'en' }]],
  ['in English please', ['de', { kind: 'language', language: 'en' }]],
];

/** Ordinary answers that must not be taken for an interruption. */
const NEGATIVE: Array<[string, string]> = [
  ["je veux apprendre l'anglais", 'fr'], ['je veux devenir conseiller', 'fr'], ['conseiller en insertion', 'fr'],
  ['je ne veux pas parler à un conseiller', 'fr'], ['je veux recommencer à travailler', 'fr'], ['je sais pas', 'fr'],
  ['mes données personnelles sont-elles protégées ?', 'fr'], ['je voudrais une formation en informatique', 'fr'],
  ['I want to become an advisor', 'en'], ['I want to learn English', 'en'], ['I work as a care assistant', 'en'],
  ['I have a data analysis degree', 'en'], ['quiero aprender inglés', 'es'], ['quiero ser asesora', 'es'],
  ['ich möchte Englisch lernen', 'de'], ['ich möchte Beraterin werden', 'de'], ['je ne parle pas français', 'fr'],
  ['2', 'fr'], ['oui', 'fr'], ['vingt heures', 'fr'],
];

describe('Understanding.intent', () => {
  const u = useUnderstanding();
  table(POSITIVE, (text, [lang, intent]) => {
    expect(u().intent(text, lang)).to.deep.equal(intent);
  }, (text, [lang, intent]) => `when a ${lang} conversation gets "${text}", then the intent is ${JSON.stringify(intent)}`);

  table(NEGATIVE, (text, lang) => {
    expect(u().intent(text, lang)).to.equal(undefined);
  }, (text, lang) => `when a ${lang} conversation gets "${text}", then it is no interruption`);

  it('when the interest question is pending, then a language name is an answer, not a switch', () => {
    expect(u().intent('anglais', 'fr', { slot: 'interest' })).to.equal(undefined);
    expect(u().intent('je veux parler anglais', 'fr', { slot: 'interest' })).to.equal(undefined);
    expect(u().intent('anglais', 'fr')).to.deep.equal({ kind: 'language', language: 'en' });
  });

  it('when the digital-skills question is pending, then "j\'ai besoin d\'aide" is an answer, not a request for help', () => {
    expect(u().intent("j'ai besoin d'aide", 'fr', { slot: 'digitalSkills' })).to.equal(undefined);
    expect(u().intent("j'ai besoin d'aide", 'fr')).to.deep.equal({ kind: 'help' });
  });

  it('when a message asks for a person and another language, then the person wins', () => {
    expect(u().intent('je veux parler à un conseiller en anglais', 'fr')).to.deep.equal({ kind: 'human' });
  });
});

// found by testers: "borra mis datos, ya no quiero seguir" read a change of trade beside the erasure ("ya no quiero")
describe('Understanding: no longer wanting to go on is no change of trade', () => {
  const u = useUnderstanding();
  it('when an erasure says the person does not want to go on ("ya no quiero seguir", "ich will nicht mehr"), then it is the erasure, with no goal; no longer wanting a trade still is one', () => {
    for (const [text, lang] of [['borra mis datos, ya no quiero seguir', 'es'], ['löschen Sie meine Daten, ich will nicht mehr', 'de']] as const) {
      expect(u().understand(text, lang), text).to.deep.include({ intent: 'erase', slots: {} });
    }
    expect(u().understand('ya no quiero trabajar de camarera', 'es').slots.goal).to.equal('retrain');
  });
});

// issue 7, the tuning halves of the fresh sets (kinds of misses, own sentences): an erasure asked with the Spanish
// plural "you" or a Luxembourgish separable verb, what the hours question is about, the options asked with "gibts",
// what to answer asked in Luxembourgish, and "it doesn't understand me" in Luxembourgish were read as nothing
describe('Understanding.intent: requests said in everyday forms', () => {
  const u = useUnderstanding();
  table<[lang: string, asked: 'availability' | 'goal' | undefined, intent: Intent | undefined]>([
    ['borradlo todo por favor, ya no lo necesito', ['es', undefined, { kind: 'erase' }]],
    ['no quiero que guardéis mis datos', ['es', undefined, { kind: 'erase' }]],
    ['huelt alles ewech w.e.g.', ['lb', undefined, { kind: 'erase' }]],
    ['maacht meng Donnéeën ewech', ['lb', undefined, { kind: 'erase' }]],
    ['hours of what? for a course?', ['en', 'availability', { kind: 'help' }]],
    ['heures de quoi ? de cours ?', ['fr', 'availability', { kind: 'help' }]],
    ['Stunden wofür genau?', ['de', 'availability', { kind: 'help' }]],
    ['uren voor wat eigenlijk?', ['nl', 'availability', { kind: 'help' }]],
    ['und was gibts für Möglichkeiten?', ['de', 'goal', { kind: 'help' }]],
    ['wat kann ech do dann soen?', ['lb', 'goal', { kind: 'help' }]],
  ], (text, [lang, asked, intent]) => expect(u().intent(text, lang, { slot: asked })).to.deep.equal(intent),
  (text, [lang, , intent]) => `when a ${lang} conversation gets "${text}", then the intent is ${JSON.stringify(intent)}`);

  it('when a Luxembourgish message says the chat does not understand, then it is a complaint', () => {
    expect(u().understand('de Bot versteet mech iwwerhaapt net', 'lb').intent).to.equal('complaint');
    expect(u().understand('Dir verstitt mech guer net', 'lb').intent).to.equal('complaint');
  });
});
