import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNotes } from '../../../scripts/normaliser/read/read-notes.ts';

const root = mkdtempSync(join(tmpdir(), 'read-notes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readNotes', () => {
  it('reads note files, skips README.md and other files, and reports unreadable ones', () => {
    mkdirSync(join(root, 'notes/img'), { recursive: true });
    writeFileSync(join(root, 'notes/a.txt'), 'Docker 是什么?\r\n\r\n容器引擎。');
    writeFileSync(join(root, 'notes/b.md'), '## 标题\n\n正文\n');
    writeFileSync(join(root, 'notes/README.md'), '# About the notes\n');
    writeFileSync(join(root, 'notes/img/x.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    writeFileSync(join(root, 'notes/c.txt'), new Uint8Array([0x41, 0x0a, 0x00, 0x01]));
    const result = readNotes(root);
    expect(result.notes.map((note) => [note.path, note.text])).toEqual([
      ['notes/a.txt', 'Docker 是什么?\n\n容器引擎。'],
      ['notes/b.md', '## 标题\n\n正文\n'],
    ]);
    // README.md has no catalogue table: one warning, and each note is credited by its own title or file name.
    expect(result.messages.map((message) => [message.note, message.severity, message.line])).toEqual([
      ['notes/c.txt', 'error', 2],
      ['notes/img/x.png', 'info', undefined],
      ['notes/README.md', 'warning', undefined],
      ['notes/a.txt', 'info', undefined],
      ['notes/b.md', 'info', undefined],
    ]);
    expect(result.notes.every((note) => note.name === undefined)).toBe(true);
    expect(result.assetPaths).toContain('notes/img/x.png');
  });

  it('reads another folder (a trial copy, --notes) as notes/, including .html exports', () => {
    const trial = mkdtempSync(join(tmpdir(), 'read-notes-trial-'));
    try {
      writeFileSync(join(trial, 'new.html'), '<h3>什么是镜像？</h3>\n<p>模板。</p>\n');
      writeFileSync(join(trial, 'old.txt'), 'Docker 是什么?\n');
      const result = readNotes(root, trial);
      expect(result.notes.map((note) => note.path)).toEqual(['notes/new.html', 'notes/old.txt']);
      expect(result.assetPaths).toEqual(['notes/new.html', 'notes/old.txt']);
    } finally {
      rmSync(trial, { recursive: true, force: true });
    }
  });

  it('names the notes from the catalogue table in notes/README.md', () => {
    const named = mkdtempSync(join(tmpdir(), 'read-notes-named-'));
    try {
      mkdirSync(join(named, 'notes'));
      writeFileSync(join(named, 'notes/a.txt'), 'Docker 是什么?\n');
      writeFileSync(join(named, 'notes/b.txt'), 'Docker 镜像是什么?\n');
      writeFileSync(join(named, 'notes/README.md'), '| file | readable name |\n|---|---|\n| `a.txt` | 入门问答 |\n');
      const result = readNotes(named);
      expect(result.notes.map((note) => [note.path, note.name])).toEqual([
        ['notes/a.txt', '入门问答'],
        ['notes/b.txt', undefined],
      ]);
      expect(result.messages.map((message) => [message.note, message.severity])).toEqual([['notes/b.txt', 'info']]);
    } finally {
      rmSync(named, { recursive: true, force: true });
    }
  });
});
