import type { Field } from '../profile/profile';

/**
 * What a FORMACODE (Centre Inffo's thesaurus of training subjects, used by LHEO's `code-FORMACODE`) tells
 * the bot: topics of topics.json and ROME v3 grand domaines (`fields`).
 *
 * @remarks A FORMACODE's first three digits are its semantic field (`309` LOGICIEL, `427` HOTELLERIE
 * RESTAURATION…): true of every code of the v12 table published in the lheo-schema repository
 * (datasources/sources/FCod-utf-8.csv), which is where the field names below were read. Both tables are
 * our classification, not the thesaurus's: a field maps to the grand domaines whose jobs it trains for, and
 * to a topic only where one of our topics fits; the codes of a few precise subjects (office software,
 * programming, job search, literacy…) name their topic directly. Sciences, law, economics and personal
 * development have no grand domaine: such offers count as serving any job, or are skipped when they have
 * no topic either.
 */
const FIELDS_BY_SEMANTIC_FIELD: Readonly<Record<string, readonly Field[]>> = {
  125: ['A'], 210: ['A'], 212: ['A'], 213: ['A'], // environment, agriculture, crops, fishing
  132: ['K'], 133: ['M'], // law (ROME K19), tax law
  154: ['G'], // sport (G12 leisure and sport coaching)
  215: ['H'], 216: ['H'], 217: ['H'], 218: ['H'], // food industry, textile, clothing, leather
  220: ['F'], 222: ['F'], 223: ['F'], 224: ['F'], 226: ['F', 'I'], // public works, building, heating and cooling
  228: ['H'], 230: ['H'], 235: ['H'], 236: ['H', 'I'], // materials, mechanics, repair
  240: ['H', 'I'], 241: ['H', 'I'], 242: ['I'], 243: ['H', 'I'], 244: ['H', 'I'], // electrical, energy, telecoms, automation
  308: ['M'], 309: ['M'], 310: ['M'], // programming languages, software, computing
  313: ['H'], 316: ['H'], 317: ['N'], 318: ['N'], // quality, production management, handling, transport
  320: ['M'], 326: ['M'], 330: ['M'], 350: ['M'], // management, finance, human resources, secretarial work
  340: ['D'], 342: ['D'], 345: ['D'], // sales management, international trade, selling
  410: ['C'], 421: ['C'], // banking and insurance, real estate
  420: ['K'], 428: ['K'], 440: ['K'], 445: ['K'], // personal services, security, social work, training
  426: ['G'], 427: ['G'], // tourism, hotels and restaurants
  430: ['J'], 434: ['J'], // medicine, health care
  450: ['B'], 455: ['B'], // art, art crafts
  460: ['E'], 462: ['E'], 463: ['E'], // printing, audiovisual and multimedia, information
};

const TOPICS_BY_SEMANTIC_FIELD: Readonly<Record<string, readonly string[]>> = {
  152: ['languages'],
  308: ['programming'],
  309: ['office'],
  310: ['programming'],
  350: ['office'],
  460: ['design'],
  462: ['design'],
};

/** Codes whose subject names one of our topics more precisely than its semantic field does. */
const TOPICS_BY_CODE: Readonly<Record<string, readonly string[]>> = {
  11016: ['data'], // ANALYSE DONNEES
  15030: ['basic-skills'], 15040: ['basic-skills'], 15041: ['basic-skills'], 15043: ['basic-skills'], // calcul, français mise à niveau, mise à niveau, alphabétisation
  44501: ['basic-skills'], // LUTTE CONTRE ILLETTRISME
  15061: ['job-search'], 15062: ['job-search'], 15070: ['job-search'], 15081: ['job-search'], // accompagnement vers emploi, orientation, TRE, bilan
  24222: ['digital-basics'], 30941: ['digital-basics'], 31018: ['digital-basics'], 46271: ['digital-basics'], // internet, navigateur, micro-informatique
  30857: ['web-development'], 30867: ['web-development'], 30931: ['web-development'], 46270: ['web-development'], // HTML, JavaScript, page web, site internet
  30887: ['data'], 31028: ['data'], 31052: ['data'], // SQL, intelligence artificielle, data warehouse
  30901: ['project-management'], 30912: ['project-management'], 32035: ['project-management'], 32045: ['project-management'],
  31091: ['office'], 35066: ['office'], // bureautique
  32047: ['entrepreneurship'], // CREATION ENTREPRISE
  34093: ['digital-marketing'], // MARKETING ELECTRONIQUE
  30938: ['design'], 30955: ['design'], 30975: ['design'], 46258: ['design'], // Photoshop, graphique, PAO, infographie
};

