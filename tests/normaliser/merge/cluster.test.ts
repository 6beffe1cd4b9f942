import { describe, expect, it } from 'vitest';
import { clusterPairs } from '../../../scripts/normaliser/merge/cluster.ts';

describe('clusterPairs', () => {
  it('unites accepted pairs transitively when every member fits with every other', () => {
    const pairs = [
      { pair: [0, 1] as const, score: 0.9 },
      { pair: [1, 2] as const, score: 0.8 },
    ];
    expect(clusterPairs(4, pairs, () => true)).toEqual([[0, 1, 2], [3]]);
  });

  it('refuses a union that would put two incompatible members together (no chaining)', () => {
    // 0~1 and 1~2 are duplicates, but 0 and 2 are unrelated: 2 stays out of 0's cluster.
    const pairs = [
      { pair: [0, 1] as const, score: 0.9 },
      { pair: [1, 2] as const, score: 0.8 },
    ];
    const compatible = (a: number, b: number) => !(Math.min(a, b) === 0 && Math.max(a, b) === 2);
    expect(clusterPairs(3, pairs, compatible)).toEqual([[0, 1], [2]]);
  });

  it('applies the strongest pair first, whatever order the pairs come in', () => {
    const weakFirst = [
      { pair: [1, 2] as const, score: 0.6 },
      { pair: [0, 1] as const, score: 0.9 },
    ];
    const compatible = (a: number, b: number) => !(Math.min(a, b) === 0 && Math.max(a, b) === 2);
    expect(clusterPairs(3, weakFirst, compatible)).toEqual([[0, 1], [2]]);
  });

  it('applies deferred pairs after all others, whatever their score', () => {
    // 0 is a section, 1 its sub-section, both like 2; 0 and 1 never share a cluster.
    const pairs = [
      { pair: [0, 2] as const, score: 1, deferred: true },
      { pair: [1, 2] as const, score: 0.6 },
    ];
    const compatible = (a: number, b: number) => !(Math.min(a, b) === 0 && Math.max(a, b) === 1);
    expect(clusterPairs(3, pairs, compatible)).toEqual([[0], [1, 2]]);
    expect(clusterPairs(3, pairs.map(({ pair, score }) => ({ pair, score })), compatible)).toEqual([[0, 2], [1]]);
  });
});
