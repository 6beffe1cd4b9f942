/**
 * Wall time per pipeline stage, for `npm run normalise -- --timings`: where a run's time goes on a
 * large corpus (docs/BENCHMARKS.md uses it). Printed, never written into the report, so output
 * files stay byte-identical between runs.
 */
import type { StageTimer } from '../pipeline.ts';

/** A timer that notes each stage's wall time, and the notes as one line. */
export interface StageTimings {
  time: StageTimer;
  /** Notes a stage timed elsewhere (an awaited one). */
  add: (stage: string, milliseconds: number) => void;
  /** `timings: parse+clean 1.20 s, merge 0.31 s, …, total 2.05 s` */
  format: () => string;
}

export function stageTimings(now: () => number = () => performance.now()): StageTimings {
  const stages: [string, number][] = [];
  const add = (stage: string, milliseconds: number): void => {
    const known = stages.find(([name]) => name === stage);
    if (known) known[1] += milliseconds;
    else stages.push([stage, milliseconds]);
  };
  const time: StageTimer = (stage, run) => {
    const start = now();
    try {
      return run();
    } finally {
      add(stage, now() - start);
    }
  };
  const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(2)} s`;
  const format = (): string => {
    const total = stages.reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
    return `timings: ${[...stages.map(([stage, milliseconds]) => `${stage} ${seconds(milliseconds)}`), `total ${seconds(total)}`].join(', ')}`;
  };
  return { time, add, format };
}
