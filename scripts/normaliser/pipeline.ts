/**
 * The normaliser's pure stages composed. Part 1: decoded notes -> parsed and cleaned NoteRecords.
 */
import type { NoteRecord, SourceNote } from './model.ts';
import { parseNote } from './parse/parse-note.ts';

/**
 * Parse every note (shape detection, line passes, shape adapter, accounting) and, when given,
 * run the tree cleaning over each record. Pure: same notes in, same records out, in path order.
 */
export function parseAndClean(notes: readonly SourceNote[], cleanTree?: (note: NoteRecord) => NoteRecord): NoteRecord[] {
  return [...notes]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(parseNote)
    .map((record) => (cleanTree ? cleanTree(record) : record));
}
