import type { NoteRecord } from '../../../scripts/normaliser/model.ts';
import { parseNote } from '../../../scripts/normaliser/parse/parse-note.ts';

/** Parse a text as a note and list its entries as [first line, last line, question, section]. */
export function parseText(text: string, path = 'notes/fixture.txt'): NoteRecord {
  return parseNote({ path, encoding: 'utf-8', text });
}

export function entryRows(record: NoteRecord): [number, number, string, string[]][] {
  return record.entries.map((entry) => [entry.source.lines[0], entry.source.lines[1], entry.question, entry.section]);
}
