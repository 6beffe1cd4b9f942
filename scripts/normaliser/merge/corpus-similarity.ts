/**
 * Similarities weighted by how rare a feature is in the corpus (inverse document frequency).
 * Two questions or answers about the same thing share rare n-grams (`写时复制`, `w:overlay2`);
 * every Docker question shares `w:container` and `如何`, which therefore weigh almost nothing.
 */
import type { PairScorer } from './pair-verdict.ts';
import type { EntryProfile } from './profile.ts';

/** Latin words count double, as in `featureSimilarity`: a named term says more than two characters. */
const LATIN_WORD_WEIGHT = 2;

function inverseDocumentFrequency(lists: readonly (readonly string[])[]): (feature: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const list of lists) {
    for (const feature of new Set(list)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const count = lists.length;
  return (feature) => Math.log(1 + count / (documentFrequency.get(feature) ?? 1));
}

/**
 * Question similarity for a corpus: weighted Dice of the question features, each weighted by
 * idf(f) = ln(1 + N / df(f)) (Latin words twice). In [0, 1]; 1 for identical feature sets.
 */
export function questionIdfDice(profiles: readonly EntryProfile[]): PairScorer {
  const idf = inverseDocumentFrequency(profiles.map((profile) => profile.features));
  const weight = (feature: string) => idf(feature) * (feature.startsWith('w:') ? LATIN_WORD_WEIGHT : 1);
  return (a, b) => {
    const inB = new Set(b.features);
    let shared = 0;
    let total = 0;
    for (const feature of a.features) {
      total += weight(feature);
      if (inB.has(feature)) shared += weight(feature);
    }
    for (const feature of b.features) total += weight(feature);
    return total === 0 ? 1 : (2 * shared) / total;
  };
}

/**
 * Answer similarity for a corpus: cosine of the answers' feature sets weighted by idf. Unlike
 * Dice, a short answer contained in a long one still scores well.
 */
export function answerCosine(profiles: readonly EntryProfile[]): PairScorer {
  const idf = inverseDocumentFrequency(profiles.map((profile) => profile.answerFeatures));
  const norms = new WeakMap<EntryProfile, number>();
  const norm = (profile: EntryProfile) => {
    let value = norms.get(profile);
    if (value === undefined) {
      value = Math.sqrt(profile.answerFeatures.reduce((sum, feature) => sum + idf(feature) ** 2, 0));
      norms.set(profile, value);
    }
    return value;
  };
  return (a, b) => {
    const denominator = norm(a) * norm(b);
    if (denominator === 0) return 0;
    const inB = new Set(b.answerFeatures);
    let dot = 0;
    for (const feature of a.answerFeatures) if (inB.has(feature)) dot += idf(feature) ** 2;
    return dot / denominator;
  };
}
