import type { Reason } from './reasons';
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
    case 'teaches': return W.learnWanted;
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
function isCaution(reason: Reason): boolean {
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
  // the label and "we only have its description in French" left no room for it, QA round 16)
  const said = reasons.some((r) => r.code === 'local-language' && r.params?.said);
  const anyJobLabel = reasons[0].code === 'any-job' && !said ? [reasons[0]] : [];
  // a language course says which languages it teaches: "about languages" says the same, less precisely
  const teaches = reasons.some((r) => r.code === 'teaches' || r.code === 'local-language');
  const rest = reasons.slice(reasons[0].code === 'any-job' ? 1 : 0).filter((r) => !(teaches && r.code === 'interest' && r.params?.topic === 'languages'));
  const cautions = byStrength(rest.filter(isCaution));
  const positives = byStrength(rest.filter((r) => !isCaution(r)));
  const chosen = [...anyJobLabel, ...positives.slice(0, cautions.length > 0 ? Math.max(0, REASONS_SHOWN - anyJobLabel.length - 1) : REASONS_SHOWN), ...cautions];
  return chosen.slice(0, REASONS_SHOWN).length > 0 ? chosen.slice(0, REASONS_SHOWN) : reasons.slice(0, REASONS_SHOWN);
}
