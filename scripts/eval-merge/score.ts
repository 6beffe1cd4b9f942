/**
 * Scores one output of the normaliser (which page and topic each labelled question ended up in)
 * against one label set: pair precision and recall over every pair of labelled questions (same
 * group vs same page), on the labelled judgement-call pairs, split into a tuning and a held-out
 * half, and topic accuracy. Pure: the caller locates the questions in the output.
 */
import type { Topic } from '../normaliser/model.ts';
import { questionKey, type LabelledPair, type LabelledQuestion, type LabelSet } from './label-set.ts';

/** Where a labelled question ended up: its entry, the page holding the entry, the page's topic. */
export interface Placement {
  entry: string;
  page: string;
  topic?: Topic;
  /** The entry's question as the normaliser read it, for messages. */
  question: string;
}

/** Precision, recall and F1 of a count of true/false positives and false negatives. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Scores from counts; an empty side counts as perfect (nothing claimed, nothing missed). */
export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/**
 * 32-bit FNV-1a hash of a string with murmur3's final mix: a fixed, seedless way to split the
 * labels. The mix matters: FNV-1a's lowest bit is only the parity of the odd code points (its
 * multiplier is odd), so `% 2` on the bare hash split pairs by the digits of their line numbers.
 */
function splitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The two halves of a label set: thresholds and rules are tuned on one, the other is only reported. */
export type Half = 'tuning' | 'held-out';

/**
 * Which half a pair of questions belongs to, by a hash of their two positions (order-insensitive),
 * so adding a label never moves another pair between halves.
 */
export function labelHalf(a: { note: string; line: number }, b: { note: string; line: number }): Half {
  const sides = [questionKey(a), questionKey(b)].sort();
  return splitHash(sides.join('|')) % 2 === 0 ? 'tuning' : 'held-out';
}

/** A pair the output got wrong. */
export interface PairMiss {
  kind: 'wrong merge' | 'missed merge';
  a: LabelledQuestion | LabelledPair['a'];
  b: LabelledQuestion | LabelledPair['b'];
  half: Half;
  /** Both questions are inside one entry: entry detection, not merging, put them together. */
  oneEntry: boolean;
  placements: [Placement | undefined, Placement | undefined];
}

/** Scores over all, and per half, with the mistakes. */
export interface PairScores {
  all: Scores;
  tuning: Scores;
  heldOut: Scores;
  /** Leaving out pairs whose two questions are inside one entry (merging alone): over all, per half. */
  merging: Scores;
  mergingTuning: Scores;
  misses: PairMiss[];
}

/** A topic the output got wrong. */
export interface TopicMiss {
  question: LabelledQuestion;
  predicted: Topic;
  placement: Placement;
}

/** How one output scores against one label set. */
export interface LabelSetScores {
  /** Every pair of labelled questions: same group vs same page. */
  groupPairs: PairScores;
  /** The labelled judgement-call pairs only. */
  labelledPairs: PairScores;
  topics: { correct: number; counted: number; accuracy: number; misses: TopicMiss[] };
  /** Labelled questions no entry holds. */
  unplaced: LabelledQuestion[];
}

function pairScores(
  pairs: Iterable<{ a: LabelledQuestion | LabelledPair['a']; b: LabelledQuestion | LabelledPair['b']; duplicate: boolean }>,
  placementOf: (question: { note: string; line: number }) => Placement | undefined,
): PairScores {
  const counts = { tuning: { tp: 0, fp: 0, fn: 0 }, 'held-out': { tp: 0, fp: 0, fn: 0 } };
  const merging = { tp: 0, fp: 0, fn: 0 };
  const mergingTuning = { tp: 0, fp: 0, fn: 0 };
  const misses: PairMiss[] = [];
  for (const { a, b, duplicate } of pairs) {
    const placements: [Placement | undefined, Placement | undefined] = [placementOf(a), placementOf(b)];
    const together = placements[0] !== undefined && placements[0].page === placements[1]?.page;
    const half = labelHalf(a, b);
    const oneEntry = placements[0] !== undefined && placements[0].entry === placements[1]?.entry;
    const tallies = [counts[half], ...(oneEntry ? [] : [merging, ...(half === 'tuning' ? [mergingTuning] : [])])];
    for (const count of tallies) {
      if (together && duplicate) count.tp++;
      else if (together) count.fp++;
      else if (duplicate) count.fn++;
    }
    if (together !== duplicate) misses.push({ kind: together ? 'wrong merge' : 'missed merge', a, b, half, oneEntry, placements });
  }
  const { tuning, 'held-out': heldOut } = counts;
  return {
    all: scores(tuning.tp + heldOut.tp, tuning.fp + heldOut.fp, tuning.fn + heldOut.fn),
    tuning: scores(tuning.tp, tuning.fp, tuning.fn),
    heldOut: scores(heldOut.tp, heldOut.fp, heldOut.fn),
    merging: scores(merging.tp, merging.fp, merging.fn),
    mergingTuning: scores(mergingTuning.tp, mergingTuning.fp, mergingTuning.fn),
    misses,
  };
}

