import type { FieldProblem } from './knowledgeProblem';
import { child, childrenNamed, textAt, type XmlElement } from './lheoReader';
import {
  catalogueUrl, offerId, parseAmount, plainText, shortSummary, withoutUndefined, type MappingContext, type OfferCandidate,
} from './offerCandidate';
import { FORMACODE, formacodeTeaches, ROME_CODE } from './formacode';
import { subjectOf } from './topicWords';

/**
 * LHEO 2.3 (lheo.gouv.fr, France's format for publicly funded training offers) → course candidates.
 *
 * One offer per `<action>` of a `<formation>`: the action carries the mode, language, price and hours, the
 * formation the title, objective, subject codes, levels, certifications and URL. Mapping (element → course):
 * - `action/modalites-enseignement` (dict-modalites-enseignement): 2 entirely distance → an online course
 *   learners follow alone (`digitalSkillsRequired: autonomous`); 1 mixed → `with-help` (part of it is with a
 *   trainer); 0 entirely on site → skipped (counted). Equipment: a computer with internet, as LHEO does not say.
 * - `domaine-formation/code-FORMACODE` and `code-ROME` → `topics`, `fields` (formacode.ts, topicWords.ts); a
 *   language course's FORMACODE (15234 ANGLAIS…) → `teaches`.
 * - `code-niveau-entree` (dict-niveaux) → `minEqfLevel`: keys 11–18 are EQF 1–8; the older keys 4–8 (levels
 *   V to I) are EQF 3–7 by the 2019 correspondence (décret 2019-14); 0 (not said), 1 (no level), 2 and 3
 *   (VI, V bis) assume none: 0. `level` follows from it: EQF 0–2 beginner, 3–4 intermediate, 5+ advanced.
 * - `action/langue-formation` (ISO 639-1, up to 5) → `taughtIn`; none → French, noted in the source.
 * - `action/nombre-heures-total` → `durationHours` (none → null, not published).
 * - `action/prix-total-TTC` → `cost`: 0 free, more paid, with the price in `cost.note`; none → unknown. A
 *   `prise-en-charge-frais-possible` of 1 is added to the note (funding may be possible, not certain).
 * - `certification/code-RNCP`, `code-RS` → `certification: state-recognised`, the codes as its `name`
 *   (`RNCP34567, RS5080`); no code: `certifiante` 1 → state-recognised, 0 → attestation (the end-of-training
 *   certificate French law requires).
 * - `url-formation/urlweb` (else `action/url-action/urlweb`) → `url` and `source.url`.
 * - `intitule-formation` → `title.fr`; `objectif-formation` (else `contenu-formation`), without HTML and cut
 *   to a card's length → `summary.fr`: LHEO texts are French. `nom-organisme` (else `raison-sociale`) → `provider`.
 * - `regions: ["FR"]`: LHEO describes French publicly funded offers.
 * - id: the agency, the formation's `numero` and the action's `numero` (its position when it has none).
 */
export function lheoOffers(item: { index: number; formation: XmlElement }, context: MappingContext): OfferCandidate[] {
  const { formation, index } = item;
  const formationNumero = formation.attributes.numero?.trim();
  const actions = childrenNamed(formation, 'action');
  return actions.map((action, position) => {
    const actionNumero = action.attributes.numero?.trim();
    const entry = `line ${action.line}: formation[${index}]${formationNumero ? ` (numero "${formationNumero}")` : ''} `
      + `action[${position + 1}]${actionNumero ? ` (numero "${actionNumero}")` : ''}`;
    const mode = textAt(action, 'modalites-enseignement');
    if (mode === '0') return { entry, skipped: 'on-site' as const };
    return mapAction(formation, action, position, entry, mode, context);
  });
}

