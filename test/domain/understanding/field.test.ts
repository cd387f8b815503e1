import { expect } from 'chai';
import { join } from 'node:path';
import { checkOccupations, loadOccupations } from '../../../bot/adapters/occupationFiles';
import type { Field, SlotId } from '../../../bot/domain/profile/profile';
import { KNOWLEDGE_DIR, table, useUnderstanding } from './fixture';

/** A field, or `-` for none; several letters when the corpus conventions accept either ("F|I" electrician). */
type Want = Field | `${Field}|${Field}` | '-';

const accepts = (got: Field | undefined, want: Want): boolean =>
  want === '-' ? got === undefined : want.split('|').includes(got ?? '');

describe('Understanding: field (ROME v3 grand domaine of the job or sector named)', () => {
  const u = useUnderstanding();
  const asAnswer = (slot: SlotId) => (text: string, [lang, want]: [string, Want]) => {
    const got = u().understand(text, lang, { pending: slot }).slots.field;
    expect(accepts(got, want), `got ${got}`).to.equal(true);
  };
  const inFreeText = (text: string, [lang, want]: [string, Want]) => {
    const got = u().extract(text, lang).field;
    expect(accepts(got, want), `got ${got}`).to.equal(true);
  };

  describe('as the answer to the interest question, a bare job or sector counts', () => {
    table<[string, Want]>([
      // air conditioning and wind turbines are installation and maintenance (I)
      ['técnico de aire acondicionado', ['es', 'I']], ['wind turbine technician', ['en', 'I']], ['Klimatechnikerin', ['de', 'I']],
      ['technicien éolien', ['fr', 'I']], ['aircotechnieker', ['nl', 'I']],
      ['magasinier', ['fr', 'N']], ['aide-soignante', ['fr', 'J']], ['aide soignante', ['fr', 'J']],
      ['vendeuze', ['fr', 'D']], ['dans le bâtiment', ['fr', 'F']], ['la restauration', ['fr', 'G']],
      ['garde d\'enfants', ['fr', 'K']], ['la compta', ['fr', 'M']], ['plombier chauffagiste', ['fr', 'F|I']],
      ['femme de chambre', ['fr', 'G']], ['boulangère', ['fr', 'D']], ['paysagiste', ['fr', 'A']],
      ['forklift driver', ['en', 'N']], ['care worker', ['en', 'K|J']], ['hospitality', ['en', 'G']],
      ['shop assistant', ['en', 'D']], ['bricklayer', ['en', 'F']], ['receptionist', ['en', 'M']],
      ['camarero', ['es', 'G']], ['limpieza', ['es', 'K']], ['mozo de almacén', ['es', 'N']],
      ['construcción', ['es', 'F']], ['auxiliar de enfermería', ['es', 'J']],
      ['Verkäufer', ['de', 'D']], ['Pflege', ['de', 'J']], ['Lagerist', ['de', 'N']], ['Erzieherin', ['de', 'K']],
      ['Gastronomie', ['de', 'G']], ['Maurer', ['de', 'F']],
      // German plurals ("und für Köche?" after the list)
      ['Köche', ['de', 'G']], ['Friseurinnen', ['de', 'D']], ['Reinigungskräfte', ['de', 'K']],
      ['zorg', ['nl', 'J|K']], ['horeca', ['nl', 'G']], ['heftruckchauffeur', ['nl', 'N']], ['poetshulp', ['nl', 'K']],
      ['Eelerefleeg', ['lb', 'K|J']], ['market gardening', ['en', 'A']],
      ['Verkeefer', ['lb', 'D']], ['Kach', ['lb', 'G']], ['Chauffer', ['lb', 'N']], ['Botzfra', ['lb', 'K']],
      // Luxembourgers name jobs in French and German too
      ['Infirmière', ['lb', 'J']], ['Elektriker', ['lb', 'F|I']],
      // activities and workplaces people write instead of a title (sectors.json)
      ['échafaudage', ['fr', 'F']], ['la plâtrerie', ['fr', 'F']], ['contrôle de gestion', ['fr', 'M']], ['orfèvrerie', ['fr', 'B']],
      ['roofing or scaffolding', ['en', 'F']], ['childminding', ['en', 'K']], ['pick and pack', ['en', 'N']],
      ['jardinería', ['es', 'A']], ['camarera de pisos', ['es', 'G']], ['pladur', ['es', 'F']],
      ['Controlling', ['de', 'M']], ['Gerüstbau', ['de', 'F']], ['Kommissionierung', ['de', 'N']],
      ['tegelwerk', ['nl', 'F']], ['orderpicking', ['nl', 'N']], ['strijkatelier', ['nl', 'K']],
      ['Maurer um Bau', ['lb', 'F']], ['Spillschoul', ['lb', 'K']], ['Fiduciaire', ['lb', 'M']],
    ], asAnswer('interest'), (text, [lang, want]) => `when a ${lang} user answers the interest question "${text}", then field is ${want}`);
  });

  describe('as the answer to the interest question, no field', () => {
    table<[string, Want]>([
      // jobs that are training topics fill interest only
      ['développeur web', ['fr', '-']], ['graphiste', ['fr', '-']], ['data analyst', ['en', '-']],
      ['community manager', ['es', '-']], ['Projektleiter', ['de', '-']],
      ['Excel', ['fr', '-']], ['je sais pas', ['fr', '-']], ['no idea', ['en', '-']],
      ['pas dans la vente', ['fr', '-']], ['nicht im Verkauf', ['de', '-']],
    ], asAnswer('interest'), (text, [lang]) => `when a ${lang} user answers the interest question "${text}", then no field is read`);
  });

  describe('as the answer to the goal question, a job or sector counts too', () => {
    table<[string, Want]>([
      ['trouver un emploi de cariste', ['fr', 'N']], ['work in a hotel', ['en', 'G']],
      ['trabajar en un almacén', ['es', 'N']], ['in der Pflege arbeiten', ['de', 'J']],
    ], asAnswer('goal'), (text, [lang, want]) => `when a ${lang} user answers the goal question "${text}", then field is ${want}`);
  });

  describe('employment and career advice is a job (K), not a request for a person, when it is wished for', () => {
    table<[string, Want]>([
      ['je voudrais devenir conseillère en insertion professionnelle', ['fr', 'K']], ["I'd like to train as a careers adviser", ['en', 'K']],
      ['quiero trabajar como orientadora laboral', ['es', 'K']], ['ich möchte Arbeitsvermittlerin werden', ['de', 'K']],
      ['ik wil trajectbegeleider worden', ['nl', 'K']],
    ], inFreeText, (text, [lang, want]) => `when a ${lang} user writes "${text}", then field is ${want}`);
  });

  describe('everyday ways to name a job: the activity, the business one starts', () => {
    table<[string, Want]>([
      ['quiero cuidar a los adultos mayores', ['es', 'K|J']], ['I want to open my own food truck', ['en', 'G']],
      ['jveux faire esthéticienne', ['fr', 'D']],
    ], inFreeText, (text, [lang, want]) => `when a ${lang} user writes "${text}", then field is ${want}`);
  });

  describe('a job said apart after a wish is its object; a job said apart after a change of trade is the one left', () => {
    table<[string, Want]>([
      ['je veux me reconvertir, aide-soignante', ['fr', 'J']], ['I want a career change, maybe in care', ['en', 'K|J']],
      ['ich möchte beruflich neu anfangen, in der Pflege', ['de', 'J|K']], ['ik wil iets anders doen, in de zorg', ['nl', 'J|K']],
    ], inFreeText, (text, [lang, want]) => `when a ${lang} user writes "${text}", then field is ${want}`);
    table<[string, Want]>([
      ['soy camarero y quiero trabajar de repartidor', ['es', 'N']], ["I'm a cook but I want to be a nurse", ['en', 'J']],
      ['je suis caissière et je veux devenir secrétaire', ['fr', 'M']],
    ], asAnswer('goal'), (text, [lang, want]) => `when a ${lang} user answers the goal question with a change of trade "${text}", then field is the job wished, ${want}`);
    table<[string, Want]>([
      ['reconversion, aide-soignante', ['fr', 'J']], ['changer de métier, 15 ans caissière ça suffit', ['fr', '-']],
      ['a new career, ten years a cook is enough', ['en', '-']], ['otra profesión, llevo 12 años limpiando oficinas y ya basta', ['es', '-']],
      // the job said apart is the one wished when its clause says so ("me tente", "quizá", "appeals to me")
      ['tout recommencer dans autre chose, la coiffure me tenterait', ['fr', 'D']], ['cambiar de sector, quizá la construcción', ['es', 'F']],
      ['a fresh start, warehouse work appeals to me', ['en', 'N']], ['changer de métier, caissière c\'est fini pour moi', ['fr', '-']],
      ['umschulen, Lager will ich nicht mehr', ['de', '-']],
    ], asAnswer('goal'), (text, [lang, want]) => `when a ${lang} user answers the goal question "${text}", then field is ${want}`);
  });

  describe('in free text, a job said as what one does, then another one wished for, is the one held', () => {
    const reads = (text: string, [lang, field, goal]: [string, Want, string]) => {
      const got = u().extract(text, lang);
      expect(accepts(got.field, field), `field ${got.field}`).to.equal(true);
      expect(got.goal).to.equal(goal);
    };
    table<[string, Want, string]>([
      ['I clean offices but I really want to become a nurse', ['en', 'J', 'retrain']],
      ['je fais des ménages, je voudrais devenir vendeuse', ['fr', 'D', 'retrain']],
      ['hago limpieza pero quiero trabajar de camarera', ['es', 'G', 'retrain']],
      ['ik ben chauffeur maar ik wil graag in de zorg werken', ['nl', 'J|K', 'retrain']],
      // a job named in passing, someone else's, is no job held
      ["l'accueil du CPAS m'a envoyé ici, je veux bosser comme aide à domicile", ['fr', 'K', 'find-job']],
      ['ma sœur est infirmière, moi je veux travailler dans la vente', ['fr', 'D', 'find-job']],
    ], reads, (text, [lang, field, goal]) => `when a ${lang} user writes "${text}", then field is ${field} and goal ${goal}`);
  });

  describe('in free text, a job counts as a wish or as one\'s own trade', () => {
    table<[string, Want]>([
      // …but a language, marketing for one's trade or office work for a clerk keep it; so does work looked for
      ['kok, ik wil Nederlands leren', ['nl', 'G']], ['secrétaire, je voudrais apprendre Excel', ['fr', 'M']],
      ['magasinier, je cherche du travail et je voudrais apprendre l\'ordinateur', ['fr', 'N']],
      ['bonjour, je voudrais bosser comme préparateur de commandes vers Lille', ['fr', 'N']],
      // a change of mind: a preference is a wish, and a "no" opening a correction negates nothing after it
      ['je préfère la coiffure', ['fr', 'D']], ['non finalement je veux faire coiffeuse', ['fr', 'D']],
      ["actually I'd rather be a hairdresser", ['en', 'D']], ['no al final quiero ser peluquera', ['es', 'D']],
      ['nee eigenlijk wil ik kapster worden', ['nl', 'D']], ['ya no quiero estar en la obra', ['es', '-']],
      // a "no" closing a correction before a preference or a new clause negates nothing after it either
      ['en fait non plutot dans la vente', ['fr', 'D']], ['Buchhaltung, das passt besser zu mir', ['de', 'M']],
      // IT said with the words of a sector or a switch ("it" is also the pronoun: "I want to get into it" says nothing)
      ['I want to switch into IT, maybe data analysis', ['en', 'M']], ['I want a job in IT', ['en', 'M']], ['I love it, I want to get into it', ['en', '-']],
      // working in IT in the other languages; learning "l'informatique" stays the basics
      ['quiero trabajar en IT', ['es', 'M']], ["je veux bosser dans l'informatique", ['fr', 'M']], ['ich möchte in der IT arbeiten', ['de', 'M']],
      ['ik wil in de IT werken', ['nl', 'M']], ["je veux apprendre l'informatique", ['fr', '-']],
      // a wish said after the job ("Altenpflege wär was", "Koch wäre was für mich")
      ['Ich helfe gern Menschen, Altenpflege wär was', ['de', 'J|K']],
      // "mit den Händen" (with one's hands) is no "Händler" (trader) read through a typo
      ['ich will was mit den Händen machen, Glaser oder so', ['de', 'F']],
      // teaching said with the verb; an Austrian tobacconist's (Trafik) is a shop
      ['quiero seguir enseñando', ['es', 'K']], ['I would like to teach kids', ['en', 'K']], ['I want to learn to teach myself excel', ['en', '-']],
      ['ich will in einer Trafik arbeiten', ['de', 'D']],
      // a job lost is still one's trade: "lost my job" alone is no job left behind ("lost my job as a cook" is)
      ['im a bus driver, lost my job', ['en', 'N']], ["I'm a bus driver in Luxembourg and I lost my job", ['en', 'N']],
      // a farm is said with an article or a preposition: "ils ont fermé" (closed) is no farm
      ['je veux travailler dans une ferme', ['fr', 'A']], ["j'ai bossé 30 ans dans la même boîte et ils ont fermé, je cherche du boulot", ['fr', '-']],
      // a neighbourhood mediator is social work; an office job in Luxembourgish or German everyday words is M
      ['je veux devenir médiateur de quartier', ['fr', 'K']], ['ech sichen eng Aarbecht am Bureau', ['lb', 'M']],
      ['muss umschulen, in was büromäßiges', ['de', 'M']],
      ['je cherche un poste d\'agent d\'entretien le matin', ['fr', 'K']],
      ['mon projet c\'est de devenir auxiliaire de vie', ['fr', 'K']],
      ['je voudrais une formation pour être électricienne', ['fr', 'F|I']],
      ['je suis soudeur de métier et je cherche du boulot', ['fr', 'H']],
      ['avant j\'étais serveuse, maintenant je voudrais être secrétaire', ['fr', 'M']],
      ['Qualified welder, looking for work near Charleroi', ['en', 'H']],
      ['I would like to train as a dental nurse', ['en', 'J']],
      ['I used to be a cook, now I want to work in an office', ['en', 'M']],
      ['quiero trabajar de repartidora por las tardes', ['es', 'N']],
      ['soy peluquero y busco trabajo en Lieja', ['es', 'D']],
      ['me encantaría trabajar en una guardería', ['es', 'K']],
      ['ich würde gerne als Fahrer arbeiten', ['de', 'N']],
      ['ich möchte eine Umschulung zur Altenpflegerin machen', ['de', 'J|K']],
      ['ich bin Bäcker und suche eine Stelle in Eupen', ['de', 'D']],
      ['ik zou graag als kapster werken', ['nl', 'D']],
      ['ik zoek een job in een magazijn', ['nl', 'N']],
      ['ech wëll an engem Restaurant schaffen', ['lb', 'G']],
      ['ech sichen eng Aarbecht als Aide-soignante', ['lb', 'J']],
      // an activity or a workplace after a wish
      ['je cherche un poste en contrôle de gestion à Nantes', ['fr', 'M']],
      ['j\'aimerais travailler en usine, de nuit si possible', ['fr', 'H']],
      ['je voudrais m\'occuper de personnes âgées à domicile', ['fr', 'K']],
      ['I\'d like to work in roofing', ['en', 'F']], ['I want to look after elderly people', ['en', 'K']],
      ['looking for delivery driving work around Liège', ['en', 'N']],
      ['me gustaría trabajar en jardinería', ['es', 'A']], ['quiero cuidar a personas mayores', ['es', 'K']],
      ['busco trabajo de pladurista en Bruselas', ['es', 'F']],
      ['ich möchte im Controlling arbeiten', ['de', 'M']], ['ich will auf dem Bau arbeiten', ['de', 'F']],
      ['ich würde gerne in der Gastro anfangen', ['de', 'G']],
      ['ik wil iets met kinderen doen', ['nl', 'K']], ['ik zoek werk in de steigerbouw', ['nl', 'F']],
      ['ik wil graag in een magazijn werken', ['nl', 'N']],
      ['ech wëll um Bau schaffen', ['lb', 'F']], ['ech wëll an der Horesca schaffen', ['lb', 'G']],
      ['ech géif gär an enger Crèche schaffen', ['lb', 'K']],
    ], inFreeText, (text, [lang, want]) => `when a ${lang} user writes "${text}", then field ${want} is extracted`);
  });

  describe('in free text, no field', () => {
    table<[string, Want]>([
      // a job held before, or left
      ['je travaille dans la logistique mais je veux me reconvertir dans le graphisme', ['fr', '-']],
      ['j\'ai été caissière pendant 12 ans et j\'aimerais apprendre l\'informatique', ['fr', '-']],
      ['je ne veux plus travailler dans le nettoyage', ['fr', '-']],
      ['I was a lorry driver for years and now I want to learn computers', ['en', '-']],
      ['he trabajado de camarera toda mi vida y quiero cambiar de sector', ['es', '-']],
      ['ich war Kellner und möchte jetzt etwas mit Computern machen', ['de', '-']],
      ['vroeger werkte ik als poetsvrouw, nu wil ik iets met computers doen', ['nl', '-']],
      // a job that is a training topic
      ['je voudrais devenir développeuse web', ['fr', '-']], ['I want to become a data analyst', ['en', '-']],
      // an advisor asked for, not a job wanted
      ['je cherche un conseiller pour m\'aider', ['fr', '-']], ['can I talk to an adviser please', ['en', '-']],
      // nationality, languages, someone else's job
      ['je suis portugaise et je cherche du travail', ['fr', '-']], ['I\'m Irish and looking for work', ['en', '-']],
      ['soy venezolano, busco trabajo', ['es', '-']], ['ich bin Syrer und suche Arbeit', ['de', '-']],
      ['mon mari est chauffeur, moi je veux apprendre le français', ['fr', '-']],
      // a job word in passing, no wish
      ['le chauffeur du bus était en retard', ['fr', '-']], ['my doctor said I should rest', ['en', '-']],
      // a French verb is no English job title ("me former" is no former), nor a typo of a known word
      ['je veux me former à Excel', ['fr', '-']], ['je cherche une formation', ['fr', '-']],
      // the job held, said with words in between ("I work night shift at a warehouse", "4/5 werk ik nog in een winkel")
      ['only mornings, i work night shift at a warehouse', ['en', '-']], ['4/5 werk ik nog in een winkel dus weinig tijd', ['nl', '-']],
      // the job said first, a topic wished for after it, no work looked for: the topic is what is wanted
      ['magasinier, 50 ans, je voudrais apprendre l\'ordinateur', ['fr', '-']], ['bus driver for years, now I want to learn data analysis', ['en', '-']],
      ['Busfahrer seit zehn Jahren, jetzt möchte ich programmieren lernen', ['de', '-']], ['poetsvrouw in Aalst, ik wil leren werken met de computer', ['nl', '-']],
      // …or in the job's own clause, the job said to be held ("trabajo en" is work done, not work looked for)
      ['trabajo en una panadería y quiero aprender a programar', ['es', '-']], ['je suis caissière et je voudrais apprendre l\'informatique', ['fr', '-']],
      ['trabajo de limpiadora, quiero aprender a usar el ordenador', ['es', '-']],
      // a short word one letter off a job word is another word ("reste" is no "resto")
      ['je veux pas que ça reste chez vous', ['fr', '-']],
      // sector words that are also everyday words are read only in a phrase ("logging", "bar", "kinderen", "niños", "achats", "pressing")
      ['I need help logging in to my account', ['en', '-']], ['I have a pressing need to find work', ['en', '-']],
      ['ich möchte bar bezahlt werden', ['de', '-']], ['ik heb twee kinderen en zoek werk', ['nl', '-']],
      ['tengo dos niños y busco trabajo de mañana', ['es', '-']], ['je veux apprendre à faire mes achats en ligne', ['fr', '-']],
    ], inFreeText, (text, [lang]) => `when a ${lang} user writes "${text}", then no field is extracted`);
  });

  describe('everyday trades outside the office (sectors.json): airport, rail, post, repair, factory, trades, shops, care, animals', () => {
    table<[string, Want]>([
      ['agent d\'escale', ['fr', 'N']], ['contrôleuse de train', ['fr', 'N']], ['conducteur de tram', ['fr', 'N']],
      ['distribution de prospectus', ['fr', 'M']], ['tri du courrier', ['fr', 'N']], ['réparateur de vélos', ['fr', 'I']], ['automaticien', ['fr', 'I']],
      ['contrôleuse qualité', ['fr', 'H']], ['travaux de voirie', ['fr', 'F']], ['vendeuse en fromagerie', ['fr', 'D']],
      ['retoucheuse', ['fr', 'B']], ['pizzaiolo', ['fr', 'G']], ['croque-mort', ['fr', 'K']], ['portier de boîte de nuit', ['fr', 'K']],
      ['chenil', ['fr', 'A']], ['accueillante extrascolaire', ['fr', 'K']],
      ['ground staff', ['en', 'N']], ['ticket inspector', ['en', 'N']], ['mail sorting', ['en', 'N']],
      ['elevator technician', ['en', 'I']], ['road worker', ['en', 'F']], ['fishmonger', ['en', 'D']],
      ['stretcher bearer', ['en', 'J']], ['playground supervisor', ['en', 'K']], ['dog groomer', ['en', 'A']],
      ['fruit picker', ['en', 'A']], ['clothing alterations', ['en', 'B']],
      ['personal de tierra', ['es', 'N']], ['cartera de correos', ['es', 'N']], ['técnico de automatización', ['es', 'I']],
      ['andamiero', ['es', 'F']], ['limpiacristales', ['es', 'K']], ['mozo de cuadra', ['es', 'A']], ['cuidador de zoo', ['es', 'A']],
      ['Bodenpersonal', ['de', 'N']], ['Briefzusteller', ['de', 'N']], ['Kälteanlagenbauer', ['de', 'I']],
      ['Asbestsanierung', ['de', 'I']], ['an der Käsetheke', ['de', 'D']], ['Pausenaufsicht', ['de', 'K']],
      ['Änderungsschneiderin', ['de', 'B']], ['Zeitungszusteller', ['de', 'M']],
      ['bagageafhandelaar', ['nl', 'N']], ['metrobestuurder', ['nl', 'N']], ['postsorteerder', ['nl', 'N']],
      ['witgoedhersteller', ['nl', 'I']], ['visboer', ['nl', 'D']], ['hotelreceptionist', ['nl', 'G']], ['middagtoezicht', ['nl', 'K']],
      ['Kichenhëllef', ['lb', 'G']], ['um Findel schaffen', ['lb', 'N']], ['Zuchbegleeder', ['lb', 'N']],
      // money exchange, video editing, charging points, jewellers, bricklaying, intercultural mediation, stunts, podcasts, cobblers
      ['Devisen wechseln am Bahnhof', ['de', 'C']], ['videobewerking', ['nl', 'E']], ['laadpalen plaatsen', ['nl', 'F']],
      ['juwelierszaak', ['nl', 'D']], ['colocar ladrillos', ['es', 'F']], ['mediadora intercultural', ['es', 'K']],
      ['Stuntfra', ['lb', 'L']], ['Podcast', ['lb', 'E']], ['Schongmaacher', ['lb', 'B']],
    ], asAnswer('interest'), (text, [lang, want]) => `when a ${lang} user answers the interest question "${text}", then field is ${want}`);
    table<[string, Want]>([
      ['je cherche du travail comme bagagiste à Zaventem', ['fr', 'N']], ['je voudrais travailler à l\'aéroport', ['fr', 'N']],
      ['j\'aimerais travailler à la poste', ['fr', 'N']], ['I\'d like to become a train conductor', ['en', 'N']],
      ['I want to fix bikes', ['en', 'I']], ['quiero ser revisor de tren', ['es', 'N']],
      ['ich möchte am Flughafen arbeiten', ['de', 'N']], ['ik wil op de luchthaven werken', ['nl', 'N']],
      ['ech wëll um Findel schaffen', ['lb', 'N']],
    ], inFreeText, (text, [lang, want]) => `when a ${lang} user writes "${text}", then field ${want} is extracted`);
    table<[string, Want]>([
      // getting about, the post, the market: no trade named
      ['je prends le bus pour aller au travail', ['fr', '-']], ['je dois aller à l\'aéroport demain', ['fr', '-']],
      ['j\'ai envoyé mon CV par la poste', ['fr', '-']], ['je n\'ai pas de voiture, je prends la STIB', ['fr', '-']],
      // near-spellings of job words: "poster" is no "postier", "vider" no "videur", "joined" no "joiner"
      ['je veux poster mon CV', ['fr', '-']], ['je veux vider ma boîte mail', ['fr', '-']],
      ['I want to find a job, I joined a training', ['en', '-']],
      ['I want to train', ['en', '-']], ['I want to tailor my CV to the job', ['en', '-']],
      ['I want to take my kids to the zoo', ['en', '-']], ['quiero aprender a mandar correos', ['es', '-']],
      ['ich fahre mit dem Zug zur Arbeit', ['de', '-']], ['im Vorfeld möchte ich etwas fragen', ['de', '-']],
      ['ik zoek werk in de buurt van het station', ['nl', '-']], ['ik moet morgen naar de luchthaven', ['nl', '-']],
    ], inFreeText, (text, [lang]) => `when a ${lang} user writes "${text}", then no field is extracted`);
  });

  it('when a job is named with a wish, then the other values of the message are still read', () => {
    expect(u().extract('je cherche un emploi de magasinier à Lyon, j\'ai un CAP', 'fr'))
      .to.include({ field: 'N', region: 'FR', eqfLevel: 3 });
  });

  it('when Understanding is built without occupations, then no field is ever read', async () => {
    const { Understanding } = await import('../../../bot/domain/understanding');
    const { readKnowledge } = await import('./fixture');
    const { occupations: _, ...rest } = readKnowledge();
    const bare = new Understanding(rest);
    expect(bare.understand('magasinier', 'fr', { pending: 'interest' }).slots.field).to.equal(undefined);
  });
});

