/**
 * The short summary `npm run normalise` prints: one block per note, then the run's problems.
 */
import type { Message } from '../model.ts';
import type { NormaliseReport } from './build-report.ts';
import { formatCommandTotals } from './command-counts.ts';
import { formatIdWordTotals, formatOutcomeTotals } from './outcomes.ts';

/** `notes/a.txt:12: warning [parse/markdown] reason` */
export function formatMessage(message: Message): string {
  const where = message.line === undefined ? message.note : `${message.note}:${message.line}`;
  return `${where}: ${message.severity} [${message.source}] ${message.reason}`;
}

/** `a 3, b 1`, or `none`. */
function formatCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([key, count]) => `${key} ${count}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** The printed summary; info messages are counted, warnings and errors listed with file:line. */
export function formatSummary(report: NormaliseReport): string {
  const lines: string[] = [];
  for (const note of report.notes) {
    lines.push(`${note.note} (${note.shape}, ${note.encoding}): ${note.entries.length} entries`);
    lines.push(`  dropped: ${formatCounts(note.droppedByReason)}`);
    lines.push(`  fixes: ${formatCounts(note.fixesByKind)}`);
    const infos = note.messages.filter((message) => message.severity === 'info').length;
    if (infos > 0) lines.push(`  info messages: ${infos} (see reports/normalise.json)`);
    for (const message of note.messages) if (message.severity !== 'info') lines.push(`  ${formatMessage(message)}`);
  }
  for (const message of report.messages) lines.push(formatMessage(message));
  const { totals } = report;
  lines.push(
    `${totals.notes} notes, ${totals.entries} entries, ${totals.dropped} dropped lines, ${totals.fixes} fixes, ` +
      `${totals.unaccounted} unaccounted lines, ${totals.errors} errors, ${totals.warnings} warnings`,
  );
  lines.push(`fixes by kind: ${formatCounts(totals.fixesByKind)}; terminal output lines left glued: ${totals.unrestoredOutput}`);
  if (report.commands) lines.push(formatCommandTotals(report.commands));
  if (report.ids) lines.push(formatIdWordTotals(report.ids, report.questions));
  if (report.outcomes) lines.push(formatOutcomeTotals(report.outcomes));
  return `${lines.join('\n')}\n`;
}
