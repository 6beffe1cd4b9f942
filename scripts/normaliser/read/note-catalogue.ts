/**
 * The notes catalogue: the table in `notes/README.md` that gives every note a readable name
 * (`| file | readable name | ... |`). Notes are credited by that name in merged answers
 * (`### 来自《…》`) and in the pages' `sources[].title`, since most notes name no title of their own.
 *
 * How a note is credited, first that exists: its catalogue name (an editor's choice, so a clumsy
 * scraped title can be fixed in one place), its own title (front matter, page header), its file name.
 */
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { posix } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EntrySource, Message, SourceNote } from '../model.ts';

/** The catalogue's conventional path. */
export const NOTE_CATALOGUE_FILE = 'notes/README.md';

/** Header cells (lower case) of the catalogue table's two columns that matter. */
const FILE_COLUMN = 'file';
const NAME_COLUMN = 'readable name';

/** What the catalogue says: note path -> readable name, the line of each row, and problems. */
export interface NoteCatalogue {
  /** Path of the catalogue file, relative to the project root. */
  file: string;
  /** Note path relative to the project root (`notes/000_x.txt`) -> readable name. */
  names: ReadonlyMap<string, string>;
  /** Note path -> line of its row, for messages. */
  lines: ReadonlyMap<string, number>;
  messages: Message[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);

/** A cell's text: inline code and markup read as plain text, whitespace collapsed. */
function cellText(cell: Table['children'][number]['children'][number] | undefined): string {
  return cell ? toString(cell).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Reads the catalogue table out of the README's text (remark + remark-gfm): the first table with a
 * `file` and a `readable name` column. File cells are relative to the README's folder. Rows
 * with an empty cell, a path outside the folder or a file named twice (the first row wins) are
 * warnings with the line; a README without such a table is one warning. Pure.
 * @example parseNoteCatalogue('| file | readable name |\n|---|---|\n| `a.txt` | 笔记 A |\n').names.get('notes/a.txt') // '笔记 A'
 */
export function parseNoteCatalogue(text: string, file: string = NOTE_CATALOGUE_FILE): NoteCatalogue {
  const names = new Map<string, string>();
  const lines = new Map<string, number>();
  const messages: Message[] = [];
  const warn = (line: number | undefined, reason: string) =>
    messages.push({ note: file, ...(line === undefined ? {} : { line }), severity: 'warning', source: 'read/note-catalogue', reason });

  const tree = markdown.parse(text);
  let fileColumn = -1;
  let nameColumn = -1;
  const table = tree.children.find((node): node is Table => {
    if (node.type !== 'table') return false;
    const header = node.children[0]?.children.map((cell) => cellText(cell).toLowerCase()) ?? [];
    fileColumn = header.indexOf(FILE_COLUMN);
    nameColumn = header.indexOf(NAME_COLUMN);
    return fileColumn >= 0 && nameColumn >= 0;
  });
  if (!table) {
    warn(undefined, `no table with "${FILE_COLUMN}" and "${NAME_COLUMN}" columns: notes are credited by their own title or file name`);
    return { file, names, lines, messages };
  }

  const folder = posix.dirname(file);
  for (const row of table.children.slice(1)) {
    const line = row.position?.start.line;
    const name = cellText(row.children[nameColumn]);
    const cell = cellText(row.children[fileColumn]);
    if (cell === '' || name === '') {
      warn(line, `a row without a ${cell === '' ? FILE_COLUMN : NAME_COLUMN}`);
      continue;
    }
    const path = posix.join(folder, cell);
    if (!path.startsWith(`${folder}/`)) {
      warn(line, `${cell} is not a file in ${folder}/`);
      continue;
    }
    if (names.has(path)) {
      warn(line, `${cell} is listed again (first on line ${lines.get(path)}); this row is ignored`);
      continue;
    }
    names.set(path, name);
    if (line !== undefined) lines.set(path, line);
  }
  return { file, names, lines, messages };
}

/**
 * Gives each note its catalogue name (`SourceNote.name`). A row naming a file that is not among
 * `notes` is a warning with its line; a note the catalogue does not list is an info message (it is
 * credited by its own title or file name). Pure: returns copies.
 */
export function nameNotes(notes: readonly SourceNote[], catalogue: NoteCatalogue): { notes: SourceNote[]; messages: Message[] } {
  const messages: Message[] = [...catalogue.messages];
  const paths = new Set(notes.map((note) => note.path));
  for (const [path, line] of [...catalogue.lines].sort((a, b) => a[1] - b[1])) {
    if (!paths.has(path)) {
      messages.push({ note: catalogue.file, line, severity: 'warning', source: 'read/note-catalogue', reason: `${path} is listed but is not a note` });
    }
  }
  const named = notes.map((note) => {
    const name = catalogue.names.get(note.path);
    if (name !== undefined) return { ...note, name };
    messages.push({
      note: note.path,
      severity: 'info',
      source: 'read/note-catalogue',
      reason: `not listed in ${catalogue.file}: credited by its own title or file name`,
    });
    return note;
  });
  return { notes: named, messages };
}

/**
 * The title a source note is credited by: its catalogue name, else its own title, else undefined
 * (callers fall back to the file name or the path).
 */
export function noteCreditTitle(source: EntrySource): string | undefined {
  for (const title of [source.noteName, source.noteTitle]) {
    const trimmed = title?.trim();
    if (trimmed) return trimmed;
  }
  return undefined;
}