describe('knowledge/occupations', () => {
  it('when the shipped files are loaded, then every language has job titles in most grand domaines', () => {
    const occupations = loadOccupations(join(KNOWLEDGE_DIR, 'occupations'));
    expect(Object.keys(occupations)).to.include.members(['fr', 'en', 'es', 'de', 'nl', 'lb']);
    for (const lng of ['fr', 'en', 'es', 'de', 'nl']) {
      expect(Object.keys(occupations[lng]).length, lng).to.be.at.least(14);
    }
  });

  it('when a file files a phrase under an unknown letter, then loading fails naming the file and the entry', () => {
    expect(() => checkOccupations({ languages: { fr: { X: ['vendeur'] } } }, 'sectors.json'))
      .to.throw(/sectors\.json: \/languages\/fr .*additional properties/);
  });

  it('when a phrase does not compile, then loading fails naming the file, the entry and the phrase', () => {
    expect(() => checkOccupations({ languages: { fr: { D: ['vendeur', '* vente'] } } }, 'sectors.json'))
      .to.throw('sectors.json: languages.fr.D[1] ("* vente")');
  });
});

/** Trades within a field whose courses differ (knowledge/occupations/trades.json), read with the field. */
const TRADE_ROWS: Array<[string, [string, '?' | '-', string, string | undefined]]> = [
  ['je cherche du travail comme agent de sécurité', ['fr', '-', 'K', 'security']], ['vigile', ['fr', '?', 'K', 'security']],
  ['I want to work as a security guard', ['en', '-', 'K', 'security']], ['ich suche Arbeit als Wachmann', ['de', '-', 'K', 'security']],
  ['bewaker', ['nl', '?', 'K', 'security']], ['quiero trabajar de vigilante de seguridad', ['es', '-', 'K', 'security']],
  ['je veux travailler dans une crèche', ['fr', '-', 'K', 'childcare']], ['femme de ménage', ['fr', '?', 'K', 'cleaning']],
  ['aide à domicile pour personnes âgées', ['fr', '?', 'K', 'care']], ["I'd like to be a hotel receptionist", ['en', '-', 'G', 'hotel-tourism']],
  ['ich will LKW-Fahrer werden', ['de', '-', 'N', 'heavy-driving']], ['heftruckchauffeur', ['nl', '?', 'N', 'warehouse']],
  // lorries, buses and coaches (licences C and D) are heavy-driving; vans, taxis and delivery (car licence B) driving:
  // "camion$" is a whole word, so the van of "camionnette", "camioneta", "camionette" stays with the car licence (issue 8)
  ['je veux passer le permis poids lourd', ['fr', '-', 'N', 'heavy-driving']], ['je veux passer le permis C', ['fr', '-', 'N', 'heavy-driving']],
  ['chauffeur poids lourd', ['fr', '?', 'N', 'heavy-driving']], ['conducteur de camion', ['fr', '?', 'N', 'heavy-driving']],
  ['chauffeur de bus', ['fr', '?', 'N', 'heavy-driving']], ['ik wil rijbewijs C halen', ['nl', '-', 'N', 'heavy-driving']],
  ['vrachtwagenchauffeur', ['nl', '?', 'N', 'heavy-driving']], ['Berufskraftfahrer', ['de', '?', 'N', 'heavy-driving']],
  ['I want to be an HGV driver', ['en', '-', 'N', 'heavy-driving']], ['lorry driver', ['en', '?', 'N', 'heavy-driving']],
  ['quiero ser camionero', ['es', '-', 'N', 'heavy-driving']], ['quiero sacar el carnet C', ['es', '-', 'N', 'heavy-driving']],
  ['Camionschauffer', ['lb', '?', 'N', 'heavy-driving']], ['ech wëll Buschauffer ginn', ['lb', '-', 'N', 'heavy-driving']],
  ['chauffeur livreur', ['fr', '?', 'N', 'driving']], ['chauffeur de camionnette', ['fr', '?', 'N', 'driving']],
  ['je veux être livreur en camionnette', ['fr', '-', 'N', 'driving']], ['conductor de camioneta', ['es', '?', 'N', 'driving']],
  ['taxi driver', ['en', '?', 'N', 'driving']], ['bestelwagenchauffeur', ['nl', '?', 'N', 'driving']], ['Taxichauffer', ['lb', '?', 'N', 'driving']],
  ['je veux travailler comme cariste', ['fr', '-', 'N', 'warehouse']],
  ['Kach', ['lb', '?', 'G', 'kitchen']],
  // a sector word that says no trade leaves it unknown: every course of the field is then for them
  ['je veux travailler dans la restauration', ['fr', '-', 'G', undefined]],
];