/** A FORMACODE as LHEO writes it: five digits. */
export const FORMACODE = /^\d{5}$/;

/** Topics of these FORMACODEs, in their order (the first code is the main one), without repeats. */
export function formacodeTopics(codes: readonly string[]): string[] {
  return unique(codes.flatMap((code) => TOPICS_BY_CODE[code] ?? TOPICS_BY_SEMANTIC_FIELD[code.slice(0, 3)] ?? []));
}

/** ROME grand domaines of these FORMACODEs, in their order, without repeats. */
export function formacodeFields(codes: readonly string[]): Field[] {
  return unique(codes.flatMap((code) => FIELDS_BY_SEMANTIC_FIELD[code.slice(0, 3)] ?? []));
}

/** Language courses (semantic field 152 LANGUES): the language each code teaches as a new language (ISO 639-1). */
const TEACHES_BY_CODE: Readonly<Record<string, string>> = {
  ...byLanguage('en', [15203, 15204, 15205, 15206, 15213, 15214, 15234]),
  ...byLanguage('es', [15207, 15209, 15219, 15227, 15228, 15229]),
  ...byLanguage('de', [15287, 15288, 15289, 15297, 15298, 15299]),
  ...byLanguage('fr', [15217, 15226, 15235]), // français commercial, appliqué, langue étrangère
  ...byLanguage('it', [15236, 15237, 15238, 15239, 15247, 15248]),
  ...byLanguage('pt', [15208, 15218]), ...byLanguage('nl', [15277]), ...byLanguage('ar', [15259]),
  ...byLanguage('ru', [15283, 15294]), ...byLanguage('pl', [15284]), ...byLanguage('tr', [15222]), ...byLanguage('ro', [15249]),
};

function byLanguage(lang: string, codes: readonly number[]): Record<string, string> {
  return Object.fromEntries(codes.map((code) => [String(code), lang]));
}

/** The languages these FORMACODEs teach (`teaches` of a language course), in their order. */
export function formacodeTeaches(codes: readonly string[]): string[] {
  return unique(codes.map((code) => TEACHES_BY_CODE[code]).filter((lang): lang is string => lang !== undefined));
}

/** A ROME v3 code (`D1402`): its letter is its grand domaine. */
export const ROME_CODE = /^[A-N]\d{4}$/;

/** Grand domaines of these ROME codes (`D1402` → `D`); codes of another shape give nothing. */
export function romeFields(codes: readonly string[]): Field[] {
  return unique(codes.map((c) => c.trim().toUpperCase()).filter((c) => ROME_CODE.test(c)).map((c) => c[0] as Field));
}

/**
 * Job fields of a course whose source names none (JSON-LD without ROME codes, Richie): the convention of
 * knowledge/README.md for the starter catalogue (office, programming, web and data `M`; digital marketing
 * `D`, `E`; design `E`). Other topics serve any job.
 */
export function fieldsOfTopics(topics: readonly string[]): Field[] {
  const byTopic: Readonly<Record<string, readonly Field[]>> = {
    office: ['M'], programming: ['M'], 'web-development': ['M'], data: ['M'], 'digital-marketing': ['D', 'E'], design: ['E'],
  };
  return unique(topics.flatMap((t) => byTopic[t] ?? []));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
