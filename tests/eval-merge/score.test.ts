import { describe, expect, it } from 'vitest';
import type { LabelSet, LabelledQuestion } from '../../scripts/eval-merge/label-set.ts';
import { compareLabelSets, labelHalf, scoreLabelSet, scores, type Placement } from '../../scripts/eval-merge/score.ts';

const q = (line: number, topic: LabelledQuestion['topic'], group?: string): LabelledQuestion => ({
  note: 'notes/a.txt',
  line,
  title: `q${line}`,
  topic,
  ...(group ? { group } : {}),
});
const labels = (questions: LabelledQuestion[]): LabelSet => ({ name: 'test', questions, pairs: [], groupCount: 0 });

describe('scores', () => {
  it('computes precision, recall and F1, an empty side counting as perfect', () => {
    expect(scores(3, 1, 1)).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(scores(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('labelHalf', () => {
  it('is the same whichever side comes first', () => {
    expect(labelHalf({ note: 'n', line: 1 }, { note: 'm', line: 2 })).toBe(labelHalf({ note: 'm', line: 2 }, { note: 'n', line: 1 }));
  });
  it('splits pairs of even lines both ways (the bare FNV-1a low bit put them all in one half)', () => {
    const halves = new Set<string>();
    for (const [a, b] of [[130, 154], [130, 158], [154, 158], [288, 318], [288, 330], [318, 338], [330, 338], [288, 338]]) {
      halves.add(labelHalf({ note: 'notes/004.txt', line: a! }, { note: 'notes/004.txt', line: b! }));
    }
    expect(halves).toEqual(new Set(['tuning', 'held-out']));
  });
});

describe('scoreLabelSet', () => {
  // Labels: 1 and 2 are one question, 3 another. The output puts 2 and 3 on one page, and 3 and 4
  // are in one entry.
  const set = labels([q(1, 'basics', 'g'), q(2, 'basics', 'g'), q(3, 'storage'), q(4, 'storage')]);
  const pages: Record<number, Placement> = {
    1: { entry: 'e1', page: 'p1', topic: 'basics', question: 'q1' },
    2: { entry: 'e2', page: 'p2', topic: 'storage', question: 'q2' },
    3: { entry: 'e3', page: 'p2', topic: 'storage', question: 'q3' },
    4: { entry: 'e3', page: 'p2', topic: 'storage', question: 'q3' },
  };
  const result = scoreLabelSet(set, (question) => pages[question.line]);

  it('counts every pair of labelled questions: same group vs same page', () => {
    expect(result.groupPairs.all).toMatchObject({ tp: 0, fp: 3, fn: 1 });
  });
  it('leaves pairs inside one entry out of the merging figure and marks them', () => {
    expect(result.groupPairs.merging).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    const oneEntry = result.groupPairs.misses.filter((miss) => miss.oneEntry).map((miss) => [miss.a.line, miss.b.line]);
    expect(oneEntry).toEqual([[3, 4]]);
  });
  it('scores the topic of the page each question is on', () => {
    expect(result.topics).toMatchObject({ correct: 3, counted: 4 });
    expect(result.topics.misses.map((miss) => [miss.question.line, miss.predicted])).toEqual([[2, 'storage']]);
  });
  it('lists the labelled questions no entry holds', () => {
    expect(scoreLabelSet(labels([q(9, 'basics')]), () => undefined).unplaced.map((question) => question.line)).toEqual([9]);
  });
});

describe('compareLabelSets', () => {
  it('lists questions only one set has, pairs one set calls duplicates, and topic differences', () => {
    const first = labels([q(1, 'basics', 'g'), q(2, 'basics', 'g'), q(3, 'storage')]);
    const second = labels([q(1, 'basics'), q(2, 'basics'), q(3, 'orchestration'), q(5, 'basics')]);
    const found = compareLabelSets(first, second);
    expect(found.onlyIn.first).toEqual([]);
    expect(found.onlyIn.second.map((question) => question.line)).toEqual([5]);
    expect(found.duplicates.map(({ a, b, duplicateIn }) => [a.line, b.line, duplicateIn])).toEqual([[1, 2, 'first']]);
    expect(found.topics.map(({ first: a, second: b }) => [a.line, a.topic, b.topic])).toEqual([[3, 'storage', 'orchestration']]);
  });
});