describe('Understanding: the trade within the field', () => {
  const u = useUnderstanding();
  table(TRADE_ROWS, (text, [lang, mode, field, trade]) => {
    const { slots } = u().understand(text, lang, mode === '?' ? { pending: 'interest' } : {});
    expect(slots.field).to.equal(field);
    expect(slots.trade).to.equal(trade);
  }, (text, [lang, , field, trade]) => `${lang} "${text}" → field ${field}, trade ${trade ?? 'unknown'}`);
});

describe('Understanding: a surname after a title is no job', () => {
  const u = useUnderstanding();
  // many surnames are trades (Boulanger, Becker, Baker, Zapatero, Visser, Weber): after a title they name a person
  for (const [text, lang] of [['je remplis ça pour Mme Boulanger, ma voisine', 'fr'], ['I am filling this in for Mr Baker next door', 'en'],
    ['escribo por la señora Zapatero, mi vecina', 'es'], ['ich schreibe für Herrn Becker, meinen Nachbarn', 'de'],
    ['ik vul dit in voor meneer Visser, mijn buurman', 'nl'], ['ech schreiwe fir den Här Weber', 'lb']]) {
    it(`when a ${lang} writer says "${text}", then no field is read`, () => {
      expect(u().understand(text, lang, { pending: 'interest' }).slots).to.not.have.property('field');
    });
  }
  it('when a German title opens capitalised nouns ("als Frau Arbeit in der Pflege"), then they are still read', () => {
    expect(u().understand('ich suche als Frau Arbeit in der Pflege', 'de').slots).to.include({ goal: 'find-job', field: 'J' });
  });
  it('when a greeting names the person greeted ("bonjour Madame Dupont"), then it is a greeting', () => {
    expect(u().understand('bonjour Madame Dupont', 'fr').intent).to.equal('greeting');
  });
  it('when a message is typed in capitals ("MERCI MONSIEUR BONNE SOIREE"), then no word of it is taken for a surname', () => {
    expect(u().understand('MERCI MONSIEUR BONNE SOIREE', 'fr').intent).to.equal('thanks');
  });
});

