/**
 * The five real notes against the hand-counted inventories in tests/fixtures/inventory/ (made by
 * reading the notes, not by running this code).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { NoteRecord } from '../../../scripts/normaliser/model.ts';
import { readNotesAndDecisions } from '../../../scripts/normalise.ts';
import { parseAndClean } from '../../../scripts/normaliser/pipeline.ts';
import { findUnaccountedLines } from '../../../scripts/normaliser/report/accounting.ts';

interface Inventory {
  note: string;
  questions: { line: number; title: string }[];
  grouping_headings: { line: number; text: string }[];
  noise: { lines: [number, number] }[];
}

const { notes } = readNotesAndDecisions(process.cwd());
const records = parseAndClean(notes);
const inventories: Inventory[] = records.map((record) =>
  parse(readFileSync(`tests/fixtures/inventory/${record.source.path.slice('notes/'.length).replace(/\.txt$/, '.yaml')}`, 'utf8')),
);

describe.each(records.map((record, index) => [record.source.path, record, inventories[index]!] as const))('%s', (_path, record: NoteRecord, inventory: Inventory) => {
  it('finds every inventoried question at its line, with its title as written', () => {
    const byLine = new Map(record.entries.map((entry) => [entry.source.lines[0], entry.source.originalTitle]));
    const found = inventory.questions.map((question) => [question.line, byLine.get(question.line)]);
    expect(found).toEqual(inventory.questions.map((question) => [question.line, question.title]));
  });

  it('credits every entry with the note\'s readable name from notes/README.md', () => {
    expect(new Set(record.entries.map((entry) => entry.source.noteName))).toEqual(new Set([record.source.name]));
    expect(record.source.name).toMatch(/\S/);
  });

  it('drops every inventoried grouping heading as grouping-heading', () => {
    const reasons = new Map(record.dropped.map((dropped) => [dropped.line, dropped.reason]));
    expect(inventory.grouping_headings.map((heading) => reasons.get(heading.line))).toEqual(inventory.grouping_headings.map(() => 'grouping-heading'));
  });

  it('keeps inventoried noise out of every entry question', () => {
    const entryStarts = new Set(record.entries.map((entry) => entry.source.lines[0]));
    const noiseLines = inventory.noise.flatMap(({ lines: [first, last] }) => Array.from({ length: last - first + 1 }, (_, at) => first + at));
    expect(noiseLines.filter((line) => entryStarts.has(line))).toEqual([]);
  });

  it('accounts for every non-blank line', () => {
    expect(findUnaccountedLines(record)).toEqual([]);
  });
});

describe('real notes, overall', () => {
  it('reads each note in the shape its content has', () => {
    expect(records.map((record) => record.shape)).toEqual(['qa-list', 'heading-markdown', 'heading-markdown', 'front-matter-markdown', 'scraped-page']);
  });

  it('reads the note titles and URL the notes name', () => {
    expect(records.map((record) => record.meta.title)).toEqual([
      undefined,
      undefined,
      'Docker容器技术详解:轻量级虚拟化',
      'Docker and Kubernets',
      'Docker面试题(史上最全 + 持续更新)',
    ]);
    expect(records[4]!.meta.url).toBe('http://zhangshiyu.com/post/94998.html');
  });

  it('joins the seven broken lines of 000 that the inventory lists', () => {
    expect(records[0]!.fixes.filter((fix) => fix.kind === 'line-wrap').map((fix) => fix.line)).toEqual([117, 183, 251, 323, 479, 617, 667]);
  });
});
