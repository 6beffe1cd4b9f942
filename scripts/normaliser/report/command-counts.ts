/**
 * The command checker's part of the report: totals over the published pages, the printed totals
 * line, and the findings `--strict` refuses (errors nobody decided about).
 */
import type { CommandCheck, CommandFindingRecord } from '../model.ts';
import type { QuestionReport } from './outcomes.ts';

/** Sums of the per-page counts (published pages only: hidden ones are not on the site). */
export type CommandTotals = Omit<CommandCheck, 'findings'> & { pages: number };

/** A finding with the page it is on (`<topic>/<id>`). */
export type PageFinding = CommandFindingRecord & { page: string };

/** Totals over the published questions of a report; `pages` counts pages with at least one finding. */
export function commandTotals(questions: readonly QuestionReport[]): CommandTotals {
  const totals: CommandTotals = { checked: 0, invalid: 0, outdated: 0, fixed: 0, annotated: 0, ignored: 0, pages: 0 };
  for (const question of questions) {
    const counts = question.commands;
    if (!counts || question.hidden) continue;
    totals.checked += counts.checked;
    totals.invalid += counts.invalid;
    totals.outdated += counts.outdated;
    totals.fixed += counts.fixed;
    totals.annotated += counts.annotated;
    totals.ignored += counts.ignored;
    if (counts.findings.length > 0) totals.pages += 1;
  }
  return totals;
}

/** `commands: checked 480, invalid 3, outdated 12 (on 9 pages), fixed 9, annotated 14, ignored 1` */
export function formatCommandTotals(totals: CommandTotals): string {
  return (
    `commands: checked ${totals.checked}, invalid ${totals.invalid}, outdated ${totals.outdated} (on ${totals.pages} pages), ` +
    `fixed ${totals.fixed}, annotated ${totals.annotated}, ignored ${totals.ignored}`
  );
}

/** Error-severity findings on published pages that no editorial decision covers, page order. */
export function undecidedErrors(questions: readonly QuestionReport[]): PageFinding[] {
  return questions
    .filter((question) => !question.hidden && question.commands)
    .flatMap((question) =>
      (question.commands?.findings ?? [])
        .filter((finding) => finding.severity === 'error' && finding.decision === 'auto')
        .map((finding) => ({ ...finding, page: `${question.topic}/${question.id}` })),
    );
}

/** `notes/002_x.txt:147: error [check-commands] storage/volume-examples: unknown-command "volume backup" in docker volume backup ...` */
export function formatUndecided(finding: PageFinding): string {
  return `${finding.note}:${finding.line}: error [check-commands] ${finding.page}: ${finding.kind} "${finding.subject}" in ${finding.command} (no decision in editorial/overrides.yaml)`;
}