describe('Understanding: what is excluded ("anything but", "tout sauf") is not what is wanted', () => {
  const u = useUnderstanding();
  const rows: Array<[string, string, Record<string, string>, Record<string, string>]> = [
    ['tout sauf la compta, plutôt du graphisme', 'fr', { interest: 'design' }, { interest: 'office' }],
    ['anything except Excel, I want to learn Python', 'en', { interest: 'programming' }, { interest: 'office' }],
    ['todo menos limpieza, me gustaría cuidar a personas mayores', 'es', { trade: 'care' }, { trade: 'cleaning' }],
    ['alles außer Verkauf, lieber etwas mit Holz, Schreiner', 'de', { field: 'F' }, { field: 'D' }],
    ['alles behalve de bouw, liefst iets met kinderen', 'nl', { field: 'K' }, { field: 'F' }],
    ['anything but retail', 'en', {}, { field: 'D' }],
    // what one leaves or no longer wants: "rather than", "au lieu de", "früher wollte ich"
    ['rather than going back to cleaning, I want to work with children', 'en', { field: 'K' }, { trade: 'cleaning' }],
    ['au lieu de retourner dans la vente, je voudrais travailler avec des animaux', 'fr', { field: 'A' }, { field: 'D' }],
    ['früher wollte ich Spanisch lernen, jetzt lieber Buchhaltung', 'de', { interest: 'office' }, { interest: 'languages' }],
    ['en vez de limpiar casas, quiero aprender a hacer páginas web', 'es', { interest: 'web-development' }, { trade: 'cleaning' }],
    ['alles ausser Büroaarbecht', 'lb', {}, { field: 'M' }],
  ];
  for (const [text, lang, wanted, excluded] of rows) {
    it(`when a ${lang} user answers "${text}" to the job question, then the excluded one is not read`, () => {
      const { slots } = u().understand(text, lang, { pending: 'interest' });
      for (const [slot, value] of Object.entries(excluded)) expect(slots, slot).to.not.have.property(slot, value);
      expect(slots).to.include(wanted);
    });
  }
});

describe('Understanding: selling online is digital marketing (found chatting: farmers wanting to sell online were not understood)', () => {
  const u = useUnderstanding();
  for (const [text, lang] of [['vendre mes confitures sur internet', 'fr'], ['I would like to sell my crafts online', 'en'],
    ['quiero vender en línea', 'es'], ['Käse online verkaufen', 'de'], ['online verkopen', 'nl'], ['online verkafen', 'lb']]) {
    it(`when a ${lang} user answers "${text}" to the job question, then the topic is digital marketing`, () => {
      expect(u().understand(text, lang, { pending: 'interest' }).slots.interest).to.equal('digital-marketing');
    });
  }
});