/** Every pair of the set's questions, with whether the labels put them in one group. */
function* allQuestionPairs(questions: readonly LabelledQuestion[]) {
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const [a, b] = [questions[i]!, questions[j]!];
      yield { a, b, duplicate: a.group !== undefined && a.group === b.group };
    }
  }
}

/**
 * Scores an output against a label set. `placementOf` says where a labelled question (by note
 * and line) ended up, or undefined when no entry holds that line.
 */
export function scoreLabelSet(
  labels: LabelSet,
  locate: (question: { note: string; line: number }) => Placement | undefined,
): LabelSetScores {
  // Every question is in hundreds of pairs: locate each once.
  const located = new Map<string, Placement | undefined>();
  const placementOf = (question: { note: string; line: number }) => {
    const key = questionKey(question);
    if (!located.has(key)) located.set(key, locate(question));
    return located.get(key);
  };
  const topicMisses: TopicMiss[] = [];
  let correct = 0;
  let counted = 0;
  const unplaced: LabelledQuestion[] = [];
  for (const question of labels.questions) {
    const placement = placementOf(question);
    if (!placement) {
      unplaced.push(question);
      continue;
    }
    if (!placement.topic) continue;
    counted++;
    if (placement.topic === question.topic) correct++;
    else topicMisses.push({ question, predicted: placement.topic, placement });
  }
  return {
    groupPairs: pairScores(allQuestionPairs(labels.questions), placementOf),
    labelledPairs: pairScores(labels.pairs, placementOf),
    topics: { correct, counted, accuracy: counted === 0 ? 1 : correct / counted, misses: topicMisses },
    unplaced,
  };
}

/** Where two label sets disagree, for an editor to settle. */
export interface LabelDisagreements {
  /** Questions (by note:line) that only one set lists. */
  onlyIn: { first: LabelledQuestion[]; second: LabelledQuestion[] };
  /** Pairs listed by both sets that one set calls duplicates and the other does not. */
  duplicates: { a: LabelledQuestion; b: LabelledQuestion; duplicateIn: 'first' | 'second' }[];
  /** Questions both sets list with different topics. */
  topics: { first: LabelledQuestion; second: LabelledQuestion }[];
}

/** Compares two label sets question by question (matched by note and line). */
export function compareLabelSets(first: LabelSet, second: LabelSet): LabelDisagreements {
  const secondByKey = new Map(second.questions.map((question) => [questionKey(question), question]));
  const firstKeys = new Set(first.questions.map(questionKey));
  const shared = first.questions.filter((question) => secondByKey.has(questionKey(question)));
  const duplicates: LabelDisagreements['duplicates'] = [];
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const [a, b] = [shared[i]!, shared[j]!];
      const [a2, b2] = [secondByKey.get(questionKey(a))!, secondByKey.get(questionKey(b))!];
      const inFirst = a.group !== undefined && a.group === b.group;
      const inSecond = a2.group !== undefined && a2.group === b2.group;
      if (inFirst !== inSecond) duplicates.push({ a, b, duplicateIn: inFirst ? 'first' : 'second' });
    }
  }
  return {
    onlyIn: {
      first: first.questions.filter((question) => !secondByKey.has(questionKey(question))),
      second: second.questions.filter((question) => !firstKeys.has(questionKey(question))),
    },
    duplicates,
    topics: shared
      .map((question) => ({ first: question, second: secondByKey.get(questionKey(question))! }))
      .filter(({ first: a, second: b }) => a.topic !== b.topic),
  };
}
