import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify } from '../../../scripts/normaliser/classify/classify.ts';
import { cleanNotes, loadTreeCleanData } from '../../../scripts/normaliser/clean/tree/index.ts';
import { merge } from '../../../scripts/normaliser/merge/merge.ts';
import type { Model, Topic } from '../../../scripts/normaliser/model.ts';
import { emptyOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { readNotesAndDecisions } from '../../../scripts/normalise.ts';
import { parseAndClean } from '../../../scripts/normaliser/pipeline.ts';

const ROOT = process.cwd();
interface Inventory {
  note: string;
  questions: { line: number; title: string; topic: Topic }[];
}
let classified: Model;

/** The topic given to the question holding the entry at note:line. */
function topicAt(note: string, line: number): Topic | undefined {
  const question = classified.questions.find((candidate) =>
    candidate.sources.some((source) => source.note === note && source.lines[0] <= line && line <= source.lines[1]),
  );
  return question?.topic?.topic;
}

beforeAll(() => {
  const { notes, assetPaths } = readNotesAndDecisions(ROOT);
  const records = cleanNotes(parseAndClean(notes), { assetPaths: new Set(assetPaths), data: loadTreeCleanData(ROOT) });
  classified = classify(merge({ notes: records, questions: [], files: [], messages: [] }, emptyOverrides()), emptyOverrides());
});

describe('classify on the real notes', () => {
  it('agrees with the hand-made topics of tests/fixtures/inventory on at least 90% of the questions', () => {
    const dir = join(ROOT, 'tests/fixtures/inventory');
    const labelled = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => {
        const inventory = parse(readFileSync(join(dir, name), 'utf8')) as Inventory;
        return inventory.questions.map((question) => ({ ...question, note: inventory.note }));
      });
    const right = labelled.filter((question) => topicAt(question.note, question.line) === question.topic).length;
    expect(labelled.length).toBeGreaterThan(200);
    expect(right / labelled.length).toBeGreaterThanOrEqual(0.9);
  });

  it('files the questions every note asks where a reader expects them', () => {
    expect(topicAt('notes/000_5b68543c95a33826.txt', 1)).toBe('basics'); // container vs VM
    expect(topicAt('notes/000_5b68543c95a33826.txt', 13)).toBe('dockerfile'); // CMD vs ENTRYPOINT
    expect(topicAt('notes/003_82f1fe5292e77d6c.txt', 146)).toBe('networking'); // network modes
    expect(topicAt('notes/003_82f1fe5292e77d6c.txt', 95)).toBe('storage'); // volumes
    expect(topicAt('notes/001_1aa7ebef2a5e7611.txt', 468)).toBe('internals'); // Cgroups
    expect(topicAt('notes/000_5b68543c95a33826.txt', 125)).toBe('security'); // security best practice
    expect(topicAt('notes/001_1aa7ebef2a5e7611.txt', 910)).toBe('orchestration'); // Swarm vs Kubernetes
  });

  it('files runtime components under internals and logging and monitoring under orchestration (issue 14)', () => {
    expect(topicAt('notes/001_1aa7ebef2a5e7611.txt', 576)).toBe('internals'); // Dockershim
    expect(topicAt('notes/001_1aa7ebef2a5e7611.txt', 596)).toBe('internals'); // CRI、CNI和CSI
    expect(topicAt('notes/004_2bed2df9bb959d8e.txt', 691)).toBe('internals'); // CRI
    expect(topicAt('notes/004_2bed2df9bb959d8e.txt', 585)).toBe('internals'); // Containerd
    expect(topicAt('notes/000_5b68543c95a33826.txt', 107)).toBe('orchestration'); // 日志管理的最佳实践
    expect(topicAt('notes/001_1aa7ebef2a5e7611.txt', 1007)).toBe('orchestration'); // 监控容器的性能
    expect(topicAt('notes/000_5b68543c95a33826.txt', 531)).toBe('basics'); // 安全退出: a graceful stop, not security
  });

  it('files every Compose question under orchestration', () => {
    for (const [note, line] of [['000_5b68543c95a33826.txt', 35], ['001_1aa7ebef2a5e7611.txt', 734], ['001_1aa7ebef2a5e7611.txt', 1137], ['004_2bed2df9bb959d8e.txt', 713], ['004_2bed2df9bb959d8e.txt', 979]] as const) {
      expect(topicAt(`notes/${note}`, line)).toBe('orchestration');
    }
  });
});
