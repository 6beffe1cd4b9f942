/**
 * The read stage: the only part of the normaliser (with the CLI's final write) that touches the disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { Message, SourceNote } from '../model.ts';
import { decodeNoteBytes } from './decode.ts';
import { nameNotes, parseNoteCatalogue } from './note-catalogue.ts';
import { normaliseText } from './normalise-text.ts';

/** File name endings read as notes. */
export const NOTE_EXTENSIONS = ['.txt', '.md', '.markdown', '.mdx', '.html', '.htm'] as const;

/** Files in the notes folder that document it and are never notes. */
export const NOT_NOTES = ['README.md'] as const;

/** What reading the notes folder gave: the decoded notes, and problems with files that are not in it. */
export interface ReadNotesResult {
  notes: SourceNote[];
  messages: Message[];
  /** Every file under the notes folder (notes, pictures, anything), POSIX paths from the root, sorted. */
  assetPaths: string[];
}

/** What the notes folder's files are named, wherever it is read from: `notes/<path inside it>`. */
export const NOTES_FOLDER = 'notes';

/** Every file under `folder`, recursively, as POSIX paths relative to it, sorted. */
function listFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (absolute: string): void => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(folder, path).split(sep).join(posix.sep));
    }
  };
  walk(folder);
  return files.sort();
}

/**
 * Decode one note from its bytes into a SourceNote (text normalised, decode problems attached),
 * or an error message naming the file when it cannot be read as text. Pure: no disk access.
 */
export function toSourceNote(path: string, bytes: Uint8Array): SourceNote | Message {
  const decoded = decodeNoteBytes(path, bytes);
  if (!decoded.ok) return decoded.message;
  const note: SourceNote = { path, encoding: decoded.encoding, text: normaliseText(decoded.text) };
  if (decoded.messages.length > 0) note.messages = decoded.messages;
  return note;
}

/**
 * Read every note under `dir` (default `notes`; relative to `root`, or absolute): files ending in .txt, .md, .markdown, .mdx,
 * .html or .htm (an HTML export is read as text; nothing in it is ever run),
 * except README.md (documentation). Other files are reported (info) and skipped; a file that cannot
 * be decoded is reported as an error and the other notes are still returned. Sorted by path.
 * When `dir/README.md` exists, its catalogue table names the notes (`SourceNote.name`, see
 * note-catalogue.ts). Whatever `dir` is, its files are named `notes/<path inside it>`: a trial
 * copy of the notes folder (`npm run normalise -- --notes <dir>`) meets the id registry and the
 * editorial decisions as notes/ itself would.
 */
export function readNotes(root: string, dir = NOTES_FOLDER): ReadNotesResult {
  const notes: SourceNote[] = [];
  const messages: Message[] = [];
  const folder = resolve(root, dir);
  const inside = listFiles(folder);
  const assetPaths = inside.map((path) => `${NOTES_FOLDER}/${path}`);
  inside.forEach((insidePath, index) => {
    const path = assetPaths[index]!;
    const name = posix.basename(path);
    if ((NOT_NOTES as readonly string[]).includes(name)) return;
    if (!NOTE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension))) {
      messages.push({ note: path, severity: 'info', source: 'read', reason: 'not a note file (.txt, .md, .markdown, .mdx, .html, .htm); skipped' });
      return;
    }
    const result = toSourceNote(path, readFileSync(join(folder, insidePath)));
    if ('text' in result) notes.push(result);
    else messages.push(result);
  });
  const cataloguePath = `${NOTES_FOLDER}/README.md`;
  if (!existsSync(join(folder, 'README.md'))) return { notes, messages, assetPaths };
  const named = nameNotes(notes, parseNoteCatalogue(readFileSync(join(folder, 'README.md'), 'utf8'), cataloguePath));
  return { notes: named.notes, messages: [...messages, ...named.messages], assetPaths };
}
