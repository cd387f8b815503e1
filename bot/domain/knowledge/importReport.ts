import type { RowVerdict } from './catalogueRows';
import { describeFieldProblem } from './knowledgeProblem';

export interface ImportSummary {
  agency: string;
  csvFile: string;
  verdicts: readonly RowVerdict[];
  /** The catalogue written, or why nothing was (dry run, no row accepted). */
  outcome: { written: string } | { notWritten: string };
  /** How long the import took, from reading the options to the report. */
  elapsedMs?: number;
}

/**
 * The importer's report, plain text for a terminal or a CI log: counts first, then one line per problem of
 * each rejected row (`line 7 (id "x"): column "url" must be …`), then what was written.
 */
export function formatImportReport(summary: ImportSummary): string {
  const rejected = summary.verdicts.filter((v): v is Extract<RowVerdict, { problems: unknown }> => 'problems' in v);
  const lines = [
    `Catalogue of agency "${summary.agency}" from ${summary.csvFile}`,
    `rows read: ${summary.verdicts.length}`,
    `accepted: ${summary.verdicts.length - rejected.length}`,
    `rejected: ${rejected.length}`,
  ];
  if (summary.elapsedMs !== undefined) lines.push(`took: ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  for (const verdict of rejected) {
    const row = verdict.id === undefined ? `line ${verdict.line}` : `line ${verdict.line} (id "${verdict.id}")`;
    for (const problem of verdict.problems) lines.push(`  ${row}: ${describeFieldProblem(problem, 'column')}`);
  }
  lines.push('written' in summary.outcome ? `wrote ${summary.outcome.written}` : `nothing written: ${summary.outcome.notWritten}`);
  return lines.join('\n');
}
