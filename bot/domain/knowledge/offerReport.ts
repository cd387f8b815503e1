import { describeFieldProblem, type FieldProblem } from './knowledgeProblem';
import type { SkipReason } from './offerCandidate';

export interface OfferImportSummary {
  agency: string;
  file: string;
  /** The format as detected: `LHEO`, `schema.org JSON-LD`, `Richie course API`. */
  format: string;
  /** How the report names a source field: `element` (XML) or `field` (JSON). */
  fieldLabel: string;
  read: number;
  accepted: number;
  rejected: ReadonlyArray<{ entry: string; id?: string; problems: readonly FieldProblem[] }>;
  skipped: Readonly<Record<SkipReason, number>>;
  elapsedMs: number;
  outcome: { written: string } | { notWritten: string };
}

const SKIP_WORDS: Readonly<Record<SkipReason, string>> = {
  'on-site': 'on site', 'mode-not-online': 'mode not said to be online', 'no-topic': 'no topic nor job field of ours',
};

/**
 * The import report of an offer file, plain text: counts, time taken, one line per problem of each rejected
 * offer (`line 42: formation[3] (numero "F3") action[1] (id "x"): element "prix-total-TTC" is "abc": …`),
 * then what was written. Skipped offers are counted by reason, not listed: they are not errors.
 */
export function formatOfferReport(summary: OfferImportSummary): string {
  const skippedTotal = Object.values(summary.skipped).reduce((a, b) => a + b, 0);
  const reasons = (Object.keys(SKIP_WORDS) as SkipReason[]).filter((r) => summary.skipped[r] > 0)
    .map((r) => `${summary.skipped[r]} ${SKIP_WORDS[r]}`);
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? `, ${Math.round(summary.read / seconds)} offers/s` : '';
  const lines = [
    `Catalogue of agency "${summary.agency}" from ${summary.file} (${summary.format})`,
    `offers read: ${summary.read}`,
    `accepted: ${summary.accepted}`,
    `rejected: ${summary.rejected.length}`,
    `skipped: ${skippedTotal}${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}`,
    `took: ${seconds.toFixed(1)} s${rate}`,
  ];
  for (const verdict of summary.rejected) {
    const where = verdict.id === undefined ? verdict.entry : `${verdict.entry} (id "${verdict.id}")`;
    for (const problem of verdict.problems) lines.push(`  ${where}: ${describeFieldProblem(problem, summary.fieldLabel)}`);
  }
  lines.push('written' in summary.outcome ? `wrote ${summary.outcome.written}` : `nothing written: ${summary.outcome.notWritten}`);
  return lines.join('\n');
}
