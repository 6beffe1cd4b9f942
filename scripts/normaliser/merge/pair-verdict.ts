/**
 * Whether two entries ask the same question: guards first (related-but-different questions
 * stay apart), then question similarity, with the answers consulted for borderline pairs.
 */
import type { EntryProfile } from './profile.ts';
import { featureSimilarity } from './similarity.ts';

/** Similarity thresholds, chosen on the hand-labelled pairs (see `npm run eval:merge`). */
export interface MergeThresholds {
  /** Question similarity at or above which a pair is a duplicate on the question alone. */
  accept: number;
  /** From here up to `accept` the pair is borderline: its answers must agree too. */
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
export const DEFAULT_THRESHOLDS: MergeThresholds = { accept: 0.74, borderline: 0.5, answer: 0.3, link: 0.4 };

/** Why a pair is or is not a duplicate. */
export type VerdictReason =
  | 'similar-questions'
  | 'borderline-confirmed-by-answers'
  | 'borderline-answers-differ'
  | 'dissimilar-questions'
  | 'comparison-vs-single-subject'
  | 'different-comparison-terms'
  | 'different-terms';

/** The decision on one pair. */
export interface PairVerdict {
  duplicate: boolean;
  /** Question similarity in [0, 1]. */
  questionScore: number;
  /** Answer similarity, computed only for borderline pairs. */
  answerScore?: number;
  reason: VerdictReason;
}

/**
 * A guard that keeps related-but-different questions apart, or undefined when none applies:
 *  - a comparison ("Swarm 和 Kubernetes 的区别") is never the same as a single-subject question
 *    ("什么是 Swarm");
 *  - two comparisons must compare the same terms (COPY/ADD is not CMD/ENTRYPOINT);
 *  - two questions that each name a term the other lacks are about different things.
 */
export function guardAgainst(a: EntryProfile, b: EntryProfile): VerdictReason | undefined {
  if (a.comparison !== b.comparison) return 'comparison-vs-single-subject';
  const onlyInA = a.terms.filter((term) => !b.terms.includes(term));
  const onlyInB = b.terms.filter((term) => !a.terms.includes(term));
  if (a.comparison && (onlyInA.length > 0 || onlyInB.length > 0)) return 'different-comparison-terms';
  if (onlyInA.length > 0 && onlyInB.length > 0) return 'different-terms';
  return undefined;
}

/** Decides whether two entries ask the same question. */
export function pairVerdict(a: EntryProfile, b: EntryProfile, thresholds: MergeThresholds): PairVerdict {
  const questionScore = featureSimilarity(a.features, b.features);
  const guard = guardAgainst(a, b);
  if (guard) return { duplicate: false, questionScore, reason: guard };
  if (questionScore >= thresholds.accept) return { duplicate: true, questionScore, reason: 'similar-questions' };
  if (questionScore < thresholds.borderline) return { duplicate: false, questionScore, reason: 'dissimilar-questions' };
  const answerScore = featureSimilarity(a.answerFeatures, b.answerFeatures);
  return answerScore >= thresholds.answer
    ? { duplicate: true, questionScore, answerScore, reason: 'borderline-confirmed-by-answers' }
    : { duplicate: false, questionScore, answerScore, reason: 'borderline-answers-differ' };
}

/** Whether two members may sit in one cluster: no guard applies and they reach `link`. */
export function mayShareCluster(a: EntryProfile, b: EntryProfile, thresholds: MergeThresholds): boolean {
  return guardAgainst(a, b) === undefined && featureSimilarity(a.features, b.features) >= thresholds.link;
}
