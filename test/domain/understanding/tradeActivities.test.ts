import { expect } from 'chai';
import type { Field } from '../../../bot/domain/profile/profile';
import { table, useUnderstanding } from './fixture';

/**
 * A trade named by what one does or where one works, not by its title (sectors.json): "tailler des haies",
 * "Regale einräumen", "in de haven". Written apart from the phrases listed, inflected or with other words around;
 * `-` = no field (an activity of one's own life, not a job wished for).
 */
type Want = Field | `${Field}|${Field}` | '-';

const accepts = (got: Field | undefined, want: Want): boolean =>
  want === '-' ? got === undefined : want.split('|').includes(got ?? '');

describe('Understanding: a trade said as an activity or a workplace', () => {
  const u = useUnderstanding();
  const inFreeText = (text: string, [lang, want]: [string, Want]) => {
    const got = u().extract(text, lang).field;
    expect(accepts(got, want), `got ${got}`).to.equal(true);
  };

  describe('wished for in free text, the activity says the field', () => {
    table<[string, Want]>([
      // A
      ['je voudrais tailler les haies et tondre la pelouse chez des particuliers', ['fr', 'A']],
      ['I would like to prune trees in the council parks', ['en', 'A']],
      ['me gustaría podar árboles en un ayuntamiento', ['es', 'A']],
      // B
      ['j\'aimerais bien fabriquer des bijoux à la main', ['fr', 'B']],
      ['I want to learn bookbinding', ['en', 'B']],
      ['ich möchte Möbel polstern lernen', ['de', 'B']],
      // C
      ['I\'d like to work for an insurance company handling claims', ['en', 'C']],
      ['quiero vender pisos para una agencia', ['es', 'C']],
      ['ich will Immobilien verkaufen', ['de', 'C']],
      // D
      ['je cherche un travail pour remplir les rayons la nuit', ['fr', 'D']],
      ['I want a job stacking shelves', ['en', 'D']],
      ['ich möchte im Supermarkt Regale einräumen', ['de', 'D']],
      // E
      ['je veux écrire des articles pour un magazine', ['fr', 'E']],
      ['quiero traducir textos del inglés', ['es', 'E']],
      ['I\'d love to take photographs at weddings', ['en', 'E']],
      // F
      ['je voudrais poser du carrelage dans les salles de bain', ['fr', 'F']],
      ['quiero trabajar poniendo pladur', ['es', 'F']],
      ['ich möchte Fliesen legen', ['de', 'F']],
      // G
      ['je voudrais servir en salle le week-end', ['fr', 'G']],
      ['I want to work behind the bar at weekends', ['en', 'G']],
      ['quiero servir mesas en la costa', ['es', 'G']],
      // H
      ['I\'d like to work on a production line', ['en', 'H']],
      ['quiero trabajar en una embotelladora', ['es', 'H']],
      ['ich möchte gerne schweißen lernen', ['de', 'H']],
      // I
      ['je voudrais réparer des tracteurs', ['fr', 'I']],
      ['I want to repair lifts', ['en', 'I']],
      // J
      ['I would like to take blood in a clinic', ['en', 'J']],
      ['je voudrais faire des prises de sang', ['fr', 'J']],
      ['ich möchte Patienten pflegen', ['de', 'J']],
      // K
      ['I want to work with young people in a youth centre', ['en', 'K']],
      ['je veux nettoyer des bureaux le soir', ['fr', 'K']],
      // L
      ['I want to work as a camera operator for TV', ['en', 'L']],
      ['je voudrais travailler sur des tournages', ['fr', 'L']],
      ['ich möchte hinter der Kamera arbeiten', ['de', 'L']],
      // M
      ['je cherche un poste où faire la paie', ['fr', 'M']],
      ['I want to do payroll for a company', ['en', 'M']],
      ['me gustaría hacer nóminas en una gestoría', ['es', 'M']],
      // N
      ['je veux livrer des colis dans ma région', ['fr', 'N']],
      ['I want to work on the docks', ['en', 'N']],
      ['ich will Pakete zustellen', ['de', 'N']],
      ['ik wil graag appels plukken in de zomer', ['nl', 'A']],
      ['ik wil graag haar knippen in een kapsalon', ['nl', 'D']],
      ['ik wil parket leggen', ['nl', 'F']],
      ['ech wëll an enger Kantin schaffen', ['lb', 'G']],
      ['ik wil auto\'s herstellen', ['nl', 'I']],
      ['ik zou graag boeken uitlenen in de bibliotheek', ['nl', 'K']],
      ['ik wil pakjes sorteren', ['nl', 'N']],
    ], inFreeText, (text, [lang, want]) => `${lang}: "${text}" → ${want}`);
  });

  describe('rarer trades, by ROME domaine professionnel, said by what one does or where', () => {
    table<[string, Want]>([
      ['j\'aimerais travailler dans un refuge pour animaux abandonnés', ['fr', 'A']],
      ['I\'d love to work at a stables looking after horses', ['en', 'A']],
      ['me gustaría trabajar en una protectora de animales', ['es', 'A']],
      ['ich würde gern Schafe hüten', ['de', 'A']],
      ['je voudrais restaurer des meubles dans un atelier', ['fr', 'H']],
      ['I want to become a piano tuner', ['en', 'B']],
      ['quiero aprender a restaurar cuadros', ['es', 'B']],
      ['ich möchte alte Möbel restaurieren', ['de', 'H']],
      ['je veux gérer des sinistres pour un assureur', ['fr', 'C']],
      ['I\'d like to handle claims', ['en', 'C']],
      ['quiero tramitar siniestros', ['es', 'C']],
      ['ich will Schäden bearbeiten', ['de', 'C']],
      ['je veux faire les marchés le week-end', ['fr', 'D']],
      ['I could work the till in a corner shop', ['en', 'D']],
      ['ich möchte gerne Blumen binden', ['de', 'D']],
      ['je voudrais rédiger des articles pour un site', ['fr', 'E']],
      ['I\'d like to plan weddings', ['en', 'E']],
      ['me gustaría escribir para una revista', ['es', 'E']],
      ['ich würde gern Texte korrigieren', ['de', 'E']],
      ['je veux poser des vitres', ['fr', 'F']],
      ['I want to work on roofs', ['en', 'F']],
      ['quiero montar cocinas', ['es', 'F']],
      ['ich möchte Parkett legen', ['de', 'F']],
      ['je voudrais bosser en colonie cet été', ['fr', 'G']],
      ['I\'m looking for a job pulling pints', ['en', 'G']],
      ['quiero ser monitora de natación', ['es', 'G']],
      ['ich möchte auf einem Campingplatz arbeiten', ['de', 'G']],
      ['je voudrais monter des pièces dans une usine auto', ['fr', 'H']],
      ['I\'d like to operate machinery', ['en', 'H']],
      ['quiero trabajar en cadena', ['es', 'H']],
      ['ich würde gern Maschinen bedienen', ['de', 'H']],
      ['j\'aimerais réparer des scooters', ['fr', 'I']],
      ['I want to be a commercial diver', ['en', 'I']],
      ['me gustaría arreglar bicis', ['es', 'I']],
      ['ich möchte Alarmanlagen einbauen', ['de', 'I']],
      ['je voudrais analyser le sang dans un labo', ['fr', 'J']],
      ['I want to analyse blood samples', ['en', 'J']],
      ['quiero trabajar en un laboratorio de análisis', ['es', 'J']],
      ['ich möchte im OP arbeiten', ['de', 'J']],
      ['je voudrais aider les migrants', ['fr', 'K']],
      ['I\'d like to become a customs officer', ['en', 'K']],
      ['me gustaría dar refuerzo escolar', ['es', 'K']],
      ['ich will Obdachlosen helfen', ['de', 'K']],
      ['j\'aimerais travailler sur des tournages', ['fr', 'L']],
      ['I want to work on set for TV shows', ['en', 'L']],
      ['quiero ser técnico de luces', ['es', 'L']],
      ['ich möchte bei Dreharbeiten helfen', ['de', 'L']],
      ['je cherche un job pour classer des dossiers', ['fr', 'M']],
      ['I\'m looking for a job doing data input', ['en', 'M']],
      ['quiero hacer facturas para una empresa', ['es', 'M']],
      ['ich möchte Rechnungen schreiben', ['de', 'M']],
      ['je veux devenir pilote de ligne', ['fr', 'N']],
      ['I\'d like to deliver groceries', ['en', 'N']],
      ['me gustaría repartir pedidos en moto', ['es', 'N']],
      ['ich möchte Pakete ausfahren', ['de', 'N']],
      ['ik zou graag schapen hoeden', ['nl', 'A']],
      ['ik wil oude meubels restaureren', ['nl', 'H']],
      ['ik wil graag laminaat leggen bij mensen thuis', ['nl', 'F']],
      ['ik zou graag pizza\'s bakken', ['nl', 'G']],
      ['ik wil brommers herstellen', ['nl', 'I']],
      ['ik wil graag bloed prikken in een ziekenhuis', ['nl', 'J']],
      ['ik wil vluchtelingen helpen', ['nl', 'K']],
      ['ik zoek werk op het vliegveld', ['nl', 'N']],
      ['ech wëll am Déierenasyl schaffen', ['lb', 'A']],
      ['ech géif gär Miwwele restauréieren', ['lb', 'H']],
      ['ech wëll Bagger fueren', ['lb', 'F']],
      ['ech wëll hannert der Théik schaffen', ['lb', 'G']],
      ['ech wëll Commanden preparéieren', ['lb', 'N']],
      ['je voudrais devenir animatrice périscolaire', ['fr', 'G']],
      ['je veux faire des pansements à l\'hôpital', ['fr', 'J']],
      ['I\'d like to put up fences and lay patios', ['en', 'F']],
      ['I want to help elderly people in their homes', ['en', 'K']],
      ['I\'d like to work in a foundry', ['en', 'H']],
      ['me gustaría trabajar de locutora', ['es', 'E']],
      ['quiero ser instructor de buceo', ['es', 'G']],
      ['ich möchte Verbände wechseln', ['de', 'J']],
      ['ich möchte Zäune bauen', ['de', 'F']],
      ['ich will Möbel ausliefern', ['de', 'N']],
      ['ik zou graag klinkers leggen', ['nl', 'F']],
      ['ik wil verbanden wisselen in een ziekenhuis', ['nl', 'J']],
      ['ik wil graag schoolbus rijden', ['nl', 'N']],
      ['ech wëll Trakteren reparéieren', ['lb', 'I']],
      ['ech wëll Schoulbus fueren', ['lb', 'N']],
    ], inFreeText, (text, [lang, want]) => `${lang}: "${text}" → ${want}`);
  });

  describe('everyday tasks of each trade, with articles and verb forms as people type them', () => {
    table<[string, Want]>([
      ['I want to milk the cows', ['en', 'A']],
      ['je voudrais traire les chèvres', ['fr', 'A']],
      ['ich möchte die Kühe melken', ['de', 'A']],
      ['I want to bind old books', ['en', 'B']],
      ['me gustaría hacer cerámica', ['es', 'B']],
      ['je voudrais accorder des prêts', ['fr', 'C']],
      ['I\'d like to sell mortgages', ['en', 'C']],
      ['quiero reponer las estanterías', ['es', 'D']],
      ['ik wil graag de rekken vullen', ['nl', 'D']],
      ['je voudrais sous-titrer des films', ['fr', 'E']],
      ['ich würde gern Filme untertiteln', ['de', 'E']],
      ['ik wil films ondertitelen', ['nl', 'E']],
      ['je cherche un travail pour carreler des salles de bain', ['fr', 'F']],
      ['I\'d like to hang wallpaper', ['en', 'F']],
      ['quiero tirar cañas en un bar', ['es', 'G']],
      ['ik wil graag bier tappen', ['nl', 'G']],
      ['I want to weld pipes', ['en', 'H']],
      ['I want to repair household appliances', ['en', 'I']],
      ['j\'aimerais réparer des appareils électroménagers', ['fr', 'I']],
      ['ech wëll Frigoen flécken', ['lb', 'I']],
      ['ich möchte Blutproben analysieren', ['de', 'J']],
      ['me gustaría cuidar a personas mayores en su domicilio', ['es', 'K']],
      ['je voudrais garder des bébés', ['fr', 'K']],
      ['ech wëll al Leit doheem betreien', ['lb', 'K']],
      ['I\'d love to play in a band', ['en', 'L']],
      ['ich möchte die Buchhaltung machen', ['de', 'M']],
      ['ik wil met de heftruck rijden', ['nl', 'N']],
    ], inFreeText, (text, [lang, want]) => `${lang}: "${text}" → ${want}`);
  });

  describe('a first message that only describes a job, with no one in it, says the field', () => {
    table<[string, Want]>([
      ['poser des rails sur un chantier de tram', ['fr', 'F']],
      ['accueillir les clients dans une banque', ['fr', 'C']],
      ['packing boxes at a frozen food factory', ['en', 'H']],
      ['loading lorries at a big warehouse, that kind of thing', ['en', 'N']],
      ['Gabelstapler fahren ist echt mein Ding', ['de', 'N']],
      ['aan de lopende band staan in een fabriek', ['nl', 'H']],
      // with its subject, or a question, it is what one does in one's own life, or asks
      ['ich fahre mit dem Lkw von meinem Bruder', ['de', '-']], ['the warehouse manager was rude to me', ['en', '-']],
      ['the bank opens at nine?', ['en', '-']],
    ], inFreeText, (text, [lang, want]) => `${lang}: "${text}" → ${want}`);
  });

  describe('an activity of one\'s own life, or a trade not wished for, is no field', () => {
    table<[string, Want]>([
      ['je cherche un emploi de conseiller', ['fr', '-']],
      ['I help my mum with her computer', ['en', '-']],
      ['Ich will meine Daten-Kenntnisse verbessern', ['de', '-']],
      ['j\'ai tondu la pelouse ce matin', ['fr', '-']],
      ['I take the bus to go to the library', ['en', '-']],
      ['ik heb 10 jaar pakjes geleverd, nu wil ik iets met computers doen', ['nl', '-']],
      ['I clean houses but I want to become a dental assistant', ['en', 'J']],
      ['je fais le ménage chez les gens, je veux apprendre à lire', ['fr', '-']],
      ['je sais utiliser un ordinateur', ['fr', '-']],
      ['ich fahre jeden Tag mit dem Bus zur Arbeit', ['de', '-']],
    ], inFreeText, (text, [lang, want]) => `${lang}: "${text}" → ${want}`);
  });
});
