import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import {
  fingerprintMatcher,
  isSameQuestion,
  matchCandidates,
  matchPrefix,
  type QuestionFingerprint,
} from '../../../scripts/normaliser/ids/question-fingerprint.ts';
import { featureSimilarity, featureWeight, questionFeatures } from '../../../scripts/normaliser/merge/similarity.ts';

/** The committed registry's records: the questions of every published page. */
const registry = parseIdRegistry(readFileSync('data/id-registry.json', 'utf8'), 'data/id-registry.json');
const records: QuestionFingerprint[] = Object.values(registry.ids).map(({ questions, members }) => ({ questions, members }));

/** Rewordings of a question, from barely changed to far off, as a later run may bring them. */
function rewordings(question: string): string[] {
  const chars = [...question];
  return [
    question.replace(/[?？]$/, ''),
    chars.slice(0, Math.max(1, chars.length - 3)).join(''),
    chars.slice(2).join(''),
    `Docker ${question}`,
    question.replace('区别', '不同').replace('什么', '啥'),
    `${chars.slice(0, Math.ceil(chars.length / 2)).join('')}的原理`,
  ];
}

/** This run's fingerprints: each record reworded, and a few sharing a member with their record. */
const fingerprints: QuestionFingerprint[] = records.flatMap((record, index) =>
  record.questions.flatMap(rewordings).map((text, variant) => ({
    questions: [text],
    members: variant === 1 && index % 3 === 0 ? record.members : [`notes/new.txt:${index * 10 + variant}`],
  })),
);

describe('matchCandidates', () => {
  const candidates = matchCandidates(fingerprints, records);
  const match = fingerprintMatcher();

  it('lists every fingerprint a record is the same question as (brute force over all pairs)', () => {
    const missed: string[] = [];
    let same = 0;
    records.forEach((record, recordIndex) => {
      const listed = new Set(candidates[recordIndex]);
      fingerprints.forEach((fingerprint, index) => {
        if (!isSameQuestion(match(fingerprint, record))) return;
        same += 1;
        if (!listed.has(index)) missed.push(`${record.questions[0]} ~ ${fingerprint.questions[0]}`);
      });
    });
    expect(missed).toEqual([]);
    // The rewordings make real work: many pairs are the same question.
    expect(same).toBeGreaterThan(records.length * 2);
  });

  it('leaves out most pairs that merely share a common n-gram', () => {
    const sharing = records.reduce((count, record) => {
      const features = new Set(record.questions.flatMap((text) => questionFeatures(text)));
      return count + fingerprints.filter((fingerprint) => fingerprint.questions.some((text) => questionFeatures(text).some((feature) => features.has(feature)))).length;
    }, 0);
    const listed = candidates.reduce((count, list) => count + list.length, 0);
    expect(listed).toBeLessThan(sharing / 3);
  });

  it('matches two featureless questions with each other', () => {
    const [forRecord] = matchCandidates([{ questions: ['?'], members: [] }, { questions: ['容器'], members: [] }], [{ questions: ['！'], members: [] }]);
    expect(forRecord).toEqual([0]);
  });
});

describe('fingerprintMatcher', () => {
  it('gives the best similarity over every pair of texts whenever it reaches 0.5, and shared members', () => {
    const match = fingerprintMatcher();
    const bestPair = (a: QuestionFingerprint, b: QuestionFingerprint): number =>
      Math.max(...a.questions.flatMap((textA) => b.questions.map((textB) => featureSimilarity(questionFeatures(textA), questionFeatures(textB)))));
    // Fingerprints with several wordings each, as merged questions of a large corpus have.
    const merged = records.slice(0, 60).map((record, index) => ({
      questions: [...record.questions.flatMap(rewordings).slice(index % 4), record.questions[0]!.slice(1)],
      members: index % 2 === 0 ? record.members : [],
    }));
    let compared = 0;
    for (const a of merged) {
      for (const b of records.slice(0, 60)) {
        const expected = bestPair(a, b);
        const found = match(a, b);
        if (expected >= 0.5) {
          compared += 1;
          expect(found.similarity).toBe(expected);
        } else expect(found.similarity).toBeLessThan(0.5);
        expect(found.sharedMembers).toBe(a.members.filter((key) => b.members.includes(key)).length);
      }
    }
    expect(compared).toBeGreaterThan(60);
  });
});

describe('matchPrefix', () => {
  it('keeps, rarest first, just enough features that a text as similar as 0.5 must share one', () => {
    const features = questionFeatures('为什么多阶段构建能减小最终镜像的体积');
    expect(features.length).toBeGreaterThan(6);
    const frequency = new Map(features.map((feature, index) => [feature, index]));
    const prefix = matchPrefix(features, frequency);
    expect(prefix.length).toBeLessThan(features.length);
    // The rest: the most common features, too light to make Dice 0.5 on their own.
    const rest = features.filter((feature) => !prefix.includes(feature));
    const restWeight = rest.reduce((total, feature) => total + featureWeight(feature), 0);
    const total = features.reduce((sum, feature) => sum + featureWeight(feature), 0);
    expect(restWeight).toBeLessThan(total / 3);
    expect(featureSimilarity(features, rest)).toBeLessThan(0.5 + 0.5 * (restWeight / total));
    expect(prefix).toEqual(features.slice(0, prefix.length));
  });
});
