import { expect } from 'chai';
import type { SlotId } from '../../../bot/domain/profile/profile';
import { table, useUnderstanding } from './fixture';

type Rows = Record<string, Array<[string, string | undefined]>>;

/** Checks that each phrasing answers `slot` with `field` = expected, in each language. */
function describeSlot(slot: SlotId, field: string, rows: Rows): void {
  describe(`Understanding.answer(${slot})`, () => {
    const u = useUnderstanding();
    for (const [lang, list] of Object.entries(rows)) {
      describe(`in ${lang}`, () => {
        table(list, (text, expected) => {
          const profile = u().answer(slot, text, lang, [])?.profile as Record<string, unknown> | undefined;
          expect(profile?.[field]).to.equal(expected);
        }, (text, expected) => `when the user says "${text}", then ${field} is ${expected}`);
      });
    }
  });
}

describeSlot('digitalSkills', 'digitalSkills', {
  fr: [
    ["je sais pas me servir d'un ordinateur", 'none'], ['pas du tout', 'none'], ['jamais utilisé', 'none'],
    ['je suis nul en informatique', 'none'], ['pas du tout à l\'aise', 'none'], ["ma fille m'aide", 'with-help'],
    ['un peu', 'with-help'], ['pas très à l\'aise', 'with-help'], ['moyen', 'with-help'],
    ['je me débrouille', 'autonomous'], ['ça va', 'autonomous'], ['je me debrouille bien', 'autonomous'],
    ["je l'utilise tous les jours", 'autonomous'], ["très à l'aise", 'advanced'], ['je suis développeur', 'advanced'],
    ['un peu, mais je me débrouille', 'autonomous'], ["je sais allumer l'ordi, c'est tout", 'with-help'],
    // "not at all" after a lack makes it none
    ['elle sait pas utiliser une tablette du tout', 'none'],
    // a skill, then a lack set against it: some things with help; a device not had is no lack of skill
    ['je me débrouille mais pas pour les démarches en ligne', 'with-help'],
    ["je sais utiliser un ordi mais j'en ai pas", 'autonomous'],
    ['je dépanne les pc de toute la famille', 'advanced'], ["c'est mon fils qui répare mon ordi", undefined as unknown as string],
  ],
  en: [
    ['not at all', 'none'], ["I can't use a computer", 'none'], ['never used one', 'none'], ['with help', 'with-help'],
    ['my son helps me', 'with-help'], ['a little', 'with-help'], ['not very comfortable', 'with-help'],
    ["I'm ok with computers", 'autonomous'], ['pretty good', 'autonomous'], ['I manage on my own', 'autonomous'],
    ['very good', 'advanced'], ["I'm a developer", 'advanced'],
    ['I can do Facebook on my phone but emails, never', 'with-help'],
    ['I repair old laptops for my neighbours', 'advanced'], ['my grandson fixes my computer', undefined as unknown as string], ["I can use a computer but I don't have one", 'autonomous'],
  ],
  es: [
    ['para nada', 'none'], ['no sé usar el ordenador', 'none'], ['a veces necesito ayuda', 'with-help'],
    ['un poco', 'with-help'], ['mi hija me ayuda', 'with-help'], ['me defiendo', 'autonomous'], ['bien', 'autonomous'],
    ['muy bien', 'advanced'], ['soy programador', 'advanced'],
    ['sé usar whatsapp pero no sé mandar correos', 'with-help'],
    ['arreglo portátiles y configuro redes para amigos', 'advanced'],
  ],
  de: [
    // a statement ending in its negation, then a rating: the rating is negated ("kann ich nicht | so | gut")
    ['Computer kann er nicht so gut', 'with-help'],
    ['gar nicht', 'none'], ['noch nie benutzt', 'none'], ['ein bisschen', 'with-help'], ['mit Hilfe', 'with-help'],
    ['nicht so gut', 'with-help'], ['meine Tochter hilft mir', 'with-help'], ['ich komme zurecht', 'autonomous'],
    ['ganz gut', 'autonomous'], ['sehr gut', 'advanced'], ['ich bin Informatiker', 'advanced'],
    ['ich kenne mich gut aus', 'autonomous'], ['nicht wirklich', 'with-help'],
  ],
  nl: [
    ['WhatsApp lukt wel, maar een formulier online invullen kan ik niet', 'with-help'],
  ],
});

