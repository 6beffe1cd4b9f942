/**
 * Fingerprints that tell whether a question of this run is a question the registry already
 * knows: the clean question texts of its members and the keys of its member entries.
 */
import type { CanonicalQuestion, Entry, Model } from '../model.ts';
import { featureListWeight, featureSimilarity, featureWeight, questionFeatures } from '../merge/similarity.ts';
import { compareText } from './id-registry.ts';

/** Similarity at or above which two wordings are the same question (an id is reused). */
export const SAME_QUESTION_SIMILARITY = 0.8;
/** Lower bar when the two also share a member entry (same note, same first line). */
export const SAME_ENTRY_SIMILARITY = 0.5;

/** The lowest similarity `isSameQuestion` can accept (with a shared member). */
const MIN_MATCH_SIMILARITY = Math.min(SAME_QUESTION_SIMILARITY, SAME_ENTRY_SIMILARITY);

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

/**
 * Compares fingerprints (each text's features come from `questionFeatures`, which remembers them). The
 * similarity is exact from MIN_MATCH_SIMILARITY on (all `isSameQuestion` and the ranking of
 * matches read); below it, it is only known to be below. Fingerprints of a large corpus hold many
 * texts (every member's wording), so a text pair that cannot reach that bar, or beat the best pair
 * so far, by its weights alone (Dice ≤ 2·min/(sum)) is not compared, and a pair scoring 1 ends the
 * search.
 */
export function fingerprintMatcher(): (a: QuestionFingerprint, b: QuestionFingerprint) => FingerprintMatch {
  // Each fingerprint is compared with many others: its sets are made once. Its texts are compared by
  // their features, once per distinct feature list: members' wordings that differ only in
  // punctuation or synonyms have the same features, and so the same similarity to anything.
  const sets = new WeakMap<QuestionFingerprint, { members: Set<string>; featureLists: string[][] }>();
  const setsOf = (fingerprint: QuestionFingerprint) => {
    let known = sets.get(fingerprint);
    if (!known) {
      const byKey = new Map<string, string[]>();
      for (const text of fingerprint.questions) {
        const list = questionFeatures(text);
        const key = list.join('\u0000');
        if (!byKey.has(key)) byKey.set(key, list);
      }
      known = { members: new Set(fingerprint.members), featureLists: [...byKey.values()] };
      sets.set(fingerprint, known);
    }
    return known;
  };
  return (a, b) => {
    const setsOfA = setsOf(a);
    const { members: membersOfB, featureLists: listsOfB } = setsOf(b);
    // A text both hold has one feature list on both sides: that pair scores 1 below.
    let similarity = 0;
    for (const featuresA of setsOfA.featureLists) {
      if (similarity === 1) break;
      const weightA = featureListWeight(featuresA);
      for (const featuresB of listsOfB) {
        const weightB = featureListWeight(featuresB);
        const bound = weightA + weightB === 0 ? 1 : (2 * Math.min(weightA, weightB)) / (weightA + weightB);
        if (bound <= similarity || bound < MIN_MATCH_SIMILARITY) continue;
        similarity = Math.max(similarity, featureSimilarity(featuresA, featuresB));
      }
    }
    // Counted from the smaller side: a question of a large corpus has a hundred members.
    const [fewer, more] = setsOfA.members.size <= membersOfB.size ? [setsOfA.members, membersOfB] : [membersOfB, setsOfA.members];
    let sharedMembers = 0;
    for (const key of fewer) if (more.has(key)) sharedMembers += 1;
    return { similarity, sharedMembers };
  };
}

/**
 * For each of `records`, the indexes (ascending) of the `fingerprints` it can match at all. Every
 * other pair has a similarity below MIN_MATCH_SIMILARITY, which `isSameQuestion` never accepts:
 * so matching visits these pairs, not all of them.
 *
 * Prefix filtering: a weighted Dice of at least t between texts A and B needs shared weight
 * s ≥ t·w(A)/(2−t) (as w(B) ≥ s), and the same bound with w(B). With every text's features in
 * one global order (rarest first), let a text's prefix be its features up to where the rest weighs
 * less than its bound. The first shared feature of such a pair is in both prefixes (were it not,
 * all shared weight would lie in a rest lighter than the bound), so indexing and probing prefix
 * features only finds every such pair, and the common features (`容器`, `docker`) that most
 * questions share stay out of the probes: with thousands of registry ids this is what keeps
 * matching from comparing nearly every pair. Two texts without features count as identical, so
 * those are matched with each other.
 */
export function matchCandidates(fingerprints: readonly QuestionFingerprint[], records: readonly QuestionFingerprint[]): number[][] {
  const frequency = new Map<string, number>();
  const texts = new Set([...fingerprints, ...records].flatMap((fingerprint) => fingerprint.questions));
  for (const text of texts) for (const feature of questionFeatures(text)) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  const prefixes = new Map<string, string[]>();
  const prefixOf = (text: string): string[] => {
    let prefix = prefixes.get(text);
    if (!prefix) prefixes.set(text, (prefix = matchPrefix(questionFeatures(text), frequency)));
    return prefix;
  };

  const byFeature = new Map<string, number[]>();
  const featureless: number[] = [];
  fingerprints.forEach((fingerprint, index) => {
    const features = new Set(fingerprint.questions.flatMap(prefixOf));
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
      if (questionFeatures(text).length === 0) for (const index of featureless) candidates.add(index);
      for (const feature of prefixOf(text)) for (const index of byFeature.get(feature) ?? []) candidates.add(index);
    }
    return [...candidates].sort((a, b) => a - b);
  });
}

/** Slack on the bound, so rounding never leaves a needed feature out of a prefix. */
const PREFIX_SLACK = 1e-9;

/**
 * The features of a text that any text as similar as MIN_MATCH_SIMILARITY must share one of
 * (see `matchCandidates`): rarest first (then by code unit), until the rest weighs less than
 * t·w/(2−t).
 */
export function matchPrefix(features: readonly string[], frequency: ReadonlyMap<string, number>): string[] {
  const ordered = [...new Set(features)].sort(
    (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  let rest = ordered.reduce((total, feature) => total + featureWeight(feature), 0);
  const bound = (MIN_MATCH_SIMILARITY * rest) / (2 - MIN_MATCH_SIMILARITY);
  const prefix: string[] = [];
  for (const feature of ordered) {
    if (rest < bound - PREFIX_SLACK) break;
    prefix.push(feature);
    rest -= featureWeight(feature);
  }
  return prefix;
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
