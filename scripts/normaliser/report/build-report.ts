/**
 * reports/normalise.json: what the normaliser made of every note, entry and line.
 */
import type { DroppedLine, EntryOutcome, Message, NoteMeta, NoteRecord, NoteShape } from '../model.ts';
import { findUnaccountedLines } from './accounting.ts';
import type { CommandTotals } from './command-counts.ts';
import type { IdWordTotals, OutcomeTotals, QuestionReport } from './outcomes.ts';

/** One entry as the report lists it; later stages add what became of it. */
export interface EntryReport {
  key: string;
  note: string;
  lines: [number, number];
  question: string;
  originalTitle: string;
  section: string[];
  /** Filled by the later stages (merge / emit): published, merged into a page, or dropped. */
  outcome?: EntryOutcome['outcome'];
  page?: string;
  mergedInto?: string;
  reason?: string;
}

/** One note as the report lists it. */
export interface NoteReport {
  note: string;
  encoding: string;
  shape: NoteShape;
  meta: NoteMeta;
  entries: EntryReport[];
  dropped: Omit<DroppedLine, 'note'>[];
  droppedByReason: Record<string, number>;
  fixesByKind: Record<string, number>;
  messages: Message[];
  /** Non-blank lines in no entry and not dropped (should be empty). */
  unaccounted: number[];
}

/** The whole report. */
export interface NormaliseReport {
  notes: NoteReport[];
  /** Run-level messages: unreadable or skipped files, later stages' run messages. */
  messages: Message[];
  totals: {
    notes: number;
    entries: number;
    dropped: number;
    fixes: number;
    /** Fixes of every note by kind (one kind per cleaning pass: `terminal-output`, `caption`, `privacy`, ...). */
    fixesByKind: Record<string, number>;
    /** Session lines with terminal output glued on that no known output shape could restore. */
    unrestoredOutput: number;
    errors: number;
    warnings: number;
    unaccounted: number;
  };
  /** Every canonical question: id, topic, margin, close call, members (part 2). */
  questions?: QuestionReport[];
  /** Entries in = published + merged + dropped (part 2). */
  outcomes?: OutcomeTotals;
  /** The command checker's counts over the published pages (part 2; per page in `questions`). */
  commands?: CommandTotals;
  /** Published ids, and those with a pinyin word (part 2). */
  ids?: IdWordTotals;
}

/** Count items by a key, as an object with sorted keys. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** An entry's outcome as report fields. */
function outcomeFields(outcome: EntryOutcome | undefined): Partial<EntryReport> {
  if (!outcome) return {};
  if (outcome.outcome === 'dropped') return { outcome: outcome.outcome, reason: outcome.reason };
  if (outcome.outcome === 'merged') return { outcome: outcome.outcome, page: outcome.page, mergedInto: outcome.mergedInto };
  return { outcome: outcome.outcome, page: outcome.page };
}

/**
 * Build the report from the parsed notes and the run-level messages. `outcomes` (entry key ->
 * outcome) is for the later stages to say what became of each entry.
 */
export function buildReport(
  records: readonly NoteRecord[],
  runMessages: readonly Message[] = [],
  outcomes: ReadonlyMap<string, EntryOutcome> = new Map(),
): NormaliseReport {
  const notes: NoteReport[] = records.map((record) => ({
    note: record.source.path,
    encoding: record.source.encoding,
    shape: record.shape,
    meta: record.meta,
    entries: record.entries.map((entry) => ({
      key: entry.key,
      note: entry.source.note,
      lines: entry.source.lines,
      question: entry.question,
      originalTitle: entry.source.originalTitle,
      section: entry.section,
      ...outcomeFields(outcomes.get(entry.key)),
    })),
    dropped: record.dropped.map(({ line, text, reason }) => ({ line, text, reason })),
    droppedByReason: countBy(record.dropped, (dropped) => dropped.reason),
    fixesByKind: countBy(record.fixes, (fix) => fix.kind),
    messages: record.messages,
    unaccounted: findUnaccountedLines(record).map(({ line }) => line),
  }));
  const allMessages = [...runMessages, ...records.flatMap((record) => record.messages)];
  return {
    notes,
    messages: [...runMessages],
    totals: {
      notes: notes.length,
      entries: notes.reduce((sum, note) => sum + note.entries.length, 0),
      dropped: notes.reduce((sum, note) => sum + note.dropped.length, 0),
      fixes: records.reduce((sum, record) => sum + record.fixes.length, 0),
      fixesByKind: countBy(records.flatMap((record) => record.fixes), (fix) => fix.kind),
      unrestoredOutput: allMessages.filter((message) => message.source === 'clean/terminal-output').length,
      errors: allMessages.filter((message) => message.severity === 'error').length,
      warnings: allMessages.filter((message) => message.severity === 'warning').length,
      unaccounted: notes.reduce((sum, note) => sum + note.unaccounted.length, 0),
    },
  };
}

/** True when the run has an error-severity message (the CLI then exits with code 1). */
export function hasErrors(report: NormaliseReport): boolean {
  return report.totals.errors > 0;
}

/**
 * The run's stale-decision warnings (scripts/normaliser/overrides/unmatched.ts): editorial
 * decisions that no longer match because the notes changed; `--strict` refuses them.
 */
export function staleDecisions(report: NormaliseReport): Message[] {
  return report.messages.filter((message) => message.stale === true);
}
