/**
 * Part 1 of the pipeline for one note: detect its shape, run the line passes, read its entries
 * with the shape's adapter, and check that every line is accounted for.
 */
import type { Message, NoteRecord, SourceNote } from '../model.ts';
import { runLinePasses } from '../clean/lines/index.ts';
import { unaccountedLineMessages } from '../report/accounting.ts';
import { adapterFor, detectShape } from './detect-shape.ts';
import type { AdapterInput } from './adapter.ts';
import { lazyMarkdown } from './markdown.ts';
import { countLines, linesToText, toSourceLines } from './source-lines.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Messages in a stable order: by line (run-level first), then severity, source and text. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort(
    (a, b) =>
      a.note.localeCompare(b.note) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.source.localeCompare(b.source) ||
      a.reason.localeCompare(b.reason),
  );
}

/** Parse one decoded note into a NoteRecord (entries not yet tree-cleaned). Pure. */
export function parseNote(note: SourceNote): NoteRecord {
  const lines = toSourceLines(note.text);
  // One parse of the raw text serves shape detection and, when the line passes change nothing, the adapter.
  const markdown = lazyMarkdown(note.text);
  const shape = detectShape(lines, markdown.tree);
  const passes = runLinePasses(lines, { note: note.path, shape });
  const lineCount = countLines(note.text);
  const input: AdapterInput = { note, lines: passes.lines, lineCount, meta: passes.meta };
  const tree = markdown.parsed();
  if (tree && linesToText(passes.lines, lineCount) === markdown.text) input.markdown = tree;
  const adapted = adapterFor(shape).parse(input);
  const record: NoteRecord = {
    source: note,
    shape,
    meta: { ...passes.meta, ...adapted.meta },
    entries: adapted.entries.sort((a, b) => a.source.lines[0] - b.source.lines[0]),
    dropped: [...passes.dropped, ...adapted.dropped].sort((a, b) => a.line - b.line || a.reason.localeCompare(b.reason)),
    fixes: [...passes.fixes].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    messages: [...(note.messages ?? []), ...passes.messages, ...adapted.messages],
  };
  const extra: Message[] = unaccountedLineMessages(record);
  if (record.entries.length === 0 && note.text.trim() !== '') {
    extra.push({ note: note.path, severity: 'warning', source: 'parse', reason: `no entries found (shape ${shape})` });
  }
  if (note.text.trim() === '') extra.push({ note: note.path, severity: 'warning', source: 'parse', reason: 'note is empty' });
  record.messages = sortMessages([...record.messages, ...extra]);
  return record;
}
