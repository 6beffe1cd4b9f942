import { describe, expect, it } from 'vitest';
import { parseStageTimings } from '../../../scripts/bench/parts/normalise.ts';
import { stageTimings } from '../../../scripts/normaliser/report/stage-timings.ts';

describe('parseStageTimings', () => {
  it('reads back what `normalise --timings` prints, without the total', () => {
    let clock = 0;
    const timings = stageTimings(() => clock);
    timings.time('parse+clean', () => (clock += 1580));
    timings.time('check commands', () => (clock += 440));
    const output = `entries in 231 = published 159 + merged 72 + dropped 0\nwrote 0 of 169 files, deleted 0 stale\n${timings.format()}\n`;
    expect(parseStageTimings(output)).toEqual({ 'parse+clean': 1580, 'check commands': 440 });
  });

  it('gives nothing for output without a timings line', () => {
    expect(parseStageTimings('generated files are up to date (169 files)\n')).toEqual({});
  });
});
