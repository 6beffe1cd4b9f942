import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanNotes, loadTreeCleanData } from '../../../scripts/normaliser/clean/tree/index.ts';
import { merge } from '../../../scripts/normaliser/merge/merge.ts';
import type { CanonicalQuestion, Model } from '../../../scripts/normaliser/model.ts';
import { parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { readNotesAndDecisions } from '../../../scripts/normalise.ts';
import { parseAndClean } from '../../../scripts/normaliser/pipeline.ts';

const ROOT = process.cwd();
let merged: Model;

/** The question holding the entry of `note` whose line range contains `line`. */
function questionAt(note: string, line: number): CanonicalQuestion {
  const found = merged.questions.find((question) =>
    question.sources.some((source) => source.note === `notes/${note}` && source.lines[0] <= line && line <= source.lines[1]),
  );
  if (!found) throw new Error(`no question at ${note}:${line}`);
  return found;
}

beforeAll(() => {
  const { notes, assetPaths } = readNotesAndDecisions(ROOT);
  const records = cleanNotes(parseAndClean(notes), { assetPaths: new Set(assetPaths), data: loadTreeCleanData(ROOT) });
  const { overrides } = parseOverrides(readFileSync('editorial/overrides.yaml', 'utf8'));
  merged = merge({ notes: records, questions: [], files: [], messages: [] }, overrides);
});

describe('merge on the real notes (checked against tests/fixtures/labels by hand)', () => {
  it('resolves every forbid decision in editorial/overrides.yaml', () => {
    expect(merged.messages.filter((message) => message.source === 'overrides')).toEqual([]);
  });

  it('shows container vs VM once, asked in three notes (000:1, 001:657, 004:798, 004:813)', () => {
    const question = questionAt('000_5b68543c95a33826.txt', 1);
    expect(question.sources.map((source) => `${source.note.slice(6, 9)}:${source.lines[0]}`).sort()).toEqual([
      '000:1',
      '001:657',
      '004:798',
      '004:813',
    ]);
    expect(question).toBe(questionAt('004_2bed2df9bb959d8e.txt', 813));
  });

  it('keeps "what is Swarm" apart from "Swarm vs Kubernetes"', () => {
    expect(questionAt('001_1aa7ebef2a5e7611.txt', 846)).not.toBe(questionAt('001_1aa7ebef2a5e7611.txt', 910));
  });

  it('keeps CMD/ENTRYPOINT apart from COPY/ADD', () => {
    expect(questionAt('000_5b68543c95a33826.txt', 13)).not.toBe(questionAt('004_2bed2df9bb959d8e.txt', 847));
  });

  it('keeps the look-alike pairs the overrides forbid apart', () => {
    expect(questionAt('000_5b68543c95a33826.txt', 79)).not.toBe(questionAt('000_5b68543c95a33826.txt', 361));
    expect(questionAt('001_1aa7ebef2a5e7611.txt', 25)).not.toBe(questionAt('001_1aa7ebef2a5e7611.txt', 207));
  });

  it('merges the question 004 asks twice (875 and 890)', () => {
    const question = questionAt('004_2bed2df9bb959d8e.txt', 875);
    expect(question).toBe(questionAt('004_2bed2df9bb959d8e.txt', 890));
  });

  // Issue 14: errors an independent labelling found, checked on the real notes.
  it('keeps the sections of 002\'s numbered outline apart (持久化存储卷 is not 存储卷示例)', () => {
    expect(questionAt('002_aedd61c9581865ac.txt', 128)).not.toBe(questionAt('002_aedd61c9581865ac.txt', 153));
  });

  it('merges the paraphrases that share a subject', () => {
    const same = (a: [string, number], b: [string, number]) => expect(questionAt(...a)).toBe(questionAt(...b));
    same(['001_1aa7ebef2a5e7611.txt', 561], ['004_2bed2df9bb959d8e.txt', 585]); // Docker和Containerd / Containerd
    same(['001_1aa7ebef2a5e7611.txt', 596], ['004_2bed2df9bb959d8e.txt', 691]); // CRI、CNI和CSI是什么 / CRI
    same(['001_1aa7ebef2a5e7611.txt', 1002], ['004_2bed2df9bb959d8e.txt', 861]); // exec与attach的作用 / 进入容器的方法
    same(['004_2bed2df9bb959d8e.txt', 861], ['004_2bed2df9bb959d8e.txt', 920]); // 进入容器的方法 / 如何进入容器
    same(['001_1aa7ebef2a5e7611.txt', 56], ['001_1aa7ebef2a5e7611.txt', 720]); // 数据持久化 / 管理数据
    same(['001_1aa7ebef2a5e7611.txt', 56], ['000_5b68543c95a33826.txt', 627]); // 数据持久化 / 与宿主机的文件系统交互
    same(['000_5b68543c95a33826.txt', 179], ['002_aedd61c9581865ac.txt', 69]); // 网络连接方式 / 常用网络插件
  });

  it('keeps the section above 3.2.1 and the how-to of CRI/CNI/CSI out of those pages', () => {
    expect(questionAt('002_aedd61c9581865ac.txt', 67)).not.toBe(questionAt('002_aedd61c9581865ac.txt', 69));
    expect(questionAt('001_1aa7ebef2a5e7611.txt', 613)).not.toBe(questionAt('001_1aa7ebef2a5e7611.txt', 596));
  });

  it('puts every entry in exactly one question', () => {
    const members = merged.questions.flatMap((question) => question.members);
    const entries = merged.notes.flatMap((note) => note.entries.map((entry) => entry.key));
    expect([...members].sort()).toEqual([...entries].sort());
  });
});
