import { describe, expect, it } from 'vitest';
import { growthPer10x, median, runRatios } from '../../scripts/bench/stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5])).toBe(5);
  });
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder its input and refuses an empty list', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('runRatios', () => {
  it('divides paired samples run by run', () => {
    expect(runRatios([12, 30], [10, 20])).toEqual([1.2, 1.5]);
  });
  it('is not the ratio of medians when runs are uneven', () => {
    // Run 2 was slow for both sides: per-run ratios stay 1.1, the medians' ratio would not.
    const ratios = runRatios([11, 44, 11], [10, 40, 10]);
    expect(median(ratios)).toBeCloseTo(1.1);
  });
  it('refuses unpaired samples', () => {
    expect(() => runRatios([1, 2], [1])).toThrow(/unpaired/);
  });
});

describe('growthPer10x', () => {
  it('gives the ratio of consecutive values for 10x steps', () => {
    expect(growthPer10x([
      { factor: 1, value: 2 },
      { factor: 10, value: 8 },
      { factor: 100, value: 96 },
    ])).toEqual([
      { step: '1x→10x', growth: 4 },
      { step: '10x→100x', growth: 12 },
    ]);
  });
  it('normalises other steps to a decade', () => {
    const [step] = growthPer10x([{ factor: 1, value: 1 }, { factor: 100, value: 100 }]);
    expect(step?.step).toBe('1x→100x');
    expect(step?.growth).toBeCloseTo(10);
  });
});
