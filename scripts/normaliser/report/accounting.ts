/**
 * The "nothing is lost" check: every non-blank line of a note is inside an entry's line range
 * or listed as dropped with a reason.
 */
import type { Message, NoteRecord, SourceLine } from '../model.ts';
import { toSourceLines } from '../parse/source-lines.ts';

/** The non-blank lines of a note that no entry covers and no drop record lists. */
export function findUnaccountedLines(record: NoteRecord): SourceLine[] {
  const covered = new Set<number>(record.dropped.map((dropped) => dropped.line));
  for (const entry of record.entries) {
    const [first, last] = entry.source.lines;
    for (let line = first; line <= last; line++) covered.add(line);
  }
  return toSourceLines(record.source.text).filter(({ line, text }) => text.trim() !== '' && !covered.has(line));
}

/** One error message per unaccounted line, naming file and line. */
export function unaccountedLineMessages(record: NoteRecord): Message[] {
  return findUnaccountedLines(record).map(({ line, text }) => ({
    note: record.source.path,
    line,
    severity: 'error',
    source: 'accounting',
    reason: `line is in no entry and not listed as dropped: "${[...text.trim()].slice(0, 40).join('')}"`,
  }));
}