describeSlot('equipment', 'equipment', {
  fr: [
    ['juste mon téléphone', 'smartphone-only'], ['mon portable', 'smartphone-only'], ['une tablette', 'smartphone-only'],
    ["pas d'ordinateur", 'none'], ["j'ai un pc mais pas internet", 'smartphone-only'], ['rien', 'none'],
    ["pas d'ordinateur ni internet", 'none'], ["non j'ai rien", 'none'], ['ni ordinateur ni téléphone', 'none'],
    ['un ordinateur portable et la wifi', 'computer-and-internet'], ["j'ai un ordi", 'computer-and-internet'],
    ["pas d'ordinateur mais un smartphone", 'smartphone-only'], ['ordi oui internet non', 'smartphone-only'],
    ['un ordinateur mais il marche plus', 'none'], ["j'utilise l'ordinateur de la bibliothèque", 'none'],
    ["g pa d'ordi", 'none'], ["j'ai internet sur mon tel", 'smartphone-only'],
    // a computer sold, stolen or dead, before or after its name, is not had
    ["mon ordi portable est mort l'an passé, il me reste mon téléphone", 'smartphone-only'],
    ["j'ai vendu mon pc, maintenant juste le gsm", 'smartphone-only'],
  ],
  en: [
    ['just my phone', 'smartphone-only'], ['only a smartphone', 'smartphone-only'], ["I don't have a computer", 'none'],
    ['nothing', 'none'], ['no computer, no internet', 'none'], ['a laptop and wifi', 'computer-and-internet'],
    ['a laptop and internet at home', 'computer-and-internet'],
    ['my laptop was stolen last month, so only my phone', 'smartphone-only'],
    // the place named before the computers it has: no equipment of one's own
    ['nothing at home, at the library they have computers', 'none'],
    ['I sold cars for years and I have a laptop at home', 'computer-and-internet'],
  ],
  es: [
    ['solo el móvil', 'smartphone-only'], ['no tengo ordenador', 'none'], ['no tengo nada', 'none'],
    ['ordenador e internet', 'computer-and-internet'], ['un portátil', 'computer-and-internet'],
    ['me robaron el portátil, ahora solo el celular', 'smartphone-only'],
  ],
  de: [
    ['nur mein Handy', 'smartphone-only'], ['keinen Computer', 'none'], ['nichts', 'none'],
    ['ich habe kein Internet und keinen PC', 'none'], ['PC und Internet', 'computer-and-internet'],
    ['Laptop mit WLAN', 'computer-and-internet'],
  ],
});

describeSlot('goal', 'goal', {
  fr: [
    ['je veux trouver un travail', 'find-job'], ['chercher du boulot', 'find-job'], ['un CDI', 'find-job'],
    ['pas de diplôme, je veux bosser', 'find-job'], ['me reconvertir', 'retrain'], ['changer de métier', 'retrain'],
    ['je voudrais changer de metier', 'retrain'], ['avoir un diplôme', 'certify'], ['faire valider mes compétences', 'certify'],
    // a diploma held, named and not wished for, is no goal to get one (found chatting as jobseekers)
    ['faire reconnaître mon diplôme de master', 'certify'],
    ["apprendre l'informatique", 'basics'], ['savoir utiliser un ordinateur', 'basics'], ['créer mon entreprise', 'start-business'],
    ['devenir indépendant', 'start-business'], ['je sais pas', 'unsure'], ['je sais pas trop quoi faire', 'unsure'],
    ['bjr je cherche du taf', 'find-job'], ['jveux trouvé 1 taf', 'find-job'], ['je suis au chômage depuis 2 ans', 'find-job'],
    ['monter ma boite', 'start-business'], ['ouvrir un salon de coiffure', 'start-business'],
  ],
  en: [
    // a diploma held, named and not wished for, is no goal to get one (found chatting as jobseekers)
    ['was a nurse back home, bachelor degree, just moved here', undefined],
    ['find a job', 'find-job'], ['I need to find a job', 'find-job'], ['get back to work', 'find-job'],
    ['change careers', 'retrain'], ['retrain', 'retrain'], ['get a certificate', 'certify'], ['learn to use a computer', 'basics'],
    ['start my own business', 'start-business'], ['no idea', 'unsure'], ["I'm not sure", 'unsure'],
  ],
  es: [
    ['encontrar trabajo', 'find-job'], ['busco empleo', 'find-job'], ['cambiar de profesión', 'retrain'],
    ['sacar un título', 'certify'], ['aprender informática', 'basics'], ['montar mi negocio', 'start-business'],
    ['no sé', 'unsure'],
  ],
  de: [
    ['Arbeit finden', 'find-job'], ['ich suche einen Job', 'find-job'], ['umschulen', 'retrain'],
    ['ich möchte mich umschulen lassen', 'retrain'], ['einen Abschluss machen', 'certify'], ['Computer lernen', 'basics'],
    ['mich selbstständig machen', 'start-business'], ['keine Ahnung', 'unsure'],
  ],
});

