import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMdx } from '../../../scripts/normaliser/emit/mdx-markdown.ts';
import type { EntrySource, SourceNote } from '../../../scripts/normaliser/model.ts';
import { nameNotes, noteCreditTitle, parseNoteCatalogue } from '../../../scripts/normaliser/read/note-catalogue.ts';
import { NOT_NOTES, NOTE_EXTENSIONS, readNotes } from '../../../scripts/normaliser/read/read-notes.ts';

/** A small README like notes/README.md: prose, a table of another kind, then the catalogue. */
const README = [
  '# The source notes', // 1
  '', // 2
  'This file documents the folder; `| file | readable name |` in prose is not a table.', // 3
  '', // 4
  '| shape | adapter |', // 5
  '|---|---|', // 6
  '| qa-list | `qa-list.ts` |', // 7
  '', // 8
  '| File | Readable name | shape |', // 9
  '|---|---|---|', // 10
  '| `000_a.txt` | Docker 面试问答 (52 问) | qa-list |', // 11
  '| `sub/001_b.md` | **Docker** 学习笔记 \\| 精简版 | heading |', // 12
  '| `002_c.txt` |  | scraped |', // 13
  '| `000_a.txt` | 又一个名字 | qa-list |', // 14
  '| `../secret.txt` | 越界 | - |', // 15
  '| `003_d.txt` | Docker and Kubernets | front matter |', // 16
  '',
].join('\n');

describe('parseNoteCatalogue', () => {
  const catalogue = parseNoteCatalogue(README, 'notes/README.md');

  it('maps note paths to readable names from the table with file and readable name columns', () => {
    expect([...catalogue.names]).toEqual([
      ['notes/000_a.txt', 'Docker 面试问答 (52 问)'],
      // Markup reads as text; an escaped pipe stays in the cell; paths below the folder work.
      ['notes/sub/001_b.md', 'Docker 学习笔记 | 精简版'],
      ['notes/003_d.txt', 'Docker and Kubernets'],
    ]);
    expect(catalogue.lines.get('notes/003_d.txt')).toBe(16);
  });

  it('warns with the line about empty cells, repeated files and paths outside the folder', () => {
    expect(catalogue.messages.map((message) => [message.line, message.severity, message.reason])).toEqual([
      [13, 'warning', 'a row without a readable name'],
      [14, 'warning', '000_a.txt is listed again (first on line 11); this row is ignored'],
      [15, 'warning', '../secret.txt is not a file in notes/'],
    ]);
    expect(catalogue.messages.every((message) => message.note === 'notes/README.md')).toBe(true);
  });

  it('warns once when there is no catalogue table', () => {
    const empty = parseNoteCatalogue('# Notes\n\n| shape | adapter |\n|---|---|\n| a | b |\n', 'notes/README.md');
    expect(empty.names.size).toBe(0);
    expect(empty.messages).toHaveLength(1);
    expect(empty.messages[0]).toMatchObject({ note: 'notes/README.md', severity: 'warning', source: 'read/note-catalogue' });
  });

  it('reads HTML and MDX expressions in a cell as plain text, which the pages print escaped', () => {
    const hostile = parseNoteCatalogue('| file | readable name |\n|---|---|\n| `x.txt` | <script>alert(1)</script>笔记 {1+1} |\n');
    const name = hostile.names.get('notes/x.txt')!;
    expect(name).toBe('<script>alert(1)</script>笔记 {1+1}');
    const printed = toMdx({ type: 'root', children: [{ type: 'heading', depth: 3, children: [{ type: 'text', value: name }] }] });
    expect(printed).toBe('### \\<script>alert(1)\\</script>笔记 \\{1+1}\n');
  });
});

describe('nameNotes', () => {
  const note = (path: string): SourceNote => ({ path, encoding: 'utf-8', text: '' });

  it('names the listed notes, warns about rows naming no note and reports unlisted notes', () => {
    const catalogue = parseNoteCatalogue(README, 'notes/README.md');
    const result = nameNotes([note('notes/000_a.txt'), note('notes/003_d.txt'), note('notes/004_e.txt')], catalogue);
    expect(result.notes.map((named) => named.name)).toEqual(['Docker 面试问答 (52 问)', 'Docker and Kubernets', undefined]);
    expect(result.messages.slice(catalogue.messages.length).map((message) => [message.note, message.line, message.severity])).toEqual([
      ['notes/README.md', 12, 'warning'], // sub/001_b.md is not a note here
      ['notes/004_e.txt', undefined, 'info'],
    ]);
  });
});

describe('noteCreditTitle', () => {
  const source = (extra: Partial<EntrySource>): EntrySource => ({ note: 'notes/x.txt', lines: [1, 2], originalTitle: 'q', ...extra });

  it('prefers the catalogue name, then the own title, then nothing', () => {
    expect(noteCreditTitle(source({ noteName: 'Docker 面试题', noteTitle: 'Docker面试题(史上最全 + 持续更新)_尼恩-CSDN博客' }))).toBe('Docker 面试题');
    expect(noteCreditTitle(source({ noteName: '  ', noteTitle: 'Docker and Kubernets' }))).toBe('Docker and Kubernets');
    expect(noteCreditTitle(source({}))).toBeUndefined();
  });
});

describe('the real notes/README.md', () => {
  it('names every note in notes/, and names nothing else', () => {
    const notes = readdirSync('notes')
      .filter((name) => !(NOT_NOTES as readonly string[]).includes(name))
      .filter((name) => NOTE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)))
      .map((name) => `notes/${name}`)
      .sort();
    const catalogue = parseNoteCatalogue(readFileSync('notes/README.md', 'utf8'), 'notes/README.md');
    expect(catalogue.messages).toEqual([]);
    expect([...catalogue.names.keys()].sort()).toEqual(notes);
    for (const name of catalogue.names.values()) expect(name).toMatch(/\S/);
    expect(catalogue.names.get('notes/000_5b68543c95a33826.txt')).toBe('Docker 面试问答 (52 问)');
  });

  it('reaches the notes read from disk, with no catalogue messages', () => {
    const { notes, messages } = readNotes(process.cwd());
    expect(notes.every((note) => note.name !== undefined)).toBe(true);
    expect(messages.filter((message) => message.source === 'read/note-catalogue')).toEqual([]);
  });
});
