/**
 * The `split` overrides: an editor's judgement that a line of a plain-text note starts a question
 * of its own, where the shape's rules read it as a step of the walkthrough above it. Given to the
 * parse stage on the notes (`SourceNote.splitAt`), then checked against the entries it made.
 */
import type { Message, NoteRecord, SourceNote } from '../model.ts';
import type { Overrides } from './schema.ts';
import { staleDecision } from './unmatched.ts';

/** The notes with the lines their `split` decisions name; a decision naming no note is stale. */
export function attachSplits(notes: readonly SourceNote[], overrides: Overrides): { notes: SourceNote[]; messages: Message[] } {
  const paths = new Set(notes.map((note) => note.path));
  const linesByNote = new Map<string, Set<number>>();
  const messages: Message[] = [];
  overrides.split.forEach((decision, index) => {
    if (!paths.has(decision.note)) {
      messages.push(staleDecision(overrides.file, overrides.lines.split[index], 'split', `there is no note ${decision.note}`));
      return;
    }
    linesByNote.set(decision.note, (linesByNote.get(decision.note) ?? new Set()).add(decision.line));
  });
  const withSplits = notes.map((note) => {
    const lines = linesByNote.get(note.path);
    return lines ? { ...note, splitAt: [...lines].sort((a, b) => a - b) } : note;
  });
  return { notes: withSplits, messages };
}

/**
 * A stale warning for each `split` whose line starts no entry after parsing: the note changed
 * (the line is blank or other text now), or the note's shape has headings of its own (markdown).
 */
export function unappliedSplits(records: readonly NoteRecord[], overrides: Overrides): Message[] {
  const starts = new Map(records.map((record) => [record.source.path, new Set(record.entries.map((entry) => entry.source.lines[0]))]));
  const messages: Message[] = [];
  overrides.split.forEach((decision, index) => {
    const noteStarts = starts.get(decision.note);
    if (!noteStarts || noteStarts.has(decision.line)) return;
    const text = records.find((record) => record.source.path === decision.note)?.source.text.split('\n')[decision.line - 1]?.trim() ?? '';
    const now = text === '' ? 'it is blank or past the end now' : `it reads "${text.slice(0, 40)}" and starts no entry (a markdown note's headings decide its entries)`;
    messages.push(staleDecision(overrides.file, overrides.lines.split[index], 'split', `line ${decision.line} of ${decision.note}: ${now}`));
  });
  return messages;
}