/** The LHEO element a course field comes from, to name it in the report. */
export function lheoSourceField(courseField: string | undefined): string | undefined {
  if (courseField === undefined) return undefined;
  const head = courseField.replace(/[.[].*$/, '');
  return LHEO_SOURCES[head] ?? courseField;
}

const LHEO_SOURCES: Readonly<Record<string, string>> = {
  id: 'formation/@numero', provider: 'organisme-formation-responsable/nom-organisme', url: 'url-formation',
  topics: 'domaine-formation/code-FORMACODE', fields: 'domaine-formation', level: 'code-niveau-entree',
  minEqfLevel: 'code-niveau-entree', digitalSkillsRequired: 'modalites-enseignement', equipment: 'modalites-enseignement',
  durationHours: 'nombre-heures-total', taughtIn: 'langue-formation', certification: 'certification', cost: 'prix-total-TTC',
  title: 'intitule-formation', summary: 'objectif-formation', source: 'url-formation',
};

function mapAction(
  formation: XmlElement, action: XmlElement, position: number, entry: string, mode: string | undefined, context: MappingContext,
): OfferCandidate {
  const problems: FieldProblem[] = [];
  const notes: string[] = [];
  const problem = (field: string, text: string, code: FieldProblem['code'] = 'invalid'): undefined => {
    problems.push({ field, text, code });
    return undefined;
  };

  if (mode !== '1' && mode !== '2') {
    problem('modalites-enseignement', mode === undefined ? 'is missing' : `is "${mode}": expected 0 (on site), 1 (mixed) or 2 (distance)`,
      mode === undefined ? 'missing' : 'invalid');
  }
  const formationNumero = formation.attributes.numero?.trim();
  const actionNumero = action.attributes.numero?.trim() || `a${position + 1}`;
  const id = formationNumero
    ? offerId(context.agency, ...(actionNumero === formationNumero ? [formationNumero] : [formationNumero, actionNumero]))
    : problem('formation/@numero', 'is missing (an offer needs a stable identifier)', 'missing');

  const domain = child(formation, 'domaine-formation');
  const formacodes = childrenNamed(domain, 'code-FORMACODE').map((c) => c.text.trim());
  const romeCodes = childrenNamed(domain, 'code-ROME').map((c) => c.text.trim().toUpperCase());
  formacodes.filter((c) => !FORMACODE.test(c)).forEach((c) => problem('domaine-formation/code-FORMACODE', `is "${c}": a FORMACODE has five digits`));
  romeCodes.filter((c) => !ROME_CODE.test(c)).forEach((c) => problem('domaine-formation/code-ROME', `is "${c}": a ROME v3 code is a letter A–N and four digits`));
  const subject = subjectOf({ formacodes: formacodes.filter((c) => FORMACODE.test(c)), romeCodes });
  if (formacodes.length === 0 && romeCodes.length === 0) problem('domaine-formation', 'has no code-FORMACODE nor code-ROME: the offer\'s subject cannot be told', 'missing');
  else if (subject.topics.length === 0 && problems.length === 0) return { entry, id, skipped: 'no-topic' };

  const minEqfLevel = eqfOf(textAt(formation, 'code-niveau-entree'), problem);
  const languages = childrenNamed(action, 'langue-formation').map((l) => l.text.trim().toLowerCase()).filter((l) => l !== '');
  if (languages.length === 0) notes.push('langue-formation absent: French assumed');
  const hoursText = textAt(action, 'nombre-heures-total');
  const durationHours = hoursText === undefined ? null
    : /^\d+$/.test(hoursText) && Number(hoursText) > 0 ? Number(hoursText) : problem('nombre-heures-total', `is "${hoursText}": expected a whole number of hours above 0`);

  const urlText = textAt(formation, 'url-formation', 'urlweb') ?? textAt(action, 'url-action', 'urlweb');
  const { url, assumedHttps } = catalogueUrl(urlText);
  if (url === undefined) problem('url-formation', 'is missing (nor does the action have a url-action)', 'missing');
  if (assumedHttps) notes.push(`URL written without scheme ("${urlText}"): https assumed`);

  const title = plainText(textAt(formation, 'intitule-formation'));
  if (title === '') problem('intitule-formation', 'is empty', 'missing');
  const summary = shortSummary(plainText(textAt(formation, 'objectif-formation') ?? textAt(formation, 'contenu-formation')));
  if (summary === '') problem('objectif-formation', 'is empty (nor is there a contenu-formation)', 'missing');
  const organisation = child(formation, 'organisme-formation-responsable');
  const provider = [textAt(organisation, 'nom-organisme'), textAt(organisation, 'raison-sociale')].find((n) => n !== undefined && n !== '-');
  if (provider === undefined) problem('organisme-formation-responsable/nom-organisme', 'is empty', 'missing');

  const course = withoutUndefined({
    id, provider, url, topics: subject.topics, fields: subject.fields.length > 0 ? subject.fields : undefined,
    level: minEqfLevel === undefined ? undefined : minEqfLevel <= 2 ? 'beginner' : minEqfLevel <= 4 ? 'intermediate' : 'advanced',
    minEqfLevel, digitalSkillsRequired: mode === '1' ? 'with-help' : 'autonomous', equipment: 'computer-and-internet',
    durationHours, taughtIn: languages.length > 0 ? [...new Set(languages)] : ['fr'], teaches: teachesOf(formacodes),
    certification: certificationOf(formation), cost: costOf(action, problem), regions: ['FR'],
    title: title === '' ? undefined : { fr: title }, summary: summary === '' ? undefined : { fr: summary },
    source: withoutUndefined({
      url, checked: context.today, verified: false,
      note: [`imported from the LHEO file ${context.fileLabel} (${entry.replace(/^line \d+: /, '')}); not read on the provider's page`, ...notes].join('; '),
    }),
  });
  return { entry, id, course, problems };
}

function teachesOf(formacodes: readonly string[]): string[] | undefined {
  const teaches = formacodeTeaches(formacodes);
  return teaches.length > 0 ? teaches : undefined;
}

/** dict-niveaux → EQF (see the file's comment); undefined, with a problem, for a key the dictionary lacks. */
function eqfOf(key: string | undefined, problem: (field: string, text: string) => undefined): number | undefined {
  if (key === undefined) return 0;
  const n = /^\d+$/.test(key) ? Number(key) : NaN;
  if (n >= 11 && n <= 18) return n - 10;
  if (n >= 4 && n <= 8) return n - 1;
  if (n >= 0 && n <= 3) return 0;
  return problem('code-niveau-entree', `is "${key}": not a key of dict-niveaux (0–8, 11–18)`);
}

function certificationOf(formation: XmlElement): Record<string, unknown> {
  const certifications = childrenNamed(formation, 'certification');
  const codes = [
    ...certifications.map((c) => textAt(c, 'code-RNCP')).filter((c): c is string => c !== undefined).map((c) => (/^\d+$/.test(c) ? `RNCP${c}` : c.toUpperCase())),
    ...certifications.map((c) => textAt(c, 'code-RS')).filter((c): c is string => c !== undefined).map((c) => c.toUpperCase()),
  ];
  if (codes.length > 0) return { kind: 'state-recognised', name: [...new Set(codes)].join(', ') };
  return { kind: textAt(formation, 'certifiante') === '1' ? 'state-recognised' : 'attestation' };
}

function costOf(action: XmlElement, problem: (field: string, text: string) => undefined): Record<string, unknown> | undefined {
  const fundingNote = textAt(action, 'prise-en-charge-frais-possible') === '1' ? 'funding of the costs possible (prise-en-charge-frais-possible)' : undefined;
  const priceText = textAt(action, 'prix-total-TTC');
  if (priceText === undefined) return withoutUndefined({ default: 'unknown', note: fundingNote });
  const price = parseAmount(priceText);
  if (price === undefined) return problem('prix-total-TTC', `is "${priceText}": expected an amount in euros`);
  if (price === 0) return { default: 'free' };
  return { default: 'paid', note: [`total price ${price} € incl. VAT (prix-total-TTC)`, fundingNote].filter(Boolean).join('; ') };
}
