import { describe, expect, it } from 'vitest';
import type { SourceNote } from '../../../scripts/normaliser/model.ts';
import { attachSplits, unappliedSplits } from '../../../scripts/normaliser/overrides/apply-splits.ts';
import { parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { parseNote } from '../../../scripts/normaliser/parse/parse-note.ts';
import { readNotes } from '../../../scripts/normaliser/read/read-notes.ts';

/** A small note for the decisions' bookkeeping. */
const PAGE = [
  '首页 > 博客 > Docker',
  '阅读数 1024',
  '',
  'Docker本地容器相关的操作',
  '',
  '查看活跃容器',
  '',
  'docker ps',
  '',
  '查看容器的进程信息',
  '',
  'docker top 查看容器中运行的进程信息，支持 ps 命令参数。',
  '',
  'docker top web',
  '',
].join('\n');

function note(splitAt?: number[]): SourceNote {
  return { path: 'notes/page.txt', encoding: 'utf-8', text: PAGE, ...(splitAt ? { splitAt } : {}) };
}

const overrides = (yaml: string) => parseOverrides(yaml, 'editorial/overrides.yaml').overrides;

describe('split decisions', () => {
  it('start an entry where the shape rules saw a step, and only there (note 004, line 318)', () => {
    const real = readNotes(process.cwd()).notes.find((candidate) => candidate.path === 'notes/004_2bed2df9bb959d8e.txt')!;
    const entryAt = (record: ReturnType<typeof parseNote>, line: number) => record.entries.find((entry) => entry.source.lines[0] <= line && line <= entry.source.lines[1]);
    const plain = parseNote({ ...real, splitAt: [] });
    expect(entryAt(plain, 318)!.source.originalTitle).toBe('Docker本地容器相关的操作');
    const split = parseNote({ ...real, splitAt: [318] });
    expect(entryAt(split, 318)!.source).toMatchObject({ originalTitle: '查看容器的进程信息', lines: [318, expect.any(Number)] });
    expect(entryAt(split, 300)!.source.originalTitle).toBe('Docker本地容器相关的操作');
    expect(split.entries.length).toBe(plain.entries.length + 1);
  });

  it('are attached to their note, in line order, once each', () => {
    const decisions = overrides(
      'split:\n  - { note: notes/page.txt, line: 10, why: its own task }\n  - { note: notes/page.txt, line: 6, why: x }\n  - { note: notes/page.txt, line: 10, why: again }\n',
    );
    const { notes, messages } = attachSplits([note()], decisions);
    expect(notes[0]!.splitAt).toEqual([6, 10]);
    expect(messages).toEqual([]);
  });

  it('are stale when their note is gone or their line starts no entry any more, naming the line', () => {
    const decisions = overrides(
      'split:\n  - { note: notes/gone.txt, line: 3, why: x }\n  - { note: notes/page.txt, line: 11, why: the note was edited }\n',
    );
    const attached = attachSplits([note()], decisions);
    expect(attached.messages).toEqual([
      expect.objectContaining({ line: 2, severity: 'warning', stale: true, reason: 'split: no longer matches: there is no note notes/gone.txt' }),
    ]);
    const records = attached.notes.map(parseNote);
    expect(unappliedSplits(records, decisions)).toEqual([
      expect.objectContaining({ line: 3, severity: 'warning', stale: true, reason: 'split: no longer matches: line 11 of notes/page.txt: it is blank or past the end now' }),
    ]);
  });

  it('need a reason', () => {
    expect(parseOverrides('split:\n  - { note: notes/page.txt, line: 10 }\n').messages[0]!.reason).toMatch(/^split\.0\.why: /);
  });
});
