/**
 * Blocking for duplicate detection: which pairs of questions are worth scoring at all.
 *
 * Scoring every pair is quadratic: 100 times the notes would be 10 000 times the work. Instead
 * two cheap blocks propose candidates, and only candidates are scored:
 *  - exact block: questions whose normalised text is identical (a hash bucket);
 *  - rare-feature block: an inverted index from each feature (Latin word, Han bigram/trigram) to
 *    the questions that have it. Two questions are candidates when they share a feature whose
 *    posting list is short (at most `maxPostings` questions). A feature shared by many
 *    questions (`w:container`) says little about duplication and would pull in most of the
 *    corpus, so it is skipped.
 * Each rare feature contributes at most maxPostings² / 2 pairs and each question has a bounded
 * number of features, so the candidate count grows linearly with the number of questions
 * (times a constant), not with its square. Questions with only common features still meet
 * their exact-text twins through the exact block.
 */

/** Tunables for `candidatePairs`. */
export interface BlockingOptions {
  /** A feature held by more questions than this is too common to propose pairs. */
  maxPostings: number;
}

/** Default blocking: features shared by more than 40 questions are ignored. */
export const DEFAULT_BLOCKING: BlockingOptions = { maxPostings: 40 };

/** A pair of question indexes, smaller first. */
export type IndexPair = readonly [number, number];

/**
 * Candidate pairs among questions given by their normalised text and features (one list per
 * question, same order). Returns each pair once, smaller index first, sorted.
 */
export function candidatePairs(
  normalised: readonly string[],
  features: readonly (readonly string[])[],
  options: BlockingOptions = DEFAULT_BLOCKING,
): IndexPair[] {
  const pairKeys = new Set<number>();
  const count = features.length;
  const addBucket = (bucket: readonly number[]) => {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        pairKeys.add(a < b ? a * count + b : b * count + a);
      }
    }
  };

  const byText = new Map<string, number[]>();
  normalised.forEach((text, index) => {
    const bucket = byText.get(text);
    if (bucket) bucket.push(index);
    else byText.set(text, [index]);
  });
  for (const bucket of byText.values()) addBucket(bucket);

  const postings = new Map<string, number[]>();
  features.forEach((list, index) => {
    for (const feature of new Set(list)) {
      const posting = postings.get(feature);
      if (posting) posting.push(index);
      else postings.set(feature, [index]);
    }
  });
  for (const posting of postings.values()) {
    if (posting.length <= options.maxPostings) addBucket(posting);
  }

  return [...pairKeys]
    .sort((x, y) => x - y)
    .map((key): IndexPair => [Math.floor(key / count), key % count]);
}