describeSlot('interest', 'interest', {
  fr: [
    ['je veux apprendre Python', 'programming'], ["j'aimerais apprendre a coder en python", 'programming'],
    ['programation', 'programming'], ['faire des sites web', 'web-development'], ['devenir développeur web', 'web-development'],
    ['excel', 'office'], ['la compta', 'office'], ['apprendre le néerlandais', 'languages'], ['anglais', 'languages'],
    ['lire et écrire', 'basic-skills'], ['le marketing', 'digital-marketing'], ['les réseaux sociaux', 'digital-marketing'],
    ['gestion de projet', 'project-management'], ['créer mon entreprise', 'entrepreneurship'], ['mon CV', 'job-search'],
    ['photoshop', 'design'], ["l'informatique de base", 'digital-basics'], ['analyse de données', 'data'],
  ],
  en: [
    ['I want to learn Python', 'programming'], ['websites', 'web-development'], ['build websites', 'web-development'],
    ['Excel', 'office'], ['learn Dutch', 'languages'], ['reading and writing', 'basic-skills'], ['coding', 'programming'],
    ['social media', 'digital-marketing'], ['how to use email', 'digital-basics'],
  ],
  es: [
    ['quiero aprender a programar', 'programming'], ['páginas web', 'web-development'], ['ofimática', 'office'],
    ['excel y word', 'office'], ['inglés', 'languages'], ['leer y escribir', 'basic-skills'], ['diseño gráfico', 'design'],
  ],
  de: [
    ['Programmieren', 'programming'], ['Webseiten erstellen', 'web-development'], ['Büro', 'office'],
    ['Englisch lernen', 'languages'], ['Deutsch lernen', 'basic-skills'], ['Datenanalyse', 'data'],
  ],
});

