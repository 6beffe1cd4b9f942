/**
 * The contract every shape adapter fulfils: cleaned lines in, entries out, with every line that
 * is not in an entry listed as dropped.
 */
import type { Root } from 'mdast';
import type { DroppedLine, Entry, Message, NoteMeta, NoteShape, SourceLine, SourceNote } from '../model.ts';

/** What an adapter is given. */
export interface AdapterInput {
  note: SourceNote;
  /** The note's lines after the line passes: dropped lines are absent, joined ones carry `endLine`. */
  lines: SourceLine[];
  /** Number of lines in the original file. */
  lineCount: number;
  /** What the line passes learnt about the note (page title, URL). */
  meta: NoteMeta;
  /**
   * The markdown tree of `linesToText(lines, lineCount)`, when shape detection already parsed
   * that same text (the line passes changed nothing); the adapter may take it instead of parsing.
   */
  markdown?: Root;
}

/** What an adapter returns. */
export interface AdapterOutput {
  entries: Entry[];
  dropped: DroppedLine[];
  messages: Message[];
  /** What the adapter learnt about the note (front matter); merged over the input meta. */
  meta: NoteMeta;
}

/** One note shape: how to recognise it and how to read entries out of it. */
export interface ShapeAdapter {
  shape: NoteShape;
  /**
   * True when the note's raw lines look like this shape. `markdown` returns the lines' markdown
   * tree, parsed once on first use and shared by every detector (default: parse them here).
   */
  detect(lines: readonly SourceLine[], markdown?: () => Root): boolean;
  parse(input: AdapterInput): AdapterOutput;
}

/**
 * The `source` block of an entry, with the note's own title and URL when it names them, and its
 * readable name when the notes catalogue gives one.
 */
export function entrySource(input: AdapterInput, meta: NoteMeta, lines: [number, number], originalTitle: string): Entry['source'] {
  const source: Entry['source'] = { note: input.note.path, lines, originalTitle };
  if (meta.title !== undefined) source.noteTitle = meta.title;
  if (meta.url !== undefined) source.noteUrl = meta.url;
  if (input.note.name !== undefined) source.noteName = input.note.name;
  return source;
}

/** Drop records for lines, skipping blank ones. */
export function dropLines(note: string, lines: readonly SourceLine[], reason: string): DroppedLine[] {
  return lines.filter(({ text }) => text.trim() !== '').map(({ line, text }) => ({ note, line, text, reason }));
}
