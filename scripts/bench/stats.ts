/**
 * Pure statistics for benchmark samples: medians, run-by-run ratios, growth per size step.
 */

/**
 * The median of a non-empty list of numbers (mean of the middle two for an even count).
 * @example median([3, 1, 2]) === 2
 * @example median([4, 1, 3, 2]) === 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Ratios of paired samples taken in the same run (`ours[i] / plain[i]`), so a slow moment on a
 * shared machine slows both sides of one ratio instead of skewing the comparison.
 * @example runRatios([12, 20], [10, 10]) // [1.2, 2]
 */
export function runRatios(ours: readonly number[], plain: readonly number[]): number[] {
  if (ours.length !== plain.length) throw new Error(`unpaired samples: ${ours.length} vs ${plain.length}`);
  return ours.map((value, index) => value / (plain[index] as number));
}

/**
 * How much a measure grows from one size to the next, normalised to a 10x step: for sizes 1, 10,
 * 100 it is simply the ratio of consecutive medians. Each entry names its step, e.g. `1x→10x`.
 * @example growthPer10x([{ factor: 1, value: 2 }, { factor: 10, value: 8 }]) // [{ step: '1x→10x', growth: 4 }]
 */
export function growthPer10x(points: readonly { factor: number; value: number }[]): { step: string; growth: number }[] {
  const steps: { step: string; growth: number }[] = [];
  for (let index = 1; index < points.length; index++) {
    const from = points[index - 1] as { factor: number; value: number };
    const to = points[index] as { factor: number; value: number };
    const decades = Math.log10(to.factor / from.factor);
    steps.push({ step: `${from.factor}x→${to.factor}x`, growth: (to.value / from.value) ** (1 / decades) });
  }
  return steps;
}
