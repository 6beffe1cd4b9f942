/**
 * Clustering of duplicate pairs: union-find over the accepted pairs, strongest first, with a
 * complete-link check before each union so that chains cannot merge unrelated questions.
 */
import type { IndexPair } from './candidates.ts';

/** A scored duplicate pair. */
export interface ScoredPair {
  pair: IndexPair;
  score: number;
  /** Applied after every pair that is not deferred, whatever its score. */
  deferred?: boolean;
}

/**
 * Groups `count` items into clusters. Pairs are applied strongest first, deferred pairs after all
 * others (ties by index, so the result is deterministic); two clusters are united only when `mayJoin` holds for every pair of
 * members across them. Returns clusters as sorted index lists, ordered by their first index.
 */
export function clusterPairs(
  count: number,
  pairs: readonly ScoredPair[],
  mayJoin: (a: number, b: number) => boolean,
): number[][] {
  const parent = Array.from({ length: count }, (_, index) => index);
  const members = Array.from({ length: count }, (_, index) => [index]);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[index] !== root) {
      const next = parent[index]!;
      parent[index] = root;
      index = next;
    }
    return root;
  };

  const ordered = [...pairs].sort(
    (x, y) =>
      Number(x.deferred ?? false) - Number(y.deferred ?? false) ||
      y.score - x.score ||
      x.pair[0] - y.pair[0] ||
      x.pair[1] - y.pair[1],
  );
  for (const { pair } of ordered) {
    const rootA = find(pair[0]);
    const rootB = find(pair[1]);
    if (rootA === rootB) continue;
    const membersA = members[rootA]!;
    const membersB = members[rootB]!;
    // Complete link: every cross pair must be compatible, not just the one that proposed it.
    if (!membersA.every((a) => membersB.every((b) => mayJoin(a, b)))) continue;
    const [keep, drop] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[drop] = keep;
    members[keep] = [...membersA, ...membersB].sort((x, y) => x - y);
    members[drop] = [];
  }

  return members.filter((list, index) => list.length > 0 && parent[index] === index);
}
