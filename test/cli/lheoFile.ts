import fs from 'node:fs';
import { once } from 'node:events';

/** Subjects the generated offers cycle through: FORMACODE, ROME code, title. */
const SUBJECTS: ReadonlyArray<[string, string, string]> = [
  ['31088', 'M1805', 'Programmation'], ['35066', 'M1607', 'Bureautique'], ['43448', 'J1501', 'Aide-soignant'],
  ['42752', 'G1602', 'Cuisine'], ['31812', 'N1103', 'Magasinage'], ['34582', 'D1106', 'Vente'], ['15234', '', 'Anglais'],
];

/** What a generated file holds, for the test's expectations. */
export interface GeneratedLheo { offers: number; onSite: number; online: number; bytes: number }

/**
 * Writes an LHEO 2.3 file of `offers` formations (one action each), streamed to disk so that a file of any
 * size is made in little memory. Every tenth action is on site (modalites-enseignement 0), the others
 * alternate distance (2) and mixed (1); subjects, levels, prices and hours vary. Each offer carries the
 * elements LHEO requires around the mapped ones, and a long objective, so the file's size per offer is that
 * of a real export (about 2.5 KB).
 */
export async function writeLheoFile(file: string, offers: number): Promise<GeneratedLheo> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3">\n<offres>\n');
  let onSite = 0;
  for (let i = 1; i <= offers; i += 1) {
    const [formacode, rome, title] = SUBJECTS[i % SUBJECTS.length];
    const mode = i % 10 === 0 ? 0 : i % 2 === 0 ? 2 : 1;
    if (mode === 0) onSite += 1;
    await write(formation(i, formacode, rome, `${title} ${i}`, mode));
  }
  await write('</offres>\n</lheo>\n');
  out.end();
  await once(out, 'finish');
  return { offers, onSite, online: offers - onSite, bytes: fs.statSync(file).size };
}

function formation(i: number, formacode: string, rome: string, title: string, mode: number): string {
  const objective = `Acquérir les compétences du métier (${title}). `.repeat(12);
  return `<formation numero="GEN-${i}">
<domaine-formation><code-FORMACODE ref="V12">${formacode}</code-FORMACODE>${rome ? `<code-ROME>${rome}</code-ROME>` : ''}</domaine-formation>
<intitule-formation>${title}</intitule-formation>
<objectif-formation>&lt;p&gt;${objective}&lt;/p&gt;</objectif-formation>
<resultats-attendus>Attestation de fin de formation</resultats-attendus>
<contenu-formation>Modules théoriques et pratiques, mises en situation, évaluation finale.</contenu-formation>
<certifiante>${i % 3 === 0 ? 1 : 0}</certifiante>
<contact-formation><coordonnees><courriel>contact${i}@example.org</courriel></coordonnees></contact-formation>
<parcours-de-formation>1</parcours-de-formation>
<code-niveau-entree>${11 + (i % 5)}</code-niveau-entree>
${i % 3 === 0 ? `<certification><code-RNCP>${30000 + (i % 5000)}</code-RNCP></certification>\n` : ''}<url-formation><urlweb>https://offres.example.org/formation/${i}</urlweb></url-formation>
<action numero="GEN-${i}-A">
<rythme-formation>Temps partiel</rythme-formation>
<code-public-vise ref="V12">80056</code-public-vise>
<niveau-entree-obligatoire>0</niveau-entree-obligatoire>
<modalites-alternance>Aucune</modalites-alternance>
<modalites-enseignement>${mode}</modalites-enseignement>
<conditions-specifiques>Aucune</conditions-specifiques>
<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>
<modalites-entrees-sorties>1</modalites-entrees-sorties>
<session><periode><debut>20260105</debut><fin>20260630</fin></periode>
<adresse-inscription><adresse><ligne>${i} rue de la Formation</ligne><codepostal>75010</codepostal><ville>Paris</ville></adresse></adresse-inscription></session>
<langue-formation>fr</langue-formation>
<prix-total-TTC>${(i % 4) * 350}</prix-total-TTC>
<nombre-heures-total>${20 + (i % 200)}</nombre-heures-total>
</action>
<organisme-formation-responsable>
<numero-activite>11750000000</numero-activite><SIRET-organisme-formation><SIRET>12345678900011</SIRET></SIRET-organisme-formation>
<nom-organisme>Organisme ${i % 50}</nom-organisme><raison-sociale>ORGANISME ${i % 50}</raison-sociale>
<coordonnees-organisme><coordonnees><ligne>Paris</ligne></coordonnees></coordonnees-organisme>
<contact-organisme><coordonnees><courriel>of${i % 50}@example.org</courriel></coordonnees></contact-organisme>
</organisme-formation-responsable>
</formation>
`;
}