describeSlot('region', 'region', {
  fr: [
    ['Bruxelles', 'BE-BRU'], ['bruxelle', 'BE-BRU'], ["j'habite à Schaerbeek", 'BE-BRU'], ['Anderlecht', 'BE-BRU'],
    ['1030', 'BE-BRU'], ['je vis a bxl', 'BE-BRU'], ['Liège', 'BE-WAL'], ['Namur', 'BE-WAL'], ['Charleroi', 'BE-WAL'],
    ['Mons', 'BE-WAL'], ['Wallonie', 'BE-WAL'], ['Louvain-la-Neuve', 'BE-WAL'], ['province de Luxembourg', 'BE-WAL'],
    ['4000', 'BE-WAL'], ['Gent', 'BE-VLG'], ['Antwerpen', 'BE-VLG'], ['Flandre', 'BE-VLG'], ['Louvain', 'BE-VLG'],
    ['Luxembourg', 'LU'], ['Esch', 'LU'], ['Differdange', 'LU'], ['L-1234', 'LU'], ['Paris', 'FR'], ['Lyon', 'FR'],
    ['Lille', 'FR'], ['France', 'FR'], ['75011', 'FR'], ['j\'habite à Thionville', 'FR'],
    // communes, provinces, Ostbelgien, Flemish Brabant, departments; origin weaker than residence (convention 10)
    ['Woluwe-Saint-Lambert', 'BE-BRU'], ['Etterbeek', 'BE-BRU'], ['Arlon', 'BE-WAL'], ['Bastogne', 'BE-WAL'], ['Eupen', 'BE-WAL'],
    ['Vilvorde', 'BE-VLG'], ['Zaventem', 'BE-VLG'], ['Halle', 'BE-VLG'], ['Strassen', 'LU'], ['Mondorf', 'LU'], ['Bettembourg', 'LU'],
    ['dans le Gers', 'FR'], ['Seine-Saint-Denis', 'FR'], ['Nice', 'FR'], ["je suis né à Lyon mais j'habite à Charleroi", 'BE-WAL'],
    ['au Forem de Namur', 'BE-WAL'], ['Pôle emploi', 'FR'], ['mission locale de Roubaix', 'FR'],
  ],
  en: [['Brussels', 'BE-BRU'], ['I live in Ghent', 'BE-VLG'], ['Luxembourg City', 'LU'], ['Paris', 'FR'], ['Wallonia', 'BE-WAL'],
    ["I'm from Morocco, living in Schaerbeek", 'BE-BRU'], ['Antwerp', 'BE-VLG'], ['near Arlon', 'BE-WAL'], ['my VDAB advisor', 'BE-VLG']],
  es: [['Bruselas', 'BE-BRU'], ['vivo en Paris', 'FR'], ['Amberes', 'BE-VLG'], ['Luxemburgo', 'LU'], ['Lieja', 'BE-WAL'],
    ['Lovaina', 'BE-VLG'], ['nací en Madrid pero vivo en Gante', 'BE-VLG'], ['Esch-sur-Alzette', 'LU']],
  de: [['Brüssel', 'BE-BRU'], ['Lüttich', 'BE-WAL'], ['Antwerpen', 'BE-VLG'], ['Luxemburg', 'LU'], ['Frankreich', 'FR'],
    ['St. Vith', 'BE-WAL'], ['Kelmis', 'BE-WAL'], ['ich komme aus Polen, wohne jetzt in Ettelbrück', 'LU'], ['Straßburg', 'FR']],
});

describeSlot('language', 'language', {
  fr: [['anglais', 'en'], ['English', 'en'], ['español', 'es'], ['en allemand svp', 'de'], ['Deutsch', 'de'], ['français', 'fr']],
  en: [['French', 'fr'], ['german please', 'de'], ['Español', 'es']],
  es: [['inglés', 'en'], ['francés', 'fr']],
  de: [['Englisch', 'en'], ['Französisch', 'fr'], ['franzoesisch', 'fr']],
});

describe('Understanding.answer in another language than the conversation', () => {
  const u = useUnderstanding();
  table<[string, string, Record<string, unknown>]>([
    ['just my phone', ['fr', 'equipment', { equipment: 'smartphone-only' }]],
    ['je me débrouille bien', ['en', 'digitalSkills', { digitalSkills: 'autonomous' }]],
    ['quiero encontrar trabajo', ['de', 'goal', { goal: 'find-job' }]],
    ['ich habe das Abitur', ['fr', 'qualification', { eqfLevel: 4 }]],
  ], (text, [lang, slot, profile]) => {
    expect(u().answer(slot as SlotId, text, lang, [])?.profile).to.deep.equal(profile);
  }, (text, [lang]) => `when a ${lang} conversation gets "${text}", then the answer is still understood`);
});

describe('Understanding.answer: vague answers and nationalities fill nothing', () => {
  const u = useUnderstanding();
  table<[string, SlotId]>([
    ['ça dépend', ['fr', 'goal']], ['bof', ['fr', 'digitalSkills']], ['it depends', ['en', 'goal']],
    ['kommt drauf an', ['de', 'goal']], ['je suis portugaise', ['fr', 'interest']], ['soy colombiana', ['es', 'interest']],
  ], (text, [lang, slot]) => {
    const profile = u().answer(slot, text, lang, [])?.profile ?? {};
    expect(Object.values(profile).filter((v) => v !== undefined)).to.deep.equal([]);
  }, (text, [, slot]) => `when the user says "${text}" to the ${slot} question, then nothing is filled`);
});
