import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../scripts/normaliser/model.ts';
import { buildReport, hasErrors } from '../../../scripts/normaliser/report/build-report.ts';
import { formatSummary } from '../../../scripts/normaliser/report/format-summary.ts';
import { toStableJson } from '../../../scripts/normaliser/report/stable-json.ts';
import { findUnaccountedLines } from '../../../scripts/normaliser/report/accounting.ts';

const record: NoteRecord = {
  source: { path: 'notes/a.txt', encoding: 'utf-8', text: 'img\n\n什么是容器?\n\n容器是进程。\n\n遗漏的一行' },
  shape: 'qa-list',
  meta: {},
  entries: [
    {
      key: 'notes/a.txt:3',
      question: '什么是容器?',
      answer: { type: 'root', children: [] },
      source: { note: 'notes/a.txt', lines: [3, 5], originalTitle: '什么是容器?' },
      section: [],
    },
  ],
  dropped: [{ note: 'notes/a.txt', line: 1, text: 'img', reason: 'site-noise:image-placeholder' }],
  fixes: [{ note: 'notes/a.txt', line: 5, kind: 'line-wrap', detail: 'x' }],
  messages: [{ note: 'notes/a.txt', line: 3, severity: 'warning', source: 'parse', reason: 'odd' }],
};

describe('findUnaccountedLines', () => {
  it('returns the non-blank lines in no entry and not dropped', () => {
    expect(findUnaccountedLines(record)).toEqual([{ line: 7, text: '遗漏的一行' }]);
  });
});

describe('buildReport', () => {
  const report = buildReport([record], [{ note: 'notes/b.bin', severity: 'error', source: 'decode', reason: 'binary' }], new Map([['notes/a.txt:3', { outcome: 'published', page: 'basics/container' } as const]]));

  it('lists entries with note, lines, question, original title and the outcome later stages give', () => {
    expect(report.notes[0]!.entries).toEqual([
      { key: 'notes/a.txt:3', note: 'notes/a.txt', lines: [3, 5], question: '什么是容器?', originalTitle: '什么是容器?', section: [], outcome: 'published', page: 'basics/container' },
    ]);
  });

  it('counts drops by reason and fixes by kind, and lists unaccounted lines', () => {
    expect(report.notes[0]).toMatchObject({ droppedByReason: { 'site-noise:image-placeholder': 1 }, fixesByKind: { 'line-wrap': 1 }, unaccounted: [7] });
    expect(report.totals).toEqual({ notes: 1, entries: 1, dropped: 1, fixes: 1, fixesByKind: { 'line-wrap': 1 }, unrestoredOutput: 0, errors: 1, warnings: 1, unaccounted: 1 });
    expect(hasErrors(report)).toBe(true);
  });

  it('prints warnings and errors with file:line in the summary', () => {
    const summary = formatSummary(report);
    expect(summary).toContain('notes/a.txt (qa-list, utf-8): 1 entries');
    expect(summary).toContain('notes/a.txt:3: warning [parse] odd');
    expect(summary).toContain('notes/b.bin: error [decode] binary');
  });
});

describe('toStableJson', () => {
  it('sorts keys, indents by 2 and ends with a newline', () => {
    expect(toStableJson({ b: 1, a: { d: [1], c: undefined } })).toBe('{\n  "a": {\n    "d": [\n      1\n    ]\n  },\n  "b": 1\n}\n');
  });
});
