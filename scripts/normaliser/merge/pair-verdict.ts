/**
 * Whether two entries ask the same question: guards first (related-but-different questions
 * stay apart), then question similarity, with borderline pairs confirmed by their terms or
 * their answers.
 */
import type { EntryProfile } from './profile.ts';
import { featureSimilarity } from './similarity.ts';

/** Similarity thresholds, chosen on the hand-labelled pairs (see `npm run eval:merge`). */
export interface MergeThresholds {
  /** Question similarity at or above which a pair is a duplicate on the question alone. */
  accept: number;
  /** From here up to `accept` the pair is borderline: its terms or its answers must agree too. */
  borderline: number;
  /** Answer similarity a borderline pair needs. */
  answer: number;
  /**
   * Question similarity every pair of a cluster must reach (complete-link check), so a chain
   * A~B~C never joins an A and a C that are unrelated.
   */
  link: number;
}

/** The thresholds the pipeline uses. */
export const DEFAULT_THRESHOLDS: MergeThresholds = { accept: 0.84, borderline: 0.3, answer: 0.1, link: 0.5 };

/** A similarity of two profiles in [0, 1]. */
export type PairScorer = (a: EntryProfile, b: EntryProfile) => number;

/** How a verdict measures questions and answers. */
export interface PairScorers {
  question: PairScorer;
  answer: PairScorer;
}

/** Scorers without corpus statistics (Dice); the merge stage uses idf-weighted ones. */
export const PLAIN_SCORERS: PairScorers = {
  question: (a, b) => featureSimilarity(a.features, b.features),
  answer: (a, b) => featureSimilarity(a.answerFeatures, b.answerFeatures),
};

/** Why a pair is or is not a duplicate. */
export type VerdictReason =
  | 'similar-questions'
  | 'borderline-confirmed-by-terms'
  | 'subject-listed'
  | 'same-comparison-terms'
  | 'borderline-confirmed-by-answers'
  | 'borderline-answers-differ'
  | 'dissimilar-questions'
  | 'comparison-vs-single-subject'
  | 'different-comparison-terms'
  | 'different-terms'
  | 'definition-vs-how'
  | 'bare-subject-vs-specific'
  | 'narrower-facet';

/** The decision on one pair. */
export interface PairVerdict {
  duplicate: boolean;
  /** Question similarity in [0, 1]. */
  questionScore: number;
  /** Answer similarity, computed only for borderline pairs that the terms do not settle. */
  answerScore?: number;
  reason: VerdictReason;
}

/**
 * A guard that keeps related-but-different questions apart, or undefined when none applies:
 *  - a comparison ("Swarm 和 Kubernetes 的区别") is not the same as a question that does not
 *    name both sides ("什么是 Swarm");
 *  - two comparisons must compare the same terms (COPY/ADD is not CMD/ENTRYPOINT);
 *  - two questions that each name a term the other lacks are about different things;
 *  - "what is X" is not "how to do X" (CRI、CNI和CSI是什么 / 如何实现CRI、CNI和CSI);
 *  - a bare subject ("Harbor", "什么是 Dockerfile") is not a specific question about it
 *    ("Harbor 的构成", "Dockerfile 指令"), though it is the same as asking for its purpose or
 *    how it works (aspect words);
 *  - a question narrowed to a facet ("Volume 和 Bind Mount 的性能差异", "环境变量的安全实践") is
 *    not the question about the whole subject ("Volume 和 Bind Mount 的区别", "如何使用环境变量").
 */
export function guardAgainst(a: EntryProfile, b: EntryProfile): VerdictReason | undefined {
  const onlyInA = a.terms.filter((term) => !b.terms.includes(term));
  const onlyInB = b.terms.filter((term) => !a.terms.includes(term));
  const sameTerms = onlyInA.length === 0 && onlyInB.length === 0;
  if (a.facets.join(' ') !== b.facets.join(' ')) return 'narrower-facet';
  // "ENTRYPOINT 和 CMD 是什么" names both sides of "CMD 和 ENTRYPOINT 的区别": same question.
  if (a.comparison !== b.comparison && !(sameTerms && a.terms.length >= 2)) return 'comparison-vs-single-subject';
  if (a.comparison && !sameTerms) return 'different-comparison-terms';
  if (onlyInA.length > 0 && onlyInB.length > 0) return 'different-terms';
  const intents = [a.intent, b.intent].sort().join(' ');
  if (intents === 'definition how') return 'definition-vs-how';
  if (a.aspectOnly !== b.aspectOnly) return 'bare-subject-vs-specific';
  return undefined;
}

