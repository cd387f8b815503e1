import type { Reason, RecommendationItem } from './reasons';
import { COURSE_WEIGHTS as W, SUPPORT_WEIGHTS as S } from './scoringRules';

/** How many reasons the "Why" line of an item says (read on phones, often with difficulty). */
export const REASONS_SHOWN = 2;

/**
 * Reasons that warn rather than recommend (not in the person's language, maybe below their level, only a proof of
 * attendance, its description in another language): one of them is always said when there is one.
 */
const CAUTIONS: ReadonlySet<string> = new Set(['other-language', 'below-level', 'not-translated']);

/**
 * What each reason weighs in the score (`COURSE_WEIGHTS`, `SUPPORT_WEIGHTS`): the same rules choose what is said.
 * A reason that adds no points of its own (a description in another language, the languages a course teaches) weighs
 * what the rule it stands for weighs.
 */
function weight(reason: Reason, kind: 'course' | 'support' | 'search'): number {
  const p = reason.params ?? {};
  if (kind === 'support') {
    switch (reason.code) {
      case 'device': return S.deviceForNone;
      case 'inclusion-first': return S.noSkills;
      case 'interest': return S.basicSkills;
      case 'literacy': return S.literacyOption;
      case 'goal': return p.goal === 'find-job' ? S.goal : S.orientation;
      case 'basics-first': return S.withHelp;
      case 'field': return S.field;
      case 'near-you': return S.nearYou;
      case 'free': return S.free;
      case 'other-language': return -S.inLanguage;
      default: return 1;
    }
  }
  switch (reason.code) {
    case 'interest': return W.interestMain;
    case 'field': return W.field;
    case 'related': return W.field;
    case 'search': return W.search;
    case 'teaches': return p.unasked ? 1 : W.learnWanted;
    case 'basics-first': return W.basicsFirst;
    case 'local-language': return W.localLanguage;
    case 'certification': return p.kind === 'attestation' ? -W.otherCertificate : p.kind === 'state-recognised' ? W.stateRecognised : W.otherCertificate;
    case 'level': return W.levelExact;
    case 'at-place': return -W.needsComputer;
    case 'smartphone': return W.phoneFriendly;
    case 'goal': return W.goal;
    case 'time': return W.weeksShort;
    case 'language': return W.inLanguage;
    case 'free': return W.free;
    case 'any-job': return W.anyJob;
    case 'below-level': return W.belowLevel;
    case 'other-language': return W.otherLanguage;
    case 'not-translated': return W.otherLanguage / 3;
    default: return 1;
  }
}

/** Whether a reason warns (see `CAUTIONS`; a proof of attendance to one who wants a certificate). */
export function isCaution(reason: Reason): boolean {
  return CAUTIONS.has(reason.code) || (reason.code === 'certification' && reason.params?.kind === 'attestation');
}

/**
 * The reasons an item's "Why" line says, at most `REASONS_SHOWN`: the strongest reason for it and, when one warns, the
 * strongest warning; otherwise its two strongest reasons. Strength is what the reason weighs in the score; ties keep
 * the scorer's order. The trace keeps every reason (CONTRACT.md §2): only what is said is shortened.
 *
 * @remarks Found by a tester: "Pourquoi" lines of six or seven clauses were hard to read on a phone. The label that
 * says why `match: none` help is shown (`any-job`, put first by the recommender) keeps its place.
 */
export function strongestReasons(reasons: readonly Reason[], kind: 'course' | 'support' | 'search' = 'course'): Reason[] {
  if (reasons.length <= REASONS_SHOWN) return [...reasons];
  const byStrength = (list: readonly Reason[]): Reason[] => list.map((reason, at) => ({ reason, at, w: Math.abs(weight(reason, kind)) }))
    .sort((a, b) => b.w - a.w || a.at - b.at).map((x) => x.reason);
  // (a course of a language the person said they speak poorly says that first, not that it helps any job: in Luxembourgish
  // the label and "we only have its description in French" left no room for it, QA round 16; so does the one offered to a
  // graduate who chose another language, "you chose to talk in English; French is much used at work in Brussels")
  const said = reasons.some((r) => r.code === 'local-language' && (r.params?.said || r.params?.chat !== undefined));
  const anyJobLabel = reasons[0].code === 'any-job' && !said ? [reasons[0]] : [];
  // a language course says which languages it teaches: "about languages" says the same, less precisely
  const teaches = reasons.some((r) => r.code === 'teaches' || r.code === 'local-language');
  const rest = reasons.slice(reasons[0].code === 'any-job' ? 1 : 0).filter((r) => !(teaches && r.code === 'interest' && r.params?.topic === 'languages'));
  const cautions = byStrength(rest.filter(isCaution));
  // (a place that serves what the person asked for says that first: Lire et Écrire, to one who asked to read and write,
  // said "they help people start with computers", its reading and writing left out; found chatting, issue 8)
  const asked = (r: Reason): boolean => kind === 'support' && r.code === 'interest';
  const positives = [...rest.filter(asked), ...byStrength(rest.filter((r) => !isCaution(r) && !asked(r)))];
  const chosen = [...anyJobLabel, ...positives.slice(0, cautions.length > 0 ? Math.max(0, REASONS_SHOWN - anyJobLabel.length - 1) : REASONS_SHOWN), ...cautions];
  return chosen.slice(0, REASONS_SHOWN).length > 0 ? chosen.slice(0, REASONS_SHOWN) : reasons.slice(0, REASONS_SHOWN);
}

