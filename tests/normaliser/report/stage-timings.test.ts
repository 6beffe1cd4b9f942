import { describe, expect, it } from 'vitest';
import { stageTimings } from '../../../scripts/normaliser/report/stage-timings.ts';

describe('stageTimings', () => {
  it('notes each stage once in first-run order, sums repeats and awaited stages, and returns what the stage returns', () => {
    let clock = 0;
    const timings = stageTimings(() => clock);
    expect(timings.time('merge', () => ((clock += 1500), 'merged'))).toBe('merged');
    timings.add('parse+clean', 250);
    timings.time('merge', () => (clock += 500));
    expect(timings.format()).toBe('timings: merge 2.00 s, parse+clean 0.25 s, total 2.25 s');
  });

  it('still notes a stage that throws, and lets the error through', () => {
    let clock = 0;
    const timings = stageTimings(() => clock);
    expect(() =>
      timings.time('emit', () => {
        clock += 100;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(timings.format()).toBe('timings: emit 0.10 s, total 0.10 s');
  });
});