/**
 * True when at least one side asks for a comparison and both name the same set of two or more
 * terms, in any order: "CMD 和 ENTRYPOINT 的区别" / "ENTRYPOINT 和 CMD 是什么，什么时候会被覆盖",
 * "Swarm 与 Kubernetes 有何不同" / "解释 Swarm 和 Kubernetes 在容器编排方面的差异". The term set is
 * the subject; the rest is wording. Call it after `guardAgainst` (a facet still narrows).
 */
export function sameComparedTerms(a: EntryProfile, b: EntryProfile): boolean {
  return (a.comparison || b.comparison) && a.terms.length >= 2 && a.terms.join(' ') === b.terms.join(' ');
}

/**
 * True when both questions name the same terms and nothing else but aspect words ("Swarm 的特性
 *和用途" / "什么是 Swarm", "Docker Daemon 原理" / "Docker Daemon"): the same subject asked about
 * as a whole.
 */
export function sameSubjectOnly(a: EntryProfile, b: EntryProfile): boolean {
  return a.terms.length > 0 && a.aspectOnly && b.aspectOnly && a.terms.join(' ') === b.terms.join(' ');
}

/**
 * True when one question asks what several listed subjects are ("CRI、CNI和CSI是什么") and the
 * other asks about one or some of them as a whole ("CRI", "什么是 CRI"): the list's answer is the
 * page a reader asking about one of them looks for. Not for a how-to ("如何实现CRI、CNI和CSI"),
 * a relation ("Docker、containerd和runc之间的关系") or a comparison, which ask something else.
 */
export function listsSubject(a: EntryProfile, b: EntryProfile): boolean {
  const [list, single] = a.terms.length > b.terms.length ? [a, b] : [b, a];
  return (
    list.listed &&
    list.intent === 'definition' &&
    (single.intent === 'definition' || single.intent === 'neither') &&
    !list.comparison &&
    !single.comparison &&
    list.aspectOnly &&
    single.aspectOnly &&
    single.terms.length > 0 &&
    single.terms.length < list.terms.length &&
    single.terms.every((term) => list.terms.includes(term))
  );
}

/** Decides whether two entries ask the same question. */
export function pairVerdict(
  a: EntryProfile,
  b: EntryProfile,
  thresholds: MergeThresholds,
  scorers: PairScorers = PLAIN_SCORERS,
): PairVerdict {
  // A question with nothing left after normalisation ("聊聊:", "？") says too little to merge.
  if (a.features.length === 0 || b.features.length === 0) {
    return { duplicate: false, questionScore: 0, reason: 'dissimilar-questions' };
  }
  const questionScore = scorers.question(a, b);
  const guard = guardAgainst(a, b);
  if (guard) return { duplicate: false, questionScore, reason: guard };
  if (questionScore >= thresholds.accept) return { duplicate: true, questionScore, reason: 'similar-questions' };
  if (sameComparedTerms(a, b)) return { duplicate: true, questionScore, reason: 'same-comparison-terms' };
  if (questionScore < thresholds.borderline) return { duplicate: false, questionScore, reason: 'dissimilar-questions' };
  // Different authors' answers to one question often share little text, so the same subject
  // asked about as a whole settles a borderline pair before the answers are compared.
  if (sameSubjectOnly(a, b)) return { duplicate: true, questionScore, reason: 'borderline-confirmed-by-terms' };
  if (listsSubject(a, b)) return { duplicate: true, questionScore, reason: 'subject-listed' };
  const answerScore = scorers.answer(a, b);
  return answerScore >= thresholds.answer
    ? { duplicate: true, questionScore, answerScore, reason: 'borderline-confirmed-by-answers' }
    : { duplicate: false, questionScore, answerScore, reason: 'borderline-answers-differ' };
}

/** Whether two members may sit in one cluster: no guard applies and they reach `link`. */
export function mayShareCluster(
  a: EntryProfile,
  b: EntryProfile,
  thresholds: MergeThresholds,
  scorers: PairScorers = PLAIN_SCORERS,
): boolean {
  if (a.features.length === 0 || b.features.length === 0) return false;
  return (
    guardAgainst(a, b) === undefined &&
    (sameSubjectOnly(a, b) || sameComparedTerms(a, b) || listsSubject(a, b) || scorers.question(a, b) >= thresholds.link)
  );
}