/**
 * Labels that tell an item from the others of a list (help for any job, of use beside the trade): said on each item that
 * has one, unless every line would say it.
 */
const LABELS: ReadonlySet<string> = new Set(['any-job', 'related']);

/** Reasons a place's line says in its own words ("they help you with the basics"), as `reasonText` in dialogs/ does. */
const SAID_OF_PLACES: ReadonlySet<string> = new Set(['basics-first', 'goal', 'near-you', 'free', 'device', 'inclusion-first', 'interest']);

/** A reason as its line says it: code and parameters, and whether a place's when a place says it in other words. */
const phraseOf = (kind: string) => (reason: Reason): string =>
  `${kind === 'support' && SAID_OF_PLACES.has(reason.code) ? 'place:' : ''}${reason.code}${JSON.stringify(reason.params ?? {})}`;

/**
 * The reasons each Why line of a list shown together says (`strongestReasons` per item), each reason said once: after
 * the first line that says it, an item gives its own other reasons ("it fits your level", "you can finish it in about
 * 2 weeks"), and says it again only when it has no other. Warnings are said on every item they concern; a label (help
 * for any job, of use beside the trade) on every item it labels, unless every line has it. A search item says only its
 * warnings (see `itemView`) and counts for none.
 *
 * @remarks Found by testers (issue 8): a florist's five lines each said "it prepares you for jobs in sales, retail,
 * food crafts (bakery, butchery), hairdressing and beauty".
 */
export function whyReasons(items: ReadonlyArray<Pick<RecommendationItem, 'kind' | 'reasons'>>): Reason[][] {
  const lined = items.flatMap((item, k) => (item.kind === 'search' ? [] : [k]));
  const onEveryLine = (key: string): boolean => lined.length > 1 && lined.every((k) => items[k].reasons.some((r) => phraseOf(items[k].kind)(r) === key));
  const said = new Map<string, number>();
  return items.map((item) => {
    if (item.kind === 'search') return strongestReasons(item.reasons, item.kind);
    const phrase = phraseOf(item.kind);
    const repeatable = (r: Reason): boolean => isCaution(r) || (LABELS.has(r.code) && !onEveryLine(phrase(r)));
    // the reason of the person's trade or field leads the line of a course that has it, said short after the first line
    // that says it ("it is for jobs in this field too"), then its strongest other reason or its warning: a care worker's
    // second care MOOC said only "it is in French, it is free for you" (rec26)
    const lead = item.kind === 'course' ? item.reasons.find((r) => r.code === 'field') : undefined;
    if (lead) {
      const first = !said.has(phrase(lead));
      const others = strongestReasons(item.reasons.filter((r) => r !== lead && (repeatable(r) || !said.has(phrase(r)))), item.kind);
      const next = others.find(isCaution) ?? others[0];
      for (const r of [lead, ...(next ? [next] : [])]) said.set(phrase(r), (said.get(phrase(r)) ?? 0) + 1);
      return [first ? lead : { ...lead, params: { ...lead.params, again: 1 } }, ...(next ? [next] : [])];
    }
    const fresh = item.reasons.filter((r) => repeatable(r) || !said.has(phrase(r)));
    let why = strongestReasons(fresh, item.kind);
    // an item whose every reason for it was said already says again the one said least, a short fact before the
    // field or topic ("it is free for you" rather than the field's long name), with its warning
    const again = item.reasons.filter((r) => !isCaution(r))
      .map((reason, at) => ({ reason, at, n: said.get(phrase(reason)) ?? 0, long: LONG.has(reason.code) ? 1 : 0 }))
      .sort((a, b) => a.n - b.n || a.long - b.long || a.at - b.at)[0]?.reason;
    if (!why.some((r) => !isCaution(r)) && again) {
      // (a field or topic said again is said short: "also for jobs in this field", see `again`)
      const short = said.has(phrase(again)) && LONG.has(again.code) ? { ...again, params: { ...again.params, again: 1 } } : again;
      why = [short, ...why.filter(isCaution)].slice(0, REASONS_SHOWN);
      said.set(phrase(again), (said.get(phrase(again)) ?? 0) + 1);
    } else {
      // (a label said again, of use beside the trade, is said short too: "useful beside your trade too, but not the trade itself")
      const before = new Set(said.keys());
      why.forEach((r) => said.set(phrase(r), (said.get(phrase(r)) ?? 0) + 1));
      why = why.map((r) => (r.code === 'related' && before.has(phrase(r)) ? { ...r, params: { ...r.params, again: 1 } } : r));
    }
    // what speaks for it first, then its warning
    return [...why.filter((r) => !isCaution(r)), ...why.filter(isCaution)];
  });
}

/**
 * Reasons whose phrase names a field or topic: long, the last to be said again, and then said short (`params.again`:
 * "also for jobs in this field", `recommend:reason.<code>Again`).
 */
const LONG: ReadonlySet<string> = new Set(['field', 'related', 'interest']);
