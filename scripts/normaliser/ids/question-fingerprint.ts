/**
 * Fingerprints that tell whether a question of this run is a question the registry already
 * knows: the clean question texts of its members and the keys of its member entries.
 */
import type { CanonicalQuestion, Entry, Model } from '../model.ts';
import { featureSimilarity, questionFeatures } from '../merge/similarity.ts';
import { compareText } from './id-registry.ts';

/** Similarity at or above which two wordings are the same question (an id is reused). */
export const SAME_QUESTION_SIMILARITY = 0.8;
/** Lower bar when the two also share a member entry (same note, same first line). */
export const SAME_ENTRY_SIMILARITY = 0.5;

/** What identifies a question across runs. */
export interface QuestionFingerprint {
  /** Clean question texts of the members, sorted, unique. */
  questions: string[];
  /** Member entry keys, sorted, unique. */
  members: string[];
}

/** How well a question of this run matches a registry record. */
export interface FingerprintMatch {
  /** Best questionSimilarity over pairs of their question texts, in [0, 1]. */
  similarity: number;
  /** Number of member entry keys both have. */
  sharedMembers: number;
}

/** The fingerprint of a canonical question, from its members' entries. */
export function questionFingerprint(question: CanonicalQuestion, entriesByKey: ReadonlyMap<string, Entry>): QuestionFingerprint {
  const texts = question.members.map((key) => entriesByKey.get(key)?.question ?? question.question);
  return {
    questions: [...new Set([question.question, ...texts])].sort(compareText),
    members: [...new Set(question.members)].sort(compareText),
  };
}

/** Every entry of the run by its key. */
export function entriesByKey(model: Model): Map<string, Entry> {
  const byKey = new Map<string, Entry>();
  for (const note of model.notes) for (const entry of note.entries) byKey.set(entry.key, entry);
  return byKey;
}

/** Compares fingerprints; caches each text's features, as one run compares many pairs. */
export function fingerprintMatcher(): (a: QuestionFingerprint, b: QuestionFingerprint) => FingerprintMatch {
  const featuresByText = new Map<string, string[]>();
  const features = (text: string): string[] => {
    let known = featuresByText.get(text);
    if (!known) {
      known = questionFeatures(text);
      featuresByText.set(text, known);
    }
    return known;
  };
  return (a, b) => {
    let similarity = 0;
    for (const textA of a.questions) {
      for (const textB of b.questions) {
        similarity = Math.max(similarity, textA === textB ? 1 : featureSimilarity(features(textA), features(textB)));
      }
    }
    const membersOfB = new Set(b.members);
    const sharedMembers = a.members.filter((key) => membersOfB.has(key)).length;
    return { similarity, sharedMembers };
  };
}

/**
 * For each of `records`, the indexes (ascending) of the `fingerprints` it can match at all: those
 * with a question text sharing a feature with one of the record's, or, since two texts without
 * features count as identical, both holding such a text. Every other pair has similarity 0, which
 * `isSameQuestion` never accepts: so matching visits these pairs, not all of them.
 */
export function matchCandidates(fingerprints: readonly QuestionFingerprint[], records: readonly QuestionFingerprint[]): number[][] {
  const byFeature = new Map<string, number[]>();
  const featureless: number[] = [];
  fingerprints.forEach((fingerprint, index) => {
    const features = new Set(fingerprint.questions.flatMap((text) => questionFeatures(text)));
    for (const feature of features) {
      const holders = byFeature.get(feature);
      if (holders) holders.push(index);
      else byFeature.set(feature, [index]);
    }
    if (fingerprint.questions.some((text) => questionFeatures(text).length === 0)) featureless.push(index);
  });
  return records.map((record) => {
    const candidates = new Set<number>();
    for (const text of record.questions) {
      const features = questionFeatures(text);
      if (features.length === 0) for (const index of featureless) candidates.add(index);
      for (const feature of features) for (const index of byFeature.get(feature) ?? []) candidates.add(index);
    }
    return [...candidates].sort((a, b) => a - b);
  });
}

/** True when a match says the two fingerprints are one question. */
export function isSameQuestion(match: FingerprintMatch): boolean {
  return (
    match.similarity >= SAME_QUESTION_SIMILARITY ||
    (match.sharedMembers > 0 && match.similarity >= SAME_ENTRY_SIMILARITY)
  );
}

/** Order of candidate matches, best first: more similar, then more shared members. */
export function compareMatches(a: FingerprintMatch, b: FingerprintMatch): number {
  return b.similarity - a.similarity || b.sharedMembers - a.sharedMembers;
}
